#pragma once

#include "core/peer_id.h"
#include "swarm/connection.h"
#include "swarm/resource_manager.h"

#include <QMap>

#include <optional>

namespace swarmscope {

// The counts a swarm checks its limits against, read from its tables when a decision needs them
// (a view: it holds references, not copies).
class ConnectionCensus final {
public:
    ConnectionCensus(const QMap<quint64, Connection *> &connections, const QMap<PeerId, quint64> &kept)
        : m_connections(connections)
        , m_kept(kept)
    {}

    // Connections that hold a peer slot: dials under way and proven connections; not inbound
    // handshakes (they have a budget of their own), not the loser of a redundant pair.
    int holdingSlots(std::optional<Direction> direction = std::nullopt) const;
    int dialsUnderWay() const;
    int inboundFrom(const QString &host) const;  // open or handshaking
    QList<ResourceManager::Pending> pendingInbound() const;

private:
    const QMap<quint64, Connection *> &m_connections;
    const QMap<PeerId, quint64> &m_kept;  // the connection kept per peer
};

}  // namespace swarmscope
