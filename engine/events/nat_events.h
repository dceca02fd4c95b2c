#pragma once

#include "core/peer_id.h"
#include "events/event_types.h"
#include "nat/reachability.h"

// The reachability kinds of the event catalogue (docs/NAT.md); listed in events.h.
namespace swarmscope {

struct PortMapped {  // a port mapping was made, renewed, or failed (mapping None)
    MappingKind mapping = MappingKind::None;
    QHostAddress external;
    quint16 tcpPort = 0;
    quint16 udpPort = 0;
    int leaseSeconds = 0;
    QString detail;
};
struct DialBackAnswered {  // a peer dialled us back on our asking
    PeerId peer;
    bool reachable = false;
    QString detail;
};
struct DialBackServed {  // we dialled a peer back on its asking
    PeerId peer;
    QString host;
    bool reachable = false;
    QString detail;
};
struct RelayReservation {  // a relay granted, renewed, refused or dropped our slot (ok: we hold one)
    HostPort relay;
    PeerId relayPeer;
    bool ok = false;
    QString detail;
    qint64 ttlMs = 0;
};
// What a relay did for others (--relay): slots held, circuits spliced, refused and ended.
enum class CircuitStep { Reserved, Released, Opened, Closed, Refused };
struct CircuitServed {
    CircuitStep step = CircuitStep::Opened;
    PeerId from;  // the requester (the holder, for a reservation)
    PeerId to;  // the target; null for a reservation
    QString detail;  // why refused or closed
    qint64 bytes = 0;  // both directions, when closed
};
struct HolePunchTried {  // one attempt to replace a relayed connection by a direct one
    PeerId peer;
    int attempt = 1;  // 1..3
    bool ok = false;
    QString detail;  // why it failed
    qint64 rttMs = 0;  // the round trip measured over the relayed connection
};
struct PathUpgraded {  // a relayed connection was replaced by a direct one
    PeerId peer;
    ConnectionId connection;  // the one kept
    ConnectionPath from = ConnectionPath::Relayed;
    ConnectionPath to = ConnectionPath::HolePunched;
    HostPort endpoint;
};
struct ReachabilityChanged {
    ReachabilitySnapshot reachability;
};

}  // namespace swarmscope
