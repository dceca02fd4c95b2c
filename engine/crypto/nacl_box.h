#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>
#include <optional>

namespace swarmscope {

// NaCl's crypto_box (X25519 + XSalsa20-Poly1305) with an explicit 24-byte nonce, in tweetnacl's
// layout: the 16-byte tag, then the ciphertext. Bugout seals directed packets with it under a
// key pair made fresh for every session.
struct BoxKeyPair {
    std::array<std::uint8_t, 32> publicKey{};
    std::array<std::uint8_t, 32> secretKey{};

    static BoxKeyPair generate();
    ~BoxKeyPair();
};

constexpr int kBoxNonceBytes = 24;
constexpr int kBoxKeyBytes = 32;

QByteArray boxSeal(QByteArrayView plaintext, QByteArrayView nonce24, QByteArrayView recipientPublic32,
                   const BoxKeyPair &sender);
// nullopt when the tag does not verify or a size is wrong.
std::optional<QByteArray> boxOpen(QByteArrayView box, QByteArrayView nonce24, QByteArrayView senderPublic32,
                                  const BoxKeyPair &recipient);

QByteArray randomBytes(int n);
QByteArray sha512(QByteArrayView data);

}  // namespace swarmscope
