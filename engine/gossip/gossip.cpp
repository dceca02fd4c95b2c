#include "gossip/gossip.h"

#include "core/random.h"
#include "swarm/swarm.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcGossip, "swarmscope.engine.gossip", QtInfoMsg)

namespace swarmscope {

namespace {

constexpr int kIdBytes = 16;

int effectiveLimit(int limit)
{
    return limit > 0 ? qMin(limit, wire::kMaxGossipHops) : wire::kMaxGossipHops;
}

}  // namespace

Gossip::Gossip(Swarm &swarm, Clock &clock, Random &random, GossipOptions options, QObject *parent)
    : QObject(parent)
    , m_swarm(swarm)
    , m_clock(clock)
    , m_options(options)
    , m_random(random)
    , m_seenRequests(options.seenCapacity, options.seenTtlMs)
    , m_seenReplies(options.seenCapacity, options.seenTtlMs)
    , m_routes(options.maxRoutes, options.seenTtlMs)
{
    m_options.fanout = qMax(1, m_options.fanout);
    connect(&m_swarm, &Swarm::messageReceived, this, &Gossip::onMessage);
    // Intake buckets exist only for current neighbours.
    connect(&m_swarm, &Swarm::connectionClosed, this, [this](quint64, const PeerId &peer, const QList<QByteArray> &) {
        if (!m_swarm.connectionTo(peer))
            m_intake.remove(peer);
    });
}

Gossip::~Gossip() = default;

QByteArray Gossip::randomId()
{
    return m_random.bytes(kIdBytes);
}

QByteArray Gossip::announce(const QByteArray &type, const QByteArray &data, int limit)
{
    if (type.size() > wire::kMaxGossipType || data.size() > wire::kMaxGossipData || limit < 0
        || limit > wire::kMaxGossipHops) {
        qCWarning(lcGossip) << "announce over the limits:" << type.size() << "B type," << data.size() << "B data, limit"
                            << limit;
        return {};
    }
    const qint64 now = m_clock.monotonicMs();
    wire::Announce a{randomId(), type, data, limit, 0};
    m_seenRequests.insert(a.id, now);  // our own request coming back is a duplicate
    m_routes.set(a.id, PeerId{}, now);
    const int sent = forward(a, PeerId{});
    emitEvent(GossipAnnounced{a.id, type, data, limit, 0, true, sent});
    return a.id;
}

int Gossip::forward(const wire::Announce &a, const PeerId &except)
{
    QList<Connection *> targets;
    for (Connection *c : m_swarm.openConnections())
        if (c->remoteId() != except)
            targets.append(c);
    // A stable order first, so that a seeded generator picks the same neighbours every run.
    std::sort(targets.begin(), targets.end(),
              [](const Connection *x, const Connection *y) { return x->remoteId() < y->remoteId(); });
    const int n = qMin(m_options.fanout, int(targets.size()));
    for (int i = 0; i < n; ++i) {
        const int j = i + int(m_random.bounded(quint32(targets.size() - i)));
        std::swap(targets[i], targets[j]);
        targets[i]->send(a);
    }
    return n;
}

Status Gossip::reply(const GossipRequest &request, const QByteArray &type, const QByteArray &data)
{
    if (type.size() > wire::kMaxGossipType || data.size() > wire::kMaxGossipData)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("reply over the limits (type %1 B, data %2 B)").arg(type.size()).arg(data.size()));
    const qint64 now = m_clock.monotonicMs();
    // The route table knows the neighbour even if it reconnected since; the connection id is the fallback.
    Connection *to = nullptr;
    if (const auto hop = m_routes.get(request.id, now); hop && !hop->isNull())
        to = m_swarm.connectionTo(*hop);
    if (!to && !request.via.isNull())
        to = m_swarm.connectionTo(request.via);
    if (!to && request.viaConnection) {
        Connection *c = m_swarm.connection(request.viaConnection);
        if (c && c->state() == Connection::State::Open)
            to = c;
    }
    if (!to)
        return makeError(ErrorCode::NotConnected,
                         QStringLiteral("the neighbour that brought request %1 is gone")
                             .arg(QString::fromLatin1(request.id.toHex())));
    // A fresh id per reply: peernet reused the request id, so relays dropped every reply but the first.
    const wire::Reply r{randomId(), request.id, type, data, 0};
    m_seenReplies.insert(request.id + r.id, now);
    to->send(r);
    emitEvent(GossipReply{ReplyRole::Sent, request.id, r.id, type, data, 0, {}, to->remoteId()});
    return {};
}

void Gossip::onMessage(Connection *c, const wire::Message &m)
{
    if (const auto *a = std::get_if<wire::Announce>(&m))
        onAnnounce(c, *a);
    else if (const auto *r = std::get_if<wire::Reply>(&m))
        onReply(c, *r);
}

