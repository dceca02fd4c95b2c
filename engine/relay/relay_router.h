#pragma once

#include "core/clock.h"
#include "core/peer_id.h"
#include "core/result.h"
#include "events/events.h"
#include "gossip/route_table.h"
#include "relay/relay_options.h"
#include "relay/token_bucket.h"
#include "rooms/seen_cache.h"
#include "wire/messages.h"

#include <QHash>
#include <QObject>

namespace swarmscope {

class Connection;
class Random;
class Swarm;

// peer-relay's router (PROTOCOLS 1.8) on swarmscope/1: send(id, data) to a peer we are not connected
// to, through the XOR-closest neighbours that are not yet on the path, with reverse-path learning,
// a hop limit and a bounded nonce cache. The relay service is rate-limited per neighbour.
//
// The envelope's `from` is NOT authenticated: any peer can claim any sender. It is used for routing
// hints only (the reverse hop it teaches is one of several candidates); whatever needs to know the
// sender (direct messages, RPC) signs inside the data.
class RelayRouter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayRouter)

public:
    RelayRouter(const PeerId &self, Swarm &swarm, Clock &clock, Random &random, RelayOptions options = {},
                QObject *parent = nullptr);
    Random &random() { return m_random; }
    ~RelayRouter() override;

    // Errors: Self (to ourselves), Invalid (data over wire::kMaxRelayData), NotConnected (no neighbour to try).
    Status send(const PeerId &to, const QByteArray &data);

    const PeerId &self() const { return m_self; }
    const RelayOptions &options() const { return m_options; }
    int seenCount() const { return m_seen.size(); }
    int routeCount() const { return m_reverse.size(); }
    quint64 rejectCount(const QString &reason) const { return m_rejects.value(reason); }
    const QHash<QString, quint64> &rejectCounts() const { return m_rejects; }
    quint64 relayedCount() const { return m_relayed; }
    quint64 duplicates() const { return m_duplicates; }  // copies of a nonce already handled

    static bool closerTo(const PeerId &target, const PeerId &a, const PeerId &b);  // XOR distance a < b

signals:
    void event(const swarmscope::Event &event);  // relay-sent, relay-forwarded, relay-message, rejected
    void rejected(swarmscope::ErrorCode code);

private:
    struct Buckets {
        TokenBucket messages;
        TokenBucket bytes;
    };

    void onMessage(Connection *c, const wire::Message &m);
    void onRelay(Connection *c, const wire::Relay &r);
    QList<Connection *> nextHops(const wire::Relay &r, bool *usedReverse) const;
    bool admit(const PeerId &neighbour, qsizetype bytes);
    void reject(Connection *c, const QString &reason, ErrorCode code, const QString &detail, const wire::Relay &r);
    void emitEvent(EventPayload payload);

    PeerId m_self;
    Swarm &m_swarm;
    Clock &m_clock;
    Random &m_random;
    RelayOptions m_options;
    SeenCache m_seen;
    RouteTable m_reverse;  // sender id -> neighbour its latest message came through
    QHash<PeerId, Buckets> m_buckets;
    QHash<QString, quint64> m_rejects;
    quint64 m_relayed = 0;
    quint64 m_duplicates = 0;
};

}  // namespace swarmscope
