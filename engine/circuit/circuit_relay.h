#pragma once

#include "circuit/circuit_options.h"
#include "core/clock.h"
#include "core/peer_id.h"
#include "events/events.h"
#include "wire/messages.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace swarmscope {

class Carrier;
class CircuitDemuxFactory;
class CircuitSplice;
class Connection;
class Random;
class Swarm;

// The relay's side of circuits (docs/NAT.md). A peer that holds a reservation here can be
// reached by peers that cannot dial it: a requester asks for a circuit over its secure
// connection to us, both ends get a token and dial our port with it, and we splice the two
// streams. The secure channel runs end to end inside, so we see only ciphertext. We also tell
// every neighbour of a room which holders are in it (peer exchange entries with a key), and the
// session announces the holders' rooms in the DHT, so that peers on other relays find us.
class CircuitRelay final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CircuitRelay)

public:
    // demux is null when the relay does not serve (every request is refused "not-a-relay").
    CircuitRelay(Swarm &swarm, CircuitDemuxFactory *demux, Clock &clock, Random &random, CircuitLimits limits,
                 QObject *parent = nullptr);
    ~CircuitRelay() override;

    struct Counts {
        int reservations = 0;
        int circuits = 0;  // spliced now
        int pending = 0;  // waiting for their halves
        quint64 opened = 0;
        quint64 refused = 0;
        qint64 bytes = 0;  // spliced so far, both directions, all circuits
    };
    Counts counts() const;
    const CircuitLimits &limits() const { return m_limits; }
    // The rooms (topics) whose holders we stand for in the DHT.
    QList<QByteArray> rendezvousTopics() const;

signals:
    void event(const swarmscope::Event &event);
    void rejected(const QString &reason);
    void rendezvousChanged();

private:
    struct Reservation {
        quint64 connection = 0;
        qint64 expiresMs = 0;
    };
    struct Half {
        QPointer<Carrier> carrier;
        QByteArray first;
    };
    struct Pending {
        PeerId from, to;
        QByteArray tokenFrom, tokenTo;
        Half halfFrom, halfTo;
        Clock::TimerId timer = 0;
    };
    struct Active {
        PeerId from, to;
        QPointer<CircuitSplice> splice;
    };

    void onMessage(Connection *c, const wire::Message &m);
    void onReserve(Connection *c);
    void onRequest(Connection *c, const wire::CircuitRequest &req);
    void onTopics(Connection *c, const QList<QByteArray> &added);
    void onClosed(quint64 connectionId, const PeerId &peer);
    void onHalf(Carrier *carrier, const QByteArray &token, const QByteArray &rest);
    void splice(quint64 id);
    void dropPending(quint64 id, const QString &reason);
    void refuse(Connection *c, const QByteArray &nonce, const PeerId &to, const QString &reason);
    int circuitsOf(const PeerId &peer) const;
    Connection *holder(const PeerId &peer) const;
    void sendHolders(Connection *to, const QByteArray &topic, const QList<PeerId> &holders);
    void emitEvent(EventPayload payload);

    Swarm &m_swarm;
    QPointer<CircuitDemuxFactory> m_demux;
    Clock &m_clock;
    Random &m_random;
    CircuitLimits m_limits;
    QHash<PeerId, Reservation> m_reservations;
    QHash<quint64, Pending> m_pending;
    QHash<QByteArray, quint64> m_byToken;
    QHash<quint64, Active> m_active;
    quint64 m_nextId = 1;
    quint64 m_opened = 0;
    quint64 m_refused = 0;
    qint64 m_closedBytes = 0;
};

}  // namespace swarmscope
