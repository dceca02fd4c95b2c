#include "gui_options.h"

#include "engine_options.h"
#include "settings_file.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

namespace swarmscope::gui {

namespace {

// The keys of the settings file that came in front of the command line, so that an error about
// one of them names the file.
struct FileOrigin {
    QString path;
    QStringList keys;
};

[[noreturn]] void fail(const QString &message, const FileOrigin &origin = {})
{
    QString text = message;
    for (const QString &key : origin.keys)
        if (message.startsWith(QStringLiteral("--%1 ").arg(key)))
            text += QStringLiteral(" (set in %1)").arg(origin.path);
    std::fprintf(stderr, "swarmscope: %s\n", qPrintable(text));
    std::exit(2);
}

QString defaultProfileDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("default"));
}

// The profile's settings file goes in front of the command line as if typed there (the keys this
// window has options for; the node's others are left to the node).
QStringList withSettingsFile(QCommandLineParser &parser, const QStringList &arguments, const QSet<QString> &accepted,
                             FileOrigin &origin)
{
    if (!parser.parse(arguments))
        return arguments;  // process() reports it
    const QString profile =
        parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile")) : defaultProfileDir();
    origin.path = settings_file::pathIn(QDir(profile).absolutePath());
    if (!QFileInfo::exists(origin.path))
        return arguments;
    const settings_file::Contents file = settings_file::read(origin.path);
    if (!file.error.isEmpty())
        fail(file.error);
    const settings_file::Arguments fromFile = settings_file::asArguments(
        file.values, [&parser](const QString &key) { return parser.isSet(key); }, accepted);
    origin.keys = fromFile.keys;
    return arguments.mid(0, 1) + fromFile.arguments + arguments.mid(1);
}

}  // namespace

GuiOptions parseOptions(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Swarmscope: peer-to-peer chat rooms and a live view of the swarm behind them."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QStringLiteral("Profile directory: identity, settings and window layout (default: %1).")
            .arg(QDir::toNativeSeparators(defaultProfileDir())),
        QStringLiteral("dir"));
    const QCommandLineOption join(QStringLiteral("join"), QStringLiteral("Join a room at start (repeatable)."),
                                  QStringLiteral("room"));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QStringLiteral("Start hidden in the system tray (minimized where there is none)."));
    const EngineOptions shared(EngineOptions::Defaults{.acceptLocalhost = true});
    p.addOption(profile);
    p.addOption(join);
    p.addOption(minimized);
    shared.addTo(p);
    QSet<QString> accepted = {join.names().constFirst()};  // the profile's own file cannot move it
    for (const QCommandLineOption &option : shared.all())
        accepted.insert(option.names().constFirst());
    FileOrigin origin;
    p.process(withSettingsFile(p, arguments, accepted, origin));
    const auto failHere = [&origin](const QString &message) { fail(message, origin); };

    if (!p.positionalArguments().isEmpty())
        fail(QStringLiteral("unexpected argument '%1' (see --help)").arg(p.positionalArguments().constFirst()));

    GuiOptions o;
    o.engine.agent = QStringLiteral("swarmscope");
    o.engine.rememberRooms = true;  // the window's rooms stay (docs/USER_GUIDE.md)
    o.minimized = p.isSet(minimized);
    o.engine.profileDir = QDir(p.isSet(profile) ? p.value(profile) : defaultProfileDir()).absolutePath();
    o.settingsFile = settings_file::pathIn(o.engine.profileDir);

    if (const auto error = shared.applyNetwork(p, o.engine))
        failHere(*error);
    if (const auto error = shared.applyProfile(p, o.engine))
        failHere(*error);
    for (const QString &room : p.values(join)) {
        if (room.trimmed().isEmpty())
            failHere(QStringLiteral("--join expects a room name"));
        o.rooms.append(room.trimmed());
    }

    // The same LAN and DHT settings as swarmscope-node, including SWARMSCOPE_OFFLINE=1.
    if (const auto error = shared.applyDiscovery(p, o.engine))
        failHere(*error);
    if (const auto error = shared.applyReachability(p, o.engine))
        failHere(*error);
    return o;
}

}  // namespace swarmscope::gui
