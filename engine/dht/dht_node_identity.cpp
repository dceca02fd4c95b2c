#include "dht/dht_node.h"

#include "dht/dht_node_internal.h"
#include "dht/secure_node_id.h"
#include "core/random.h"
#include "transport/datagram_socket.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDht)

// Who the node is on the network: its UDP port, and its id, which follows our external address
// as BEP 42 asks once peers agree on it.
namespace swarmscope {

using namespace dht_internal;

// libtorrent looks for a peer's DHT node on its TCP port: without a port of its own, the node
// takes that number on UDP when it is free, and any port when it is not.
Result<DatagramSocket *> DhtNode::openSocket(quint16 tcpPort)
{
    if (m_config.port == 0 && m_config.portFollowsTcp && tcpPort != 0) {
        auto *socket = m_datagrams.create(this);
        if (socket->bind(m_config.bindHost, tcpPort).ok())
            return socket;
        delete socket;
        qCInfo(lcDht).noquote() << QStringLiteral("UDP port %1 is taken; the DHT takes another").arg(tcpPort);
    }
    auto *socket = m_datagrams.create(this);
    if (Status st = socket->bind(m_config.bindHost, m_config.port); !st.ok()) {
        delete socket;
        return makeError(st.error().code,
                         QStringLiteral("cannot bind DHT UDP port %1: %2").arg(m_config.port).arg(st.error().detail));
    }
    return socket;
}

void DhtNode::setExternalAddress(const QHostAddress &ip)
{
    m_agreedExternal = ip;
    if (!m_config.nodeId.isEmpty() || ip.isNull() || bep42::isExempt(ip) || bep42::matches(m_id, ip))
        return;
    changeId(bep42::idFor(ip, quint8(m_random.bounded(256)), m_random));
}

bool DhtNode::idFollowsBep42() const
{
    return !m_agreedExternal.isNull() && !bep42::isExempt(m_agreedExternal) && bep42::matches(m_id, m_agreedExternal);
}

void DhtNode::changeId(const NodeId &id)
{
    const QByteArray oldId = m_id.toBytes();
    qCInfo(lcDht).noquote() << QStringLiteral("node id %1 -> %2 (BEP 42, external %3)")
                                   .arg(m_id.shortHex(), id.shortHex(), m_agreedExternal.toString());
    m_table = m_table.rebasedOn(id);  // everyone known stays known, with what we learnt of them
    m_id = id;
    emit nodeIdChanged(oldId, m_id.toBytes(), m_agreedExternal);
    // Our new neighbours are not in the table yet: look our new id up.
    if (m_socket && !m_bootstrapTraversal && m_table.size() > 0) {
        m_bootstrapTraversal = startTraversal(Purpose::Bootstrap, Lookup::Kind::FindNode, m_id, {});
        pump(m_bootstrapTraversal);
    }
}

}  // namespace swarmscope
