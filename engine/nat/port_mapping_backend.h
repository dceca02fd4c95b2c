#pragma once

#include "nat/reachability.h"

#include <QHostAddress>
#include <QString>

namespace swarmscope {

// What a router granted: the external address and ports of the TCP listen port and the DHT's UDP
// port, and how long the lease lasts. kind == None means nothing was mapped (detail says why).
struct PortMappingResult {
    MappingKind kind = MappingKind::None;
    QHostAddress external;
    quint16 tcpExternal = 0;
    quint16 udpExternal = 0;
    int leaseSeconds = 0;       // 0 = permanent (the router takes no leases)
    QString detail;
    // Remembered to delete the mappings again (UPnP's control URL and service type).
    QString controlUrl, serviceType;
};

struct PortMappingRequest {
    quint16 tcpPort = 0;        // 0 = do not map
    quint16 udpPort = 0;
    int leaseSeconds = 3600;
    int discoveryMs = 2000;     // SSDP wait for UPnP, total wait for NAT-PMP answers
    QString description = QStringLiteral("Swarmscope");
};

// Blocking calls into libminiupnpc and libnatpmp: run them off the engine's thread.
namespace portmapping {
// UPnP IGD first, then NAT-PMP. Any IGD that answers is used, including one whose WAN address
// is private or reserved (double NAT): the dial-back probe decides whether the mapping helps.
PortMappingResult map(const PortMappingRequest &request);
void unmap(const PortMappingRequest &request, const PortMappingResult &mapped);
} // namespace portmapping

} // namespace swarmscope
