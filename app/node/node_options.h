#pragma once

#include "engine_config.h"

#include <QStringList>

#include <optional>

namespace swarmscope::node {

struct NodeOptions {
    EngineConfig engine;
    QStringList rooms;
    bool printIdentity = false;
    QString exportIdentityTo;  // --export-identity FILE ("-" = standard output)
    QString importIdentityFrom;  // --import-identity FILE ("-" = standard input)
    bool doctor = false;
    std::optional<HostPort> metricsListen;  // --metrics-listen: Prometheus scrapes at /metrics
};

// Parses the command line and the --config file, if given; the command line wins over the file
// (exits with a message for --help, --version and errors, status 2 for errors).
NodeOptions parseOptions(const QStringList &arguments);

}  // namespace swarmscope::node
