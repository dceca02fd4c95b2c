#include "settings_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryFile>

namespace swarmscope::settings_file {

namespace {

const QStringList kYes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on"), QStringLiteral("1")};
const QStringList kNo = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off"), QStringLiteral("0")};

// A quote after a backslash is part of the value, not a delimiter.
bool balancedQuotes(const QString &line)
{
    int quotes = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('\\'))
            ++i;
        else if (line.at(i) == QLatin1Char('"'))
            ++quotes;
    }
    return quotes % 2 == 0;
}

// The key of a "key = value" line, or an empty string for comments, blanks and sections.
QString keyOf(const QString &rawLine)
{
    const QString line = rawLine.trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';'))
        || line.startsWith(QLatin1Char('[')))
        return {};
    const qsizetype equals = line.indexOf(QLatin1Char('='));
    return equals > 0 ? line.left(equals).trimmed() : QString();
}

// One item as QSettings reads it back: quoted when it holds a delimiter or outer spaces.
QString escaped(const QString &value)
{
    static const QString special = QStringLiteral(",;#=\"\\");
    bool quote = value.isEmpty() || value.trimmed() != value;
    for (const QChar c : value)
        quote = quote || special.contains(c);
    QString out = value;
    if (out.startsWith(QLatin1Char('@')))
        out.prepend(QLatin1Char('@'));  // QSettings reads "@..." as a typed value
    if (!quote)
        return out;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

}  // namespace

const QHash<QString, KeyKind> &keys()
{
    // The long options that are settings (--identity, --export-identity, --import-identity,
    // --doctor and --config are actions and stay on the command line).
    static const QHash<QString, KeyKind> keys = {{QStringLiteral("profile"), KeyKind::Value},
                                                 {QStringLiteral("listen"), KeyKind::Value},
                                                 {QStringLiteral("name"), KeyKind::Value},
                                                 {QStringLiteral("join"), KeyKind::List},
                                                 {QStringLiteral("connect"), KeyKind::List},
                                                 {QStringLiteral("lan-interface"), KeyKind::Value},
                                                 {QStringLiteral("lan-port"), KeyKind::Value},
                                                 {QStringLiteral("no-lan"), KeyKind::Flag},
                                                 {QStringLiteral("dht-port"), KeyKind::Value},
                                                 {QStringLiteral("dht-bootstrap"), KeyKind::List},
                                                 {QStringLiteral("no-dht"), KeyKind::Flag},
                                                 {QStringLiteral("max-peers"), KeyKind::Value},
                                                 {QStringLiteral("whitelist"), KeyKind::List},
                                                 {QStringLiteral("heartbeat"), KeyKind::Value},
                                                 {QStringLiteral("relay"), KeyKind::Flag},
                                                 {QStringLiteral("ws-listen"), KeyKind::Value},
                                                 {QStringLiteral("metrics-listen"), KeyKind::Value},
                                                 {QStringLiteral("no-peer-exchange"), KeyKind::Flag},
                                                 {QStringLiteral("peer-relay-listen"), KeyKind::Value},
                                                 {QStringLiteral("peer-relay-bootstrap"), KeyKind::List},
                                                 {QStringLiteral("port-mapping"), KeyKind::Flag},
                                                 {QStringLiteral("no-port-mapping"), KeyKind::Flag},
                                                 {QStringLiteral("relay-node"), KeyKind::List},
                                                 {QStringLiteral("max-inbound-per-ip"), KeyKind::Value},
                                                 {QStringLiteral("max-pending-handshakes"), KeyKind::Value},
                                                 {QStringLiteral("handshakes-per-ip"), KeyKind::Value},
                                                 {QStringLiteral("max-queued-bytes"), KeyKind::Value},
                                                 {QStringLiteral("room-messages-per-peer"), KeyKind::Value},
                                                 {QStringLiteral("rpc-calls-per-peer"), KeyKind::Value},
                                                 {QStringLiteral("max-connections"), KeyKind::Value},
                                                 {QStringLiteral("keep-existing-connections"), KeyKind::Flag},
                                                 {QStringLiteral("discovery-swarm-id"), KeyKind::Value},
                                                 {QStringLiteral("download-dir"), KeyKind::Value},
                                                 {QStringLiteral("max-file-size"), KeyKind::Value},
                                                 {QStringLiteral("bittorrent-port"), KeyKind::Value},
                                                 {QStringLiteral("remember-rooms"), KeyKind::Flag}};
    return keys;
}

QString knownKeys()
{
    QStringList names = keys().keys();
    names.sort();
    return names.join(QStringLiteral(", "));
}

QString pathIn(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("swarmscope.conf"));
}

