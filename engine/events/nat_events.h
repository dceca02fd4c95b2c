#pragma once

#include "core/peer_id.h"
#include "nat/reachability.h"

// The reachability kinds of the event catalogue (docs/NAT.md); listed in events.h.
namespace swarmscope {

struct PortMapped {           // a port mapping was made, renewed, or failed (mapping None)
    MappingKind mapping = MappingKind::None;
    QHostAddress external;
    quint16 tcpPort = 0;
    quint16 udpPort = 0;
    int leaseSeconds = 0;
    QString detail;
};
struct DialBackAnswered {     // a peer dialled us back on our asking
    PeerId peer;
    bool reachable = false;
    QString detail;
};
struct DialBackServed {       // we dialled a peer back on its asking
    PeerId peer;
    QString host;
    bool reachable = false;
    QString detail;
};
struct ReachabilityChanged {
    ReachabilitySnapshot reachability;
};

} // namespace swarmscope
