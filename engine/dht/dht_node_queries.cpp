#include "dht/dht_node.h"
#include "dht/dht_node_internal.h"
#include "dht/secure_node_id.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDht)

// Answering other nodes: ping, find_node, get_peers and announce_peer, with the storage limits.
namespace swarmscope {

using namespace dht_internal;

void DhtNode::handleQuery(const KrpcMessage &m, const DhtEndpoint &from)
{
    if (m.method == KrpcMessage::Method::Unknown) {
        ++m_queriesIn[QStringLiteral("unknown")];
        reject(QStringLiteral("unknown-method"),
               from.toString() + QStringLiteral(": \"%1\"").arg(QString::fromLatin1(m.methodName.toPercentEncoding())));
        send(Krpc::error(m.transactionId, Krpc::MethodUnknown, QByteArrayLiteral("Method Unknown")), from);
        return;
    }
    ++m_queriesIn[methodKey(Krpc::methodName(m.method))];
    if (m.senderId == m_id) {
        reject(QStringLiteral("self-id"), from.toString());
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    // We still answer a node whose id does not follow BEP 42; with enforcement on it does not
    // enter our table.
    const bool admissible = !m_config.enforceNodeIds || bep42::matches(m.senderId, from.host());
    const auto seen = admissible
        ? m_table.nodeSeen(m.senderId, from, now, false)
        : RoutingTable::AddResult{RoutingTable::Outcome::Rejected, QStringLiteral("unverified-id")};
    if (seen.outcome == RoutingTable::Outcome::Rejected)
        reject(QStringLiteral("routing-") + seen.reason,
               from.toString() + QStringLiteral(" id ") + m.senderId.shortHex(), false);

    auto closestNodes = [&](const NodeId &target) {
        // The querier itself is left out; it may be among the closest.
        QList<CompactNode> out;
        const QList<RoutingNode> closest = m_table.closest(target, kK + 1);
        for (const RoutingNode &n : closest)
            if (n.endpoint != from && out.size() < kK)
                out.append(CompactNode{n.id, n.endpoint});
        return out;
    };

    switch (m.method) {
    case KrpcMessage::Method::Ping: send(Krpc::response(m.transactionId, m_id, {}, {}, {}, from), from); return;
    case KrpcMessage::Method::FindNode:
        send(Krpc::response(m.transactionId, m_id, closestNodes(m.target), {}, {}, from), from);
        return;
    case KrpcMessage::Method::GetPeers: {
        const QList<DhtEndpoint> values = m_store.peers(m.infohash, m_config.maxPeersPerReply, now, m_random);
        send(Krpc::response(m.transactionId, m_id, closestNodes(*NodeId::fromBytes(m.infohash)), values,
                            m_tokens.tokenFor(from.ip), from),
             from);
        return;
    }
    case KrpcMessage::Method::AnnouncePeer: {
        if (!m_tokens.verify(from.ip, m.token)) {
            reject(QStringLiteral("bad-token"), from.toString());
            send(Krpc::error(m.transactionId, Krpc::ProtocolError, QByteArrayLiteral("bad token")), from);
            return;
        }
        const DhtEndpoint peer{from.ip, m.impliedPort ? from.port : m.port};
        if (peer.port == 0) {
            reject(QStringLiteral("bad-port"), from.toString());
            send(Krpc::error(m.transactionId, Krpc::ProtocolError, QByteArrayLiteral("bad port")), from);
            return;
        }
        if (m_store.add(m.infohash, peer, now) == PeerStore::Outcome::StorageFull) {
            reject(QStringLiteral("storage-full"),
                   QStringLiteral("%1 infohashes stored; refused one from %2")
                       .arg(m_store.infohashCount())
                       .arg(from.toString()));
            send(Krpc::error(m.transactionId, Krpc::ServerError, QByteArrayLiteral("storage full")), from);
            return;
        }
        send(Krpc::response(m.transactionId, m_id, {}, {}, {}, from), from);
        // Somebody we are looking for just told us where it is: no need to wait for our next round.
        if (const auto t = m_tracked.constFind(m.infohash); t != m_tracked.cend() && !isSelf(peer, *t))
            emit peerFound(m.infohash, peer.host(), peer.port);
        return;
    }
    case KrpcMessage::Method::Unknown: return;
    }
}

}  // namespace swarmscope
