#pragma once

#include "wire/messages.h"

namespace swarmscope {

struct RelayOptions {
    int maxNextHops = 2;  // neighbours each message is passed to (peer-relay's concurrency)
    int hopLimit = wire::kMaxRelayPath;  // a message whose path is this long is dropped (at most 20)
    bool serveOthers = true;  // relay for other peers, not only send and receive
    int maxMessagesPerSecond = 200;  // relayed per neighbour (0 = no limit)
    qint64 maxBytesPerSecond = 1 << 20;  // relayed payload bytes per neighbour (0 = no limit)
    int seenCapacity = 16384;  // nonces remembered
    qint64 seenTtlMs = 10 * 60 * 1000;
    int maxRoutes = 4096;  // learned reverse hops (sender -> neighbour)
};

}  // namespace swarmscope
