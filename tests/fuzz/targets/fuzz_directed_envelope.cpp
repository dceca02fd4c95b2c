// Directed envelopes (a signed payload sealed to one member). The first byte picks what the rest
// is: the box as received (never opens), the plaintext of a box sealed to us (the outer {p, s}
// map), or a payload p signed by a fixed sender and sealed to us, so the inner schema and the
// recipient and room checks run; what opens is re-sealed and opens to the same fields.
#include "fuzz_support.h"

#include "crypto/sealed_box.h"
#include "wire/directed_envelope.h"

#include <QCborMap>
#include <QCborValue>

#include <fuzzer/FuzzedDataProvider.h>

using namespace swarmscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    const KeyPair &sender = fuzz::fixedKeys(0);
    const KeyPair &us = fuzz::fixedKeys(1);
    const int mode = in.ConsumeIntegralInRange(0, 2);
    wire::Directed envelope;
    envelope.to = us.publicKey.toBytes();
    envelope.room = QByteArray::fromStdString(in.ConsumeBytesAsString(32));
    const QByteArray rest = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());
    if (mode == 0) {
        envelope.box = rest;
    } else if (mode == 1) {
        envelope.box = sealTo(us.publicKey, rest);
    } else {
        const QCborMap outer{{QStringLiteral("p"), rest}, {QStringLiteral("s"), signDetached(sender, rest)}};
        envelope.box = sealTo(us.publicKey, outer.toCborValue().toCbor());
    }
    const auto opened = wire::openDirected(envelope, us);
    if (!opened)
        return 0;
    const wire::DirectedPayload &p = opened->payload;
    FUZZ_CHECK(p.to == us.publicKey && p.room == envelope.room && opened->id.size() == 32);
    if (p.from != sender.publicKey)
        return 0;
    const auto again = wire::openDirected(wire::sealDirected(p, sender), us);
    FUZZ_CHECK(again.ok());
    const wire::DirectedPayload &q = again->payload;
    FUZZ_CHECK(q.room == p.room && q.from == p.from && q.to == p.to && q.seq == p.seq && q.timeMs == p.timeMs
               && q.kind == p.kind && q.body == p.body);
    return 0;
}
