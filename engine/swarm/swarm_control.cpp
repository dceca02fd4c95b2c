#include "swarm/swarm.h"

#include "events/event_json.h"

#include "swarm/host_kind.h"

#include <QPointer>

// The swarm's steering and views: topics, bans, backoff, flush, snapshots and counts.
namespace swarmscope {

void Swarm::setTap(FrameTap *tap)
{
    m_tap = tap;
    for (Connection *c : std::as_const(m_connections))
        c->setTap(tap);
}

void Swarm::join(const QByteArray &topic, JoinOptions options)
{
    const bool fresh = !m_topics.contains(topic);
    m_topics[topic].options = options;
    if (!fresh)
        return;
    m_topicOrder.append(topic);
    for (Connection *c : openConnections())
        c->send(wire::Join{topic});
}

void Swarm::leave(const QByteArray &topic)
{
    if (!m_topics.remove(topic))
        return;
    m_topicOrder.removeAll(topic);
    m_queue.removeTopic(topic);
    for (Connection *c : openConnections())
        c->send(wire::Leave{topic});
    emit queueChanged();
    checkFlush();
}

std::optional<JoinOptions> Swarm::status(const QByteArray &topic) const
{
    auto it = m_topics.constFind(topic);
    if (it == m_topics.constEnd())
        return std::nullopt;
    return it->options;
}

Connection *Swarm::connectionTo(const PeerId &id) const
{
    auto it = m_byPeer.constFind(id);
    return it == m_byPeer.constEnd() ? nullptr : m_connections.value(*it);
}

bool Swarm::ban(const PeerId &id, bool soft)
{
    m_banned.insert(id, soft);
    if (soft && m_options.forgetBannedMs >= 0)
        // The clock may outlive the swarm (several sessions on one clock): a guard, not a cancel.
        m_clock.schedule(m_options.forgetBannedMs, [guard = QPointer<Swarm>(this), id] {
            if (guard && guard->m_banned.value(id, false))
                guard->m_banned.remove(id);
        });
    Candidate *cand = m_queue.findById(id);
    if (cand)
        m_queue.ban(*cand, soft);
    Connection *c = connectionTo(id);
    emitEvent(PeerBanned{BanReason::Application, id, {}, soft});
    if (c)
        closeOnPurpose(c, ErrorCode::Banned, QStringLiteral("banned"));
    emit queueChanged();
    return c || cand;
}

bool Swarm::unban(const PeerId &id)
{
    const bool was = m_banned.remove(id) > 0;
    if (Candidate *cand = m_queue.findById(id))
        m_queue.unban(*cand);
    return was;
}

bool Swarm::backoff(const PeerId &id)
{
    Candidate *cand = m_queue.findById(id);
    Connection *c = connectionTo(id);
    if (!cand && !c)
        return false;
    emitEvent(BackedOff{id, cand ? cand->retries + 1 : 1});
    if (cand)
        m_queue.backoff(*cand);
    if (c)
        closeOnPurpose(c, ErrorCode::Closed, QStringLiteral("backoff"));
    emit queueChanged();
    return true;
}

bool Swarm::disconnectPeer(const PeerId &id)
{
    Connection *c = connectionTo(id);
    if (!c)
        return false;
    if (Candidate *cand = candidateOf(c))
        m_queue.remove(cand->key);
    m_candidateOf.remove(c->id());
    closeOnPurpose(c, ErrorCode::Closed, QStringLiteral("disconnected"));
    return true;
}

void Swarm::flush(std::function<void()> fn)
{
    m_flushWaiters.append(std::move(fn));
    checkFlush();
}

void Swarm::checkFlush()
{
    if (m_flushWaiters.isEmpty() || m_queue.count(CandidateState::Queued) > 0 || connectingCount() > 0)
        return;
    const auto waiters = std::exchange(m_flushWaiters, {});
    for (const auto &fn : waiters)
        fn();
}

QList<Connection *> Swarm::openConnections() const
{
    QList<Connection *> out;
    for (quint64 id : m_byPeer) {
        Connection *c = m_connections.value(id);
        if (c && c->state() == Connection::State::Open)
            out.append(c);
    }
    return out;
}

namespace {
template <typename Pred>
QList<Connection *> keepIf(QList<Connection *> connections, Pred keep)
{
    connections.removeIf([&](const Connection *c) { return !keep(c); });
    return connections;
}
}  // namespace

QList<Connection *> Swarm::peersInTopic(const QByteArray &topic) const
{
    return keepIf(openConnections(), [&](const Connection *c) { return c->hello().topics.contains(topic); });
}

QList<Connection *> Swarm::routesInTopic(const QByteArray &topic) const
{
    return keepIf(openConnections(), [&](const Connection *c) { return c->routedTopics().contains(topic); });
}

PeerSnapshot Swarm::snapshot(const Connection *c) const
{
    PeerSnapshot s = c->snapshot();
    s.local = isLocalHost(s.host);
    auto it = m_candidateOf.constFind(c->id());
    if (it != m_candidateOf.constEnd()) {
        if (const Candidate *cand = const_cast<PeerQueue &>(m_queue).find(*it)) {
            s.queueState = cand->state;
            s.retries = cand->retries;
            s.referrer = cand->info.referrer;
            if (cand->info.source != QLatin1String("inbound"))
                s.source = peerSourceFromName(cand->info.source).value_or(PeerSource::Manual);
        }
    }
    return s;
}

QList<PeerSnapshot> Swarm::snapshots() const
{
    QList<PeerSnapshot> out;
    out.reserve(m_connections.size());
    for (Connection *c : m_connections)
        out.append(snapshot(c));
    return out;
}

QList<CandidateSnapshot> Swarm::queue() const
{
    QList<CandidateSnapshot> out;
    for (const Candidate &c : m_queue.all()) {
        CandidateSnapshot s;
        s.host = c.info.host;
        s.port = c.info.port;
        s.source = peerSourceFromName(c.info.source).value_or(PeerSource::Manual);
        s.referrer = c.info.referrer;
        s.state = c.state;
        s.retries = c.retries;
        s.local = c.info.local;
        s.persistent = c.persistent;
        if (Connection *conn = m_connections.value(c.connectionId))
            s.address = conn->remoteAddress();
        out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const CandidateSnapshot &a, const CandidateSnapshot &b) {
        return std::tie(a.host, a.port) < std::tie(b.host, b.port);
    });
    return out;
}

int Swarm::countInState(Connection::State state) const
{
    int n = 0;
    for (Connection *c : m_connections)
        n += c->state() == state && (state != Connection::State::Open || m_byPeer.value(c->remoteId()) == c->id());
    return n;
}

int Swarm::queuedCount() const
{
    return m_queue.count(CandidateState::Queued) + m_queue.count(CandidateState::Waiting);
}

int Swarm::connectingCount() const
{
    int n = 0;
    for (Connection *c : m_connections)
        n += c->direction() == Direction::Outbound
            && (c->state() == Connection::State::Connecting || c->state() == Connection::State::Handshaking);
    return n;
}

}  // namespace swarmscope
