#pragma once

#include "core/result.h"
#include "wire/messages.h"

namespace swarmscope::wire {

// CBOR (RFC 8949) encoding of swarmscope/1 messages: one map with an integer "t" per
// secretstream message. decode() checks length, then schema; it never touches engine state.
QByteArray encode(const Message &message);
// Unknown type numbers decode to Unhandled with ErrorCode::UnknownType in the result's error
// so callers can count them; malformed input returns ErrorCode::MalformedMessage.
Result<Message> decode(QByteArrayView bytes);
// The same for a buffer the caller gives up: a file chunk's data keeps sharing it instead of
// being copied out (wire/file_chunk_codec.h).
Result<Message> decodeOwned(QByteArray bytes);

// Fast path for bulk data: the encoding of Data{bytes} without building a CBOR tree.
void appendDataMessage(QByteArrayView bytes, QByteArray &out);

}  // namespace swarmscope::wire
