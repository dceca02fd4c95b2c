#include "engine_event.h"

namespace swarmscope {

QJsonObject EngineEvent::toJson() const
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("event"), kind);
    o.insert(QStringLiteral("time"), double(timeMs));
    return o;
}

} // namespace swarmscope
