#pragma once

#include "core/peer_id.h"

namespace swarmscope {

class Connection;

// Two proven streams to one peer: whether the fresh one is kept and the existing one retired.
// Both ends reach the same answer without talking: a stream of its own beats a relay's circuit;
// otherwise (unless keepExisting) the one dialled by the smaller key stays, and when one side
// dialled both (two addresses of one peer), the one with the smaller handshake hash. Local order
// would not do: the two ends can see the two streams open in opposite orders.
bool keepFreshStream(const Connection &fresh, const Connection &existing, const PeerId &self, bool keepExisting);

}  // namespace swarmscope
