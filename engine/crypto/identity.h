#pragma once

#include "core/result.h"
#include "crypto/key_pair.h"

#include <QString>

namespace swarmscope {

// A node's long-term identity (docs/PROTOCOL.md, "Identity and addresses"): the Ed25519 key pair and the Bugout-format
// address and seed strings derived from it.
class Identity final {
public:
    explicit Identity(KeyPair keys) : m_keys(keys) {}

    const KeyPair &keys() const { return m_keys; }
    const PeerId &id() const { return m_keys.publicKey; }
    QString address() const { return addressOf(m_keys.publicKey); }
    QString encodedSeed() const { return encodeSeed(m_keys.seed()); }
    // What two people compare to be sure they hold the same key: BLAKE2b-128 of the public key
    // as eight groups of four hex digits ("3F2A 9C01 …").
    QString fingerprint() const;

    // base58check(0x55 || RIPEMD160(SHA512(pk)))
    static QString addressOf(const PeerId &publicKey);
    // base58check(0x49 0x0a || seed)
    static QString encodeSeed(const std::array<std::uint8_t, 32> &seed);
    static Result<std::array<std::uint8_t, 32>> decodeSeed(QStringView text);
    static bool isAddress(QStringView text);

    // Loads <dir>/identity.seed, or creates it (0600) when missing. A file that exists but
    // does not parse is refused, never overwritten.
    static Result<Identity> loadOrCreate(const QString &profileDir);

private:
    KeyPair m_keys;
};

}  // namespace swarmscope
