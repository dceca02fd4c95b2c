#include "node_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace swarmscope::node {

namespace {
[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "swarmscope-node: %s\n", qPrintable(message));
    std::exit(2);
}
} // namespace

NodeOptions parseOptions(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Headless Swarmscope peer: joins rooms, relays, and prints one JSON event per line.\n"
        "Lines on standard input are sent to the joined rooms; /peers, /status and /quit are commands."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Profile directory (identity and data); created if missing."), QStringLiteral("dir"));
    const QCommandLineOption identity(QStringLiteral("identity"), QStringLiteral("Print the identity as JSON and exit."));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("TCP listen address (port 0 = any)."), QStringLiteral("host:port"), QStringLiteral("0.0.0.0:0"));
    const QCommandLineOption join(QStringLiteral("join"), QStringLiteral("Join a room (repeatable)."), QStringLiteral("room"));
    const QCommandLineOption connectTo(QStringLiteral("connect"), QStringLiteral("Connect to a peer and keep connected (repeatable)."), QStringLiteral("host:port"));
    const QCommandLineOption lanIf(QStringLiteral("lan-interface"), QStringLiteral("Network interface for LAN discovery (default: all)."), QStringLiteral("name"));
    const QCommandLineOption lanPort(QStringLiteral("lan-port"), QStringLiteral("UDP port for LAN discovery (default 5353)."), QStringLiteral("port"), QStringLiteral("5353"));
    const QCommandLineOption noLan(QStringLiteral("no-lan"), QStringLiteral("Disable LAN discovery."));
    const QCommandLineOption dhtPort(QStringLiteral("dht-port"), QStringLiteral("UDP port of the DHT node (0 = any)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption dhtBootstrap(QStringLiteral("dht-bootstrap"), QStringLiteral("DHT bootstrap node (repeatable; replaces the public routers)."), QStringLiteral("host:port"));
    const QCommandLineOption noDht(QStringLiteral("no-dht"), QStringLiteral("Disable the DHT."));
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat"), QStringLiteral("Ping rooms every MS milliseconds; members silent for two intervals time out (0 = off)."), QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption maxPeers(QStringLiteral("max-peers"), QStringLiteral("Most connections held at once (default 24)."), QStringLiteral("n"), QStringLiteral("24"));
    const QCommandLineOption whitelist(QStringLiteral("whitelist"), QStringLiteral("Only connect with this IP address (repeatable)."), QStringLiteral("ip"));
    p.addOptions({profile, identity, listen, join, connectTo, lanIf, lanPort, noLan, dhtPort, dhtBootstrap, noDht,
                  heartbeat, maxPeers, whitelist});
    p.process(arguments);

    NodeOptions o;
    bool ok = false;
    o.printIdentity = p.isSet(identity);
    o.engine.agent = QStringLiteral("swarmscope-node");
    o.engine.profileDir = p.isSet(profile)
        ? QDir(p.value(profile)).absolutePath()
        : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("node"));

    const auto listenAt = HostPort::parse(p.value(listen), true);
    if (!listenAt)
        fail(QStringLiteral("--listen expects host:port, got '%1'").arg(p.value(listen)));
    o.engine.listenHost = QHostAddress(listenAt->host);
    if (o.engine.listenHost.isNull())
        fail(QStringLiteral("--listen host must be an IP address, got '%1'").arg(listenAt->host));
    o.engine.listenPort = listenAt->port;

    for (const QString &c : p.values(connectTo)) {
        const auto hp = HostPort::parse(c);
        if (!hp)
            fail(QStringLiteral("--connect expects host:port, got '%1'").arg(c));
        o.engine.connectTo.append(*hp);
    }
    const int peers = p.value(maxPeers).toInt(&ok);
    if (!ok || peers < 1)
        fail(QStringLiteral("--max-peers expects a positive number, got '%1'").arg(p.value(maxPeers)));
    o.engine.swarm.maxPeers = peers;
    for (const QString &ip : p.values(whitelist)) {
        if (QHostAddress(ip).isNull())
            fail(QStringLiteral("--whitelist expects an IP address, got '%1'").arg(ip));
        o.engine.swarm.whitelist.append(QHostAddress(ip).toString());
    }
    o.rooms = p.values(join);

    const uint port = p.value(lanPort).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        fail(QStringLiteral("--lan-port expects a port number, got '%1'").arg(p.value(lanPort)));
    o.engine.lan.port = quint16(port);
    o.engine.lan.interfaceName = p.value(lanIf);
    o.engine.lan.enabled = !p.isSet(noLan);
    const bool offline = qEnvironmentVariableIntValue("SWARMSCOPE_OFFLINE") == 1;
    // A whole run can be kept on this machine (tests, CI): LAN discovery only on loopback.
    if (offline && o.engine.lan.interfaceName.isEmpty())
        o.engine.lan.interfaceName = QStringLiteral("lo");

    o.engine.dht.enabled = !p.isSet(noDht);
    const uint udp = p.value(dhtPort).toUInt(&ok);
    if (!ok || udp > 65535)
        fail(QStringLiteral("--dht-port expects a port number, got '%1'").arg(p.value(dhtPort)));
    o.engine.dht.port = quint16(udp);
    if (p.isSet(dhtBootstrap)) {
        for (const QString &b : p.values(dhtBootstrap)) {
            const auto hp = HostPort::parse(b);
            if (!hp)
                fail(QStringLiteral("--dht-bootstrap expects host:port, got '%1'").arg(b));
            o.engine.dht.bootstrap.append({hp->host, hp->port});
        }
    } else if (!offline) {
        o.engine.dht.bootstrap = DhtConfig::defaultBootstrap();  // the public routers, for real use
    }
    if (offline) {
        // Nothing leaves the machine; and since every test node shares 127.0.0.1, the per-IP
        // defences key on IP:port (docs/DHT.md).
        o.engine.dht.bindHost = QHostAddress::LocalHost;
        o.engine.dht.enforceIpLimits = false;
    }
    o.engine.heartbeatMs = p.value(heartbeat).toLongLong(&ok);
    if (!ok || o.engine.heartbeatMs < 0)
        fail(QStringLiteral("--heartbeat expects milliseconds, got '%1'").arg(p.value(heartbeat)));
    return o;
}

} // namespace swarmscope::node
