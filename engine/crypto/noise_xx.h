#pragma once

#include "core/peer_id.h"
#include "core/result.h"
#include "crypto/key_pair.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace swarmscope {

// Noise_XX_Ed25519_ChaChaPoly_BLAKE2b with an empty prologue, computed exactly as the npm
// packages noise-handshake 4.x and noise-curve-ed do it (the handshake under
// @hyperswarm/secret-stream):
//   - DH is crypto_scalarmult_ed25519_noclamp with the clamped SHA-512 of the Ed25519 seed,
//     so both static and ephemeral keys are plain Ed25519 key pairs;
//   - HASH is BLAKE2b-512, HMAC is the textbook construction over it (block 128), HKDF is
//     RFC 5869 with empty info;
//   - the AEAD nonce is 4 zero bytes followed by the little-endian message counter.
// Pure state machine: whole messages in and out, no framing, no I/O.
class NoiseXX final {
public:
    static constexpr int kHashLen = 64;
    static constexpr int kKeyLen = 32;
    static constexpr qsizetype kMaxMessage = 65535;

    NoiseXX(bool initiator, const KeyPair &staticKeys);
    ~NoiseXX();  // wipes every secret
    NoiseXX(const NoiseXX &) = delete;
    NoiseXX &operator=(const NoiseXX &) = delete;

    // Uses a fixed ephemeral key instead of a random one. Only for known-answer tests; must be
    // called before the message that sends our ephemeral key.
    void setEphemeralSeed(const std::array<std::uint8_t, 32> &seed);

    bool initiator() const { return m_initiator; }
    bool complete() const { return m_step == kSteps; }
    bool failed() const { return m_failed; }
    // True when the next step is writeMessage(), false when it is readMessage().
    bool wantsToWrite() const;

    // Appends our next handshake message, carrying payload (secret-stream sends none).
    Status writeMessage(QByteArray &out, QByteArrayView payload = {});
    // Consumes the peer's next handshake message; its payload goes to *payload if given.
    // Any failure is final: the object refuses every later call.
    Status readMessage(QByteArrayView message, QByteArray *payload = nullptr);

    // Valid once complete().
    const std::array<std::uint8_t, kKeyLen> &txKey() const { return m_tx; }
    const std::array<std::uint8_t, kKeyLen> &rxKey() const { return m_rx; }
    const std::array<std::uint8_t, kHashLen> &handshakeHash() const { return m_h; }
    const PeerId &remoteStatic() const { return m_rs; }
    const std::array<std::uint8_t, 32> &localEphemeral() const { return m_ePub; }  // zero until generated
    const std::array<std::uint8_t, 32> &remoteEphemeral() const { return m_re; }  // zero until received

private:
    static constexpr int kSteps = 3;

    Status fail(QString detail);
    void mixHash(const std::uint8_t *data, std::size_t len);
    void mixKey(const std::uint8_t dh[32]);
    bool encryptAndHash(QByteArrayView plain, QByteArray &out);
    bool decryptAndHash(QByteArrayView cipher, QByteArray *plain);
    bool dh(bool localStatic, bool remoteStatic, std::uint8_t out[32]) const;
    void generateEphemeral();
    void split();

    bool m_initiator;
    bool m_failed = false;
    int m_step = 0;

    std::array<std::uint8_t, kHashLen> m_h{};
    std::array<std::uint8_t, kHashLen> m_ck{};
    std::array<std::uint8_t, kKeyLen> m_k{};
    bool m_hasKey = false;
    std::uint64_t m_n = 0;

    KeyPair m_s;
    std::array<std::uint8_t, 32> m_ePub{};
    std::array<std::uint8_t, 64> m_eSecret{};
    bool m_hasE = false;
    std::array<std::uint8_t, 32> m_re{};
    PeerId m_rs;

    std::array<std::uint8_t, kKeyLen> m_tx{};
    std::array<std::uint8_t, kKeyLen> m_rx{};
};

}  // namespace swarmscope
