#include "core/world.h"

#include "core/clock.h"
#include "core/random.h"
#include "nat/port_mapping_backend.h"
#include "transport/udp_datagram.h"

namespace swarmscope {

RealParts::RealParts() = default;
RealParts::~RealParts() = default;

World completeWorld(World world, RealParts &parts)
{
    if (!world.clock) {
        parts.clock = std::make_unique<SystemClock>();
        world.clock = parts.clock.get();
    }
    if (!world.random) {
        parts.random = std::make_unique<Random>(Random::fromSystem());
        world.random = parts.random.get();
    }
    if (!world.portMapping) {
        parts.portMapping = std::make_unique<RouterPortMapping>();
        world.portMapping = parts.portMapping.get();
    }
    parts.datagrams.reset(world.datagrams ? world.datagrams : new UdpDatagramFactory);
    parts.datagrams->setParent(nullptr);
    world.datagrams = parts.datagrams.get();
    return world;
}

}  // namespace swarmscope
