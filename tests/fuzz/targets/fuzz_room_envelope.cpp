// Signed room-message envelopes {p, s}. The first byte picks the case: an envelope as received
// (random signature, so the schema check runs) or the rest signed by a fixed identity, so that
// payloads that pass the signature check are opened, re-sealed and opened to the same fields.
#include "fuzz_support.h"

#include "wire/signed_envelope.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    const bool sign = in.ConsumeBool();
    wire::RoomMessage envelope;
    if (sign) {
        envelope.payload = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());
        envelope.signature = signDetached(fuzz::fixedKeys(0), envelope.payload);
    } else {
        envelope.signature = QByteArray::fromStdString(in.ConsumeBytesAsString(64));
        envelope.payload = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());
    }
    const auto opened = wire::openRoomMessage(envelope);
    if (!opened)
        return 0;
    FUZZ_CHECK(wire::messageId(envelope).size() == 32);
    if (opened->from != fuzz::fixedKeys(0).publicKey)
        return 0;  // signed by someone else: cannot be re-sealed here
    const wire::RoomMessage resealed = wire::sealRoomMessage(*opened, fuzz::fixedKeys(0));
    const auto again = wire::openRoomMessage(resealed);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->room == opened->room && again->from == opened->from && again->seq == opened->seq
               && again->timeMs == opened->timeMs && again->kind == opened->kind && again->body == opened->body);
    return 0;
}
