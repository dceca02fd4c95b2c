#include "crypto/key_pair.h"

#include "crypto/sodium.h"

#include <sodium.h>

namespace swarmscope {

KeyPair KeyPair::fromSeed(const std::array<std::uint8_t, 32> &seed)
{
    ensureSodium();
    KeyPair kp;
    crypto_sign_seed_keypair(kp.publicKey.key.data(), kp.secretKey.data(), seed.data());
    return kp;
}

KeyPair KeyPair::generate()
{
    ensureSodium();
    std::array<std::uint8_t, 32> seed{};
    randombytes_buf(seed.data(), seed.size());
    KeyPair kp = fromSeed(seed);
    sodium_memzero(seed.data(), seed.size());
    return kp;
}

std::array<std::uint8_t, 32> KeyPair::seed() const
{
    std::array<std::uint8_t, 32> s{};
    std::copy_n(secretKey.begin(), 32, s.begin());
    return s;
}

KeyPair::~KeyPair()
{
    sodium_memzero(secretKey.data(), secretKey.size());
}

QByteArray signDetached(const KeyPair &keys, QByteArrayView message)
{
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         static_cast<unsigned long long>(message.size()), keys.secretKey.data());
    return sig;
}

bool verifyDetached(const PeerId &publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
                                       reinterpret_cast<const unsigned char *>(message.data()),
                                       static_cast<unsigned long long>(message.size()), publicKey.key.data())
        == 0;
}

}  // namespace swarmscope
