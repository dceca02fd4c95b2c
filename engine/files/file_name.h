#pragma once

#include "core/result.h"

#include <QString>

namespace swarmscope::files {

constexpr int kMaxFileNameChars = 64;

// A name offered by a peer becomes a path on our disk: refuse anything that could leave the
// download folder (separators, "..", a drive or root) or hide what it is (control characters,
// over 64 characters). Ok, FileNamePath or FileNameInvalid.
ErrorCode checkFileName(const QString &name);

// dir/name if free, else dir/"name (1).ext", "name (2).ext", ...: never an existing file.
QString freeDestination(const QString &dir, const QString &name);

}  // namespace swarmscope::files
