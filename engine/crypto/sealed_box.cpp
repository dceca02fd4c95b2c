#include "crypto/sealed_box.h"

#include "crypto/sodium.h"

#include <sodium.h>

namespace swarmscope {

QByteArray sealTo(const PeerId &recipient, QByteArrayView plaintext)
{
    ensureSodium();
    unsigned char x25519[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(x25519, recipient.key.data()) != 0)
        return {};
    QByteArray box(plaintext.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(box.data()),
                    reinterpret_cast<const unsigned char *>(plaintext.data()), quint64(plaintext.size()), x25519);
    return box;
}

Result<QByteArray> openSealed(const KeyPair &recipient, QByteArrayView box)
{
    ensureSodium();
    if (box.size() < qsizetype(crypto_box_SEALBYTES))
        return makeError(ErrorCode::MalformedMessage, QStringLiteral("sealed box shorter than its overhead"));
    unsigned char pk[crypto_box_PUBLICKEYBYTES];
    unsigned char sk[crypto_box_SECRETKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(pk, recipient.publicKey.key.data()) != 0
        || crypto_sign_ed25519_sk_to_curve25519(sk, recipient.secretKey.data()) != 0)
        return makeError(ErrorCode::DecryptFailed, QStringLiteral("identity key cannot be converted"));
    QByteArray plain(box.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    const int rc =
        crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                             reinterpret_cast<const unsigned char *>(box.data()), quint64(box.size()), pk, sk);
    sodium_memzero(sk, sizeof sk);
    if (rc != 0)
        return makeError(ErrorCode::DecryptFailed, QStringLiteral("sealed box does not open with our key"));
    return plain;
}

}  // namespace swarmscope
