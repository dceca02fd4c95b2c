#pragma once

#include "files/file_transfer_options.h"

#include <QString>
#include <QStringList>

namespace swarmscope::ui {

// What the Preferences window edits, as plain values. The engine part is the profile's settings
// file (keys shared with swarmscope-node) and is read when the application starts; the window
// part lives in the window's QSettings and applies at once.
struct EnginePreferences {
    QString name;  // display name peers see; empty = none
    QString listenHost = QStringLiteral("0.0.0.0");
    int listenPort = 0;  // 0 = any free port
    bool lan = true;
    QString lanInterface;  // empty = all
    bool dht = true;
    QStringList dhtBootstrap;  // host:port; empty = the public routers
    bool portMapping = true;
    QStringList relayNodes;  // host:port
    bool actAsRelay = false;
    QString downloadDir;  // empty = downloads in the profile
    qint64 maxFileSize = FileTransferOptions().maxFileSize;

    bool operator==(const EnginePreferences &) const = default;
    // Whether going from this to next needs a restart (everything but the files settings).
    bool needsRestartFor(const EnginePreferences &next) const;
};

struct WindowPreferences {
    enum class Theme { System, Light, Dark };
    enum class Notify { Always, Mentions, Never };  // for rooms without a choice of their own

    bool notifications = true;
    Notify notifyRooms = Notify::Always;
    QString nickname;  // counts as a mention, like our address
    Theme theme = Theme::System;
    QString language;  // "de", "fr", ...; empty = the system's

    bool operator==(const WindowPreferences &) const = default;
};

struct Preferences {
    EnginePreferences engine;
    WindowPreferences window;
};

}  // namespace swarmscope::ui