bool Gossip::admit(const PeerId &from)
{
    if (m_options.maxRequestsPerSecond <= 0)
        return true;
    const qint64 now = m_clock.monotonicMs();
    auto it = m_intake.find(from);
    if (it == m_intake.end())
        it = m_intake.insert(from, TokenBucket(m_options.maxRequestsPerSecond, now));
    return it->take(1, now);
}

void Gossip::onAnnounce(Connection *c, const wire::Announce &a)
{
    // Length and schema were checked by the codec (id 1..64 B, type and data bounded, hops and
    // limit within 0..15). What is left is state.
    const qint64 now = m_clock.monotonicMs();
    if (m_seenRequests.contains(a.id, now)) {
        ++m_duplicates;
        return;
    }
    // hops on the wire = links the sender is from the origin; we are one further. An honest
    // forwarder never sends a request that would arrive past its limit, so this catches a peer
    // that raised the hop count past the limit (or the limit below the hop count).
    const int distance = a.hops + 1;
    if (distance > effectiveLimit(a.limit)) {
        reject(c, QStringLiteral("hop-limit"), ErrorCode::LimitReached,
               QStringLiteral("request arrived at hop %1, limit %2").arg(distance).arg(effectiveLimit(a.limit)), a.id);
        return;
    }
    if (!admit(c->remoteId())) {
        reject(c, QStringLiteral("rate-limited"), ErrorCode::RateLimited,
               QStringLiteral("more than %1 requests per second").arg(m_options.maxRequestsPerSecond), a.id);
        return;
    }
    m_seenRequests.insert(a.id, now);
    m_routes.set(a.id, c->remoteId(), now);

    int sent = 0;
    if (distance < effectiveLimit(a.limit)) {
        // The limit travels unchanged: a forwarder can only count hops up, never raise the limit.
        wire::Announce next = a;
        next.hops = distance;
        sent = forward(next, c->remoteId());
    }
    GossipRequest req{a.id, a.type, a.data, distance, a.limit, c->remoteAddress(), c->id(), c->remoteId()};
    emitEvent(GossipRequestReceived{req});
    if (sent > 0)
        emitEvent(GossipAnnounced{a.id, a.type, a.data, a.limit, distance, false, sent});
    emit request(req);
}

void Gossip::onReply(Connection *c, const wire::Reply &r)
{
    // Schema beyond the codec: a reply names itself and the request it answers.
    if (r.id.isEmpty() || r.request.isEmpty()) {
        reject(c, QStringLiteral("malformed"), ErrorCode::MalformedMessage,
               QStringLiteral("reply without an id or a request id"), r.request);
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    const QByteArray key = r.request + r.id;
    if (m_seenReplies.contains(key, now)) {
        ++m_duplicates;
        return;
    }
    const auto hop = m_routes.get(r.request, now);
    if (!hop) {
        reject(c, QStringLiteral("no-route"), ErrorCode::NotConnected,
               QStringLiteral("reply to a request we did not see (or forgot)"), r.request);
        return;
    }
    const int hops = r.hops + 1;
    if (hop->isNull()) {
        m_seenReplies.insert(key, now);
        emitEvent(GossipReply{ReplyRole::Received, r.request, r.id, r.type, r.data, hops, c->remoteId(), {}});
        return;
    }
    if (hops > wire::kMaxGossipHops) {
        reject(c, QStringLiteral("hop-limit"), ErrorCode::LimitReached,
               QStringLiteral("reply already travelled %1 hops").arg(r.hops), r.request);
        return;
    }
    Connection *back = m_swarm.connectionTo(*hop);
    if (!back) {
        reject(c, QStringLiteral("no-route"), ErrorCode::NotConnected,
               QStringLiteral("the neighbour that brought the request is gone"), r.request);
        return;
    }
    m_seenReplies.insert(key, now);
    wire::Reply next = r;
    next.hops = hops;
    back->send(next);
    emitEvent(
        GossipReply{ReplyRole::Forwarded, r.request, r.id, r.type, r.data, hops, c->remoteId(), back->remoteId()});
}

void Gossip::reject(Connection *c, const QString &reason, ErrorCode code, const QString &detail, const QByteArray &id)
{
    ++m_rejects[reason];
    emit rejected(code);
    emitEvent(Rejected{
        RejectSource::Gossip, code, reason, detail, c ? c->remoteId() : PeerId{}, std::nullopt, id, {}, {}, {}});
}

void Gossip::emitEvent(EventPayload payload)
{
    emit event(Event{m_clock.wallMs(), std::move(payload)});
}

}  // namespace swarmscope
