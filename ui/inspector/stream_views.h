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
// discovery-swarm's handshake: {length, id}.
QCborValue decodeIdHandshake(const QByteArray &bytes);

} // namespace swarmscope::ui
