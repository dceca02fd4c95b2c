#pragma once

#include <QCoreApplication>
#include <QString>

namespace swarmscope::ui {

// Locale-aware, translated text for sizes, durations and times shown in tables.
class Units final {
    Q_DECLARE_TR_FUNCTIONS(Units)

public:
    static QString bytes(quint64 bytes);
    static QString rate(double bytesPerSecond);
    static QString rtt(qint64 microseconds);  // negative = not measured yet
    static QString timeOfDay(qint64 wallMs);  // local time, seconds precision
    static QString dateTime(qint64 wallMs);  // full local date and time, for tooltips
    static QString age(qint64 wallMs, qint64 nowMs);  // "12 s ago"; empty for 0
    static QString latency(qint64 milliseconds);
    static QString duration(qint64 seconds);  // "45 s", "3 min 20 s", "2 h 5 min"
    static QString shortAddress(const QString &address);
};

}  // namespace swarmscope::ui
