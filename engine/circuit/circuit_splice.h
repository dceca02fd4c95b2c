#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace swarmscope {

class Carrier;
class Clock;

// Two streams joined end to end: what one side sends, the other receives, byte for byte. A side
// is read only while the other has less than kHighWater queued, and the inner sockets read ahead
// at most that much, so a slow reader slows its sender through TCP and the relay holds a bounded
// amount per circuit. Either side ending ends both, after what is queued is flushed.
class CircuitSplice final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CircuitSplice)

public:
    static constexpr qint64 kHighWater = 256 * 1024;
    static constexpr int kFlushGraceMs = 5000;  // an ended side's queue gets this long to drain
    // Takes both carriers (already open); firstA/firstB were read from them before the splice.
    CircuitSplice(Clock &clock, Carrier *a, Carrier *b, const QByteArray &firstA, const QByteArray &firstB,
                  qint64 maxBytes, QObject *parent = nullptr);
    ~CircuitSplice() override;

    qint64 bytesAtoB() const { return m_aToB; }
    qint64 bytesBtoA() const { return m_bToA; }
    void close();

signals:
    void finished(const QString &reason);  // once; the splice deletes itself afterwards

private:
    void pump(Carrier *from, Carrier *to, qint64 &counter);
    void end(const QString &reason);

    Clock &m_clock;
    QPointer<Carrier> m_a, m_b;
    qint64 m_aToB = 0, m_bToA = 0;
    qint64 m_maxBytes;
    bool m_ended = false;
};

}  // namespace swarmscope
