// "host:port" as typed in --connect, --listen, the console and the config file: whatever parses
// prints back (IPv6 in brackets) to text that parses to the same host and port.
#include "fuzz_support.h"

#include "engine_config.h"

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const bool anyPort = data[0] & 1;
    const QString text = QString::fromUtf8(fuzz::bytes(data + 1, size - 1));
    const auto parsed = HostPort::parse(text, anyPort);
    if (!parsed)
        return 0;
    FUZZ_CHECK(!parsed->host.isEmpty());
    FUZZ_CHECK(anyPort || parsed->port != 0);
    const QString printed = parsed->toString();
    const auto again = HostPort::parse(printed, anyPort);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->host == parsed->host && again->port == parsed->port);
    FUZZ_CHECK(again->toString() == printed);
    return 0;
}
