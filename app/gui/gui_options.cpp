#include "gui_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

namespace swarmscope::gui {

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "swarmscope: %s\n", qPrintable(message));
    std::exit(2);
}

} // namespace

GuiOptions parseOptions(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Swarmscope: peer-to-peer chat rooms and a live view of the swarm behind them."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QStringLiteral("Profile directory: identity, settings and window layout (default: %1).")
            .arg(QDir::toNativeSeparators(
                QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("default")))),
        QStringLiteral("dir"));
    const QCommandLineOption join(QStringLiteral("join"), QStringLiteral("Join a room at start (repeatable)."),
                                  QStringLiteral("room"));
    const QCommandLineOption connectTo(QStringLiteral("connect"),
                                       QStringLiteral("Connect to a peer and stay connected (repeatable)."),
                                       QStringLiteral("host:port"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("TCP address to listen on; port 0 picks a free port."),
                                    QStringLiteral("host:port"), QStringLiteral("0.0.0.0:0"));
    const QCommandLineOption lanIf(QStringLiteral("lan-interface"),
                                   QStringLiteral("Network interface for LAN discovery (default: all)."),
                                   QStringLiteral("name"));
    const QCommandLineOption lanPort(QStringLiteral("lan-port"),
                                     QStringLiteral("UDP port for LAN discovery (default 5353)."), QStringLiteral("port"),
                                     QStringLiteral("5353"));
    const QCommandLineOption noLan(QStringLiteral("no-lan"), QStringLiteral("Disable LAN discovery."));
    p.addOptions({profile, join, connectTo, listen, lanIf, lanPort, noLan});
    p.process(app);

    if (!p.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument '%1' (see --help)").arg(p.positionalArguments().constFirst()));

    GuiOptions o;
    o.engine.agent = QStringLiteral("swarmscope");
    o.engine.profileDir =
        p.isSet(profile)
            ? QDir(p.value(profile)).absolutePath()
            : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("default"));

    const std::optional<HostPort> listenAt = HostPort::parse(p.value(listen), true);
    if (!listenAt)
        fail(QStringLiteral("--listen expects host:port, got '%1'").arg(p.value(listen)));
    o.engine.listenHost = listenAt->host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                                       : QHostAddress(listenAt->host);
    if (o.engine.listenHost.isNull())
        fail(QStringLiteral("--listen host must be an IP address, got '%1'").arg(listenAt->host));
    o.engine.listenPort = listenAt->port;

    for (const QString &c : p.values(connectTo)) {
        const std::optional<HostPort> target = HostPort::parse(c);
        if (!target)
            fail(QStringLiteral("--connect expects host:port, got '%1'").arg(c));
        o.engine.connectTo.append(*target);
    }
    for (const QString &room : p.values(join)) {
        if (room.trimmed().isEmpty())
            fail(QStringLiteral("--join expects a room name"));
        o.rooms.append(room.trimmed());
    }

    bool ok = false;
    const uint port = p.value(lanPort).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        fail(QStringLiteral("--lan-port expects a port number, got '%1'").arg(p.value(lanPort)));
    o.engine.lan.port = quint16(port);
    o.engine.lan.interfaceName = p.value(lanIf);
    o.engine.lan.enabled = !p.isSet(noLan);
    // Keeps a whole run on this machine (tests, screenshots): LAN discovery only on loopback.
    if (qEnvironmentVariableIntValue("SWARMSCOPE_OFFLINE") == 1)
        o.engine.lan.interfaceName = QStringLiteral("lo");
    return o;
}

} // namespace swarmscope::gui
