#pragma once

#include "engine_config.h"

#include <QStringList>

namespace swarmscope::node {

struct NodeOptions {
    EngineConfig engine;
    QStringList rooms;
    bool printIdentity = false;
};

// Parses the command line (exits with a message for --help, --version and errors).
NodeOptions parseOptions(const QStringList &arguments);


} // namespace swarmscope::node
