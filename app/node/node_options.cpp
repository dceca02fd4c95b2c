#include "node_options.h"

#include "engine_options.h"
#include "settings_file.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <cstdio>
#include <utility>

namespace swarmscope::node {

namespace {
// The options a --config file supplied, so that an error about one of them names the file.
struct FileOrigin {
    QString path;
    QStringList keys;
};

FileOrigin &fileOrigin()
{
    static FileOrigin origin;
    return origin;
}

[[noreturn]] void fail(const QString &message)
{
    QString text = message;
    for (const QString &key : std::as_const(fileOrigin().keys)) {
        if (message.startsWith(QStringLiteral("--%1 ").arg(key)))
            text += QStringLiteral(" (set in %1)").arg(fileOrigin().path);
    }
    std::fprintf(stderr, "swarmscope-node: %s\n", qPrintable(text));
    std::exit(2);
}

QString defaultProfileDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("node"));
}

// The file's settings go in front of the command line as if typed there: the parser validates
// them like any option, and whatever the command line gives itself (a value, a list, a flag)
// replaces the file's entry for that option. The file is --config FILE, or else the profile's
// swarmscope.conf when there is one (the file the window's Preferences write).
QStringList withConfigFile(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return arguments;  // process() reports parse errors
    const bool given = parser.isSet(QStringLiteral("config"));
    const QString profile =
        parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile")) : defaultProfileDir();
    const QString path = given ? parser.value(QStringLiteral("config")) : settings_file::pathIn(profile);
    if (!given && !QFileInfo::exists(path))
        return arguments;
    const settings_file::Contents file = settings_file::read(path);
    if (!file.error.isEmpty())
        fail(file.error);
    QSet<QString> accepted(settings_file::keys().keyBegin(), settings_file::keys().keyEnd());
    if (!given)
        accepted.remove(QStringLiteral("profile"));  // the profile's own file cannot move it
    fileOrigin().path = path;
    const settings_file::Arguments fromFile = settings_file::asArguments(
        file.values, [&parser](const QString &key) { return parser.isSet(key); }, accepted);
    fileOrigin().keys = fromFile.keys;
    return arguments.mid(0, 1) + fromFile.arguments + arguments.mid(1);
}
}  // namespace

