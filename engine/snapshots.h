#pragma once

#include "core/peer_id.h"
#include "events/event_types.h"
#include "nat/reachability.h"
#include "rooms/room_backend.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace swarmscope {

enum class Direction { Inbound, Outbound };

// A connection as the UI sees it: a value copy, never a pointer into the engine.
struct PeerSnapshot {
    quint64 connectionId = 0;  // stable key while the connection lives
    PeerId id;  // null until the handshake proved it
    QString address;  // Bugout-format address of id
    QString host;
    quint16 port = 0;
    quint16 listenPort = 0;  // the peer's advertised listening port (from hello)
    Direction direction = Direction::Outbound;
    Transport transport = Transport::Tcp;
    ConnectionPath path = ConnectionPath::Direct;  // docs/NAT.md
    QString via;  // the relay's IP:PORT when relayed
    PeerSource source = PeerSource::Manual;
    QString referrer;  // who told us about this peer
    bool local = false;  // a loopback or private address
    std::optional<CandidateState> queueState;  // the peer's state in the connection queue, if it has one
    int retries = 0;
    ConnectionState state = ConnectionState::Connecting;
    bool retiring = false;  // the loser of a redundant pair, closing within a few seconds
    QString agent;  // the client the peer runs (BitTorrent: named by its peer id)
    QString name;  // the display name its hello gave, signature checked; empty = none
    QByteArray btPeerId;  // the 20-byte BitTorrent peer id (Bugout wires); empty otherwise
    QStringList rooms;  // names of our rooms this peer is in
    qint64 rttUs = -1;  // -1 until the first pong
    quint64 bytesIn = 0, bytesOut = 0;
    quint64 framesIn = 0, framesOut = 0;
    quint64 messagesIn = 0, messagesOut = 0;
    double bytesInPerSec = 0, bytesOutPerSec = 0;
    qint64 sinceMs = 0;  // wall clock
};

// A peer the connection queue knows about, connected or not (dwebswarm's PeerInfo).
struct CandidateSnapshot {
    QString host;
    quint16 port = 0;
    PeerSource source = PeerSource::Manual;
    QString referrer;
    CandidateState state = CandidateState::Queued;
    int retries = 0;
    bool local = false;
    bool persistent = false;
    QString address;  // once a connection proved it
    QStringList rooms;
};

struct PeerDelta {
    QList<PeerSnapshot> added;
    QList<PeerSnapshot> updated;
    QList<quint64> removed;  // connection ids
    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
};

// Sending: waiting in the outbox for the recipient; Sent: on the wire; Delivered: the recipient's
// receipt came back (direct messages); Received: someone else's message.
enum class DeliveryState { Sending, Sent, Delivered, Received };

struct ChatMessage {
    QByteArray id;  // hash of the signed payload
    QString room;  // room identifier as the user typed it
    PeerId from;
    QString fromAddress;
    QString fromName;  // the author's display name when known (our own, or a neighbour's hello)
    quint64 seq = 0;
    qint64 timeMs = 0;  // author's wall clock
    qint64 receivedMs = 0;
    QString kind = QStringLiteral("text");
    QString text;
    bool own = false;
    bool direct = false;  // a direct message (sealed to one member)
    QString peerAddress;  // for direct messages: the other side of the conversation
    DeliveryState state = DeliveryState::Received;
    int hops = 0;  // 0 = from a direct neighbour or ourselves
};

struct RoomSnapshot {
    QString name;  // the room's key: RoomRef::key() ("lobby", "discovery-swarm:lobby")
    RoomBackend backend = RoomBackend::Native;
    QByteArray topic;  // 32 bytes (native); the swarm key as the backend takes it otherwise
    QByteArray dhtKey;  // 20 bytes
    QStringList members;  // addresses of members seen
    QHash<QString, QString> memberNames;  // address -> display name, for members whose name is known
    int connectedMembers = 0;
};

// Once a second: totals and per-connection rates, for graphs over time.
struct PeerRate {
    quint64 connectionId = 0;
    QString address;
    double bytesInPerSec = 0, bytesOutPerSec = 0;
    double messagesInPerSec = 0, messagesOutPerSec = 0;
    qint64 rttUs = -1;
};
struct StatsSample {
    qint64 timeMs = 0;
    double bytesInPerSec = 0, bytesOutPerSec = 0;
    double messagesInPerSec = 0, messagesOutPerSec = 0;
    int connected = 0;
    QList<PeerRate> peers;
};

// A compatibility backend's share of /status: its counts in its own system's words.
struct BackendStatus {
    RoomBackend backend = RoomBackend::Native;
    QString idHex;  // the id we show that swarm
    int queued = 0;
    int connecting = 0;  // discovery-swarm: dials and handshakes in progress
    int connected = 0;
    QList<QPair<QString, quint16>> listening;  // room name -> TCP port announced for it
    QList<QPair<QString, quint64>> rejects;  // reason -> count
};

// Hole punching so far (docs/NAT.md): attempts made, and how many moved a peer onto a direct stream.
struct HolePunchSummary {
    bool enabled = true;
    int tried = 0;
    int punched = 0;
    QString lastFailure;  // the detail of the last attempt that failed
};

// What we do for others as a relay (--relay), against its limits.
struct RelayServiceSummary {
    bool serving = false;
    int reservations = 0, maxReservations = 0;
    int circuits = 0, maxCircuits = 0;  // spliced or waiting for their halves
    quint64 opened = 0, refused = 0;
    qint64 bytes = 0;  // spliced so far, both directions
};

struct SessionStatus {
    QString address;
    QString publicKeyHex;
    quint16 listenPort = 0;
    int connected = 0;
    int handshaking = 0;
    int queued = 0;  // waiting in the connection queue (queued + waiting for a retry)
    int connecting = 0;  // dials in progress (connecting + handshaking outbound)
    int maxPeers = 0;  // the swarm's limit on connections (open + opening)
    int rooms = 0;
    quint64 bytesIn = 0, bytesOut = 0;
    quint64 messagesIn = 0, messagesOut = 0;
    QList<QPair<QString, quint64>> rejects;  // reason -> count; DHT and LAN ones as "dht/<reason>", "lan/<reason>"
    QList<BackendStatus> backends;  // compatibility backends in use (their counts are in the totals too)
    ReachabilitySnapshot reachability;  // docs/NAT.md
    HolePunchSummary holePunch;
    RelayServiceSummary relayService;
};

}  // namespace swarmscope

Q_DECLARE_METATYPE(swarmscope::PeerSnapshot)
Q_DECLARE_METATYPE(swarmscope::PeerDelta)
Q_DECLARE_METATYPE(swarmscope::ChatMessage)
Q_DECLARE_METATYPE(swarmscope::RoomSnapshot)
Q_DECLARE_METATYPE(swarmscope::CandidateSnapshot)
Q_DECLARE_METATYPE(swarmscope::StatsSample)
