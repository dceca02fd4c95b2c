#include "event_log_file_reader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace swarmscope::ui {

bool EventLogFileReader::parseLine(const QByteArray &line, LoggedEvent &event)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    QJsonObject object = doc.object();
    const QJsonValue kind = object.value(QStringLiteral("event"));
    if (!kind.isString() || kind.toString().isEmpty())
        return false;
    const QJsonValue time = object.value(QStringLiteral("time"));
    // A time outside what an integer of milliseconds holds is no event time (and would overflow).
    if (!time.isUndefined() && (!time.isDouble() || !(std::abs(time.toDouble()) < 9.0e18)))
        return false;
    event.kind = kind.toString();
    event.timeMs = qint64(time.toDouble());
    object.remove(QStringLiteral("event"));
    object.remove(QStringLiteral("time"));
    event.fields = object;
    return true;
}

bool EventLogFileReader::read(QIODevice &device, Contents &out)
{
    out = {};
    int lineNumber = 0;
    while (!device.atEnd()) {
        QByteArray line = device.readLine(kMaxLineBytes);
        ++lineNumber;
        bool tooLong = false;
        if (!line.endsWith('\n') && !device.atEnd()) {
            // Longer than the cap: skip the rest of it.
            tooLong = true;
            while (!device.atEnd()) {
                const QByteArray rest = device.readLine(kMaxLineBytes);
                if (rest.isEmpty() || rest.endsWith('\n'))
                    break;
            }
        }
        line = line.trimmed();
        if (line.isEmpty() && !tooLong)
            continue;
        LoggedEvent event;
        if (tooLong || !parseLine(line, event)) {
            ++out.malformed;
            if (out.firstMalformedLine == 0)
                out.firstMalformedLine = lineNumber;
            continue;
        }
        if (out.events.size() >= kMaxEvents) {
            out.truncated = true;
            break;
        }
        out.events.append(std::move(event));
    }
    return true;
}

bool EventLogFileReader::readFile(const QString &fileName, Contents &out, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return read(file, out);
}

}  // namespace swarmscope::ui
