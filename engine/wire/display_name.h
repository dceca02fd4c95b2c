#pragma once

#include "core/peer_id.h"
#include "crypto/key_pair.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace swarmscope::wire {

// Display names (docs/PROTOCOL.md, "Display names"): what a profile may call itself, and the
// signature that binds the name to the key that claims it, so nobody can name someone else.
constexpr int kMaxDisplayNameChars = 64;  // Unicode code points, not bytes

// Why a name cannot be used (too long, a control character, not valid text), or nothing when it can.
std::optional<QString> displayNameProblem(QStringView name);

// Ed25519 over "swarmscope/1 display name\0" followed by the UTF-8 name: the prefix keeps the
// signature from being taken for one over any other message the key signs.
QByteArray signDisplayName(const QString &name, const KeyPair &keys);
bool verifyDisplayName(const QString &name, QByteArrayView signature, const PeerId &signer);

}  // namespace swarmscope::wire
