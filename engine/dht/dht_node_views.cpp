#include "dht/dht_node.h"
#include "dht/dht_node_internal.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDht)

// What the node shows and saves: buckets, the exported table, stats and the lookups in progress.
namespace swarmscope {

using namespace dht_internal;

DhtNodeInfo DhtNode::infoOf(const RoutingNode &node) const
{
    const qint64 wall = m_clock.wallMs() - (m_clock.monotonicMs() - node.lastSeenMs);
    return DhtNodeInfo{node.id.toBytes(), node.endpoint.host(), node.endpoint.port, wall, node.failures};
}

QList<DhtBucketSnapshot> DhtNode::buckets() const
{
    QList<DhtBucketSnapshot> out;
    const auto &buckets = m_table.buckets();
    for (int i = 0; i < buckets.size(); ++i) {
        DhtBucketSnapshot s;
        s.index = i;
        for (const RoutingNode &n : buckets[i].nodes)
            s.nodes.append(infoOf(n));
        for (const RoutingNode &n : buckets[i].replacements)
            s.replacements.append(infoOf(n));
        out.append(s);
    }
    return out;
}

QList<DhtNodeInfo> DhtNode::exportNodes() const
{
    QList<DhtNodeInfo> out;
    const QList<RoutingNode> nodes = m_table.nodes();
    for (const RoutingNode &n : nodes)
        out.append(infoOf(n));
    return out;
}

void DhtNode::importNodes(const QList<DhtNodeInfo> &nodes)
{
    const qint64 now = m_clock.monotonicMs();
    const qint64 wallNow = m_clock.wallMs();
    for (const DhtNodeInfo &info : nodes) {
        const auto id = NodeId::fromBytes(info.id);
        const auto endpoint = DhtEndpoint::from(info.host, info.port);
        if (!id || !endpoint || !endpoint->routable()) {
            reject(QStringLiteral("bad-import"), info.host.toString() + QLatin1Char(':') + QString::number(info.port),
                   false);
            continue;
        }
        // Saved entries are unconfirmed until they answer; their age carries over.
        const qint64 lastSeen = now - qBound<qint64>(0, wallNow - info.lastSeenMs, kStaleMs);
        m_table.nodeSeen(*id, *endpoint, lastSeen, false);
    }
}

DhtStats DhtNode::stats() const
{
    DhtStats s;
    s.datagramsIn = m_datagramsIn;
    s.datagramsOut = m_datagramsOut;
    s.queriesIn = m_queriesIn;
    s.queriesOut = m_queriesOut;
    s.rejects = m_rejects;
    s.routingTableSize = m_table.size();
    s.storedInfohashes = m_store.infohashCount();
    return s;
}

QList<QByteArray> DhtNode::runningLookups() const
{
    QList<QByteArray> out;
    for (const auto &[id, t] : m_traversals)
        if (t->purpose == Purpose::Infohash)
            out.append(t->infohash);
    return out;
}

QList<QByteArray> DhtNode::trackedInfohashes() const
{
    return m_tracked.keys();
}

DhtView DhtNode::view() const
{
    DhtView v;
    v.on = true;
    v.nodeId = nodeId();
    v.port = port();
    v.ready = isReady();
    v.buckets = buckets();
    v.running = runningLookups();
    v.tracked = trackedInfohashes();
    v.stats = stats();
    return v;
}

}  // namespace swarmscope
