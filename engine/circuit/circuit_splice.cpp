#include "circuit/circuit_splice.h"

#include "core/clock.h"
#include "transport/carrier.h"

namespace swarmscope {

CircuitSplice::CircuitSplice(Clock &clock, Carrier *a, Carrier *b, const QByteArray &firstA, const QByteArray &firstB,
                             qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_a(a)
    , m_b(b)
    , m_maxBytes(maxBytes)
{
    for (Carrier *c : {a, b}) {
        c->setParent(this);
        c->setReadBufferSize(kHighWater);
    }
    connect(a, &Carrier::readyRead, this, [this] { pump(m_a, m_b, m_aToB); });
    connect(b, &Carrier::readyRead, this, [this] { pump(m_b, m_a, m_bToA); });
    // Room on one side: read the other again.
    connect(a, &Carrier::bytesWritten, this, [this] { pump(m_b, m_a, m_bToA); });
    connect(b, &Carrier::bytesWritten, this, [this] { pump(m_a, m_b, m_aToB); });
    connect(a, &Carrier::closed, this, [this] {
        pump(m_a, m_b, m_aToB);
        end(QStringLiteral("closed by one end"));
    });
    connect(b, &Carrier::closed, this, [this] {
        pump(m_b, m_a, m_bToA);
        end(QStringLiteral("closed by one end"));
    });
    if (!firstA.isEmpty()) {
        b->write(firstA);
        m_aToB += firstA.size();
    }
    if (!firstB.isEmpty()) {
        a->write(firstB);
        m_bToA += firstB.size();
    }
    pump(a, b, m_aToB);
    pump(b, a, m_bToA);
}

CircuitSplice::~CircuitSplice()
{
    for (Carrier *c : {m_a.data(), m_b.data()})
        if (c)
            c->disconnect(this);
}

void CircuitSplice::pump(Carrier *from, Carrier *to, qint64 &counter)
{
    if (m_ended || !from || !to || to->bytesToWrite() >= kHighWater)
        return;  // the far side's queue is full: leave it in the socket, TCP slows the sender
    const QByteArray bytes = from->readAll();
    if (bytes.isEmpty())
        return;
    to->write(bytes);
    counter += bytes.size();
    if (m_maxBytes > 0 && m_aToB + m_bToA > m_maxBytes)
        end(QStringLiteral("byte limit of %1 reached").arg(m_maxBytes));
}

void CircuitSplice::close()
{
    end(QStringLiteral("closed by the relay"));
}

void CircuitSplice::end(const QString &reason)
{
    if (m_ended)
        return;
    m_ended = true;
    for (Carrier *c : {m_a.data(), m_b.data()}) {
        if (!c)
            continue;
        // Each end outlives the splice until its queue is flushed and it closed (or the grace
        // passed), held by the relay meanwhile so that it goes with the relay at the latest.
        c->disconnect(this);
        c->setParent(parent());
        connect(c, &Carrier::closed, c, &QObject::deleteLater);
        m_clock.schedule(kFlushGraceMs, [held = QPointer<Carrier>(c)] {
            if (held)
                held->deleteLater();
        });
        c->close();
    }
    emit finished(reason);
    deleteLater();
}

}  // namespace swarmscope
