// The secret-stream frame reader. The first byte picks the case:
//  0/1  a stranger's bytes, in chunks of fuzzed sizes, to a fresh responder / initiator
//       (a small frame limit, so oversized frames are refused too);
//  2    a real channel between two streams, then fuzzed messages sealed by one side, with up to
//       three fuzzed byte flips, fed to the other in fuzzed chunks: what arrives must be exactly
//       the messages sent (no flips) or a prefix of them (flips), never anything else.
#include "fuzz_support.h"

#include "crypto/secret_stream.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace swarmscope;

namespace {

QByteArray chunk(FuzzedDataProvider &in, qsizetype maxSize)
{
    const auto n = in.ConsumeIntegralInRange<std::size_t>(1, std::size_t(maxSize));
    return QByteArray::fromStdString(in.ConsumeBytesAsString(n));
}

void stranger(FuzzedDataProvider &in, bool initiator)
{
    SecretStream s(initiator, fuzz::fixedKeys(1), 4096);
    s.start();
    while (in.remaining_bytes() > 0) {
        SecretStreamOutput out;
        const Status st = s.feed(chunk(in, 512), out);
        if (!st) {
            SecretStreamOutput later;
            FUZZ_CHECK(s.feed(QByteArrayView("x"), later).error().code == st.error().code);
            FUZZ_CHECK(later.messages.isEmpty() && later.toSend.isEmpty());
            return;
        }
    }
}

void channel(FuzzedDataProvider &in)
{
    SecretStream a(true, fuzz::fixedKeys(0));
    SecretStream b(false, fuzz::fixedKeys(1));
    SecretStream *sender = &a;
    SecretStream *receiver = &b;
    QByteArray bytes = a.start();
    for (int turns = 0; !bytes.isEmpty() && turns < 8; ++turns) {
        SecretStreamOutput out;
        FUZZ_CHECK(receiver->feed(bytes, out).ok());
        bytes = out.toSend;
        std::swap(sender, receiver);
    }
    FUZZ_CHECK(a.established() && b.established());

    QList<QByteArray> sent;
    QByteArray stream;
    const int count = in.ConsumeIntegralInRange(0, 8);
    for (int i = 0; i < count; ++i) {
        sent.append(chunk(in, 300));
        a.sealInto(sent.constLast(), stream);
    }
    const int flips = stream.isEmpty() ? 0 : in.ConsumeIntegralInRange(0, 3);
    for (int i = 0; i < flips; ++i) {
        const auto at = in.ConsumeIntegralInRange<qsizetype>(0, stream.size() - 1);
        stream[at] = char(stream[at] ^ std::max<std::uint8_t>(1, in.ConsumeIntegral<std::uint8_t>()));
    }
    QList<QByteArray> received;
    bool failed = false;
    for (qsizetype at = 0; at < stream.size() && !failed;) {
        const auto n = std::min<qsizetype>(stream.size() - at, in.ConsumeIntegralInRange<qsizetype>(1, 200));
        SecretStreamOutput out;
        failed = !b.feed(QByteArrayView(stream).sliced(at, n), out).ok();
        received += out.messages;
        at += n;
    }
    FUZZ_CHECK(received.size() <= sent.size());
    for (qsizetype i = 0; i < received.size(); ++i)
        FUZZ_CHECK(received[i] == sent[i]);
    if (flips == 0)
        FUZZ_CHECK(!failed && received == sent);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    const int mode = in.ConsumeIntegralInRange(0, 2);
    if (mode == 2)
        channel(in);
    else
        stranger(in, mode == 1);
    return 0;
}
