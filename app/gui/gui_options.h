#pragma once

#include "engine_config.h"

#include <QStringList>

class QCoreApplication;

namespace swarmscope::gui {

struct GuiOptions {
    EngineConfig engine;
    QStringList rooms;  // --join, in the order given
    bool minimized = false;  // --minimized: start in the tray (or minimized without one)
};

// Parses the GUI's command line onto an EngineConfig. --help and --version print and exit(0);
// bad values print a message and exit(2).
GuiOptions parseOptions(const QCoreApplication &app);

} // namespace swarmscope::gui
