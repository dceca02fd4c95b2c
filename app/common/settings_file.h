#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace swarmscope::settings_file {

// The settings file both executables read: INI, one "key = value" per line, whose keys are
// swarmscope-node's long options (listen, name, lan-interface, dht-bootstrap, ...). The node reads
// it with --config FILE or from its profile; the window reads <profile>/swarmscope.conf at start
// and its Preferences write it. Lists are comma-separated, flags "true" or "false".
enum class KeyKind { Value, List, Flag };

const QHash<QString, KeyKind> &keys();
QString knownKeys();  // sorted, comma-separated, for error messages

// The file in a profile directory.
QString pathIn(const QString &profileDir);

struct Contents {
    QHash<QString, QStringList> values;  // "key =" lines and "false" flags are left out
    QString error;  // names the file and line; empty when read
};

// Reads and checks the file (unknown keys, sections, keys set twice, bad flags and quotes are
// errors). A "false" port-mapping becomes no-port-mapping, as on the command line.
Contents read(const QString &path);

struct Arguments {
    QStringList arguments;  // "--key=value" and "--flag", to go in front of the command line
    QStringList keys;  // the keys they came from
};

// The file's values as command-line arguments, leaving out the keys the command line sets itself
// (setOnCommandLine answers for a key) and those not in accepted (empty = all).
Arguments asArguments(const QHash<QString, QStringList> &values,
                      const std::function<bool(const QString &)> &setOnCommandLine, const QSet<QString> &accepted = {});

// Updates the file in place: each key in changes gets its new line (an empty list removes it),
// every other line (comments, keys not changed) stays as it was. Written atomically; answers an
// error message, or nothing.
std::optional<QString> write(const QString &path, const QHash<QString, QStringList> &changes);

}  // namespace swarmscope::settings_file
