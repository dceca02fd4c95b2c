#include "engine_options.h"

#include "wire/display_name.h"

#include <QCommandLineParser>
#include <QDir>

namespace swarmscope {

EngineOptions::EngineOptions() : EngineOptions(Defaults{})
{}

EngineOptions::EngineOptions(Defaults defaults)
    : listen(QStringLiteral("listen"), QStringLiteral("TCP listen address (port 0 = any)."),
             QStringLiteral("host:port"), QStringLiteral("0.0.0.0:0"))
    , connectTo(QStringLiteral("connect"), QStringLiteral("Connect to a peer and keep connected (repeatable)."),
                QStringLiteral("host:port"))
    , lanInterface(QStringLiteral("lan-interface"),
                   QStringLiteral("Network interface for LAN discovery, mDNS and BEP 14 (default: all)."),
                   QStringLiteral("name"))
    , lanPort(QStringLiteral("lan-port"), QStringLiteral("UDP port for LAN discovery (default 5353)."),
              QStringLiteral("port"), QStringLiteral("5353"))
    , noLan(QStringLiteral("no-lan"), QStringLiteral("Disable LAN discovery (mDNS, and BEP 14 for Bugout rooms)."))
    , dhtPort(QStringLiteral("dht-port"),
              QStringLiteral("UDP port of the DHT node (0 = any; default: the TCP port's number when free)."),
              QStringLiteral("port"), QStringLiteral("0"))
    , dhtBootstrap(QStringLiteral("dht-bootstrap"),
                   QStringLiteral("DHT bootstrap node (repeatable; replaces the public routers)."),
                   QStringLiteral("host:port"))
    , noDht(QStringLiteral("no-dht"), QStringLiteral("Disable the DHT."))
    , portMapping(QStringLiteral("port-mapping"),
                  QStringLiteral("Map the listen ports on the home router with UPnP or NAT-PMP (the default; off "
                                 "with SWARMSCOPE_OFFLINE=1 unless given)."))
    , noPortMapping(QStringLiteral("no-port-mapping"), QStringLiteral("Do not ask the router to map ports."))
    , relayNode(QStringLiteral("relay-node"),
                QStringLiteral("A relay node to use when peers cannot dial us (repeatable)."),
                QStringLiteral("host:port"))
    , displayName(QStringLiteral("name"),
                  QStringLiteral("Display name shown to peers, signed with the identity (at most %1 characters, no "
                                 "control characters).")
                      .arg(wire::kMaxDisplayNameChars),
                  QStringLiteral("name"))
    , relay(QStringLiteral("relay"),
            QStringLiteral("Relay messages for other peers (with per-peer rate and byte limits)."))
    , downloadDir(QStringLiteral("download-dir"),
                  QStringLiteral("Folder where accepted files land (default: downloads in the profile)."),
                  QStringLiteral("dir"))
    , maxFileSize(QStringLiteral("max-file-size"),
                  QStringLiteral("Largest file accepted, in bytes; larger offers are refused (default %1).")
                      .arg(FileTransferOptions().maxFileSize),
                  QStringLiteral("bytes"), QString::number(FileTransferOptions().maxFileSize))
    , m_defaults(defaults)
{}

QList<QCommandLineOption> EngineOptions::all() const
{
    return {listen,      connectTo,     lanInterface, lanPort,     noLan, dhtPort,     dhtBootstrap, noDht,
            portMapping, noPortMapping, relayNode,    displayName, relay, downloadDir, maxFileSize};
}

void EngineOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(all());
}

bool EngineOptions::offline()
{
    return qEnvironmentVariableIntValue("SWARMSCOPE_OFFLINE") == 1;
}

std::optional<QString> EngineOptions::applyNetwork(const QCommandLineParser &p, EngineConfig &config) const
{
    const std::optional<HostPort> listenAt = HostPort::parse(p.value(listen), true);
    if (!listenAt)
        return QStringLiteral("--listen expects host:port, got '%1'").arg(p.value(listen));
    config.listenHost = m_defaults.acceptLocalhost && listenAt->host == QLatin1String("localhost")
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(listenAt->host);
    if (config.listenHost.isNull())
        return QStringLiteral("--listen host must be an IP address, got '%1'").arg(listenAt->host);
    config.listenPort = listenAt->port;

    for (const QString &c : p.values(connectTo)) {
        const std::optional<HostPort> target = HostPort::parse(c);
        if (!target)
            return QStringLiteral("--connect expects host:port, got '%1'").arg(c);
        config.connectTo.append(*target);
    }
    return std::nullopt;
}

