// The event log's filter expression: any text parses or gives an error with a position inside it
// (and a description), and a parsed filter matches events without crashing. The input is the
// filter text, a newline, then a JSON object used as the event's fields.
#include "fuzz_support.h"

#include "event_filter_expression.h"

#include <QJsonDocument>

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::app();
    const QByteArray input = fuzz::copy(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString text = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    ui::EventFilterExpression filter;
    if (const auto error = ui::EventFilterExpression::parse(text, filter)) {
        FUZZ_CHECK(error->position >= 0 && error->position <= text.size());
        FUZZ_CHECK(!ui::EventFilterExpression::describe(*error).isEmpty());
        FUZZ_CHECK(filter.isEmpty());
        return 0;
    }
    ui::LoggedEvent event;
    event.kind = QStringLiteral("rpc");
    event.timeMs = 1700000000000;
    if (newline >= 0)
        event.fields = QJsonDocument::fromJson(input.mid(newline + 1)).object();
    filter.matches(event);
    return 0;
}
