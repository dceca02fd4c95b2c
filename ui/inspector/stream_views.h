#pragma once

#include <QByteArray>
#include <QCborValue>

namespace swarmscope::ui {

// How the packet inspector reads the raw application stream of a compatibility swarm
// (discovery-swarm's stream is the app's own): as text lines, as varint-length-prefixed frames
// (length-prefixed-message, hypercore's wire), or as newline-delimited JSON. The result feeds the
// same field tree as CBOR frames. Bounded: at most kMaxItems items per chunk.
enum class StreamView { TextLines, LengthPrefixed, NdJson };

constexpr int kMaxStreamItems = 1000;

QCborValue decodeStream(const QByteArray &bytes, StreamView view);
// A chunk as part of its stream: carry is what the chunks before it (same connection, same
// direction) left unfinished, a frame or line cut by a TCP read. It is read first, so that item
// shows whole in the chunk that completes it, after a "(carried over)" note of its size. rest, if
// given, receives what this chunk leaves unfinished in turn (empty past kMaxStreamCarry: a bad
// length must not swallow the rest of the stream).
QCborValue decodeStreamChunk(const QByteArray &carry, const QByteArray &chunk, StreamView view,
                             QByteArray *rest = nullptr);
constexpr qsizetype kMaxStreamCarry = 1 << 20;
// Only what decodeStreamChunk would leave in rest, without decoding the items (cheap enough to
// walk a whole captured stream up to the chunk the user picked).
QByteArray streamRest(const QByteArray &carry, const QByteArray &chunk, StreamView view);
// discovery-swarm's handshake: {length, id}.
QCborValue decodeIdHandshake(const QByteArray &bytes);

}  // namespace swarmscope::ui
