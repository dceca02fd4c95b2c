#pragma once

#include "node_options.h"

#include <optional>

namespace swarmscope::node {

// The identity actions of the command line (--identity, --export-identity, --import-identity):
// each runs alone, prints one JSON line, and the process exits with the returned status.
// Returns nothing when no identity action was asked for.
std::optional<int> runIdentityAction(const NodeOptions &options);

}  // namespace swarmscope::node