std::optional<QString> EngineOptions::applyDiscovery(const QCommandLineParser &p, EngineConfig &config) const
{
    bool ok = false;
    const uint port = p.value(lanPort).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return QStringLiteral("--lan-port expects a port number, got '%1'").arg(p.value(lanPort));
    config.lan.port = quint16(port);
    config.lan.interfaceName = p.value(lanInterface);
    config.lan.enabled = !p.isSet(noLan);
    const bool isOffline = offline();
    // A whole run can be kept on this machine (tests, CI): LAN discovery only on loopback.
    if (isOffline && config.lan.interfaceName.isEmpty())
        config.lan.interfaceName = QStringLiteral("lo");
    // BEP 14 (Bugout rooms) speaks on the same interface as mDNS, and is off with it.
    config.lsd.enabled = config.lan.enabled;
    config.lsd.interfaceName = config.lan.interfaceName;

    config.dht.enabled = !p.isSet(noDht);
    const uint udp = p.value(dhtPort).toUInt(&ok);
    if (!ok || udp > 65535)
        return QStringLiteral("--dht-port expects a port number, got '%1'").arg(p.value(dhtPort));
    config.dht.port = quint16(udp);
    config.dht.portFollowsTcp = !p.isSet(dhtPort);
    if (p.isSet(dhtBootstrap)) {
        for (const QString &b : p.values(dhtBootstrap)) {
            const std::optional<HostPort> hp = HostPort::parse(b);
            if (!hp)
                return QStringLiteral("--dht-bootstrap expects host:port, got '%1'").arg(b);
            config.dht.bootstrap.append({hp->host, hp->port});
        }
    } else if (!isOffline) {
        config.dht.bootstrap = DhtConfig::defaultBootstrap();  // the public routers, for real use
    }
    if (isOffline) {
        // Nothing leaves the machine; and since every test node shares 127.0.0.1, the per-IP
        // defences key on IP:port (docs/DHT.md).
        // An explicit listen address (a test's own namespace, say) keeps the DHT on it too.
        const bool anyHost = config.listenHost.isNull() || config.listenHost == QHostAddress::Any
            || config.listenHost == QHostAddress::AnyIPv4 || config.listenHost == QHostAddress::AnyIPv6;
        config.dht.bindHost = anyHost ? QHostAddress(QHostAddress::LocalHost) : config.listenHost;
        config.dht.enforceIpLimits = false;
    }
    return std::nullopt;
}

std::optional<QString> EngineOptions::applyReachability(const QCommandLineParser &p, EngineConfig &config) const
{
    if (p.isSet(portMapping) && p.isSet(noPortMapping))
        return QStringLiteral("--port-mapping and --no-port-mapping contradict each other");
    // Mapping talks to the router (SSDP multicast, NAT-PMP to the gateway): never in an offline run
    // unless asked for (the NAT lab asks, inside its namespaces).
    config.nat.portMapping = p.isSet(portMapping) || (!offline() && !p.isSet(noPortMapping));
    for (const QString &r : p.values(relayNode)) {
        const std::optional<HostPort> hp = HostPort::parse(r);
        if (!hp)
            return QStringLiteral("--relay-node expects host:port, got '%1'").arg(r);
        config.nat.relays.append(hp->toString());
    }
    return std::nullopt;
}

std::optional<QString> EngineOptions::applyProfile(const QCommandLineParser &p, EngineConfig &config) const
{
    config.displayName = p.value(displayName);
    if (p.isSet(displayName))
        if (const auto problem = wire::displayNameProblem(config.displayName))
            return QStringLiteral("--name refused: %1").arg(*problem);
    config.relay.serveOthers = p.isSet(relay);
    config.circuits.serve = config.relay.serveOthers;  // a relay carries circuits too (docs/NAT.md)
    if (p.isSet(downloadDir))
        config.files.downloadDir = QDir(p.value(downloadDir)).absolutePath();
    bool ok = false;
    config.files.maxFileSize = p.value(maxFileSize).toLongLong(&ok);
    if (!ok || config.files.maxFileSize < 0)
        return QStringLiteral("--max-file-size expects a number of at least 0, got '%1'").arg(p.value(maxFileSize));
    return std::nullopt;
}

}  // namespace swarmscope
