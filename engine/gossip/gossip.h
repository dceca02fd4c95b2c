#pragma once

#include "core/clock.h"
#include "core/peer_id.h"
#include "core/result.h"
#include "events/events.h"
#include "gossip/gossip_options.h"
#include "gossip/route_table.h"
#include "relay/token_bucket.h"
#include "rooms/seen_cache.h"
#include "wire/messages.h"

#include <QHash>
#include <QMetaType>
#include <QObject>

namespace swarmscope {

class Connection;
class Random;
class Swarm;

// peernet's gossip on swarmscope/1 (PROTOCOLS 1.2): announce {id, type, data, limit, hops} is passed
// to a random fanout of neighbours, each node handles a request id once (bounded seen-cache with
// TTL), and replies travel back along the reverse path, one hop at a time. Unlike peernet, every
// reply has its own id, so several replies to one request all arrive.
class Gossip final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gossip)

public:
    Gossip(Swarm &swarm, Clock &clock, Random &random, GossipOptions options = {}, QObject *parent = nullptr);
    ~Gossip() override;

    // Sends a new request to the fanout; returns its id (16 random bytes), or an empty array if
    // type or data are over the wire limits. limit 0 = wire::kMaxGossipHops.
    QByteArray announce(const QByteArray &type, const QByteArray &data, int limit = 0);
    // Answers a request: the reply goes back the way the request came.
    Status reply(const GossipRequest &request, const QByteArray &type, const QByteArray &data);

    const GossipOptions &options() const { return m_options; }
    int seenRequestCount() const { return m_seenRequests.size(); }
    int seenReplyCount() const { return m_seenReplies.size(); }
    int routeCount() const { return m_routes.size(); }
    quint64 duplicates() const { return m_duplicates; }  // copies of a known id: normal in a flood
    quint64 rejectCount(const QString &reason) const { return m_rejects.value(reason); }
    const QHash<QString, quint64> &rejectCounts() const { return m_rejects; }

signals:
    void request(const swarmscope::GossipRequest &request);  // once per request id, never at its origin
    void event(const swarmscope::Event &event);  // announce, request, reply, rejected
    void rejected(swarmscope::ErrorCode code);

private:
    void onMessage(Connection *c, const wire::Message &m);
    void onAnnounce(Connection *c, const wire::Announce &a);
    void onReply(Connection *c, const wire::Reply &r);
    int forward(const wire::Announce &a, const PeerId &except);
    bool admit(const PeerId &from);
    void reject(Connection *c, const QString &reason, ErrorCode code, const QString &detail, const QByteArray &id = {});
    void emitEvent(EventPayload payload);
    QByteArray randomId();

    Swarm &m_swarm;
    Clock &m_clock;
    GossipOptions m_options;
    Random &m_random;
    SeenCache m_seenRequests;
    SeenCache m_seenReplies;  // keyed by request id + reply id
    RouteTable m_routes;  // request id -> neighbour it came from; null = our own request
    QHash<PeerId, TokenBucket> m_intake;
    QHash<QString, quint64> m_rejects;
    quint64 m_duplicates = 0;
};

}  // namespace swarmscope
