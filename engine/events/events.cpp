#include "events.h"

namespace swarmscope {

void registerEventTypes()
{
    qRegisterMetaType<Event>();
    qRegisterMetaType<EventBatch>();
    qRegisterMetaType<RpcResponse>();
    qRegisterMetaType<GossipRequest>();
}

} // namespace swarmscope
