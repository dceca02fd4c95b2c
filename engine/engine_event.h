#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace swarmscope {

// One engine event (connection, seen, message, rejected, ...). The node prints it as one JSON line;
// the GUI's event log shows it. Fields are plain JSON values: no pointers into the engine.
struct EngineEvent {
    qint64 timeMs = 0;  // wall clock
    QString kind;       // "connection", "message", "rejected", ...
    QJsonObject fields;

    QJsonObject toJson() const;  // {"event": kind, "time": ms, ...fields}
};

} // namespace swarmscope

Q_DECLARE_METATYPE(swarmscope::EngineEvent)
