// Bencode decoder: never crashes, and whatever decodes re-encodes to bytes that decode to the same value.
#include "fuzz_support.h"

#include "dht/bencode.h"

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto decoded = BencodeValue::decode(fuzz::bytes(data, size));
    if (!decoded) {
        FUZZ_CHECK(!BencodeValue::reason(decoded.error()).isEmpty());
        return 0;
    }
    const QByteArray encoded = decoded->encode();
    FUZZ_CHECK(encoded.size() <= qsizetype(size));
    const auto again = BencodeValue::decode(encoded);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == *decoded);
    FUZZ_CHECK(again->encode() == encoded);
    return 0;
}
