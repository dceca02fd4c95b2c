#pragma once

#include "core/clock.h"
#include "nat/port_mapping_backend.h"

#include <QList>

#include <algorithm>

namespace swarmscope::test {

// A home router for tests (World::portMapping): grants every mapping at once with a set lease,
// or refuses them all, and remembers every call with the clock's time, so that a test sees
// mappings renewed and deleted without UPnP or NAT-PMP ever leaving the process.
class FakeRouter final : public PortMappingBackend {
public:
    struct Call {
        bool map = true;  // false: unmap
        qint64 atMs = 0;
        PortMappingRequest request;
    };

    explicit FakeRouter(const Clock &clock) : m_clock(clock) {}

    void setLeaseSeconds(int seconds) { m_leaseSeconds = seconds; }
    void setRefusing(bool refusing) { m_refusing = refusing; }
    QHostAddress external() const { return QHostAddress(QStringLiteral("203.0.113.7")); }  // TEST-NET-3
    const QList<Call> &calls() const { return m_calls; }
    int maps() const
    {
        return int(std::count_if(m_calls.begin(), m_calls.end(), [](const Call &c) { return c.map; }));
    }
    int unmaps() const { return int(m_calls.size()) - maps(); }

    bool blocks() const override { return false; }
    PortMappingResult map(const PortMappingRequest &request) override
    {
        m_calls.append({true, m_clock.monotonicMs(), request});
        PortMappingResult r;
        if (m_refusing) {
            r.detail = QStringLiteral("no UPnP router answered; no NAT-PMP answer from the gateway (test)");
            return r;
        }
        r.kind = MappingKind::Upnp;
        r.external = external();
        r.tcpExternal = request.tcpPort;
        r.udpExternal = request.udpPort;
        r.leaseSeconds = m_leaseSeconds;
        r.detail = QStringLiteral("test router");
        return r;
    }
    void unmap(const PortMappingRequest &request, const PortMappingResult &mapped) override
    {
        if (mapped.kind != MappingKind::None)
            m_calls.append({false, m_clock.monotonicMs(), request});
    }

private:
    const Clock &m_clock;
    int m_leaseSeconds = 3600;
    bool m_refusing = false;
    QList<Call> m_calls;
};

}  // namespace swarmscope::test
