// The CBOR message codec (swarmscope/1): never crashes, and a decoded message re-encodes to bytes
// that decode and encode to the same bytes again; the Data fast path agrees with the general one.
#include "fuzz_support.h"

#include "wire/message_codec.h"

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto decoded = wire::decode(fuzz::bytes(data, size));
    if (!decoded || std::holds_alternative<wire::Unhandled>(*decoded))
        return 0;
    const QByteArray encoded = wire::encode(*decoded);
    const auto again = wire::decode(encoded);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->index() == decoded->index());
    FUZZ_CHECK(wire::encode(*again) == encoded);
    if (const auto *d = std::get_if<wire::Data>(&*decoded)) {
        QByteArray fast;
        wire::appendDataMessage(d->bytes, fast);
        FUZZ_CHECK(fast == encoded);
    }
    return 0;
}
