// Precompiled for the engine's tests (cmake/Precompiled.cmake). Not QTest: it reads
// QT_TESTCASE_BUILDDIR, which Qt defines differently for every test, so no shared header could
// hold it.
#pragma once

#include "engine_pch.h"

#include <QTemporaryDir>
