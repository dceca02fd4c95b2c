#include "dht/dht_node.h"

#include "dht/dht_node_internal.h"
#include "core/random.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDht)

// Our own questions: the infohashes we look up and announce, in rounds, each round an iterative
// traversal of the DHT towards the infohash.
namespace swarmscope {

using namespace dht_internal;

void DhtNode::announce(const QByteArray &infohash20, quint16 port, bool impliedPort)
{
    track(infohash20, QPair<quint16, bool>(port, impliedPort));
}

void DhtNode::lookup(const QByteArray &infohash20)
{
    track(infohash20, std::nullopt);
}

void DhtNode::track(const QByteArray &infohash20, std::optional<QPair<quint16, bool>> announce)
{
    if (infohash20.size() != NodeId::Size) {
        qCWarning(lcDht) << "ignoring an infohash of" << infohash20.size() << "bytes";
        return;
    }
    Tracked &t = m_tracked[infohash20];
    if (announce) {
        t.port = announce->first;
        t.impliedPort = announce->second;
        t.announce = t.port != 0 || t.impliedPort;
    }
    t.quickRetries = 0;
    if (t.traversal || !m_socket)
        return;  // the running round carries on; start() kicks rounds asked for before it
    if (t.timer) {
        m_clock.cancel(t.timer);
        t.timer = 0;
    }
    startRound(infohash20);
}

void DhtNode::lookupNow(const QByteArray &infohash20)
{
    const auto it = m_tracked.find(infohash20);
    if (it == m_tracked.end() || it->traversal)
        return;
    if (it->timer)
        m_clock.cancel(it->timer);
    startRound(infohash20);
}

void DhtNode::remove(const QByteArray &infohash20)
{
    const auto it = m_tracked.find(infohash20);
    if (it == m_tracked.end())
        return;
    if (it->timer)
        m_clock.cancel(it->timer);
    if (const auto t = m_traversals.find(it->traversal); t != m_traversals.end()) {
        if (t->second->recheck)
            m_clock.cancel(t->second->recheck);
        m_traversals.erase(t);  // its late answers find no traversal and are dropped
    }
    m_tracked.erase(it);
}

void DhtNode::startRound(const QByteArray &infohash)
{
    auto it = m_tracked.find(infohash);
    if (it == m_tracked.end())
        return;
    it->timer = 0;
    const quint64 id =
        startTraversal(Purpose::Infohash, Lookup::Kind::GetPeers, *NodeId::fromBytes(infohash), infohash);
    it->traversal = id;
    // Peers announced to us count at once, as in bittorrent-dht.
    Traversal &t = *m_traversals.at(id);
    QList<DhtEndpoint> local;
    const QList<DhtEndpoint> stored =
        m_store.peers(infohash, m_config.maxPeersPerReply, m_clock.monotonicMs(), m_random);
    for (const DhtEndpoint &peer : stored) {
        t.peersSeen.insert(peer.key());
        if (!isSelf(peer, *it)) {
            ++t.peersFound;
            local.append(peer);
        }
    }
    for (const DhtEndpoint &peer : std::as_const(local))
        emit peerFound(infohash, peer.host(), peer.port);  // a slot may remove() the infohash
    pump(id);
}

void DhtNode::scheduleRound(const QByteArray &infohash, qint64 delayMs)
{
    auto it = m_tracked.find(infohash);
    if (it == m_tracked.end())
        return;
    if (it->timer)
        m_clock.cancel(it->timer);
    it->timer = m_clock.schedule(delayMs, [this, infohash]() { startRound(infohash); });
}

quint64 DhtNode::startTraversal(Purpose purpose, Lookup::Kind kind, const NodeId &target, const QByteArray &infohash)
{
    const quint64 id = m_nextTraversal++;
    auto t = std::make_unique<Traversal>(Traversal{purpose, infohash, Lookup(kind, target, kAlpha, kK), 0, 0, {}});
    const QList<RoutingNode> start = m_table.closest(target, kLookupSeedNodes);
    for (const RoutingNode &n : start)
        t->lookup.addCandidate(n.id, n.endpoint);
    // Bootstrap, or a table that emptied: the routers are where to begin.
    if (purpose == Purpose::Bootstrap || start.isEmpty())
        for (const DhtEndpoint &e : std::as_const(m_bootstrapEndpoints))
            if (!m_table.containsEndpoint(e))
                t->lookup.addSeed(e);
    m_traversals.emplace(id, std::move(t));
    return id;  // the caller records the id, then pumps: a lookup with nobody to ask ends at once
}

void DhtNode::pump(quint64 id)
{
    auto it = m_traversals.find(id);
    if (it == m_traversals.end())
        return;
    Traversal &t = *it->second;
    const QByteArray method =
        t.lookup.kind() == Lookup::Kind::GetPeers ? QByteArrayLiteral("get_peers") : QByteArrayLiteral("find_node");
    const NodeId target = t.lookup.target();
    const bool getPeers = t.lookup.kind() == Lookup::Kind::GetPeers;
    for (QList<Lookup::Candidate> next = t.lookup.next(); !next.isEmpty(); next = t.lookup.next()) {
        for (const Lookup::Candidate &c : std::as_const(next)) {
            const std::optional<NodeId> expected = c.idKnown ? std::optional<NodeId>(c.id) : std::nullopt;
            const quint16 tid = sendQuery(method, c.endpoint, expected, id, [&](const QByteArray &tidBytes) {
                return getPeers ? Krpc::getPeersQuery(tidBytes, m_id, t.infohash)
                                : Krpc::findNodeQuery(tidBytes, m_id, target);
            });
            if (tid)
                ++t.datagrams;
            else
                t.lookup.onFailure(c.endpoint);  // not sent: ask the next candidate instead
        }
    }
    if (t.lookup.finished())
        finishTraversal(id);
}

void DhtNode::finishTraversal(quint64 id)
{
    auto it = m_traversals.find(id);
    if (it == m_traversals.end())
        return;
    std::unique_ptr<Traversal> t = std::move(it->second);
    m_traversals.erase(it);
    if (t->recheck)
        m_clock.cancel(t->recheck);
    // Answers still on their way are matched to no traversal and only refresh the table.
    for (Pending &p : m_pending)
        if (p.traversal == id)
            p.traversal = 0;

    switch (t->purpose) {
    case Purpose::Bootstrap:
        m_bootstrapTraversal = 0;
        qCInfo(lcDht) << "bootstrap done:" << m_table.size() << "nodes after" << t->lookup.queried() << "queries";
        if (!m_readyEmitted) {
            m_readyEmitted = true;
            emit ready(m_table.size());
        }
        return;
    case Purpose::Refresh: m_refreshTraversal = 0; return;
    case Purpose::Infohash: break;
    }

    const QByteArray infohash = t->infohash;
    auto tr = m_tracked.find(infohash);
    if (tr == m_tracked.end() || tr->traversal != id)
        return;
    tr->traversal = 0;
    int datagrams = t->datagrams;
    if (tr->announce) {
        const QList<Lookup::Candidate> closest = t->lookup.closestResponded(kK);
        for (const Lookup::Candidate &c : closest) {
            if (c.token.isEmpty() || t->announcedTo.contains(c.endpoint.key()))
                continue;
            announceTo(*t, c);
            ++datagrams;
        }
    }
    const int found = t->peersFound;
    qint64 delay;
    if (found == 0 && tr->quickRetries < m_config.quickRetryMs.size())
        delay = m_config.quickRetryMs.at(tr->quickRetries++);
    else
        delay = m_config.announceIntervalMinMs
            + m_random.bounded(quint32(m_config.announceIntervalMaxMs - m_config.announceIntervalMinMs + 1));
    scheduleRound(infohash, delay);
    emit lookupDone(infohash, found, datagrams);
}

void DhtNode::recheckAnnounced(quint64 id)
{
    const auto it = m_traversals.find(id);
    if (it == m_traversals.end())
        return;
    Traversal &t = *it->second;
    t.recheck = 0;
    ++t.rechecks;
    if (t.peersFound > 0)
        return;
    const QByteArray infohash = t.infohash;
    for (const Lookup::Candidate &c : t.lookup.closestResponded(kK)) {
        if (!t.announcedTo.contains(c.endpoint.key()))
            continue;
        // Answers come back to this round: their peers count, the lookup's ranking is untouched.
        if (sendQuery(QByteArrayLiteral("get_peers"), c.endpoint, c.id, id,
                      [&](const QByteArray &tid) { return Krpc::getPeersQuery(tid, m_id, infohash); }))
            ++t.datagrams;
    }
    scheduleRecheck(t, id);
}

// The next recheck of a round, on the quick-retry schedule, until it runs out.
void DhtNode::scheduleRecheck(Traversal &t, quint64 id)
{
    if (t.rechecks < m_config.quickRetryMs.size())
        t.recheck = m_clock.schedule(m_config.quickRetryMs.at(t.rechecks), [this, id] { recheckAnnounced(id); });
}

void DhtNode::announceTo(Traversal &t, const Lookup::Candidate &c)
{
    const auto tr = m_tracked.constFind(t.infohash);
    if (tr == m_tracked.cend() || !tr->announce || c.token.isEmpty())
        return;
    t.announcedTo.insert(c.endpoint.key());
    const quint16 port = tr->port;
    const bool implied = tr->impliedPort;
    const QByteArray infohash = t.infohash;
    sendQuery(QByteArrayLiteral("announce_peer"), c.endpoint, c.id, 0, [&](const QByteArray &tid) {
        return Krpc::announcePeerQuery(tid, m_id, infohash, port, implied, c.token);
    });
}

bool DhtNode::isSelf(const DhtEndpoint &peer, const Tracked &t) const
{
    if (!t.announce)
        return false;
    const quint16 ourPort = t.impliedPort ? port() : t.port;
    return peer.port == ourPort && (m_localIps.contains(peer.ip) || (m_externalIp && *m_externalIp == peer.ip));
}

}  // namespace swarmscope
