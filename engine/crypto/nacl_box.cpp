#include "crypto/nacl_box.h"

#include "crypto/sodium.h"

#include <sodium.h>

namespace swarmscope {

BoxKeyPair BoxKeyPair::generate()
{
    ensureSodium();
    BoxKeyPair k;
    crypto_box_keypair(k.publicKey.data(), k.secretKey.data());
    return k;
}

BoxKeyPair::~BoxKeyPair()
{
    sodium_memzero(secretKey.data(), secretKey.size());
}

QByteArray boxSeal(QByteArrayView plaintext, QByteArrayView nonce24, QByteArrayView recipientPublic32,
                   const BoxKeyPair &sender)
{
    ensureSodium();
    if (nonce24.size() != kBoxNonceBytes || recipientPublic32.size() != kBoxKeyBytes)
        return {};
    QByteArray out(plaintext.size() + qsizetype(crypto_box_MACBYTES), Qt::Uninitialized);
    if (crypto_box_easy(reinterpret_cast<unsigned char *>(out.data()),
                        reinterpret_cast<const unsigned char *>(plaintext.data()), quint64(plaintext.size()),
                        reinterpret_cast<const unsigned char *>(nonce24.data()),
                        reinterpret_cast<const unsigned char *>(recipientPublic32.data()), sender.secretKey.data())
        != 0)
        return {};
    return out;
}

std::optional<QByteArray> boxOpen(QByteArrayView box, QByteArrayView nonce24, QByteArrayView senderPublic32,
                                  const BoxKeyPair &recipient)
{
    ensureSodium();
    if (nonce24.size() != kBoxNonceBytes || senderPublic32.size() != kBoxKeyBytes
        || box.size() < qsizetype(crypto_box_MACBYTES))
        return std::nullopt;
    QByteArray out(box.size() - qsizetype(crypto_box_MACBYTES), Qt::Uninitialized);
    if (crypto_box_open_easy(reinterpret_cast<unsigned char *>(out.data()),
                             reinterpret_cast<const unsigned char *>(box.data()), quint64(box.size()),
                             reinterpret_cast<const unsigned char *>(nonce24.data()),
                             reinterpret_cast<const unsigned char *>(senderPublic32.data()), recipient.secretKey.data())
        != 0)
        return std::nullopt;
    return out;
}

QByteArray randomBytes(int n)
{
    ensureSodium();
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(n));
    return out;
}

QByteArray sha512(QByteArrayView data)
{
    ensureSodium();
    QByteArray out(crypto_hash_sha512_BYTES, Qt::Uninitialized);
    crypto_hash_sha512(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(data.data()), quint64(data.size()));
    return out;
}

}  // namespace swarmscope
