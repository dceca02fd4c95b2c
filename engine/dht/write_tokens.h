#pragma once

#include "core/clock.h"

#include <QByteArray>
#include <QByteArrayView>

namespace swarmscope {

// announce_peer write tokens (BEP 5): a hash of the querier's IP and a secret that rotates every
// five minutes. Tokens made with the current or the previous secret are accepted, older ones
// are refused. Rotation happens lazily on use, so it follows a ManualClock in tests.
class WriteTokens final {
public:
    static constexpr qint64 DefaultRotationMs = 5 * 60 * 1000;
    static constexpr int TokenBytes = 8;

    explicit WriteTokens(const Clock &clock, qint64 rotationMs = DefaultRotationMs);

    QByteArray tokenFor(quint32 ipv4);
    bool verify(quint32 ipv4, QByteArrayView token);
    int rotations() const { return m_rotations; }

private:
    void rotateIfDue();
    static QByteArray randomSecret();
    static QByteArray make(const QByteArray &secret, quint32 ipv4);

    const Clock &m_clock;
    qint64 m_rotationMs;
    qint64 m_rotatedAtMs;
    QByteArray m_current;
    QByteArray m_previous;
    int m_rotations = 0;
};

}  // namespace swarmscope
