// base58 and base58check: text that decodes encodes back to the same text (when canonical, i.e.
// when encoding the bytes gives the text back), and every byte string up to the limit round-trips.
#include "fuzz_support.h"

#include "crypto/base58.h"

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray raw = fuzz::copy(data, size);
    // The bytes as a value.
    const QString text = base58Encode(raw);
    FUZZ_CHECK(!text.isEmpty() || raw.isEmpty());
    const auto back = base58Decode(text);
    FUZZ_CHECK(back && *back == raw);
    const auto checked = base58CheckDecode(base58CheckEncode(raw));
    FUZZ_CHECK(checked && *checked == raw);
    // The bytes as text someone typed.
    const QString typed = QString::fromLatin1(raw);
    if (const auto decoded = base58Decode(typed)) {
        FUZZ_CHECK(base58Encode(*decoded) == typed);
        base58CheckDecode(typed);
    }
    return 0;
}
