// Precompiled for the GUI tests (cmake/Precompiled.cmake); not QTest, as in test_pch.h.
#pragma once

#include "widgets_pch.h"

#include <QTemporaryDir>
