#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace swarmscope::test {

// True in AddressSanitizer builds: freed memory sits in quarantine there, so RSS says nothing
// about what the code keeps.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitized = true;
#else
inline constexpr bool kAddressSanitized = false;
#endif
#else
inline constexpr bool kAddressSanitized = false;
#endif

// Where the interop npm packages were installed by the npm_install fixture (CMake sets it).
QString nodeModulesDir();
// The node executable, or an empty string when Node is missing.
QString nodeExecutable();
// A multicast port for LAN tests that no other concurrently running test uses.
quint16 uniqueLanPort();
// This process's environment plus SWARMSCOPE_OFFLINE=1, for every swarmscope-node a test starts.
QProcessEnvironment offlineEnvironment();
// VmRSS of a process in KiB (Linux /proc), or -1.
qint64 residentKiB(qint64 pid);

}  // namespace swarmscope::test
