// Noise XX handshake message 2 as the initiator reads it. Ephemeral keys are fixed, so the
// responder's real message 2 (in the seeds) completes and its mutations reach every check.
#include "fuzz_support.h"

#include "crypto/noise_xx.h"

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    NoiseXX initiator(true, fuzz::fixedKeys(0));
    initiator.setEphemeralSeed(fuzz::ephemeralSeed(true));
    QByteArray message1;
    FUZZ_CHECK(initiator.writeMessage(message1).ok());
    QByteArray payload;
    if (!initiator.readMessage(fuzz::bytes(data, size), &payload)) {
        FUZZ_CHECK(initiator.failed());
        return 0;
    }
    QByteArray message3;
    FUZZ_CHECK(initiator.writeMessage(message3).ok());
    FUZZ_CHECK(initiator.complete());
    return 0;
}
