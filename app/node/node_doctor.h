#pragma once

namespace swarmscope {
struct EngineConfig;
}

namespace swarmscope::node {

// swarmscope-node --doctor: runs the network self-test against the configuration, prints the
// JSON report on stdout and returns 0, or 1 when a check failed. Needs a QCoreApplication.
int runDoctor(const EngineConfig &config);

}  // namespace swarmscope::node
