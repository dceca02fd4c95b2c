#include "settings_file_store.h"

#include "events/event_types.h"
#include "settings_file.h"

#include <QDir>
#include <QFileInfo>

namespace swarmscope::gui {

namespace {

using Values = QHash<QString, QStringList>;

QString first(const Values &values, const QString &key)
{
    return values.value(key).value(0);
}

QStringList flag(bool on)
{
    return on ? QStringList{QStringLiteral("true")} : QStringList{};
}

QStringList value(const QString &text)
{
    return text.isEmpty() ? QStringList{} : QStringList{text};
}

// The file's lines for each setting; a default is written as no line at all.
Values linesFor(const ui::EnginePreferences &p)
{
    const ui::EnginePreferences defaults;
    Values v;
    v.insert(QStringLiteral("name"), value(p.name));
    const bool defaultListen = p.listenHost == defaults.listenHost && p.listenPort == 0;
    v.insert(QStringLiteral("listen"),
             defaultListen ? QStringList{} : QStringList{HostPort{p.listenHost, quint16(p.listenPort)}.toString()});
    v.insert(QStringLiteral("no-lan"), flag(!p.lan));
    v.insert(QStringLiteral("lan-interface"), value(p.lanInterface));
    v.insert(QStringLiteral("no-dht"), flag(!p.dht));
    v.insert(QStringLiteral("dht-bootstrap"), p.dhtBootstrap);
    // Mapping is on unless turned off; "port-mapping = false" says so in the node's own words.
    v.insert(QStringLiteral("port-mapping"), p.portMapping ? QStringList{} : QStringList{QStringLiteral("false")});
    v.insert(QStringLiteral("no-port-mapping"), {});
    v.insert(QStringLiteral("relay-node"), p.relayNodes);
    v.insert(QStringLiteral("relay"), flag(p.actAsRelay));
    v.insert(QStringLiteral("download-dir"), value(p.downloadDir));
    v.insert(QStringLiteral("max-file-size"),
             p.maxFileSize == defaults.maxFileSize ? QStringList{} : QStringList{QString::number(p.maxFileSize)});
    return v;
}

}  // namespace

SettingsFileStore::SettingsFileStore(QString path) : m_path(std::move(path))
{}

QString SettingsFileStore::location() const
{
    return QDir::toNativeSeparators(m_path);
}

std::optional<QString> SettingsFileStore::load(ui::EnginePreferences &into) const
{
    if (!QFileInfo::exists(m_path)) {
        into = {};
        return std::nullopt;
    }
    const settings_file::Contents file = settings_file::read(m_path);
    if (!file.error.isEmpty())
        return file.error;
    const Values &v = file.values;
    ui::EnginePreferences p;
    p.name = first(v, QStringLiteral("name"));
    if (v.contains(QStringLiteral("listen"))) {
        const std::optional<HostPort> listen = HostPort::parse(first(v, QStringLiteral("listen")), true);
        if (!listen)
            return QStringLiteral("%1: listen expects host:port, got '%2'")
                .arg(m_path, first(v, QStringLiteral("listen")));
        p.listenHost = listen->host;
        p.listenPort = listen->port;
    }
    p.lan = !v.contains(QStringLiteral("no-lan"));
    p.lanInterface = first(v, QStringLiteral("lan-interface"));
    p.dht = !v.contains(QStringLiteral("no-dht"));
    p.dhtBootstrap = v.value(QStringLiteral("dht-bootstrap"));
    p.portMapping = !v.contains(QStringLiteral("no-port-mapping"));
    p.relayNodes = v.value(QStringLiteral("relay-node"));
    p.actAsRelay = v.contains(QStringLiteral("relay"));
    p.downloadDir = first(v, QStringLiteral("download-dir"));
    if (v.contains(QStringLiteral("max-file-size"))) {
        bool ok = false;
        p.maxFileSize = first(v, QStringLiteral("max-file-size")).toLongLong(&ok);
        if (!ok || p.maxFileSize < 0)
            return QStringLiteral("%1: max-file-size expects a number of bytes, got '%2'")
                .arg(m_path, first(v, QStringLiteral("max-file-size")));
    }
    into = p;
    return std::nullopt;
}

std::optional<QString> SettingsFileStore::save(const ui::EnginePreferences &preferences)
{
    ui::EnginePreferences before;
    if (auto problem = load(before))
        return problem;
    // Only what changed, so that a hand-written line for an unchanged setting stays as written.
    const Values was = linesFor(before), now = linesFor(preferences);
    Values changes;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (it.value() != was.value(it.key()))
            changes.insert(it.key(), it.value());
    if (changes.contains(QStringLiteral("port-mapping")))
        changes.insert(QStringLiteral("no-port-mapping"), {});  // one setting, said one way
    if (changes.isEmpty())
        return std::nullopt;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return QStringLiteral("cannot create the folder of %1").arg(m_path);
    return settings_file::write(m_path, changes);
}

}  // namespace swarmscope::gui
