#pragma once

#include "engine_config.h"

#include <QStringList>

namespace swarmscope::gui {

struct GuiOptions {
    EngineConfig engine;
    QStringList rooms;  // --join, in the order given
    bool minimized = false;  // --minimized: start in the tray (or minimized without one)
    QString settingsFile;  // the profile's swarmscope.conf, which Preferences edits
};

// Parses the GUI's command line (arguments[0] is the program) onto an EngineConfig, after the
// settings in the profile's swarmscope.conf: what the command line gives itself wins. --help and
// --version print and exit(0); bad values print a message and exit(2).
GuiOptions parseOptions(const QStringList &arguments);

}  // namespace swarmscope::gui
