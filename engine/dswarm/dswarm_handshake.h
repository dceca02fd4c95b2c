#pragma once

#include "events/event_types.h"

#include <QByteArray>
#include <QString>

namespace swarmscope::dswarm {

// discovery-swarm 6.1.0's connection handshake (docs/DISCOVERY_SWARM.md): each side writes
// varint(len(id)) || id at once, then reads the same; the bytes after it are the application's
// raw stream. The varint is protobuf's unsigned LEB128 (npm varint 3), so a 32-byte id is 0x20.
constexpr int kIdBytes = 32;
// The longest prefix we read: a 32-bit length needs 5 LEB128 bytes; anything longer is garbage.
constexpr int kMaxPrefixBytes = 5;

QByteArray encodeHandshake(const QByteArray &id);

// Takes one handshake off the front of a growing buffer. Refuses a malformed or oversized prefix
// and any id that is not 32 bytes as soon as the prefix is read, so it never buffers more than
// kMaxPrefixBytes + kIdBytes.
class HandshakeReader final {
public:
    enum class State { NeedMore, Done, Failed };

    // Consumes the handshake from buffer when Done (the rest is the stream); on NeedMore buffer
    // is left as it is.
    State feed(QByteArray &buffer);

    const QByteArray &remoteId() const { return m_id; }
    DswarmRefusal reason() const { return m_reason; }  // BadLengthPrefix or BadIdLength
    const QString &detail() const { return m_detail; }
    int prefixBytes() const { return m_prefixBytes; }

private:
    State fail(DswarmRefusal reason, const QString &detail);

    QByteArray m_id;
    DswarmRefusal m_reason = DswarmRefusal::BadLengthPrefix;
    QString m_detail;
    int m_prefixBytes = 0;
};

}  // namespace swarmscope::dswarm
