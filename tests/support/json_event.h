#pragma once

#include "events/event_json.h"

#include <QJsonObject>
#include <QString>

namespace swarmscope::test {

// An event as the node prints it (its first line): for tests that check the public fields.
struct JsonEvent {
    QString kind;
    QJsonObject fields;

    static JsonEvent of(const Event &event)
    {
        QJsonObject o = eventJson(event);
        return {o.value(QStringLiteral("event")).toString(), o};
    }
};

}  // namespace swarmscope::test
