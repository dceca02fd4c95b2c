#include "crypto/secret_stream.h"

#include "core/logging.h"
#include "crypto/noise_xx.h"
#include "crypto/sodium.h"

#include <sodium.h>

#include <algorithm>
#include <functional>
#include <utility>

namespace swarmscope {

namespace {

constexpr qsizetype kLengthBytes = 3;
constexpr qsizetype kMaxFrameField = 0xFFFFFF;  // what a uint24 length can say
constexpr qsizetype kStreamIdBytes = 32;
constexpr qsizetype kSsHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kIdHeaderBytes = kStreamIdBytes + kSsHeaderBytes;
constexpr qsizetype kABytes = crypto_secretstream_xchacha20poly1305_ABYTES;
static_assert(kSsHeaderBytes == 24 && kABytes == 17 && kIdHeaderBytes == 56);

using Namespace = std::array<std::uint8_t, 32>;

// hypercore-crypto's namespace('hyperswarm/secret-stream', 3): entry i is
// BLAKE2b-256(BLAKE2b-256(name) || byte(i)). Entry 0 tags the initiator, 1 the responder.
const Namespace &streamNamespace(bool initiator)
{
    static const std::array<Namespace, 2> ns = [] {
        ensureSodium();
        static const char name[] = "hyperswarm/secret-stream";
        std::uint8_t buf[33];
        crypto_generichash(buf, 32, reinterpret_cast<const std::uint8_t *>(name), sizeof name - 1, nullptr, 0);
        std::array<Namespace, 2> out{};
        for (std::uint8_t i = 0; i < 2; ++i) {
            buf[32] = i;
            crypto_generichash(out[i].data(), 32, buf, sizeof buf, nullptr, 0);
        }
        return out;
    }();
    return ns[initiator ? 0 : 1];
}

// streamId() of index.js: BLAKE2b-256 of the namespace, keyed with the handshake hash.
void streamId(const QByteArray &handshakeHash, bool initiator, std::uint8_t out[32])
{
    const Namespace &ns = streamNamespace(initiator);
    crypto_generichash(out, 32, ns.data(), ns.size(), reinterpret_cast<const std::uint8_t *>(handshakeHash.constData()),
                       std::size_t(handshakeHash.size()));
}

void putUint24(char *at, qsizetype n)
{
    at[0] = char(n & 0xff);
    at[1] = char((n >> 8) & 0xff);
    at[2] = char((n >> 16) & 0xff);
}

// An all-zero key is one not yet generated or received.
QByteArray keyBytes(const std::array<std::uint8_t, 32> &key)
{
    if (std::all_of(key.begin(), key.end(), [](std::uint8_t b) { return b == 0; }))
        return {};
    return QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
}

}  // namespace

struct SecretStream::Keys {
    crypto_secretstream_xchacha20poly1305_state push{};
    crypto_secretstream_xchacha20poly1305_state pull{};
    std::uint8_t rxKey[crypto_secretstream_xchacha20poly1305_KEYBYTES] = {};

