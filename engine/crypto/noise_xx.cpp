#include "crypto/noise_xx.h"

#include "crypto/sodium.h"

#include <sodium.h>

#include <initializer_list>

namespace swarmscope {

namespace {

constexpr std::size_t kBlockLen = 128;  // BLAKE2b block size, the HMAC pad length
constexpr std::size_t kMacLen = crypto_aead_chacha20poly1305_ietf_ABYTES;
constexpr std::size_t kPubLen = crypto_scalarmult_ed25519_BYTES;

// "Noise_XX_Ed25519_ChaChaPoly_BLAKE2b" is shorter than HASHLEN, so it is zero-padded into h.
constexpr char kProtocolName[] = "Noise_XX_Ed25519_ChaChaPoly_BLAKE2b";

struct Piece {
    const std::uint8_t *data;
    std::size_t size;
};

// HMAC-BLAKE2b-512 as noise-handshake's hmac.js computes it.
void hmac(std::uint8_t out[64], const std::uint8_t *key, std::size_t keyLen, std::initializer_list<Piece> input)
{
    std::uint8_t block[kBlockLen] = {};
    if (keyLen > kBlockLen)
        crypto_generichash(block, 64, key, keyLen, nullptr, 0);
    else
        std::copy_n(key, keyLen, block);

    std::uint8_t pad[kBlockLen];
    crypto_generichash_state st;

    for (std::size_t i = 0; i < kBlockLen; ++i)
        pad[i] = block[i] ^ 0x36;
    crypto_generichash_init(&st, nullptr, 0, 64);
    crypto_generichash_update(&st, pad, kBlockLen);
    for (const Piece &p : input)
        crypto_generichash_update(&st, p.data, p.size);
    std::uint8_t inner[64];
    crypto_generichash_final(&st, inner, 64);

    for (std::size_t i = 0; i < kBlockLen; ++i)
        pad[i] = block[i] ^ 0x5c;
    crypto_generichash_init(&st, nullptr, 0, 64);
    crypto_generichash_update(&st, pad, kBlockLen);
    crypto_generichash_update(&st, inner, 64);
    crypto_generichash_final(&st, out, 64);

    sodium_memzero(block, sizeof block);
    sodium_memzero(pad, sizeof pad);
    sodium_memzero(inner, sizeof inner);
    sodium_memzero(&st, sizeof st);
}

// HKDF with empty info and two HASHLEN outputs (all that XX needs).
void hkdf2(const std::uint8_t ck[64], const std::uint8_t *ikm, std::size_t ikmLen, std::uint8_t out1[64],
           std::uint8_t out2[64])
{
    std::uint8_t prk[64];
    hmac(prk, ck, 64, {{ikm, ikmLen}});
    const std::uint8_t one = 1;
    const std::uint8_t two = 2;
    hmac(out1, prk, 64, {{&one, 1}});
    hmac(out2, prk, 64, {{out1, 64}, {&two, 1}});
    sodium_memzero(prk, sizeof prk);
}

void makeNonce(std::uint64_t n, std::uint8_t nonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES])
{
    std::fill_n(nonce, crypto_aead_chacha20poly1305_ietf_NPUBBYTES, 0);
    for (int i = 0; i < 8; ++i)
        nonce[4 + i] = std::uint8_t(n >> (8 * i));
}

const std::uint8_t *bytes(QByteArrayView v)
{
    return reinterpret_cast<const std::uint8_t *>(v.data());
}

}  // namespace

NoiseXX::NoiseXX(bool initiator, const KeyPair &staticKeys) : m_initiator(initiator), m_s(staticKeys)
{
    ensureSodium();
    constexpr std::size_t nameLen = sizeof kProtocolName - 1;
    static_assert(nameLen <= kHashLen);
    std::copy_n(reinterpret_cast<const std::uint8_t *>(kProtocolName), nameLen, m_h.begin());
    m_ck = m_h;
    mixHash(nullptr, 0);  // the (empty) prologue
}

NoiseXX::~NoiseXX()
{
    sodium_memzero(m_h.data(), m_h.size());
    sodium_memzero(m_ck.data(), m_ck.size());
    sodium_memzero(m_k.data(), m_k.size());
    sodium_memzero(m_eSecret.data(), m_eSecret.size());
    sodium_memzero(m_tx.data(), m_tx.size());
    sodium_memzero(m_rx.data(), m_rx.size());
}

void NoiseXX::setEphemeralSeed(const std::array<std::uint8_t, 32> &seed)
{
    crypto_sign_seed_keypair(m_ePub.data(), m_eSecret.data(), seed.data());
    m_hasE = true;
}

