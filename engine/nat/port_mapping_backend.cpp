#include "nat/port_mapping_backend.h"

#include <miniupnpc/miniupnpc.h>
#include <miniupnpc/upnpcommands.h>
#include <miniupnpc/upnperrors.h>
#include <natpmp.h>

#include <QDeadlineTimer>
#include <QtEndian>

#include <sys/select.h>

namespace swarmscope::portmapping {

namespace {

constexpr int kUpnpOnlyPermanentLeases = 725;

QString upnpError(int code)
{
    const char *text = strupnperror(code);
    return text ? QString::fromLatin1(text) : QStringLiteral("error %1").arg(code);
}

int upnpAdd(const UPNPUrls &urls, const IGDdatas &data, const char *lan, quint16 port, const char *proto,
            const PortMappingRequest &r, int &lease)
{
    const QByteArray p = QByteArray::number(port), desc = r.description.toUtf8();
    QByteArray leaseText = QByteArray::number(lease);
    int rc = UPNP_AddPortMapping(urls.controlURL, data.first.servicetype, p.constData(), p.constData(), lan,
                                 desc.constData(), proto, nullptr, leaseText.constData());
    if (rc == kUpnpOnlyPermanentLeases) {  // old routers: permanent only, we delete it on exit
        lease = 0;
        rc = UPNP_AddPortMapping(urls.controlURL, data.first.servicetype, p.constData(), p.constData(), lan,
                                 desc.constData(), proto, nullptr, "0");
    }
    return rc;
}

PortMappingResult mapUpnp(const PortMappingRequest &r)
{
    PortMappingResult out;
    int error = 0;
    UPNPDev *devices = upnpDiscover(r.discoveryMs, nullptr, nullptr, 0, 0, 2, &error);
    if (!devices) {
        out.detail = QStringLiteral("no UPnP router answered");
        return out;
    }
    UPNPUrls urls{};
    IGDdatas data{};
    char lan[64] = {};
    // 1 = connected IGD; 2 = an IGD whose WAN address is reserved or private (double NAT, or a lab
    // using documentation addresses): used too, the dial-back tells whether it helps.
    const int igd = UPNP_GetValidIGD(devices, &urls, &data, lan, sizeof lan);
    freeUPNPDevlist(devices);
    if (igd != 1 && igd != 2) {
        if (igd)
            FreeUPNPUrls(&urls);
        out.detail = QStringLiteral("no Internet Gateway Device among the UPnP devices");
        return out;
    }
    char ext[64] = {};
    UPNP_GetExternalIPAddress(urls.controlURL, data.first.servicetype, ext);
    int lease = r.leaseSeconds;
    int rc = UPNPCOMMAND_SUCCESS;
    if (r.tcpPort)
        rc = upnpAdd(urls, data, lan, r.tcpPort, "TCP", r, lease);
    if (rc == UPNPCOMMAND_SUCCESS && r.udpPort)
        rc = upnpAdd(urls, data, lan, r.udpPort, "UDP", r, lease);
    if (rc != UPNPCOMMAND_SUCCESS) {
        out.detail = QStringLiteral("the UPnP router refused the mapping: %1").arg(upnpError(rc));
    } else {
        out.kind = MappingKind::Upnp;
        out.external = QHostAddress(QString::fromLatin1(ext));
        out.tcpExternal = r.tcpPort;
        out.udpExternal = r.udpPort;
        out.leaseSeconds = lease;
        out.controlUrl = QString::fromLatin1(urls.controlURL);
        out.serviceType = QString::fromLatin1(data.first.servicetype);
        out.detail = QStringLiteral("UPnP IGD at %1").arg(QString::fromLatin1(urls.rootdescURL));
    }
    FreeUPNPUrls(&urls);
    return out;
}

// Waits for the answer to the pending NAT-PMP request, until the deadline.
int natpmpAnswer(natpmp_t &n, natpmpresp_t &resp, const QDeadlineTimer &deadline)
{
    int rc = NATPMP_TRYAGAIN;
    while (rc == NATPMP_TRYAGAIN && !deadline.hasExpired()) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(n.s, &fds);
        timeval timeout{};
        getnatpmprequesttimeout(&n, &timeout);
        const qint64 leftMs = deadline.remainingTime();
        if (timeout.tv_sec * 1000 + timeout.tv_usec / 1000 > leftMs)
            timeout = timeval{time_t(leftMs / 1000), suseconds_t((leftMs % 1000) * 1000)};
        select(FD_SETSIZE, &fds, nullptr, nullptr, &timeout);
        rc = readnatpmpresponseorretry(&n, &resp);
    }
    return rc;
}

PortMappingResult mapNatPmp(const PortMappingRequest &r, int lifetime)
{
    PortMappingResult out;
    natpmp_t n{};
    if (initnatpmp(&n, 0, 0) != 0) {
        out.detail = QStringLiteral("no default gateway for NAT-PMP");
        return out;
    }
    const QDeadlineTimer deadline(r.discoveryMs);
    natpmpresp_t resp{};
    int rc = sendpublicaddressrequest(&n);
    if (rc >= 0)
        rc = natpmpAnswer(n, resp, deadline);
    if (rc != 0) {
        closenatpmp(&n);
        out.detail = QStringLiteral("no NAT-PMP answer from the gateway (%1)").arg(rc);
        return out;
    }
    out.external = QHostAddress(qFromBigEndian<quint32>(&resp.pnu.publicaddress.addr.s_addr));
    const std::pair<int, quint16> wanted[] = {{NATPMP_PROTOCOL_TCP, r.tcpPort}, {NATPMP_PROTOCOL_UDP, r.udpPort}};
    for (const auto &[protocol, port] : wanted) {
        if (!port)
            continue;
        rc = sendnewportmappingrequest(&n, protocol, port, lifetime ? port : 0, lifetime);
        if (rc >= 0)
            rc = natpmpAnswer(n, resp, deadline);
        if (rc != 0) {
            closenatpmp(&n);
            out.detail = QStringLiteral("the NAT-PMP gateway refused the mapping (%1)").arg(rc);
            return out;
        }
        (protocol == NATPMP_PROTOCOL_TCP ? out.tcpExternal : out.udpExternal) =
            resp.pnu.newportmapping.mappedpublicport;
        out.leaseSeconds = int(resp.pnu.newportmapping.lifetime);
    }
    closenatpmp(&n);
    out.kind = lifetime ? MappingKind::NatPmp : MappingKind::None;
    out.detail = QStringLiteral("NAT-PMP gateway");
    return out;
}

}  // namespace

