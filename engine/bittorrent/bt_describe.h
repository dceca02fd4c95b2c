#pragma once

#include "dht/bencode.h"

#include <QCborMap>
#include <QCborValue>

namespace swarmscope::bt {

// Bencode as a CBOR value for the inspector's field tree: dictionary keys as text, short
// printable strings as text, other strings as bytes.
QCborValue cborOfBencode(const BencodeValue &value);

// One BitTorrent message (the bytes after the length prefix, or the 68-byte handshake) as a
// field tree: message name and fields; extended messages with their bencoded dictionary.
QCborMap describeMessage(const QByteArray &body);

}  // namespace swarmscope::bt
