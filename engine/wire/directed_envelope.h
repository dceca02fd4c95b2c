#pragma once

#include "core/peer_id.h"
#include "core/result.h"
#include "crypto/key_pair.h"
#include "wire/messages.h"

namespace swarmscope::wire {

// What travels inside a Directed box: signed by `from`, addressed to `to`, bound to one room.
struct DirectedPayload {
    QByteArray room;
    PeerId from;
    PeerId to;
    quint64 seq = 0;
    qint64 timeMs = 0;
    QString kind;  // "dm", "ack", "rpc-call", "rpc-result", "rpc-error"
    QByteArray body;
};

Directed sealDirected(const DirectedPayload &payload, const KeyPair &sender);
// Opens with our key, checks the schema, the signature by payload.from, that it is for us and that
// the room inside matches the envelope. The message id is BLAKE2b-256 of the signed payload.
struct OpenedDirected {
    DirectedPayload payload;
    QByteArray id;
};
Result<OpenedDirected> openDirected(const Directed &envelope, const KeyPair &recipient);

}  // namespace swarmscope::wire
