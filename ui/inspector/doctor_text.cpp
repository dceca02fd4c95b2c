#include "inspector/doctor_text.h"

#include "doctor/doctor.h"
#include "format/mapping_name.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace swarmscope::ui {

namespace {

QString keyOf(const QJsonObject &check)
{
    return check.value(QLatin1String("id")).toString() + QLatin1Char('/')
        + check.value(QLatin1String("code")).toString();
}

QString text(const QJsonObject &args, const char *name)
{
    return args.value(QLatin1String(name)).toString();
}

QString number(const QJsonObject &args, const char *name)
{
    return QLocale().toString(qint64(args.value(QLatin1String(name)).toDouble()));
}

QString dateTime(const QJsonObject &args)
{
    const auto ms = qint64(args.value(QLatin1String("wallMs")).toDouble());
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString list(const QStringList &items)
{
    return QLocale().createSeparatedList(items);
}

}  // namespace

QString DoctorText::detail(const QJsonObject &check)
{
    const QJsonObject args = check.value(QLatin1String("args")).toObject();
    const QString key = keyOf(check);
    const QString error = text(args, "error");
    const QString group = text(args, "group");
    const QString iface = text(args, "interface");

    if (key == QLatin1String("listen/in-use-by-us"))
        return tr("TCP %1 is held by this session").arg(text(args, "where"));
    if (key == QLatin1String("listen/bound"))
        return tr("TCP %1 can be bound (got port %2)").arg(text(args, "where"), number(args, "port"));
    if (key == QLatin1String("listen/port-in-use") || key == QLatin1String("listen/bind-failed"))
        return tr("Cannot listen on TCP %1: %2").arg(text(args, "where"), error);

    if (key == QLatin1String("lan-multicast/lan-off"))
        return tr("LAN discovery is turned off");
    if (key == QLatin1String("lan-multicast/no-interface"))
        return tr("No usable multicast interface %1").arg(iface.isEmpty() ? tr("(any)") : iface);
    if (key == QLatin1String("lan-multicast/bind-failed"))
        return tr("Cannot open a UDP socket: %1").arg(error);
    if (key == QLatin1String("lan-multicast/join-failed"))
        return tr("Cannot join %1 on %2: %3").arg(group, iface, error);
    if (key == QLatin1String("lan-multicast/echo"))
        return tr("Multicast on %1 (%2) came back in %3 ms").arg(iface, group, number(args, "ms"));
    if (key == QLatin1String("lan-multicast/no-echo"))
        return tr("A multicast probe to %1 on %2 did not come back within %3 ms")
            .arg(group, iface, number(args, "timeoutMs"));
    if (key == QLatin1String("lan-multicast/send-failed"))
        return tr("Cannot send to %1 on %2: %3").arg(group, iface, error);

    if (key == QLatin1String("dht/dht-off"))
        return tr("The DHT is turned off");
    if (key == QLatin1String("dht/no-bootstrap"))
        return tr("No bootstrap nodes are configured");
    if (key == QLatin1String("dht/bind-failed"))
        return tr("Cannot open a UDP socket on %1: %2").arg(text(args, "host"), error);
    if (key.startsWith(QLatin1String("dht/"))) {
        QStringList answered, silent;
        for (const QJsonValue &v : args.value(QLatin1String("answered")).toArray()) {
            const QJsonObject node = v.toObject();
            answered << tr("%1 (%2 ms)").arg(text(node, "node"), number(node, "ms"));
        }
        for (const QJsonValue &v : args.value(QLatin1String("silent")).toArray())
            silent << v.toString();
        if (key == QLatin1String("dht/answered"))
            return tr("Bootstrap nodes answered: %1").arg(list(answered));
        if (key == QLatin1String("dht/some-silent"))
            return tr("No answer within %1 ms from %2").arg(number(args, "timeoutMs"), list(silent));
        if (key == QLatin1String("dht/all-silent"))
            return tr("No bootstrap node answered a ping within %1 ms (%2)")
                .arg(number(args, "timeoutMs"), list(silent));
    }

    const QString external = text(args, "external");
    if (key == QLatin1String("nat/public"))
        return tr("Reachable from the internet at %1").arg(external);
    if (key == QLatin1String("nat/no-nat"))
        return tr("The internet sees our own address %1: no NAT").arg(external);
    if (key == QLatin1String("nat/port-preserving"))
        return tr("Behind a NAT at %1 that keeps our ports: nothing reaches us unasked").arg(external);
    if (key == QLatin1String("nat/address-dependent"))
        return tr("Behind a NAT at %1 that picks a new port for every destination").arg(external);
    if (key == QLatin1String("nat/unknown"))
        return tr("The external address is not known: fewer than two observers told us");
    if (key == QLatin1String("port-mapping/mapping-off"))
        return tr("Port mapping is turned off");
    if (key == QLatin1String("port-mapping/no-fixed-port"))
        return tr("The listening port is chosen anew at each start");
    if (key == QLatin1String("port-mapping/mapped"))
        return tr("The router mapped our ports with %1 at %2")
            .arg(mappingProtocolName(text(args, "mapping")), external);
    if (key == QLatin1String("port-mapping/no-router"))
        return tr("No router mapped our ports: %1").arg(error);

    const auto relays = [&](const char *name) {
        QStringList items;
        for (const QJsonValue &v : args.value(QLatin1String(name)).toArray())
            items << v.toString();
        return list(items);
    };
    if (key == QLatin1String("relays/not-needed"))
        return tr("Reachable from the internet: no relay is needed");
    if (key == QLatin1String("relays/slot-held"))
        return tr("A relay carries connections for us: %1").arg(relays("held"));
    if (key == QLatin1String("relays/no-slot"))
        return tr("No relay holds a slot for us (named: %1)").arg(relays("relays"));
    if (key == QLatin1String("relays/no-relay"))
        return tr("No relay node is named");
    if (key == QLatin1String("relays/configured"))
        return tr("Relay nodes named: %1; a running session asks them for a slot").arg(relays("relays"));

    if (key == QLatin1String("hole-punch/not-needed"))
        return tr("Peers can dial us: no hole punching needed");
    if (key == QLatin1String("hole-punch/off"))
        return tr("Hole punching is turned off");
    if (key == QLatin1String("hole-punch/punched"))
        return tr("%1 of %2 hole-punch attempts gave a direct connection")
            .arg(number(args, "punched"), number(args, "tried"));
    if (key == QLatin1String("hole-punch/failing"))
        return tr("None of %1 hole-punch attempts gave a direct connection (last: %2)")
            .arg(number(args, "tried"), error);
    if (key == QLatin1String("hole-punch/cannot"))
        return tr("Our NAT picks a new port for every destination: hole punching cannot work from here");
    if (key == QLatin1String("hole-punch/should-work"))
        return tr("Our NAT keeps our ports: hole punching can reach peers whose routers do the same (none tried yet)");
    if (key == QLatin1String("hole-punch/unknown"))
        return tr("Our NAT's behaviour is not known yet, so neither is whether a hole can be punched");

    if (key == QLatin1String("peers/none"))
        return tr("No manual peers are configured");
    if (key.startsWith(QLatin1String("peers/"))) {
        QStringList reachable, unreachable;
        for (const QJsonValue &v : args.value(QLatin1String("reachable")).toArray())
            reachable << v.toString();
        for (const QJsonValue &v : args.value(QLatin1String("unreachable")).toArray()) {
            const QJsonObject peer = v.toObject();
            const QString why = text(peer, "error");
            unreachable << (why.isEmpty() ? tr("%1 (timed out)").arg(text(peer, "peer"))
                                          : tr("%1 (%2)").arg(text(peer, "peer"), why));
        }
        if (key == QLatin1String("peers/answered"))
            return tr("Peers accept TCP connections: %1").arg(list(reachable));
        if (key == QLatin1String("peers/some-unreachable") || key == QLatin1String("peers/all-unreachable"))
            return tr("No TCP connection within %1 ms to %2").arg(number(args, "timeoutMs"), list(unreachable));
    }

    if (key == QLatin1String("clock/wall-insane"))
        return tr("The wall clock reads %1, outside the years 2020 to 2100").arg(dateTime(args));
    if (key == QLatin1String("clock/monotonic-stuck"))
        return tr("The monotonic clock did not advance in 50 ms");
    if (key == QLatin1String("clock/sane"))
        return tr("The wall clock reads %1; the monotonic clock advances").arg(dateTime(args));

    return check.value(QLatin1String("detail")).toString();
}

QString DoctorText::advice(const QJsonObject &check)
{
    const QString key = keyOf(check);
    if (key == QLatin1String("listen/port-in-use"))
        return tr("Another program uses this port: stop it or choose another listening port.");
    if (key == QLatin1String("listen/bind-failed"))
        return tr("Check the listening address: it must belong to this machine.");
    if (key == QLatin1String("lan-multicast/lan-off"))
        return tr("Turn LAN discovery on to find peers on the local network without the DHT.");
    if (key == QLatin1String("lan-multicast/no-interface"))
        return tr("Choose an existing network interface for LAN discovery.");
    if (key == QLatin1String("lan-multicast/join-failed"))
        return tr("The interface may not support multicast: choose another one or rely on the DHT.");
    if (key == QLatin1String("lan-multicast/no-echo"))
        return tr("A firewall may drop multicast (UDP to 224.0.0.251), or the interface is down.");
    if (key == QLatin1String("lan-multicast/send-failed"))
        return tr("The interface has no route for multicast: choose another one.");
    if (key == QLatin1String("dht/dht-off"))
        return tr("Without the DHT, rooms find peers only on the LAN or through manual peers.");
    if (key == QLatin1String("dht/no-bootstrap"))
        return tr("Add at least one DHT bootstrap node, or the DHT can only learn peers that contact us.");
    if (key == QLatin1String("dht/some-silent"))
        return tr("Some bootstrap nodes are down or unreachable; the DHT still works through the others.");
    if (key == QLatin1String("dht/all-silent"))
        return tr("Check that UDP traffic is allowed out and that the bootstrap addresses are right.");
    const QJsonObject args = check.value(QLatin1String("args")).toObject();
    const QString port = QString::number(args.value(QLatin1String("port")).toInt());
    if (key == QLatin1String("nat/no-nat"))
        return tr("If peers still cannot connect, a firewall drops them: allow TCP port %1 in.").arg(port);
    if (key == QLatin1String("nat/port-preserving"))
        return tr("Turn on UPnP or NAT-PMP in the router, or forward TCP port %1 to this computer; until then only "
                  "peers that can be reached themselves connect to you.")
            .arg(port);
    if (key == QLatin1String("nat/address-dependent"))
        return tr("This kind of router (\"symmetric NAT\") defeats hole punching: turn on UPnP or NAT-PMP, forward "
                  "TCP port %1 by hand, or use a relay node.")
            .arg(port);
    if (key == QLatin1String("nat/unknown"))
        return tr("Add at least two DHT bootstrap nodes or join a room with peers on the internet: two observers on "
                  "different addresses must agree before an address counts.");
    if (key == QLatin1String("hole-punch/off") || key == QLatin1String("hole-punch/cannot"))
        return tr("Connections with peers behind other routers go through a relay: name one with --relay-node, or "
                  "turn on UPnP or NAT-PMP in the router.");
    if (key == QLatin1String("hole-punch/failing"))
        return tr("The other side's router may change ports, or a firewall here drops the other side's connection "
                  "attempt. Relayed connections keep working; for direct ones turn on UPnP or NAT-PMP in the router.");
    if (key == QLatin1String("hole-punch/unknown"))
        return tr("Join a room with peers on the internet, or name two DHT bootstrap nodes, so that two observers can "
                  "tell where we stand.");
    if (key == QLatin1String("port-mapping/mapping-off"))
        return tr("Turn port mapping on, or forward TCP port %1 on the router by hand.").arg(port);
    if (key == QLatin1String("port-mapping/no-fixed-port"))
        return tr(
            "Set a fixed listening port (for example 0.0.0.0:7000) so that a mapped or forwarded port stays valid.");
    if (key == QLatin1String("port-mapping/no-router"))
        return tr("Turn on UPnP or NAT-PMP in the router's settings, or forward TCP port %1 by hand. Behind a second "
                  "NAT (your provider's), mapping cannot help: use a relay node.")
            .arg(port);
    if (key == QLatin1String("relays/no-relay"))
        return tr("Name a relay node (for example --relay-node 203.0.113.10:7000): peers that cannot connect to you "
                  "directly reach you through it.");
    if (key == QLatin1String("relays/no-slot"))
        return tr("Check that the relay nodes run with --relay and can be reached from here; until one holds a slot, "
                  "peers behind other routers cannot reach you.");
    if (key == QLatin1String("peers/some-unreachable") || key == QLatin1String("peers/all-unreachable"))
        return tr("Check the peer addresses and that those peers are running and reachable.");
    if (key == QLatin1String("clock/wall-insane"))
        return tr("Set the system date and time (turn on network time): message times and replay checks depend on it.");
    if (key == QLatin1String("clock/monotonic-stuck"))
        return tr("The system timer is broken; timeouts and retries will not work.");
    // A finding we know that has no advice above needs none.
    const std::pair finding{check.value(QLatin1String("id")).toString(), check.value(QLatin1String("code")).toString()};
    if (Doctor::findings().contains(finding))
        return {};
    return check.value(QLatin1String("advice")).toString();
}

}  // namespace swarmscope::ui
