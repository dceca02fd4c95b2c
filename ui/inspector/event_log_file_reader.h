#pragma once

#include "models/logged_event.h"

#include <QList>
#include <QString>

class QIODevice;

namespace swarmscope::ui {

// Reads an event log exported as JSON lines (one LoggedEvent::toJson object per line) back into
// events. Lines that are not a JSON object with a text "event" are counted and skipped; blank
// lines are ignored. Never throws, never trusts a line's size.
class EventLogFileReader final {
public:
    static constexpr qint64 kMaxLineBytes = 1024 * 1024;
    static constexpr int kMaxEvents = 1000000;

    struct Contents {
        QList<LoggedEvent> events;
        int malformed = 0;  // lines skipped
        int firstMalformedLine = 0;  // 1-based, 0 = none
        bool truncated = false;  // more than kMaxEvents events
    };

    static bool read(QIODevice &device, Contents &out);
    // False with a message if the file cannot be opened.
    static bool readFile(const QString &fileName, Contents &out, QString *error = nullptr);
    // Parses one line; false if it is not an event.
    static bool parseLine(const QByteArray &line, LoggedEvent &event);
};

}  // namespace swarmscope::ui
