#pragma once

#include "core/peer_id.h"

#include <QByteArray>

#include <array>
#include <cstdint>

namespace swarmscope {

// An Ed25519 key pair in libsodium's layout: secretKey = seed (32) || publicKey (32).
// The secret half is wiped on destruction.
struct KeyPair {
    PeerId publicKey;
    std::array<std::uint8_t, 64> secretKey{};

    static KeyPair fromSeed(const std::array<std::uint8_t, 32> &seed);
    static KeyPair generate();
    std::array<std::uint8_t, 32> seed() const;

    KeyPair() = default;
    KeyPair(const KeyPair &) = default;
    KeyPair &operator=(const KeyPair &) = default;
    ~KeyPair();
};

// Detached Ed25519 signatures.
QByteArray signDetached(const KeyPair &keys, QByteArrayView message);
bool verifyDetached(const PeerId &publicKey, QByteArrayView message, QByteArrayView signature);

}  // namespace swarmscope
