#pragma once

#include "core/result.h"
#include "crypto/key_pair.h"

namespace swarmscope {

// Anonymous public-key encryption to one peer: crypto_box_seal with the recipient's X25519 key
// converted from its Ed25519 identity, so that carriers of a directed message cannot read it.
// Authenticity comes from the signed envelope inside, not from the box.
QByteArray sealTo(const PeerId &recipient, QByteArrayView plaintext);
Result<QByteArray> openSealed(const KeyPair &recipient, QByteArrayView box);

}  // namespace swarmscope
