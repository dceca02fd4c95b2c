#pragma once

#include "core/clock.h"
#include "core/peer_id.h"
#include "transport/carrier.h"
#include "wire/messages.h"

#include <QHash>
#include <QPointer>

#include <functional>

namespace swarmscope {

class Connection;
class Random;
class Swarm;
class WrappedCarrier;

// The swarm's "circuit" transport (docs/NAT.md). dial("KEYHEX@RELAYIP", relayPort) asks the
// relay, over our secure connection to it, for a circuit to that peer, then dials the relay's
// port with the token it hands out; the swarm's handshake then runs end to end through the
// relay's splice and must prove that key. A relay we hold a reservation on may announce a
// circuit for us: we dial in with its token and hand the stream to the swarm as inbound.
class CircuitDialer final : public CarrierFactory {
    Q_OBJECT

public:
    CircuitDialer(Swarm &swarm, Clock &clock, Random &random, int timeoutMs, QObject *parent = nullptr);
    ~CircuitDialer() override;

    Status listen(const QHostAddress &, quint16) override { return {}; }
    quint16 listenPort() const override { return 0; }
    void stopListening() override {}
    Carrier *dial(const QString &spec, quint16 port, QObject *parent) override;
    // Which connections may announce circuits to us: those to relays holding our reservation.
    void setAccepting(std::function<bool(const Connection *)> accepting) { m_accepting = std::move(accepting); }
    quint64 refused() const { return m_refused; }

signals:
    void rejected(const QString &reason);

private:
    struct Request {
        QPointer<WrappedCarrier> carrier;
        quint64 relayConnection = 0;
        Clock::TimerId timer = 0;
    };
    void onMessage(Connection *c, const wire::Message &m);
    void onAnswer(Connection *c, const wire::CircuitAnswer &a);
    void onIncoming(Connection *c, const wire::CircuitIncoming &in);
    Connection *relayAt(const QString &host, quint16 port) const;
    static QString viaOf(const Connection *relay);

    Swarm &m_swarm;
    Clock &m_clock;
    Random &m_random;
    int m_timeoutMs;
    std::function<bool(const Connection *)> m_accepting;
    QHash<QByteArray, Request> m_requests;  // by nonce
    int m_inboundPending = 0;
    quint64 m_refused = 0;
};

}  // namespace swarmscope
