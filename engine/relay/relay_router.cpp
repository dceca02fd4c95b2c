#include "relay/relay_router.h"

#include "core/random.h"
#include "crypto/identity.h"
#include "swarm/swarm.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRelay, "swarmscope.engine.relay", QtInfoMsg)

namespace swarmscope {

namespace {

constexpr int kNonceBytes = 16;

bool isOpen(const Connection *c)
{
    return c && c->state() == Connection::State::Open;
}

}  // namespace

RelayRouter::RelayRouter(const PeerId &self, Swarm &swarm, Clock &clock, Random &random, RelayOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_self(self)
    , m_swarm(swarm)
    , m_clock(clock)
    , m_random(random)
    , m_options(options)
    , m_seen(options.seenCapacity, options.seenTtlMs)
    , m_reverse(options.maxRoutes, options.seenTtlMs)
{
    // Our own hop is appended before sending, so a path never outgrows what the codec accepts.
    m_options.hopLimit = std::clamp(m_options.hopLimit, 1, wire::kMaxRelayPath);
    m_options.maxNextHops = qMax(1, m_options.maxNextHops);
    connect(&m_swarm, &Swarm::messageReceived, this, &RelayRouter::onMessage);
    connect(&m_swarm, &Swarm::connectionClosed, this, [this](quint64, const PeerId &peer, const QList<QByteArray> &) {
        if (!m_swarm.connectionTo(peer))
            m_buckets.remove(peer);
    });
}

RelayRouter::~RelayRouter() = default;

bool RelayRouter::closerTo(const PeerId &target, const PeerId &a, const PeerId &b)
{
    for (size_t i = 0; i < target.key.size(); ++i) {
        const auto da = std::uint8_t(a.key[i] ^ target.key[i]);
        const auto db = std::uint8_t(b.key[i] ^ target.key[i]);
        if (da != db)
            return da < db;
    }
    return false;
}

Status RelayRouter::send(const PeerId &to, const QByteArray &data)
{
    if (to == m_self)
        return makeError(ErrorCode::Self, QStringLiteral("cannot relay to ourselves"));
    if (data.size() > wire::kMaxRelayData)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("%1 B is over the relay limit of %2 B").arg(data.size()).arg(wire::kMaxRelayData));
    const wire::Relay r{to.toBytes(), m_self.toBytes(), {m_self.toBytes()}, m_random.bytes(kNonceBytes), data};
    bool usedReverse = false;
    const QList<Connection *> hops = nextHops(r, &usedReverse);
    if (hops.isEmpty()) {
        reject(nullptr, QStringLiteral("no-route"), ErrorCode::NotConnected,
               QStringLiteral("no neighbour to send through"), r);
        return makeError(ErrorCode::NotConnected, QStringLiteral("no route to %1").arg(Identity::addressOf(to)));
    }
    m_seen.insert(r.nonce, m_clock.monotonicMs());  // it must not come back through us
    QList<PeerId> next;
    for (Connection *c : hops) {
        c->send(r);
        next.append(c->remoteId());
    }
    emitEvent(RelaySent{to, r.nonce, int(data.size()), next, usedReverse});
    return {};
}

QList<Connection *> RelayRouter::nextHops(const wire::Relay &r, bool *usedReverse) const
{
    *usedReverse = false;
    const PeerId to = PeerId::fromBytes(r.to);
    if (Connection *direct = m_swarm.connectionTo(to); isOpen(direct))
        return {direct};  // the destination itself: nobody else needs a copy

    const QSet<QByteArray> onPath(r.path.begin(), r.path.end());
    QList<Connection *> out;
    // First the neighbour the destination's own messages last came through: a path known to work.
    if (const auto hop = m_reverse.get(r.to, m_clock.monotonicMs()); hop && !onPath.contains(hop->toBytes())) {
        if (Connection *c = m_swarm.connectionTo(*hop); isOpen(c)) {
            out.append(c);
            *usedReverse = true;
        }
    }
    QList<Connection *> closest;
    for (Connection *c : m_swarm.openConnections())
        if (!out.contains(c) && !onPath.contains(c->remoteId().toBytes()))
            closest.append(c);
    std::sort(closest.begin(), closest.end(),
              [&to](const Connection *a, const Connection *b) { return closerTo(to, a->remoteId(), b->remoteId()); });
    for (Connection *c : std::as_const(closest)) {
        if (out.size() >= m_options.maxNextHops)
            break;
        out.append(c);
    }
    return out;
}

void RelayRouter::onMessage(Connection *c, const wire::Message &m)
{
    if (const auto *r = std::get_if<wire::Relay>(&m))
        onRelay(c, *r);
}

bool RelayRouter::admit(const PeerId &neighbour, qsizetype bytes)
{
    const qint64 now = m_clock.monotonicMs();
    auto it = m_buckets.find(neighbour);
    if (it == m_buckets.end())
        it = m_buckets.insert(neighbour,
                              Buckets{TokenBucket(m_options.maxMessagesPerSecond, now),
                                      TokenBucket(double(m_options.maxBytesPerSecond), now)});
    // Check both before taking from either, so a refused message costs nothing.
    if (it->messages.available(now) < 1 || it->bytes.available(now) < double(bytes))
        return false;
    it->messages.take(1, now);
    it->bytes.take(double(bytes), now);
    return true;
}

void RelayRouter::onRelay(Connection *c, const wire::Relay &r)
{
    // Length: the codec bounded every field (keys 32 B, nonce <= 32 B, data <= 64 KiB, path <= 20).
    // Schema: a nonce, and a path that ends with the neighbour who handed it to us.
    if (r.nonce.isEmpty()) {
        reject(c, QStringLiteral("malformed"), ErrorCode::MalformedMessage, QStringLiteral("relay without a nonce"), r);
        return;
    }
    if (r.path.isEmpty() || r.path.last() != c->remoteId().toBytes()) {
        reject(c, QStringLiteral("bad-path"), ErrorCode::Invalid,
               QStringLiteral("the path must end with the neighbour that sent it"), r);
        return;
    }
    // State.
    const qint64 now = m_clock.monotonicMs();
    if (m_seen.contains(r.nonce, now)) {
        // With more than one next hop, copies meet again by design: counted, not an event each.
        ++m_duplicates;
        return;
    }
    const QByteArray self = m_self.toBytes();
    if (r.path.contains(self) || r.from == self) {
        reject(c, QStringLiteral("loop"), ErrorCode::Duplicate, QStringLiteral("we are already on its path"), r);
        return;
    }
    if (r.path.size() >= m_options.hopLimit) {
        reject(c, QStringLiteral("hop-limit"), ErrorCode::LimitReached,
               QStringLiteral("path of %1 hops, limit %2").arg(r.path.size()).arg(m_options.hopLimit), r);
        return;
    }
    const PeerId from = PeerId::fromBytes(r.from);
    const int hops = int(r.path.size());
    if (r.to == self) {
        m_seen.insert(r.nonce, now);
        m_reverse.set(r.from, c->remoteId(), now);
        emitEvent(RelayReceived{from, c->remoteId(), hops, r.data});
        return;
    }
    if (!m_options.serveOthers) {
        reject(c, QStringLiteral("not-relaying"), ErrorCode::Invalid, QStringLiteral("this node does not relay"), r);
        return;
    }
    if (!admit(c->remoteId(), r.data.size())) {
        reject(c, QStringLiteral("rate-limited"), ErrorCode::RateLimited,
               QStringLiteral("over %1 messages or %2 bytes per second")
                   .arg(m_options.maxMessagesPerSecond)
                   .arg(m_options.maxBytesPerSecond),
               r);
        return;
    }
    wire::Relay next = r;
    next.path.append(self);
    bool usedReverse = false;
    const QList<Connection *> targets = nextHops(next, &usedReverse);
    if (targets.isEmpty()) {
        reject(c, QStringLiteral("no-route"), ErrorCode::NotConnected, QStringLiteral("no neighbour off the path"), r);
        return;
    }
    m_seen.insert(r.nonce, now);
    m_reverse.set(r.from, c->remoteId(), now);
    QList<PeerId> out;
    for (Connection *t : targets) {
        t->send(next);
        out.append(t->remoteId());
    }
    ++m_relayed;
    emitEvent(RelayForwarded{from, PeerId::fromBytes(r.to), c->remoteId(), hops, int(r.data.size()), out, usedReverse});
}

void RelayRouter::reject(Connection *c, const QString &reason, ErrorCode code, const QString &detail,
                         const wire::Relay &r)
{
    ++m_rejects[reason];
    emit rejected(code);
    qCDebug(lcRelay) << "dropped relay message:" << reason << detail;
    emitEvent(Rejected{RejectSource::Relay,
                       code,
                       reason,
                       detail,
                       c ? c->remoteId() : PeerId{},
                       std::nullopt,
                       {},
                       PeerId::fromBytes(r.from),
                       PeerId::fromBytes(r.to),
                       {}});
}

void RelayRouter::emitEvent(EventPayload payload)
{
    emit event(Event{m_clock.wallMs(), std::move(payload)});
}

}  // namespace swarmscope
