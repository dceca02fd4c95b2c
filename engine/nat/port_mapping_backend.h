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
    int leaseSeconds = 0;  // 0 = permanent (the router takes no leases)
    QString detail;
    // Remembered to delete the mappings again (UPnP's control URL and service type).
    QString controlUrl, serviceType;
};

struct PortMappingRequest {
    quint16 tcpPort = 0;  // 0 = do not map
    quint16 udpPort = 0;
    int leaseSeconds = 3600;
    int discoveryMs = 2000;  // SSDP wait for UPnP, total wait for NAT-PMP answers
    QString description = QStringLiteral("Swarmscope");
};

// The home router as the engine meets it: maps and unmaps ports. Injected through the World
// (core/world.h) so that tests run a session's port mapping against a router of their own on
// virtual time.
class PortMappingBackend {
public:
    virtual ~PortMappingBackend() = default;
    // Whether map() and unmap() block (PortMapper then runs map() on a worker thread, so it must
    // be thread-safe); a backend that does not block answers on the owner's thread.
    virtual bool blocks() const = 0;
    virtual PortMappingResult map(const PortMappingRequest &request) = 0;
    virtual void unmap(const PortMappingRequest &request, const PortMappingResult &mapped) = 0;
};

// The real router: UPnP IGD and NAT-PMP through the libraries below.
class RouterPortMapping final : public PortMappingBackend {
public:
    bool blocks() const override { return true; }
    PortMappingResult map(const PortMappingRequest &request) override;
    void unmap(const PortMappingRequest &request, const PortMappingResult &mapped) override;
};

// Blocking calls into libminiupnpc and libnatpmp: run them off the engine's thread.
namespace portmapping {
// UPnP IGD first, then NAT-PMP. Any IGD that answers is used, including one whose WAN address
// is private or reserved (double NAT): the dial-back probe decides whether the mapping helps.
PortMappingResult map(const PortMappingRequest &request);
void unmap(const PortMappingRequest &request, const PortMappingResult &mapped);
}  // namespace portmapping

}  // namespace swarmscope