bool NoiseXX::wantsToWrite() const
{
    if (complete() || m_failed)
        return false;
    return ((m_step % 2) == 0) == m_initiator;
}

Status NoiseXX::fail(QString detail)
{
    m_failed = true;
    sodium_memzero(m_k.data(), m_k.size());
    sodium_memzero(m_ck.data(), m_ck.size());
    sodium_memzero(m_eSecret.data(), m_eSecret.size());
    return makeError(ErrorCode::HandshakeFailed, std::move(detail));
}

void NoiseXX::mixHash(const std::uint8_t *data, std::size_t len)
{
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, kHashLen);
    crypto_generichash_update(&st, m_h.data(), m_h.size());
    if (len)
        crypto_generichash_update(&st, data, len);
    crypto_generichash_final(&st, m_h.data(), kHashLen);
}

void NoiseXX::mixKey(const std::uint8_t dh[32])
{
    std::uint8_t ck[64];
    std::uint8_t temp[64];
    hkdf2(m_ck.data(), dh, 32, ck, temp);
    std::copy_n(ck, 64, m_ck.begin());
    std::copy_n(temp, kKeyLen, m_k.begin());
    m_hasKey = true;
    m_n = 0;
    sodium_memzero(ck, sizeof ck);
    sodium_memzero(temp, sizeof temp);
}

bool NoiseXX::encryptAndHash(QByteArrayView plain, QByteArray &out)
{
    if (!m_hasKey) {
        out.append(plain);
        mixHash(bytes(plain), std::size_t(plain.size()));
        return true;
    }
    const qsizetype clen = plain.size() + qsizetype(kMacLen);
    if (clen > kMaxMessage)
        return false;
    const qsizetype at = out.size();
    out.resize(at + clen);
    auto *c = reinterpret_cast<std::uint8_t *>(out.data()) + at;
    std::uint8_t nonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES];
    makeNonce(m_n, nonce);
    crypto_aead_chacha20poly1305_ietf_encrypt(c, nullptr, bytes(plain), std::size_t(plain.size()), m_h.data(),
                                              m_h.size(), nullptr, nonce, m_k.data());
    ++m_n;
    mixHash(c, std::size_t(clen));
    return true;
}

bool NoiseXX::decryptAndHash(QByteArrayView cipher, QByteArray *plain)
{
    if (!m_hasKey) {
        if (plain)
            *plain = cipher.toByteArray();
        mixHash(bytes(cipher), std::size_t(cipher.size()));
        return true;
    }
    if (cipher.size() < qsizetype(kMacLen) || cipher.size() > kMaxMessage)
        return false;
    QByteArray out(cipher.size() - qsizetype(kMacLen), Qt::Uninitialized);
    std::uint8_t nonce[crypto_aead_chacha20poly1305_ietf_NPUBBYTES];
    makeNonce(m_n, nonce);
    if (crypto_aead_chacha20poly1305_ietf_decrypt(reinterpret_cast<std::uint8_t *>(out.data()), nullptr, nullptr,
                                                  bytes(cipher), std::size_t(cipher.size()), m_h.data(), m_h.size(),
                                                  nonce, m_k.data())
        != 0)
        return false;
    ++m_n;
    mixHash(bytes(cipher), std::size_t(cipher.size()));
    if (plain)
        *plain = std::move(out);
    return true;
}

bool NoiseXX::dh(bool localStatic, bool remoteStatic, std::uint8_t out[32]) const
{
    // Ed25519 secret keys hold the seed; the scalar is the clamped first half of its SHA-512.
    const std::uint8_t *seed = localStatic ? m_s.secretKey.data() : m_eSecret.data();
    std::uint8_t h[64];
    crypto_hash_sha512(h, seed, 32);
    h[0] &= 248;
    h[31] &= 127;
    h[31] |= 64;
    const std::uint8_t *remote = remoteStatic ? m_rs.key.data() : m_re.data();
    // Fails for non-canonical, small-order or off-subgroup points and an identity result.
    const bool ok = crypto_scalarmult_ed25519_noclamp(out, h, remote) == 0;
    sodium_memzero(h, sizeof h);
    return ok;
}

void NoiseXX::generateEphemeral()
{
    if (!m_hasE) {
        crypto_sign_keypair(m_ePub.data(), m_eSecret.data());
        m_hasE = true;
    }
}

