#pragma once

#include "core/peer_id.h"
#include "core/result.h"
#include "crypto/key_pair.h"
#include "wire/messages.h"

namespace swarmscope::wire {

// The signed payload of a room message (docs/PROTOCOL.md, "Messages"): {room, from, seq, time_ms, kind, body}.
struct RoomPayload {
    QByteArray room;  // the room's 32-byte topic, so a message cannot be replayed into another room
    PeerId from;
    quint64 seq = 0;
    qint64 timeMs = 0;
    QString kind = QStringLiteral("text");
    QByteArray body;  // UTF-8 text for kind "text"
};

constexpr qsizetype kMaxBodyBytes = 64 * 1024;

// Encodes and signs a payload; the message id is BLAKE2b-256 of p.
RoomMessage sealRoomMessage(const RoomPayload &payload, const KeyPair &keys);
// Checks the schema of p, then that s is the signature of p by p.from.
Result<RoomPayload> openRoomMessage(const RoomMessage &envelope);
QByteArray messageId(const RoomMessage &envelope);

}  // namespace swarmscope::wire
