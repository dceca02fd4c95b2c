// The doctor's reachability checks: where the internet sees us, what our NAT does, and whether the
// router maps our ports (docs/NAT.md).
#include "doctor/doctor.h"

#include "nat/port_mapper.h"
#include "transport/datagram_socket.h"

#include <QJsonArray>

namespace swarmscope {

namespace {

DoctorCheck make(const QString &id, DoctorCheck::State state, const QString &code, const QString &detail,
                 const QString &advice, QJsonObject args)
{
    return DoctorCheck{id, state, code, detail, advice, std::move(args)};
}

QString forwardAdvice(quint16 port)
{
    return QStringLiteral("Turn on UPnP or NAT-PMP in the router, or forward TCP port %1 to this computer; until then "
                          "only peers that can be dialled themselves reach you.")
        .arg(port);
}

}  // namespace

void Doctor::checkNat(const QList<AddressObservation> &observations, quint16 localPort)
{
    const QString id = QStringLiteral("nat");
    ReachabilitySnapshot s;
    if (m_options.reachability) {
        s = *m_options.reachability;
    } else {
        ReachabilityTracker tracker;
        tracker.setLocalAddresses(m_datagrams->localAddresses());
        tracker.setListenPort(localPort);
        for (const AddressObservation &o : observations)
            tracker.observe(o);
        s = tracker.snapshot();
    }
    const quint16 port = m_options.ownListenPort ? m_options.ownListenPort : m_config.listenPort;
    const QJsonObject args{{QStringLiteral("external"), s.externalIp.isNull() ? QString() : s.externalIp.toString()},
                           {QStringLiteral("port"), port},
                           {QStringLiteral("observers"), s.observers}};
    const QString ext = s.externalIp.toString();
    if (s.status == ReachabilityStatus::Public) {
        add(make(id, DoctorCheck::State::Ok, QStringLiteral("public"),
                 QStringLiteral("reachable from the internet at %1").arg(s.external().isEmpty() ? ext : s.external()),
                 {}, args));
    } else if (s.nat == NatBehaviour::None) {
        add(make(
            id, DoctorCheck::State::Ok, QStringLiteral("no-nat"),
            QStringLiteral("the internet sees our own address %1: no NAT").arg(ext),
            QStringLiteral("If peers still cannot dial in, a firewall drops them: allow TCP port %1 in.").arg(port),
            args));
    } else if (s.nat == NatBehaviour::PortPreserving) {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("port-preserving"),
                 QStringLiteral("behind a NAT at %1 that keeps our ports; nothing reaches us unasked").arg(ext),
                 forwardAdvice(port), args));
    } else if (s.nat == NatBehaviour::AddressDependent) {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("address-dependent"),
                 QStringLiteral("behind a NAT at %1 that picks a new port for every destination").arg(ext),
                 QStringLiteral("Such a router (\"symmetric NAT\") defeats hole punching: turn on UPnP or NAT-PMP, "
                                "forward TCP port %1 by hand, or name a relay node (--relay-node).")
                     .arg(port),
                 args));
    } else {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("unknown"),
                 QStringLiteral("the external address is not known: fewer than two observers told us"),
                 QStringLiteral("Give at least two DHT bootstrap nodes, or join a room with peers on the internet: two "
                                "observers on different addresses must agree before an address counts."),
                 args));
    }
    checkHolePunch(s);
}

void Doctor::checkPortMapping()
{
    const QString id = QStringLiteral("port-mapping");
    const quint16 tcp = m_options.ownListenPort ? m_options.ownListenPort : m_config.listenPort;
    const quint16 udp = m_config.dht.enabled ? m_config.dht.port : 0;
    QJsonObject args{{QStringLiteral("port"), tcp}, {QStringLiteral("udpPort"), udp}};
    if (!m_config.nat.portMapping) {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("mapping-off"),
                 QStringLiteral("port mapping is turned off"),
                 QStringLiteral("Turn it on (--port-mapping), or forward TCP port %1 on the router by hand.").arg(tcp),
                 args));
        return;
    }
    const auto report = [this, id, base = args](const PortMappingResult &r) {
        QJsonObject found = base;
        found.insert(QStringLiteral("mapping"), mappingKindName(r.kind));
        found.insert(QStringLiteral("external"), r.external.toString());
        found.insert(QStringLiteral("error"), r.detail);
        if (r.kind != MappingKind::None)
            add(make(id, DoctorCheck::State::Ok, QStringLiteral("mapped"),
                     QStringLiteral("the router mapped our ports with %1 at %2")
                         .arg(mappingKindName(r.kind), r.external.toString()),
                     {}, found));
        else
            add(make(id, DoctorCheck::State::Warn, QStringLiteral("no-router"),
                     QStringLiteral("no router mapped our ports: %1").arg(r.detail),
                     QStringLiteral("Turn on UPnP or NAT-PMP in the router's settings, or forward TCP port %1 by hand. "
                                    "Behind a second NAT (a provider's) mapping cannot help: name a relay node.")
                         .arg(found.value(QStringLiteral("port")).toInt()),
                     found));
    };
    if (m_options.reachability) {  // the session holds (or tried) the mapping already
        PortMappingResult r;
        r.kind = m_options.reachability->mapping;
        r.external = m_options.reachability->externalIp;
        r.detail = m_options.reachability->mappingDetail;
        report(r);
        return;
    }
    if (tcp == 0) {
        add(make(
            id, DoctorCheck::State::Warn, QStringLiteral("no-fixed-port"),
            QStringLiteral("the listen port is chosen anew at each start"),
            QStringLiteral("Set a fixed port (--listen 0.0.0.0:7000) so that a mapped or forwarded port stays valid."),
            args));
        return;
    }
    // Map for real, then let go: the mapper deletes what it got when it is destroyed.
    auto *mapper = new PortMapper(*m_clock, *m_portMapping, this);
    connect(mapper, &PortMapper::finished, this, [mapper, report](const PortMappingResult &r) {
        report(r);
        mapper->deleteLater();
    });
    PortMappingRequest request;
    request.tcpPort = tcp;
    request.udpPort = udp;
    request.leaseSeconds = 120;
    request.discoveryMs = m_options.mappingTimeoutMs;
    mapper->start(request);
}

