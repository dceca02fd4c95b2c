#pragma once

#include "core/result.h"
#include "crypto/identity.h"

#include <QString>

namespace swarmscope {

// The identity on disk: one line holding Bugout's seed string (base58check of 0x49 0x0a || seed),
// the same text Bugout's `seed` property holds, so an identity moves between Swarmscope profiles
// and Bugout apps as it is. Files are written whole (QSaveFile) with mode 0600.
namespace identity_file {

inline const QString kFileName = QStringLiteral("identity.seed");
inline const QString kPreviousFileName = QStringLiteral("identity.seed.previous");

// Reads a seed file (or pasted text); anything but one valid seed string is refused.
Result<Identity> read(const QString &path);
Result<Identity> parse(QStringView text);
// Writes the identity's seed to path (an export, or the profile's own file).
Status write(const QString &path, const Identity &identity);
// Makes `identity` the profile's identity from its next start. The identity it replaces is kept
// as identity.seed.previous, so a mistaken import can be undone by hand.
Status install(const QString &profileDir, const Identity &identity);

}  // namespace identity_file
}  // namespace swarmscope
