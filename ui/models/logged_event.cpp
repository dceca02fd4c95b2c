#include "logged_event.h"

#include "events/event_json.h"

namespace swarmscope::ui {

namespace {
const QString kEventKey = QStringLiteral("event");
const QString kTimeKey = QStringLiteral("time");
}  // namespace

LoggedEvent LoggedEvent::of(const Event &event)
{
    QJsonObject fields = eventJson(event);
    LoggedEvent logged{event.timeMs, fields.take(kEventKey).toString(), {}};
    fields.remove(kTimeKey);
    logged.fields = std::move(fields);
    return logged;
}

QList<LoggedEvent> LoggedEvent::of(const EventBatch &events)
{
    QList<LoggedEvent> out;
    out.reserve(events.size());
    for (const Event &e : events)
        if (LoggedEvent logged = of(e); !logged.kind.isEmpty())  // a moment another kind of event prints
            out.append(std::move(logged));
    return out;
}

QJsonObject LoggedEvent::toJson() const
{
    QJsonObject o = fields;
    o.insert(kEventKey, kind);
    o.insert(kTimeKey, double(timeMs));
    return o;
}

}  // namespace swarmscope::ui
