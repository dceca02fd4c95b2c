// Noise XX handshake messages as the responder reads them: the input is the initiator's
// messages 1 and 3: message 1, message 3, then the length of message 1 (16-bit little-endian).
// Ephemeral keys are fixed, so a real transcript (in the seeds) completes and its mutations reach
// every check of message 3.
#include "fuzz_support.h"

#include "crypto/noise_xx.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    NoiseXX responder(false, fuzz::fixedKeys(1));
    responder.setEphemeralSeed(fuzz::ephemeralSeed(false));
    const auto first = in.ConsumeIntegral<std::uint16_t>();
    const QByteArray message1 = QByteArray::fromStdString(in.ConsumeBytesAsString(first));
    const QByteArray message3 = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());
    QByteArray payload;
    if (!responder.readMessage(message1, &payload)) {
        FUZZ_CHECK(responder.failed());
        QByteArray out;
        FUZZ_CHECK(!responder.writeMessage(out).ok() && out.isEmpty());
        return 0;
    }
    QByteArray message2;
    if (!responder.writeMessage(message2)) {
        // An ephemeral key that is no valid point fails the ee step here; the failure is final.
        FUZZ_CHECK(responder.failed() && message2.isEmpty());
        return 0;
    }
    if (!responder.readMessage(message3, &payload)) {
        FUZZ_CHECK(responder.failed() && !responder.complete());
        return 0;
    }
    FUZZ_CHECK(responder.complete());
    FUZZ_CHECK(responder.remoteStatic() == fuzz::fixedKeys(0).publicKey);  // only the real transcript gets here
    return 0;
}