// QSettings skips lines it cannot parse and takes "#" lines for keys, so the lines are checked
// here first (a typo is an error with its line number) and QSettings reads a copy without the
// comments.
Contents read(const QString &path)
{
    Contents out;
    const auto failed = [&out](const QString &message) {
        out.values.clear();
        out.error = message;
        return out;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return failed(QStringLiteral("cannot read the config file %1: %2").arg(path, file.errorString()));
    QHash<QString, int> seen;
    QByteArray settingsOnly;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (lineNumber == 1 && line.startsWith(QChar(0xfeff)))
            line = line.mid(1).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const QString at = QStringLiteral("%1:%2").arg(path).arg(lineNumber);
        if (line.startsWith(QLatin1Char('['))) {
            if (line != QLatin1String("[General]"))
                return failed(
                    QStringLiteral("%1: sections are not used, write the keys at the top (got '%2')").arg(at, line));
            continue;
        }
        const QString key = keyOf(line);
        if (key.isEmpty())
            return failed(QStringLiteral("%1: expected 'key = value', got '%2'").arg(at, line));
        if (!keys().contains(key))
            return failed(QStringLiteral("%1: unknown key '%2' (known keys: %3)").arg(at, key, knownKeys()));
        if (seen.contains(key))
            return failed(QStringLiteral("%1: '%2' is already set on line %3 (a list is written 'key = a, b')")
                              .arg(at, key)
                              .arg(seen.value(key)));
        if (!balancedQuotes(line))
            return failed(QStringLiteral("%1: unbalanced quote in '%2'").arg(at, line));
        seen.insert(key, lineNumber);
        settingsOnly += line.toUtf8() + '\n';
    }

    QTemporaryFile copy;
    if (!copy.open() || copy.write(settingsOnly) != settingsOnly.size() || !copy.flush())
        return failed(QStringLiteral("cannot read the config file %1: no room for a temporary copy").arg(path));
    const QSettings settings(copy.fileName(), QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return failed(QStringLiteral("%1: not a valid INI file").arg(path));

    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const QString &key = it.key();
        QStringList list;
        for (const QString &v : settings.value(key).toStringList()) {
            if (!v.trimmed().isEmpty())
                list.append(v.trimmed());
        }
        if (list.isEmpty())
            continue;  // "key =" is the same as leaving the key out
        const KeyKind kind = keys().value(key);
        if (kind != KeyKind::List && list.size() > 1)
            return failed(QStringLiteral("%1:%2: %3 takes one value, got '%4'")
                              .arg(path)
                              .arg(it.value())
                              .arg(key, list.join(QStringLiteral(", "))));
        if (kind == KeyKind::Flag) {
            const QString v = list.constFirst().toLower();
            if (!kYes.contains(v) && !kNo.contains(v))
                return failed(QStringLiteral("%1:%2: %3 expects true or false, got '%4'")
                                  .arg(path)
                                  .arg(it.value())
                                  .arg(key, list.constFirst()));
            if (kNo.contains(v)) {
                if (key == QLatin1String("port-mapping"))  // on by default: "false" turns it off
                    out.values.insert(QStringLiteral("no-port-mapping"), {QStringLiteral("true")});
                continue;
            }
        }
        if (key == QLatin1String("profile"))  // relative to the file, like any path in it
            list = {QDir::cleanPath(QFileInfo(path).absoluteDir().absoluteFilePath(list.constFirst()))};
        out.values.insert(key, list);
    }
    return out;
}

Arguments asArguments(const QHash<QString, QStringList> &values,
                      const std::function<bool(const QString &)> &setOnCommandLine, const QSet<QString> &accepted)
{
    // port-mapping and no-port-mapping are one setting: either on the command line replaces both.
    const auto given = [&setOnCommandLine](const QString &key) {
        if (key == QLatin1String("port-mapping") || key == QLatin1String("no-port-mapping"))
            return setOnCommandLine(QStringLiteral("port-mapping"))
                || setOnCommandLine(QStringLiteral("no-port-mapping"));
        return setOnCommandLine(key);
    };
    Arguments out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if ((!accepted.isEmpty() && !accepted.contains(it.key())) || given(it.key()))
            continue;
        out.keys.append(it.key());
        if (keys().value(it.key()) == KeyKind::Flag) {
            out.arguments.append(QStringLiteral("--") + it.key());
            continue;
        }
        for (const QString &v : it.value())
            out.arguments.append(QStringLiteral("--%1=%2").arg(it.key(), v));
    }
    return out;
}

std::optional<QString> write(const QString &path, const QHash<QString, QStringList> &changes)
{
    QStringList lines;
    QFile old(path);
    if (old.exists()) {
        if (!old.open(QIODevice::ReadOnly | QIODevice::Text))
            return QStringLiteral("cannot read %1: %2").arg(path, old.errorString());
        lines = QString::fromUtf8(old.readAll()).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
    }
    const auto lineFor = [&changes](const QString &key) -> QString {
        QStringList items;
        for (const QString &v : changes.value(key))
            items.append(escaped(v));
        return key + QStringLiteral(" = ") + items.join(QStringLiteral(", "));
    };
    QSet<QString> written;
    QStringList out;
    for (const QString &line : std::as_const(lines)) {
        const QString key = keyOf(line);
        if (!changes.contains(key)) {
            out.append(line);
        } else if (!changes.value(key).isEmpty() && !written.contains(key)) {
            out.append(lineFor(key));
            written.insert(key);
        }
    }
    QStringList added = changes.keys();
    added.sort();  // a stable order for new lines
    for (const QString &key : std::as_const(added))
        if (!written.contains(key) && !changes.value(key).isEmpty())
            out.append(lineFor(key));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    const QByteArray bytes = out.isEmpty() ? QByteArray() : out.join(QLatin1Char('\n')).toUtf8() + '\n';
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

}  // namespace swarmscope::settings_file
