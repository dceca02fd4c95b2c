#include "dht/write_tokens.h"

#include <QCryptographicHash>
#include "crypto/sodium.h"

#include <sodium.h>
#include <QtEndian>

#include <array>

namespace swarmscope {

WriteTokens::WriteTokens(const Clock &clock, qint64 rotationMs)
    : m_clock(clock)
    , m_rotationMs(qMax<qint64>(1, rotationMs))
    , m_rotatedAtMs(clock.monotonicMs())
    , m_current(randomSecret())
    , m_previous(randomSecret())
{}

QByteArray WriteTokens::randomSecret()
{
    // A secret: only a peer that saw our token may announce, so it comes from libsodium.
    ensureSodium();
    QByteArray secret(16, Qt::Uninitialized);
    randombytes_buf(secret.data(), size_t(secret.size()));
    return secret;
}

QByteArray WriteTokens::make(const QByteArray &secret, quint32 ipv4)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(secret);
    const quint32 be = qToBigEndian(ipv4);
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&be), 4));
    return h.result().left(TokenBytes);
}

void WriteTokens::rotateIfDue()
{
    const qint64 now = m_clock.monotonicMs();
    const qint64 periods = (now - m_rotatedAtMs) / m_rotationMs;
    if (periods <= 0)
        return;
    // After two or more periods both secrets are new: every token handed out before is refused.
    m_previous = periods == 1 ? m_current : randomSecret();
    m_current = randomSecret();
    m_rotatedAtMs += periods * m_rotationMs;
    m_rotations += int(periods);
}

QByteArray WriteTokens::tokenFor(quint32 ipv4)
{
    rotateIfDue();
    return make(m_current, ipv4);
}

bool WriteTokens::verify(quint32 ipv4, QByteArrayView token)
{
    rotateIfDue();
    if (token.size() != TokenBytes)
        return false;
    return token == make(m_current, ipv4) || token == make(m_previous, ipv4);
}

}  // namespace swarmscope