void NoiseXX::split()
{
    std::uint8_t k1[64];
    std::uint8_t k2[64];
    hkdf2(m_ck.data(), nullptr, 0, k1, k2);
    std::copy_n(m_initiator ? k1 : k2, kKeyLen, m_tx.begin());
    std::copy_n(m_initiator ? k2 : k1, kKeyLen, m_rx.begin());
    sodium_memzero(k1, sizeof k1);
    sodium_memzero(k2, sizeof k2);
    // Only the transport keys, the handshake hash and the public ephemeral keys (which name the
    // stream's two ends) outlive the handshake.
    sodium_memzero(m_ck.data(), m_ck.size());
    sodium_memzero(m_k.data(), m_k.size());
    sodium_memzero(m_eSecret.data(), m_eSecret.size());
    m_hasKey = false;
    m_step = kSteps;
}

Status NoiseXX::writeMessage(QByteArray &out, QByteArrayView payload)
{
    if (m_failed)
        return makeError(ErrorCode::HandshakeFailed, QStringLiteral("handshake already failed"));
    if (!wantsToWrite())
        return makeError(ErrorCode::HandshakeFailed, QStringLiteral("not our turn to write"));

    std::uint8_t shared[32];
    const qsizetype start = out.size();
    auto undo = [&](const char *what) {
        out.truncate(start);
        sodium_memzero(shared, sizeof shared);
        return fail(QString::fromLatin1(what));
    };

    switch (m_step) {
    case 0:  // -> e
        generateEphemeral();
        mixHash(m_ePub.data(), kPubLen);
        out.append(reinterpret_cast<const char *>(m_ePub.data()), kPubLen);
        break;
    case 1:  // <- e, ee, s, es
        generateEphemeral();
        mixHash(m_ePub.data(), kPubLen);
        out.append(reinterpret_cast<const char *>(m_ePub.data()), kPubLen);
        if (!dh(false, false, shared))
            return undo("ee failed");
        mixKey(shared);
        if (!encryptAndHash(QByteArrayView(m_s.publicKey.key.data(), 32), out))
            return undo("cannot encrypt static key");
        if (!dh(true, false, shared))
            return undo("es failed");
        mixKey(shared);
        break;
    case 2:  // -> s, se
        if (!encryptAndHash(QByteArrayView(m_s.publicKey.key.data(), 32), out))
            return undo("cannot encrypt static key");
        if (!dh(true, false, shared))
            return undo("se failed");
        mixKey(shared);
        break;
    default: return fail(QStringLiteral("unexpected handshake step"));
    }
    sodium_memzero(shared, sizeof shared);

    if (!encryptAndHash(payload, out))
        return undo("payload too large");
    ++m_step;
    if (m_step == kSteps)
        split();
    return {};
}

Status NoiseXX::readMessage(QByteArrayView message, QByteArray *payload)
{
    if (m_failed)
        return makeError(ErrorCode::HandshakeFailed, QStringLiteral("handshake already failed"));
    if (complete() || wantsToWrite())
        return fail(QStringLiteral("unexpected handshake message"));

    std::uint8_t shared[32];
    auto bad = [&](const char *what) {
        sodium_memzero(shared, sizeof shared);
        return fail(QString::fromLatin1(what));
    };
    qsizetype pos = 0;
    auto take = [&](qsizetype n, QByteArrayView &piece) {
        if (message.size() - pos < n)
            return false;
        piece = message.sliced(pos, n);
        pos += n;
        return true;
    };

    QByteArrayView piece;
    switch (m_step) {
    case 0:  // -> e
        if (!take(kPubLen, piece))
            return bad("message 1 too short");
        std::copy_n(bytes(piece), kPubLen, m_re.begin());
        mixHash(m_re.data(), kPubLen);
        break;
    case 1: {  // <- e, ee, s, es
        if (!take(kPubLen, piece))
            return bad("message 2 too short");
        std::copy_n(bytes(piece), kPubLen, m_re.begin());
        mixHash(m_re.data(), kPubLen);
        if (!dh(false, false, shared))
            return bad("ee failed");
        mixKey(shared);
        QByteArray rs;
        if (!take(kPubLen + kMacLen, piece) || !decryptAndHash(piece, &rs))
            return bad("cannot decrypt remote static key");
        m_rs = PeerId::fromBytes(rs);
        if (!dh(false, true, shared))
            return bad("es failed");
        mixKey(shared);
        break;
    }
    case 2: {  // -> s, se
        QByteArray rs;
        if (!take(kPubLen + kMacLen, piece) || !decryptAndHash(piece, &rs))
            return bad("cannot decrypt remote static key");
        m_rs = PeerId::fromBytes(rs);
        if (!dh(false, true, shared))
            return bad("se failed");
        mixKey(shared);
        break;
    }
    default: return bad("unexpected handshake step");
    }
    sodium_memzero(shared, sizeof shared);

    if (!decryptAndHash(message.sliced(pos), payload))
        return bad("cannot decrypt handshake payload");
    ++m_step;
    if (m_step == kSteps)
        split();
    return {};
}

}  // namespace swarmscope
