// An event-log file opened for offline browsing (JSON lines): never crashes, counts what it skips,
// and every event it reads, written out again as the node writes it, reads back the same.
#include "fuzz_support.h"

#include "event_log_file_reader.h"

#include <QBuffer>
#include <QJsonDocument>

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = fuzz::copy(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    ui::EventLogFileReader::Contents contents;
    FUZZ_CHECK(ui::EventLogFileReader::read(buffer, contents));
    FUZZ_CHECK(contents.malformed >= 0 && (contents.malformed == 0) == (contents.firstMalformedLine == 0));
    for (const ui::LoggedEvent &event : contents.events) {
        const QByteArray line = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
        ui::LoggedEvent again;
        FUZZ_CHECK(ui::EventLogFileReader::parseLine(line, again));
        FUZZ_CHECK(again.kind == event.kind && again.timeMs == event.timeMs && again.fields == event.fields);
    }
    return 0;
}