NodeOptions parseOptions(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Headless Swarmscope peer: joins rooms, relays, and prints one JSON event per line.\n"
                       "Lines on standard input are sent to the joined rooms; /peers, /status and /quit are commands.\n"
                       "--config reads the long options from an INI file (listen = 0.0.0.0:7000, join = lobby, ops,\n"
                       "no-lan = true); options on the command line replace those in the file."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("Read options from an INI file whose keys are the long options "
                                                   "(default: swarmscope.conf in the profile, when there is one)."),
                                    QStringLiteral("file"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Profile directory (identity and data); created if missing."),
                                     QStringLiteral("dir"));
    const QCommandLineOption identity(QStringLiteral("identity"),
                                      QStringLiteral("Print the identity as JSON and exit."));
    const QCommandLineOption exportIdentity(
        QStringLiteral("export-identity"),
        QStringLiteral(
            "Write the identity's seed string (Bugout's format) to FILE (mode 0600; - = standard output) and exit."),
        QStringLiteral("file"));
    const QCommandLineOption importIdentity(
        QStringLiteral("import-identity"),
        QStringLiteral("Make the seed string in FILE (- = standard input) this profile's identity and exit; the old "
                       "one is kept as identity.seed.previous. Never run two copies of one identity at once."),
        QStringLiteral("file"));
    const EngineOptions shared;  // the options shared with the GUI
    const QCommandLineOption join(QStringLiteral("join"),
                                  QStringLiteral("Join a room (repeatable): NAME, discovery-swarm:NAME or bugout:ID."),
                                  QStringLiteral("room"));
    const QCommandLineOption btPort(
        QStringLiteral("bittorrent-port"),
        QStringLiteral("TCP port of the BitTorrent listener for Bugout rooms (default: any free port)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption rememberRooms(QStringLiteral("remember-rooms"),
                                           QStringLiteral("Keep the rooms joined (with --join or /join) in the profile "
                                                          "and rejoin them at the next start; /leave forgets a room."));
    const QCommandLineOption heartbeat(
        QStringLiteral("heartbeat"),
        QStringLiteral("Ping rooms every MS milliseconds; members silent for two intervals time out (0 = off)."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption maxPeers(
        QStringLiteral("max-peers"),
        QStringLiteral("Most connections held at once (default 24; with --relay, 24 more than the relay's 128 slots)."),
        QStringLiteral("n"), QStringLiteral("24"));
    const QCommandLineOption whitelist(QStringLiteral("whitelist"),
                                       QStringLiteral("Only connect with this IP address (repeatable)."),
                                       QStringLiteral("ip"));
    const QCommandLineOption wsListen(
        QStringLiteral("ws-listen"), QStringLiteral("Also accept peers over WebSocket on this address (port 0 = any)."),
        QStringLiteral("host:port"));
    const QCommandLineOption noPex(
        QStringLiteral("no-peer-exchange"),
        QStringLiteral("Do not tell neighbours about other peers (keeps a hand-built topology)."));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("discovery-swarm rooms: most connections per room (0 = unlimited)."), QStringLiteral("n"),
        QStringLiteral("0"));
    const QCommandLineOption keepExisting(
        QStringLiteral("keep-existing-connections"),
        QStringLiteral(
            "On a second connection to a peer, always drop the new one (discovery-swarm's keepExistingConnections)."));
    const QCommandLineOption dswarmId(
        QStringLiteral("discovery-swarm-id"),
        QStringLiteral("Our id in discovery-swarm rooms, 64 hex digits (default: random each run)."),
        QStringLiteral("hex"));
    const QCommandLineOption prListen(
        QStringLiteral("peer-relay-listen"),
        QStringLiteral("Join a peer-relay network with a WebSocket server on this address (port 0 = any)."),
        QStringLiteral("host:port"));
    const QCommandLineOption prBootstrap(QStringLiteral("peer-relay-bootstrap"),
                                         QStringLiteral("Join a peer-relay network through this peer (repeatable)."),
                                         QStringLiteral("ws://host:port"));
    // The resource manager's caps (ResourceLimits); the defaults come from the engine.
    const ResourceLimits caps;
    const QCommandLineOption maxInboundPerIp(
        QStringLiteral("max-inbound-per-ip"),
        QStringLiteral("Most connections from one address, open or handshaking (default %1; 0 = no limit).")
            .arg(SwarmOptions().maxInboundPerIp),
        QStringLiteral("n"), QString::number(SwarmOptions().maxInboundPerIp));
    const QCommandLineOption maxPending(QStringLiteral("max-pending-handshakes"),
                                        QStringLiteral("Most inbound handshakes in progress at once; when full, the "
                                                       "oldest of the busiest address is dropped (default %1).")
                                            .arg(caps.maxPendingHandshakes),
                                        QStringLiteral("n"), QString::number(caps.maxPendingHandshakes));
    const QCommandLineOption handshakeRate(
        QStringLiteral("handshakes-per-ip"),
        QStringLiteral("New inbound handshakes accepted from one address per second (default %1; 0 = no limit).")
            .arg(caps.handshakesPerIpPerSecond),
        QStringLiteral("n"), QString::number(caps.handshakesPerIpPerSecond));
    const QCommandLineOption maxQueued(
        QStringLiteral("max-queued-bytes"),
        QStringLiteral(
            "Bytes queued to a peer that does not read before it is disconnected (default %1; 0 = no limit).")
            .arg(caps.maxQueuedBytesPerPeer),
        QStringLiteral("bytes"), QString::number(caps.maxQueuedBytesPerPeer));
    const QCommandLineOption roomRate(
        QStringLiteral("room-messages-per-peer"),
        QStringLiteral(
            "Room messages taken from one neighbour per second; the excess is dropped (default %1; 0 = no limit).")
            .arg(caps.roomMessagesPerPeerPerSecond),
        QStringLiteral("n"), QString::number(caps.roomMessagesPerPeerPerSecond));
    const QCommandLineOption rpcCalls(QStringLiteral("rpc-calls-per-peer"),
                                      QStringLiteral("Calls from one peer that may wait for an answer at once; more "
                                                     "are answered busy (default %1; 0 = no limit).")
                                          .arg(caps.maxRpcCallsInFlightPerPeer),
                                      QStringLiteral("n"), QString::number(caps.maxRpcCallsInFlightPerPeer));
    const QCommandLineOption metricsListen(
        QStringLiteral("metrics-listen"),
        QStringLiteral(
            "Serve Prometheus metrics over HTTP at /metrics on this address (off by default; keep it on loopback)."),
        QStringLiteral("host:port"));
    const QCommandLineOption doctor(
        QStringLiteral("doctor"),
        QStringLiteral("Run the network self-test, print a JSON report and exit (0 = all fine)."));
    p.addOptions({config,
                  profile,
                  shared.displayName,
                  identity,
                  exportIdentity,
                  importIdentity,
                  shared.listen,
                  join,
                  shared.connectTo,
                  shared.lanInterface,
                  shared.lanPort,
                  shared.noLan,
                  shared.dhtPort,
                  shared.dhtBootstrap,
                  shared.noDht,
                  shared.portMapping,
                  shared.noPortMapping,
                  shared.relayNode,
                  rememberRooms,
                  heartbeat,
                  maxPeers,
                  whitelist,
                  shared.relay,
                  wsListen,
                  noPex,
                  prListen,
                  prBootstrap,
                  maxInboundPerIp,
                  maxPending,
                  handshakeRate,
                  maxQueued,
                  roomRate,
                  rpcCalls,
                  maxConnections,
                  keepExisting,
                  dswarmId,
                  shared.downloadDir,
                  shared.maxFileSize,
                  metricsListen,
                  doctor,
                  btPort});
    p.process(withConfigFile(p, arguments));

    NodeOptions o;
    bool ok = false;
    o.printIdentity = p.isSet(identity);
    o.exportIdentityTo = p.value(exportIdentity);
    o.importIdentityFrom = p.value(importIdentity);
    o.doctor = p.isSet(doctor);
    o.engine.agent = QStringLiteral("swarmscope-node");
    if (const auto error = shared.applyProfile(p, o.engine))
        fail(*error);
    o.engine.profileDir = p.isSet(profile) ? QDir(p.value(profile)).absolutePath() : defaultProfileDir();

    if (const auto error = shared.applyNetwork(p, o.engine))
        fail(*error);
    const int peers = p.value(maxPeers).toInt(&ok);
    if (!ok || peers < 1)
        fail(QStringLiteral("--max-peers expects a positive number, got '%1'").arg(p.value(maxPeers)));
    o.engine.swarm.maxPeers = peers;
    // A relay holds a connection to every slot holder besides its own peers.
    if (o.engine.circuits.serve && !p.isSet(maxPeers))
        o.engine.swarm.maxPeers = peers + o.engine.circuits.maxReservations;
    for (const QString &ip : p.values(whitelist)) {
        if (QHostAddress(ip).isNull())
            fail(QStringLiteral("--whitelist expects an IP address, got '%1'").arg(ip));
        o.engine.swarm.whitelist.append(QHostAddress(ip).toString());
    }
    o.engine.dswarm.whitelist = o.engine.swarm.whitelist;
    o.engine.dswarm.maxConnections = p.value(maxConnections).toInt(&ok);
    if (!ok || o.engine.dswarm.maxConnections < 0)
        fail(QStringLiteral("--max-connections expects a number (0 = unlimited), got '%1'")
                 .arg(p.value(maxConnections)));
    o.engine.swarm.keepExistingConnections = o.engine.dswarm.keepExistingConnections = p.isSet(keepExisting);
    if (p.isSet(dswarmId)) {
        o.engine.dswarmId = QByteArray::fromHex(p.value(dswarmId).toLatin1());
        if (o.engine.dswarmId.size() != 32 || p.value(dswarmId).size() != 64)
            fail(QStringLiteral("--discovery-swarm-id expects 64 hex digits, got '%1'").arg(p.value(dswarmId)));
    }
    o.rooms = p.values(join);
    o.engine.rememberRooms = p.isSet(rememberRooms);
    const auto number = [&p](const QCommandLineOption &option, qint64 min) {
        bool valid = false;
        const qint64 v = p.value(option).toLongLong(&valid);
        if (!valid || v < min)
            fail(QStringLiteral("--%1 expects a number of at least %2, got '%3'")
                     .arg(option.names().constFirst())
                     .arg(min)
                     .arg(p.value(option)));
        return v;
    };
    o.engine.swarm.maxInboundPerIp = int(qMin<qint64>(number(maxInboundPerIp, 0), 1 << 20));
    o.engine.swarm.resources.maxPendingHandshakes = int(qMin<qint64>(number(maxPending, 1), 1 << 20));
    o.engine.swarm.resources.handshakesPerIpPerSecond = double(qMin<qint64>(number(handshakeRate, 0), 1 << 20));
    o.engine.swarm.resources.maxQueuedBytesPerPeer = number(maxQueued, 0);
    o.engine.swarm.resources.roomMessagesPerPeerPerSecond = double(qMin<qint64>(number(roomRate, 0), 1 << 20));
    o.engine.swarm.resources.maxRpcCallsInFlightPerPeer = int(qMin<qint64>(number(rpcCalls, 0), 1 << 20));

    if (const auto error = shared.applyDiscovery(p, o.engine))
        fail(*error);
    if (const auto error = shared.applyReachability(p, o.engine))
        fail(*error);
    o.engine.heartbeatMs = p.value(heartbeat).toLongLong(&ok);
    if (!ok || o.engine.heartbeatMs < 0)
        fail(QStringLiteral("--heartbeat expects milliseconds, got '%1'").arg(p.value(heartbeat)));
    const uint bittorrentPort = p.value(btPort).toUInt(&ok);
    if (!ok || bittorrentPort > 65535)
        fail(QStringLiteral("--bittorrent-port expects a port number, got '%1'").arg(p.value(btPort)));
    o.engine.bittorrentPort = quint16(bittorrentPort);
    if (p.isSet(noPex))
        o.engine.swarm.pexMaxEntries = 0;
    if (p.isSet(metricsListen)) {
        o.metricsListen = HostPort::parse(p.value(metricsListen), true);
        if (!o.metricsListen || QHostAddress(o.metricsListen->host).isNull())
            fail(QStringLiteral("--metrics-listen expects ip:port, got '%1'").arg(p.value(metricsListen)));
    }
    if (p.isSet(wsListen)) {
        const auto ws = HostPort::parse(p.value(wsListen), true);
        if (!ws || QHostAddress(ws->host).isNull())
            fail(QStringLiteral("--ws-listen expects ip:port, got '%1'").arg(p.value(wsListen)));
        o.engine.wsListenHost = QHostAddress(ws->host);
        o.engine.wsListenPort = ws->port;
    }
    if (p.isSet(prListen)) {
        const auto pr = HostPort::parse(p.value(prListen), true);
        if (!pr || QHostAddress(pr->host).isNull())
            fail(QStringLiteral("--peer-relay-listen expects ip:port, got '%1'").arg(p.value(prListen)));
        o.engine.peerRelay.listenHost = QHostAddress(pr->host);
        o.engine.peerRelay.listenPort = pr->port;
    }
    for (const QString &url : p.values(prBootstrap)) {
        const QUrl u(url);
        if (u.scheme() != QLatin1String("ws") || u.host().isEmpty() || u.port() <= 0)
            fail(QStringLiteral("--peer-relay-bootstrap expects ws://host:port, got '%1'").arg(url));
        o.engine.peerRelay.bootstrap.append(url);
    }
    return o;
}

}  // namespace swarmscope::node
