#pragma once

#include "events/event_types.h"
#include "snapshots.h"

#include <QByteArray>
#include <QString>

// The discovery-swarm kinds of the event catalogue (docs/DISCOVERY_SWARM.md); listed in events.h.
// Each is printed with discovery-swarm's own name and meaning, "backend": "discovery-swarm" and
// the room's bare name (without the "discovery-swarm:" prefix). Lines read in such a room arrive
// as MessageReceived with the endpoint they came from.
namespace swarmscope {

struct DswarmListening {  // the room's own TCP listener
    RoomName room;
    HostPort at;
    Transport transport = Transport::Tcp;
    QByteArray id;  // ours, as the handshake tells it
};
struct DswarmAnnounced {  // the room's infohash is being announced (or looked up)
    RoomName room;
    QByteArray infohash;  // SHA-1 of the name
    quint16 port = 0;
    bool lan = false;
    bool dht = false;
};
struct DswarmPeerDiscovered {  // a peer entered the room's queue
    RoomName room;
    HostPort endpoint;
    PeerSource source = PeerSource::Manual;
};
struct DswarmPeerBanned {  // we reached ourselves
    RoomName room;
    HostPort endpoint;
    DswarmRefusal reason = DswarmRefusal::DetectedSelf;
};
struct DswarmPeerRefused {  // a discovered peer or inbound connection refused by a filter or limit
    RoomName room;
    HostPort endpoint;
    DswarmRefusal reason = DswarmRefusal::Whitelist;
};
struct DswarmCandidateDropped {  // retries used up; it may be discovered afresh
    RoomName room;
    HostPort endpoint;
    int retries = 0;
};
struct DswarmConnecting {
    RoomName room;
    HostPort endpoint;
    int retries = 0;
};
struct DswarmConnectFailed {
    RoomName room;
    HostPort endpoint;
    bool timedOut = false;  // CONNECTION_TIMEOUT rather than a refusal
};
struct DswarmHandshaking {
    RoomName room;
    HostPort endpoint;
    Direction direction = Direction::Outbound;  // printed as "initiator"
    Transport transport = Transport::Tcp;  // printed as "type"
};
struct DswarmHandshakeTimedOut {
    RoomName room;
    HostPort endpoint;
    Direction direction = Direction::Outbound;
    Transport transport = Transport::Tcp;
};
struct DswarmConnectionOpened {  // the id handshake finished and the connection survived dedup
    RoomName room;
    HostPort endpoint;
    QByteArray peerId;  // the id the peer told (32 bytes)
    Direction direction = Direction::Outbound;
    Transport transport = Transport::Tcp;
    ConnectionId connection;
};
struct DswarmConnectionClosed {
    RoomName room;
    HostPort endpoint;
    QByteArray peerId;  // empty if it closed before the handshake
    Direction direction = Direction::Outbound;
    Transport transport = Transport::Tcp;
    ConnectionId connection;
};
struct DswarmRedundantConnection {  // the loser of two connections to one id
    RoomName room;
    HostPort endpoint;
    QByteArray peerId;
    Direction direction = Direction::Outbound;
    Transport transport = Transport::Tcp;
};
struct DswarmRejected {  // bad input on a connection (the connection may stay)
    RoomName room;
    HostPort endpoint;
    DswarmRefusal reason = DswarmRefusal::BadLengthPrefix;
    QString detail;
};
struct DswarmLookupDone {  // a DHT lookup round for the room's infohash finished
    RoomName room;
    QByteArray infohash;
    int peers = 0;
    int datagrams = 0;
};

}  // namespace swarmscope
