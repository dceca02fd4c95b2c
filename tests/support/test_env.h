#pragma once

#include <QString>

namespace swarmscope::test {

// Where the interop npm packages were installed by the npm_install fixture (CMake sets it).
QString nodeModulesDir();
// The node executable, or an empty string when Node is missing.
QString nodeExecutable();
// A multicast port for LAN tests that no other concurrently running test uses.
quint16 uniqueLanPort();

} // namespace swarmscope::test
