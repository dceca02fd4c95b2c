#include "gui_options.h"

#include "engine_options.h"

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
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       QStringLiteral("Start hidden in the system tray (minimized where there is none)."));
    const EngineOptions shared(EngineOptions::Defaults{.acceptLocalhost = true});
    p.addOption(profile);
    p.addOption(join);
    p.addOption(minimized);
    shared.addTo(p);
    p.process(app);

    if (!p.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument '%1' (see --help)").arg(p.positionalArguments().constFirst()));

    GuiOptions o;
    o.engine.agent = QStringLiteral("swarmscope");
    o.engine.rememberRooms = true;  // the window's rooms stay (docs/USER_GUIDE.md)
    o.minimized = p.isSet(minimized);
    o.engine.profileDir =
        p.isSet(profile)
            ? QDir(p.value(profile)).absolutePath()
            : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("default"));

    if (const auto error = shared.applyNetwork(p, o.engine))
        fail(*error);
    for (const QString &room : p.values(join)) {
        if (room.trimmed().isEmpty())
            fail(QStringLiteral("--join expects a room name"));
        o.rooms.append(room.trimmed());
    }

    // The same LAN and DHT settings as swarmscope-node, including SWARMSCOPE_OFFLINE=1.
    if (const auto error = shared.applyDiscovery(p, o.engine))
        fail(*error);
    if (const auto error = shared.applyReachability(p, o.engine))
        fail(*error);
    return o;
}

} // namespace swarmscope::gui
