#pragma once

#include "events/events.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace swarmscope::ui {

// One row of the event log: an engine event as the serializer writes it (the export format, so
// the filter language sees the documented field names), or a line read back from an exported file.
struct LoggedEvent {
    qint64 timeMs = 0;
    QString kind;  // the event's JSON name
    QJsonObject fields;  // every field but "event" and "time"

    static LoggedEvent of(const Event &event);
    static QList<LoggedEvent> of(const EventBatch &events);
    QJsonObject toJson() const;  // {"event": kind, "time": ms, ...fields}
};

}  // namespace swarmscope::ui
