#include "events.h"

namespace swarmscope {

EventPayload::EventPayload() = default;
EventPayload::EventPayload(std::monostate none) : m_value(none)
{}
#define SWARMSCOPE_EVENT_CONSTRUCTOR(T)                                                                                \
    EventPayload::EventPayload(T &&value) : m_value(std::in_place_type<T>, std::move(value))                           \
    {}                                                                                                                 \
    EventPayload::EventPayload(const T &value) : m_value(std::in_place_type<T>, value)                                 \
    {}
SWARMSCOPE_EVENT_KINDS(SWARMSCOPE_EVENT_CONSTRUCTOR)
#undef SWARMSCOPE_EVENT_CONSTRUCTOR
EventPayload::EventPayload(const EventPayload &other) = default;
EventPayload::EventPayload(EventPayload &&other) noexcept = default;
EventPayload &EventPayload::operator=(const EventPayload &other) = default;
EventPayload &EventPayload::operator=(EventPayload &&other) noexcept = default;
EventPayload::~EventPayload() = default;

void registerEventTypes()
{
    qRegisterMetaType<Event>();
    qRegisterMetaType<EventBatch>();
    qRegisterMetaType<RpcResponse>();
    qRegisterMetaType<GossipRequest>();
}

}  // namespace swarmscope
