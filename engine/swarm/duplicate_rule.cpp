#include "swarm/duplicate_rule.h"

#include "swarm/connection.h"

namespace swarmscope {

bool keepFreshStream(const Connection &fresh, const Connection &existing, const PeerId &self, bool keepExisting)
{
    const bool freshRelayed = fresh.path() == ConnectionPath::Relayed;
    const bool existingRelayed = existing.path() == ConnectionPath::Relayed;
    if (freshRelayed != existingRelayed)
        return existingRelayed;
    if (keepExisting)
        return false;
    const PeerId fi = fresh.initiatorKey(self), ei = existing.initiatorKey(self);
    return fi != ei ? fi < ei : fresh.handshakeHash() < existing.handshakeHash();
}

}  // namespace swarmscope
