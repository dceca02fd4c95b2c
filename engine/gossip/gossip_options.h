#pragma once

#include <QtGlobal>

namespace swarmscope {

struct GossipOptions {
    int fanout = 6;  // neighbours each request is passed on to
    int seenCapacity = 8192;  // request and reply ids remembered for loop busting
    qint64 seenTtlMs = 10 * 60 * 1000;
    int maxRoutes = 8192;  // request id -> neighbour it came from (reverse path)
    int maxRequestsPerSecond = 200;  // per neighbour, announces taken in (0 = no limit)
};

}  // namespace swarmscope
