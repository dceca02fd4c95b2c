#pragma once

#include <QByteArray>

namespace swarmscope::ui {

// A peer-relay frame (JSON text) as a CBOR map for the packet inspector's field tree, in wire
// order: to, from, path, nonce, data {type, data}; ids as 40 hex digits (with "(Buffer)" when the
// frame carried a Node Buffer object). The first frame of a socket shows as {id}. Anything else
// (a refused frame) shows its JSON as it is, or the text.
QByteArray peerRelayFieldsCbor(const QByteArray &json);

}  // namespace swarmscope::ui
