// Precompiled for the Widgets UI and the GUI tests (cmake/Precompiled.cmake).
#pragma once

#include "engine_pch.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>
