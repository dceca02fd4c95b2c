#pragma once

#include "core/peer_id.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QJsonValue>
#include <QString>

#include <optional>

// The vocabulary events are written in: strong ids, so a connection id is never passed where a
// port goes, and enums for every word the engine used to spell as a string. Their stable names
// (JSON, counters) are in event_json.h; their translated words live in the window
// (ui/format/state_words.h).
namespace swarmscope {

// Where a peer is (or was) reached.
struct HostPort {
    QString host;
    quint16 port = 0;
    QString toString() const;  // "host:port", "[v6]:port" (host_port.cpp)
    // "host:port" or "[v6]:port" (or "v6:port"); port 0 only when allowAnyPort. Whatever parses,
    // toString() writes back in a form that parses to the same value.
    static std::optional<HostPort> parse(const QString &text, bool allowAnyPort = false);
};

// A connection while it lives (the swarm's key; never reused within a run).
struct ConnectionId {
    quint64 value = 0;
    bool isNull() const { return value == 0; }
    auto operator<=>(const ConnectionId &) const = default;
};

// A room's topic: BLAKE2b-256 of its name (32 bytes).
struct TopicId {
    QByteArray bytes;
    bool isNull() const { return bytes.isEmpty(); }
    bool operator==(const TopicId &) const = default;
};

// A room as the user named it.
struct RoomName {
    QString name;
    bool isNull() const { return name.isEmpty(); }
    bool operator==(const RoomName &) const = default;
};

// A peer as people name it: its address (base58 of its key, as Bugout writes it), or the peer id a
// compatibility backend gives it. PeerId is the key itself, where it is known.
struct PeerAddress {
    QString text;
    bool isNull() const { return text.isEmpty(); }
    bool operator==(const PeerAddress &) const = default;
};

inline size_t qHash(const ConnectionId &id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}
inline size_t qHash(const TopicId &id, size_t seed = 0) noexcept
{
    return ::qHash(id.bytes, seed);
}
inline size_t qHash(const RoomName &id, size_t seed = 0) noexcept
{
    return ::qHash(id.name, seed);
}

// How a connection's bytes travel (Memory: the lab's in-process network; Metrics: the
// operators' HTTP listener, never a peer).
// BitTorrent, Lsd: Bugout's listeners; Dht, Mdns: the UDP sockets of the DHT and LAN discovery.
enum class Transport { Tcp, WebSocket, Metrics, Memory, BitTorrent, Lsd, Dht, Mdns, Udp };

// Where a connection is in its life.
enum class ConnectionState { Connecting, Handshaking, Connected, Closed };

// Where a candidate is in the connection queue (Handshaking: discovery-swarm rooms, whose
// queue keeps a dialled peer until its id handshake is done).
enum class CandidateState { Queued, Connecting, Connected, Waiting, Dropped, Banned, Handshaking };

// The way a connection reaches its peer (docs/NAT.md).
enum class ConnectionPath { Direct, HolePunched, Relayed };

// Where the swarm heard of a peer.
enum class PeerSource { Manual, Lan, Dht, Pex, Book, Inbound, Lsd };  // Lsd: BEP 14 (Bugout rooms)

// Which subsystem turned input away (the "rejected" event's origin).
enum class RejectSource { Connection, Room, Direct, Gossip, Relay, Dht, Lan, Nat, Files, PeerRelay };

// Why a member left a room.
enum class LeaveReason { Leave, Disconnected, Timeout };

// Why a peer was banned.
enum class BanReason { Self, Application };

// Why a discovery-swarm peer, connection or piece of input was turned away; printed as "reason"
// and counted by these names in /status (event_json.h).
enum class DswarmRefusal {
    Whitelist,
    Banned,
    Duplicate,
    MaxConnections,
    ConnectFailed,
    HandshakeTimeout,
    BadLengthPrefix,
    BadIdLength,
    LineTooLong,
    LinesRateLimited,
    SendBufferFull,
    DetectedSelf,
    Redundant
};

// What happened to a gossip reply here.
enum class ReplyRole { Sent, Received, Forwarded };

// The answer (or timeout) of an RPC call we made.
struct RpcResponse {
    quint64 callId = 0;
    QString peerAddress;
    QString name;
    bool ok = false;
    QJsonValue result;
    QString error;  // "timeout", "No such API call.", or the procedure's own message
    qint64 latencyMs = 0;
};

}  // namespace swarmscope
