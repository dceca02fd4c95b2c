#pragma once

#include "transport/carrier.h"

#include <QHash>

namespace swarmscope {

class Clock;

// A relay's listener: in front of the swarm's own factory, it tells circuit data streams (which
// start with circuit::kMagic and a token) from peers' secure channels by their first bytes.
// Circuits go to circuitArrived; everything else reaches the swarm as before, its first bytes
// handed back by a WrappedCarrier. A stream that says nothing for timeoutMs is dropped.
class CircuitDemuxFactory final : public CarrierFactory {
    Q_OBJECT

public:
    CircuitDemuxFactory(CarrierFactory *inner, Clock &clock, int timeoutMs, QObject *parent = nullptr);
    ~CircuitDemuxFactory() override;

    Status listen(const QHostAddress &host, quint16 port) override { return m_inner->listen(host, port); }
    quint16 listenPort() const override { return m_inner->listenPort(); }
    void stopListening() override { m_inner->stopListening(); }
    Carrier *dial(const QString &host, quint16 port, QObject *parent) override
    {
        return m_inner->dial(host, port, parent);
    }
    quint64 silentDropped() const { return m_silentDropped; }

signals:
    // A circuit's half: its token, and what came after the header (the far end's first bytes).
    void circuitArrived(swarmscope::Carrier *carrier, const QByteArray &token, const QByteArray &rest);

private:
    void onIncoming(Carrier *carrier);
    void sniff(Carrier *carrier);
    QByteArray take(Carrier *carrier);  // stops sniffing it: what was read so far

    struct Sniff {
        QByteArray bytes;
        quint64 timer = 0;
    };

    CarrierFactory *m_inner;
    Clock &m_clock;
    int m_timeoutMs;
    QHash<Carrier *, Sniff> m_sniffing;
    quint64 m_silentDropped = 0;
};

}  // namespace swarmscope
