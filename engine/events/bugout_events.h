#pragma once

#include "events/event_types.h"
#include "snapshots.h"

#include <QJsonValue>
#include <QString>

// The Bugout kinds of the event catalogue (docs/BUGOUT.md); listed in events.h. Each is printed
// with Bugout's own event name and meaning, "backend": "bugout" and the room's bare identifier.
// A Bugout message's value is printed as "text" when it is a JSON string, else as "json".
namespace swarmscope {

struct BugoutListening {  // the BitTorrent listener, or BEP 14's multicast socket
    HostPort at;
    Transport transport = Transport::BitTorrent;
};
struct BugoutJoined {
    RoomName room;
    QByteArray infohash;  // the room's torrent
    bool serverMode = false;  // the room is named by our own address
};
struct BugoutRoomLeft {
    RoomName room;
};
struct BugoutSeen {  // Bugout's "seen": a member's keys became known
    RoomName room;
    PeerAddress address;
    bool direct = false;  // learned from a packet of its own rather than one relayed
};
struct BugoutServerSeen {  // the room's server (the member whose address names it)
    RoomName room;
    PeerAddress address;
};
struct BugoutLeft {
    RoomName room;
    PeerAddress address;
    QString reason;  // "leave", "timeout"
};
struct BugoutTimedOut {
    RoomName room;
    PeerAddress address;
};
struct BugoutPinged {
    RoomName room;
    PeerAddress address;
};
struct BugoutMessage {  // a message packet opened in a room
    RoomName room;
    PeerAddress from;
    QJsonValue value;
    QString id;  // Bugout's dedupe key of the packet
    qint64 sentMs = 0;  // the author's clock
    HostPort via;  // the wire it came in on (empty host: none)
    bool direct = false;  // sealed to us
};
struct BugoutSent {
    RoomName room;
    QString to;  // empty: to the whole room
    QJsonValue value;
    QString id;
};
struct BugoutRpcRequested {  // a member called one of our procedures
    RoomName room;
    QString from;
    QString name;
    QJsonValue args;
    quint64 callId = 0;
    QByteArray nonce;
};
struct BugoutRpcCalled {  // we called a member
    RoomName room;
    QString to;
    QString name;
    QJsonValue args;
    quint64 callId = 0;
};
struct BugoutRpcAnswered {  // our answer to a member's call
    RoomName room;
    QString to;
    QString name;
    QJsonValue result;
    quint64 callId = 0;
    qint64 latencyMs = 0;
};
struct BugoutRpcResponded {  // the answer (or timeout) of a call we made in a Bugout room
    RoomName room;
    RpcResponse response;
};
struct BugoutWireSeen {  // a BitTorrent wire finished its handshakes
    RoomName room;
    int wires = 0;
    HostPort endpoint;
    QByteArray peerId;  // 20 bytes
    QString client;  // named by the peer id
};
struct BugoutWireLeft {
    RoomName room;
    int wires = 0;
    HostPort endpoint;
    QString reason;
};
struct BugoutConnections {  // Bugout's "connections": the room's wire count
    RoomName room;
    int wires = 0;
};
struct BugoutRejected {  // bad input, counted by reason (the wire may stay)
    RoomName room;  // null: not tied to a room (LSD)
    QString reason;
    QString detail;
    QString host;
};

}  // namespace swarmscope