PortMappingResult map(const PortMappingRequest &request)
{
    PortMappingResult upnp = mapUpnp(request);
    if (upnp.kind != MappingKind::None)
        return upnp;
    PortMappingResult pmp = mapNatPmp(request, request.leaseSeconds);
    if (pmp.kind != MappingKind::None)
        return pmp;
    pmp.detail = upnp.detail + QStringLiteral("; ") + pmp.detail;
    return pmp;
}

void unmap(const PortMappingRequest &request, const PortMappingResult &mapped)
{
    if (mapped.kind == MappingKind::Upnp) {
        const QByteArray url = mapped.controlUrl.toLatin1(), service = mapped.serviceType.toLatin1();
        if (request.tcpPort)
            UPNP_DeletePortMapping(url.constData(), service.constData(),
                                   QByteArray::number(mapped.tcpExternal).constData(), "TCP", nullptr);
        if (request.udpPort)
            UPNP_DeletePortMapping(url.constData(), service.constData(),
                                   QByteArray::number(mapped.udpExternal).constData(), "UDP", nullptr);
    } else if (mapped.kind == MappingKind::NatPmp) {
        PortMappingRequest r = request;
        r.discoveryMs = 500;
        mapNatPmp(r, 0);  // lifetime 0 deletes (RFC 6886 3.4)
    }
}

}  // namespace swarmscope::portmapping

namespace swarmscope {

PortMappingResult RouterPortMapping::map(const PortMappingRequest &request)
{
    return portmapping::map(request);
}

void RouterPortMapping::unmap(const PortMappingRequest &request, const PortMappingResult &mapped)
{
    portmapping::unmap(request, mapped);
}

}  // namespace swarmscope