    ~Keys()
    {
        sodium_memzero(&push, sizeof push);
        sodium_memzero(&pull, sizeof pull);
        sodium_memzero(rxKey, sizeof rxKey);
    }
};

SecretStream::SecretStream(bool initiator, const KeyPair &keys, qsizetype maxFrame)
    : m_initiator(initiator)
    , m_maxFrame(maxFrame > 0 ? std::min(maxFrame, kMaxFrameField) : kDefaultMaxFrame)
    , m_noise(std::make_unique<NoiseXX>(initiator, keys))
    , m_keys(std::make_unique<Keys>())
{
    ensureSodium();
}

// Keys and NoiseXX wipe themselves; the handshake hash is the only other derived secret.
SecretStream::~SecretStream()
{
    if (!m_handshakeHash.isEmpty())
        sodium_memzero(m_handshakeHash.data(), std::size_t(m_handshakeHash.size()));
}

Status SecretStream::fail(ErrorCode code, QString detail)
{
    qCDebug(lcChannel) << "secret stream failed:" << errorCodeName(code) << detail;
    m_phase = Phase::Failed;
    m_canSend = false;
    m_error = makeError(code, std::move(detail));
    m_noise.reset();
    m_keys.reset();
    m_partial = QByteArray();
    return m_error;
}

void SecretStream::appendFrameHeader(QByteArray &out, qsizetype bodyLen)
{
    const qsizetype at = out.size();
    out.resize(at + kLengthBytes);
    putUint24(out.data() + at, bodyLen);
}

QByteArray SecretStream::start()
{
    QByteArray out;
    if (!m_initiator || m_started || m_phase != Phase::Handshake)
        return out;
    m_started = true;
    if (!writeHandshakeMessage(out).ok())
        return {};  // failed (m_error says why): nothing goes on the wire
    return out;
}

Status SecretStream::writeHandshakeMessage(QByteArray &out)
{
    const qsizetype at = out.size();
    appendFrameHeader(out, 0);
    const Status s = m_noise->writeMessage(out);
    if (!s) {
        out.truncate(at);
        return fail(ErrorCode::HandshakeFailed, s.error().detail);
    }
    putUint24(out.data() + at, out.size() - at - kLengthBytes);
    ++m_framesOut;
    if (m_noise->complete())
        finishHandshake(out);
    return {};
}

QByteArray SecretStream::localEphemeral() const
{
    return m_noise ? keyBytes(m_noise->localEphemeral()) : m_localEphemeral;
}

QByteArray SecretStream::remoteEphemeral() const
{
    return m_noise ? keyBytes(m_noise->remoteEphemeral()) : m_remoteEphemeral;
}

void SecretStream::finishHandshake(QByteArray &out)
{
    m_remote = m_noise->remoteStatic();
    m_localEphemeral = keyBytes(m_noise->localEphemeral());
    m_remoteEphemeral = keyBytes(m_noise->remoteEphemeral());
    const auto &hash = m_noise->handshakeHash();
    m_handshakeHash = QByteArray(reinterpret_cast<const char *>(hash.data()), qsizetype(hash.size()));

    // Our header: the stream id proves we hold the same handshake hash; the secretstream
    // header starts our sending direction.
    out.reserve(out.size() + kLengthBytes + kIdHeaderBytes);
    appendFrameHeader(out, kIdHeaderBytes);
    const qsizetype at = out.size();
    out.resize(at + kIdHeaderBytes);
    auto *frame = reinterpret_cast<std::uint8_t *>(out.data()) + at;
    streamId(m_handshakeHash, m_initiator, frame);
    crypto_secretstream_xchacha20poly1305_init_push(&m_keys->push, frame + kStreamIdBytes, m_noise->txKey().data());
    std::copy_n(m_noise->rxKey().begin(), sizeof m_keys->rxKey, m_keys->rxKey);
    m_noise.reset();

    m_handshakeDone = true;
    m_canSend = true;
    m_phase = Phase::AwaitHeader;
    ++m_framesOut;
    qCDebug(lcChannel) << "handshake complete with" << m_remote.shortHex();
}

Status SecretStream::feed(QByteArrayView bytes, SecretStreamOutput &out)
{
    if (m_phase == Phase::Failed)
        return m_error;

    const char *p = bytes.data();
    qsizetype n = bytes.size();

    auto frameDone = [this] {
        m_len = 0;
        m_lenBytes = 0;
    };

    while (n > 0 || (m_lenBytes == kLengthBytes && m_len == 0)) {
        if (m_lenBytes < kLengthBytes) {
            m_len |= std::uint32_t(std::uint8_t(*p)) << (8 * m_lenBytes);
            ++m_lenBytes;
            ++p;
            --n;
            // Refuse before buffering anything of the body.
            if (m_lenBytes == kLengthBytes && qsizetype(m_len) > m_maxFrame)
                return fail(ErrorCode::FrameTooLarge,
                            QStringLiteral("frame of %1 bytes exceeds the cap of %2").arg(m_len).arg(m_maxFrame));
            continue;
        }

        const qsizetype len = qsizetype(m_len);
        if (m_partial.isEmpty() && n >= len) {
            // The whole body is in this chunk: work on it where it lies.
            frameDone();
            const Status s = processFrame(QByteArrayView(p, len), nullptr, out);
            if (!s)
                return s;
            p += len;
            n -= len;
            continue;
        }

        if (m_partial.isEmpty())
            m_partial.reserve(len);
        const qsizetype take = std::min(len - m_partial.size(), n);
        m_partial.append(p, take);
        p += take;
        n -= take;
        if (m_partial.size() < len)
            break;

        frameDone();
        // The reassembled frame is ours: a data frame is decrypted in place and handed out.
        QByteArray body = std::exchange(m_partial, QByteArray());
        const Status s = processFrame(body, &body, out);
        if (!s)
            return s;
    }
    return {};
}

Status SecretStream::processFrame(QByteArrayView body, QByteArray *owned, SecretStreamOutput &out)
{
    ++m_framesIn;
    switch (m_phase) {
    case Phase::Handshake: return onHandshakeFrame(body, out);
    case Phase::AwaitHeader: return onHeaderFrame(body, out);
    case Phase::Open: return onDataFrame(body, owned, out);
    case Phase::Failed: break;
    }
    return m_error;
}

Status SecretStream::onHandshakeFrame(QByteArrayView body, SecretStreamOutput &out)
{
    const Status s = m_noise->readMessage(body);
    if (!s)
        return fail(ErrorCode::HandshakeFailed, s.error().detail);
    if (m_noise->complete()) {
        finishHandshake(out.toSend);
        return {};
    }
    return writeHandshakeMessage(out.toSend);
}

Status SecretStream::onHeaderFrame(QByteArrayView body, SecretStreamOutput &out)
{
    if (body.size() != kIdHeaderBytes)
        return fail(ErrorCode::MalformedMessage,
                    QStringLiteral("header frame of %1 bytes, expected %2").arg(body.size()).arg(kIdHeaderBytes));
    std::uint8_t expected[kStreamIdBytes];
    streamId(m_handshakeHash, !m_initiator, expected);
    const auto *frame = reinterpret_cast<const std::uint8_t *>(body.data());
    if (sodium_memcmp(expected, frame, kStreamIdBytes) != 0)
        return fail(ErrorCode::HandshakeFailed, QStringLiteral("remote stream id does not match"));
    crypto_secretstream_xchacha20poly1305_init_pull(&m_keys->pull, frame + kStreamIdBytes, m_keys->rxKey);
    sodium_memzero(m_keys->rxKey, sizeof m_keys->rxKey);
    m_phase = Phase::Open;
    out.established = true;
    return {};
}

Status SecretStream::onDataFrame(QByteArrayView body, QByteArray *owned, SecretStreamOutput &out)
{
    if (body.size() < kABytes)
        return fail(ErrorCode::MalformedMessage,
                    QStringLiteral("data frame of %1 bytes is shorter than its MAC").arg(body.size()));
    const qsizetype plainLen = body.size() - kABytes;
    const auto *cipher = reinterpret_cast<const unsigned char *>(body.data());
    // Wire layout: encrypted tag byte || ciphertext || MAC, so the plaintext of an owned
    // buffer can be decrypted onto its own ciphertext at offset 1 (libsodium allows m == c).
    QByteArray plain = owned ? std::move(*owned) : QByteArray(plainLen, Qt::Uninitialized);
    auto *target = reinterpret_cast<unsigned char *>(plain.data()) + (owned ? 1 : 0);
    unsigned char tag = 0;
    // The tag is ignored, as the npm side does (it only ever sends TAG_MESSAGE).
    if (crypto_secretstream_xchacha20poly1305_pull(&m_keys->pull, target, nullptr, &tag, cipher,
                                                   std::size_t(body.size()), nullptr, 0)
        != 0)
        return fail(ErrorCode::DecryptFailed, QStringLiteral("message failed authentication"));
    if (owned) {
        plain.remove(0, 1);  // O(1) in Qt 6: only the begin pointer moves
        plain.truncate(plainLen);
    }
    out.messages.append(std::move(plain));
    return {};
}

void SecretStream::sealInto(QByteArrayView plaintext, QByteArray &out)
{
    const qsizetype bodyLen = plaintext.size() + kABytes;
    if (!m_canSend || bodyLen > kMaxFrameField) {
        qCWarning(lcChannel) << "sealInto refused:" << (m_canSend ? "message too large" : "channel not open");
        return;
    }
    // Growing out would move the bytes a view into out points at.
    const std::less<const char *> before;
    const char *outBegin = out.constData();
    if (!out.isNull() && !before(plaintext.data(), outBegin) && before(plaintext.data(), outBegin + out.capacity())) {
        const QByteArray copy = plaintext.toByteArray();
        sealInto(copy, out);
        return;
    }

    const qsizetype at = out.size();
    out.resize(at + kLengthBytes + bodyLen);
    char *frame = out.data() + at;
    putUint24(frame, bodyLen);
    crypto_secretstream_xchacha20poly1305_push(&m_keys->push, reinterpret_cast<unsigned char *>(frame + kLengthBytes),
                                               nullptr, reinterpret_cast<const unsigned char *>(plaintext.data()),
                                               std::size_t(plaintext.size()), nullptr, 0,
                                               crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    ++m_framesOut;
}

QByteArray SecretStream::seal(QByteArrayView plaintext)
{
    QByteArray out;
    out.reserve(kLengthBytes + kABytes + plaintext.size());
    sealInto(plaintext, out);
    return out;
}

}  // namespace swarmscope
