#pragma once

#include "wire/messages.h"

#include <QByteArray>

#include <optional>

namespace swarmscope::wire {

// File chunks are the bulk of a transfer, so they skip the CBOR tree both ways. The bytes are
// exactly what encode(FileChunk{}) writes: map(4) {"t": 20, "id": bytes(8), "off": uint,
// "d": bytes}, in that order; a peer may send any valid encoding, which takes the general path.

// Appends the encoding of FileChunk{id, offset, <length bytes>} up to its data and returns the
// index where the data starts; the caller then appends or reads the length bytes there.
qsizetype appendFileChunkHead(QByteArrayView id, qint64 offset, qsizetype length, QByteArray &out);

// Recognises exactly that layout (with a valid id, offset and size) and returns the chunk with
// its data sharing message's buffer (no copy); anything else returns nullopt and message is
// left as it was.
std::optional<FileChunk> decodeFileChunkFast(QByteArray &message);

}  // namespace swarmscope::wire