void Doctor::checkHolePunch(const ReachabilitySnapshot &s)
{
    const QString id = QStringLiteral("hole-punch");
    // Without a session (--doctor), no attempts yet: the config says whether punching is on.
    const HolePunchSummary h = m_options.holePunch.value_or(HolePunchSummary{m_config.nat.holePunching, 0, 0, {}});
    const QJsonObject args{{QStringLiteral("tried"), h.tried},
                           {QStringLiteral("punched"), h.punched},
                           {QStringLiteral("error"), h.lastFailure}};
    const QString relayAdvice = QStringLiteral("Connections with peers behind other routers go through a relay: name "
                                               "one with --relay-node, or turn on UPnP or NAT-PMP in the router.");
    if (s.status == ReachabilityStatus::Public || s.nat == NatBehaviour::None) {
        add(make(id, DoctorCheck::State::Ok, QStringLiteral("not-needed"),
                 QStringLiteral("peers can dial us: no hole punching needed"), {}, args));
    } else if (!h.enabled) {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("off"), QStringLiteral("hole punching is turned off"),
                 relayAdvice, args));
    } else if (h.punched > 0) {
        add(make(id, DoctorCheck::State::Ok, QStringLiteral("punched"),
                 QStringLiteral("%1 of %2 hole-punch attempts gave a direct connection").arg(h.punched).arg(h.tried),
                 {}, args));
    } else if (h.tried > 0) {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("failing"),
                 QStringLiteral("none of %1 hole-punch attempts gave a direct connection (last: %2)")
                     .arg(h.tried)
                     .arg(h.lastFailure),
                 QStringLiteral("The other side's router may change ports, or a firewall here drops the other side's "
                                "connection attempt. Relayed connections keep working; for direct ones turn on UPnP or "
                                "NAT-PMP in the router."),
                 args));
    } else if (s.nat == NatBehaviour::AddressDependent) {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("cannot"),
                 QStringLiteral("our NAT picks a new port for every destination: hole punching cannot work from here"),
                 relayAdvice, args));
    } else if (s.nat == NatBehaviour::PortPreserving) {
        add(make(
            id, DoctorCheck::State::Ok, QStringLiteral("should-work"),
            QStringLiteral(
                "our NAT keeps our ports: hole punching can reach peers whose routers do the same (none tried yet)"),
            {}, args));
    } else {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("unknown"),
                 QStringLiteral("our NAT's behaviour is not known yet, so neither is whether a hole can be punched"),
                 QStringLiteral("Join a room with peers on the internet, or name two DHT bootstrap nodes, so that two "
                                "observers can tell where we stand."),
                 args));
    }
}

void Doctor::checkRelays()
{
    const QString id = QStringLiteral("relays");
    const QStringList named = m_config.nat.relays;
    QJsonObject args{{QStringLiteral("relays"), QJsonArray::fromStringList(named)}};
    if (!m_options.reachability) {  // no session: what is configured is all we know
        if (named.isEmpty())
            add(make(id, DoctorCheck::State::Warn, QStringLiteral("no-relay"), QStringLiteral("no relay node is named"),
                     QStringLiteral("Name a relay node (--relay-node HOST:PORT): peers that cannot dial us reach us "
                                    "through it."),
                     args));
        else
            add(make(id, DoctorCheck::State::Ok, QStringLiteral("configured"),
                     QStringLiteral("relay nodes named: %1; a running session asks them for a slot")
                         .arg(named.join(QStringLiteral(", "))),
                     {}, args));
        return;
    }
    const ReachabilitySnapshot &r = *m_options.reachability;
    args.insert(QStringLiteral("held"), QJsonArray::fromStringList(r.relays));
    if (!r.relays.isEmpty()) {
        add(make(id, DoctorCheck::State::Ok, QStringLiteral("slot-held"),
                 QStringLiteral("a relay carries connections for us: %1").arg(r.relays.join(QStringLiteral(", "))), {},
                 args));
    } else if (r.status == ReachabilityStatus::Public) {
        add(make(id, DoctorCheck::State::Ok, QStringLiteral("not-needed"),
                 QStringLiteral("reachable from the internet: no relay needed"), {}, args));
    } else if (named.isEmpty()) {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("no-relay"), QStringLiteral("no relay node is named"),
                 QStringLiteral("Name a relay node (--relay-node HOST:PORT): peers that cannot dial us reach us "
                                "through it."),
                 args));
    } else {
        add(make(id, DoctorCheck::State::Warn, QStringLiteral("no-slot"),
                 QStringLiteral("no relay holds a slot for us (named: %1)").arg(named.join(QStringLiteral(", "))),
                 QStringLiteral("Check that the relay nodes run with --relay and can be reached from here; until one "
                                "holds a slot, peers behind other routers cannot reach us."),
                 args));
    }
}

}  // namespace swarmscope
