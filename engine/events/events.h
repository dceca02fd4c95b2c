#pragma once

#include "core/result.h"
#include "events/bugout_events.h"
#include "events/dswarm_events.h"
#include "events/event_types.h"
#include "events/file_events.h"
#include "events/nat_events.h"
#include "events/peer_relay_events.h"
#include "snapshots.h"

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>
#include <variant>

// The engine's event catalogue, in the spirit of libtorrent's alerts: one value type per kind of
// event, with typed fields, all listed in SWARMSCOPE_EVENT_KINDS below. Session hands them out in
// batches (Session::eventsReady); the node prints them and the window shows them, both through
// the one serializer in event_json.h. docs/ARCHITECTURE.md says how to add a kind.
namespace swarmscope {

// ---- the swarm --------------------------------------------------------------------------------

struct Listening {  // a transport accepts connections
    QString host;
    quint16 port = 0;
    Transport transport = Transport::Tcp;
};
struct PeerDiscovered {  // a new candidate entered the connection queue
    HostPort endpoint;
    PeerSource source = PeerSource::Manual;
    QString referrer;
    TopicId topic;
    bool local = false;
};
struct PeerRefused {  // an inbound connection or candidate refused by a limit or filter
    HostPort endpoint;
    ErrorCode reason = ErrorCode::Ok;
    QString detail;
};
struct PeerBanned {
    BanReason reason = BanReason::Application;
    PeerId peer;  // Application: the banned key
    HostPort endpoint;  // Self: where we reached ourselves
    bool soft = false;
};
struct IdentityConflict {  // another node runs with our identity: it reached us, or we it
    HostPort endpoint;
    Direction direction = Direction::Outbound;
};
struct Connecting {  // a dial starts
    HostPort endpoint;
    PeerSource source = PeerSource::Manual;
    int retries = 0;
};
struct Handshaking {
    HostPort endpoint;
    Direction direction = Direction::Outbound;
};
struct ConnectionOpened {  // the handshake proved the peer
    ConnectionId connection;
    PeerId peer;
    HostPort endpoint;
    Direction direction = Direction::Outbound;
    PeerSource source = PeerSource::Manual;
    Transport transport = Transport::Tcp;
    bool local = false;
    ConnectionPath path = ConnectionPath::Direct;
    QString via;  // the relay's IP:PORT when relayed
};
struct PeerNamed {  // a neighbour's hello gave a display name whose signature checked out
    ConnectionId connection;
    PeerId peer;
    QString name;
};
struct ConnectFailed {
    HostPort endpoint;
    QString detail;
};
struct HandshakeTimedOut {
    HostPort endpoint;
    QString detail;
};
struct RedundantConnection {  // the loser of two connections to one peer
    PeerId peer;
    HostPort endpoint;
    Direction direction = Direction::Outbound;
};
struct ConnectionClosed {
    ConnectionId connection;
    PeerId peer;
    HostPort endpoint;
    ErrorCode reason = ErrorCode::Closed;
    QString detail;
    Direction direction = Direction::Outbound;
};
struct ConnectionCountChanged {
    int count = 0;
};
struct CandidateDropped {  // the queue gave up on a candidate
    HostPort endpoint;
    PeerSource source = PeerSource::Manual;
    int retries = 0;
};
struct BackedOff {
    PeerId peer;
    int retries = 0;
};

// ---- discovery --------------------------------------------------------------------------------

struct DhtReady {
    quint16 port = 0;
    int nodes = 0;
};
struct DhtNodeIdChanged {  // BEP 42: the node id now follows the external address
    QByteArray previous;
    QByteArray id;
    QString external;
};
struct DhtLookupDone {
    RoomName room;
    QByteArray dhtKey;
    int peers = 0;
    int datagrams = 0;
};
struct RoomAnnounced {  // a joined room is being announced on the LAN and/or DHT
    RoomName room;
    quint16 port = 0;
    bool lan = false;
    bool dht = false;
};

// ---- rooms and messages -----------------------------------------------------------------------

struct RoomJoined {
    RoomName room;
    TopicId topic;
    QByteArray dhtKey;
};
struct RoomLeft {
    RoomName room;
};
struct MemberSeen {
    RoomName room;
    PeerId peer;
    bool direct = false;  // seen on a connection of our own
    QString name;  // the member's display name when known; empty otherwise
};
struct ServerSeen {  // the owner of a room named by its address
    RoomName room;
    PeerId peer;
};
struct MemberLeft {
    RoomName room;
    PeerId peer;
    LeaveReason reason = LeaveReason::Leave;
};
struct MemberPinged {
    RoomName room;
    PeerId peer;
};
struct MemberTimedOut {
    RoomName room;
    PeerId peer;
};
// In a Bugout room both print nothing: BugoutMessage and BugoutSent, posted by the room itself,
// carry those moments with Bugout's fields; these two carry the chat line to the window.
struct MessageReceived {  // a room message or a direct message for us
    ChatMessage message;
    PeerId via;  // room messages: the neighbour it came through
    std::optional<HostPort> endpoint;  // a compatibility room's line: the connection it came in on
};
struct MessageSent {  // our own message, as it leaves (direct ones may wait in the outbox)
    ChatMessage message;
};
struct DirectQueued {  // a direct message kept until its recipient is seen
    PeerAddress to;
    RoomName room;
    QByteArray id;
};
struct DeliveryChanged {  // one of our direct messages moved on (Sent from the outbox, Delivered)
    QByteArray id;
    PeerAddress to;
    DeliveryState state = DeliveryState::Sent;
};

// ---- remote procedures ------------------------------------------------------------------------

struct RpcCalled {  // we called someone
    PeerId to;
    QString name;
    quint64 callId = 0;
    QJsonValue args;
};
struct RpcRequested {  // someone called us
    PeerAddress from;
    QString name;
    QJsonValue args;
    quint64 callId = 0;
};
struct RpcAnswered {  // our answer to a call
    PeerId to;
    QString name;
    quint64 callId = 0;
    qint64 latencyMs = 0;
    bool ok = false;
    QJsonValue result;
    QString error;
};
struct RpcResponded {  // the answer (or timeout) of a call we made
    RpcResponse response;
};

// ---- gossip and relay -------------------------------------------------------------------------

struct GossipRequest {
    QByteArray id;
    QByteArray type;
    QByteArray data;
    int hops = 0;  // links travelled to get here (1 = from the origin itself)
    int limit = 0;  // the origin's hop limit (0 = wire::kMaxGossipHops)
    PeerAddress viaAddress;  // the neighbour it came through
    quint64 viaConnection = 0;
    PeerId via;
};
struct GossipAnnounced {  // an announce sent (origin) or passed on
    QByteArray id;
    QByteArray type;
    QByteArray data;
    int limit = 0;
    int hops = 0;
    bool origin = false;
    int sent = 0;  // neighbours it went to
};
struct GossipRequestReceived {
    GossipRequest request;
};
struct GossipReply {
    ReplyRole role = ReplyRole::Sent;
    QByteArray request;
    QByteArray id;
    QByteArray type;
    QByteArray data;
    int hops = 0;
    PeerId via;  // Received, Forwarded
    PeerId to;  // Sent, Forwarded
};
struct RelaySent {
    PeerId to;
    QByteArray nonce;
    int bytes = 0;
    QList<PeerId> next;  // the neighbours it went to
    bool reverse = false;  // sent back the way the sender's messages came
};
struct RelayReceived {
    PeerId from;
    PeerId via;
    int hops = 0;
    QByteArray data;
};
struct RelayForwarded {
    PeerId from;
    PeerId to;
    PeerId via;
    int hops = 0;
    int bytes = 0;
    QList<PeerId> next;
    bool reverse = false;
};

// ---- input turned away ------------------------------------------------------------------------

struct Rejected {
    RejectSource source = RejectSource::Connection;
    ErrorCode code = ErrorCode::MalformedMessage;
    QString reason;  // Gossip, Relay, Dht, Lan: the subsystem's own word (else the code's name)
    QString detail;
    PeerId peer;  // the neighbour that sent it, when known
    std::optional<HostPort> endpoint;  // Connection
    QByteArray gossipId;  // Gossip
    PeerId relayFrom, relayTo;  // Relay
    QString remote;  // PeerRelay: the sending peer's hex id
};

// ---- what the profile keeps -------------------------------------------------------------------

struct PeerBlocked {
    PeerAddress address;
};
struct PeerUnblocked {
    PeerAddress address;
};
struct NameChanged {  // our own display name, changed while running (empty = none)
    QString name;
};
struct LocalNameChanged {  // what the user calls a peer (empty = the peer's own name again)
    PeerAddress address;
    QString name;
};
struct BlockedInputDropped {  // something from a blocked peer, counted as "blocked"
    PeerAddress from;
    QString what;  // the payload's kind: "text", "rpc-call", "file-offer", ...
};

// ---- answers to the node's commands -----------------------------------------------------------

struct StatusReport {
    SessionStatus status;
    quint16 wsPort = 0;
    quint16 bittorrentPort = 0;  // Bugout rooms' BitTorrent listener (0 = none)
    QStringList rooms;
    QStringList blocked;  // blocked peers
    QJsonValue dht;  // the DHT's counters (null without a DHT)
    std::optional<PeerRelayStatus> peerRelay;  // when in a peer-relay network
};
struct PeerList {
    QList<PeerSnapshot> peers;
};
struct QueueList {
    QList<CandidateSnapshot> queue;
};
struct BlockedPeerList {  // the node's /blocked
    QStringList peers;
};
struct HistoryExported {  // the node's /export
    QString room;  // the room's key
    QString path;
    bool json = true;  // else plain text
    int messages = 0;
};
struct CommandFailed {
    QString detail;
    QString room{};  // when it concerns one room
    ErrorCode code = ErrorCode::Ok;  // when the engine gave one (printed as "reason")
    QString command{};  // the command it answers, when named
    std::optional<RoomBackend> backend{};  // a refused join: the room's backend
};

// Every kind, once: X(Type). Add a struct above, one line here, and one case in event_json.cpp
// (the compiler points at what is missing).
#define SWARMSCOPE_EVENT_KINDS(X)                                                                                      \
    X(Listening)                                                                                                       \
    X(PeerDiscovered)                                                                                                  \
    X(PeerRefused)                                                                                                     \
    X(PeerBanned)                                                                                                      \
    X(IdentityConflict)                                                                                                \
    X(Connecting)                                                                                                      \
    X(Handshaking)                                                                                                     \
    X(ConnectionOpened)                                                                                                \
    X(PeerNamed)                                                                                                       \
    X(ConnectFailed)                                                                                                   \
    X(HandshakeTimedOut)                                                                                               \
    X(RedundantConnection)                                                                                             \
    X(ConnectionClosed)                                                                                                \
    X(ConnectionCountChanged)                                                                                          \
    X(CandidateDropped)                                                                                                \
    X(BackedOff)                                                                                                       \
    X(DhtReady)                                                                                                        \
    X(DhtNodeIdChanged)                                                                                                \
    X(DhtLookupDone)                                                                                                   \
    X(RoomAnnounced)                                                                                                   \
    X(RoomJoined)                                                                                                      \
    X(RoomLeft)                                                                                                        \
    X(MemberSeen)                                                                                                      \
    X(ServerSeen)                                                                                                      \
    X(MemberLeft)                                                                                                      \
    X(MemberPinged)                                                                                                    \
    X(MemberTimedOut)                                                                                                  \
    X(MessageReceived)                                                                                                 \
    X(MessageSent)                                                                                                     \
    X(DirectQueued)                                                                                                    \
    X(DeliveryChanged)                                                                                                 \
    X(RpcCalled)                                                                                                       \
    X(RpcRequested)                                                                                                    \
    X(RpcAnswered)                                                                                                     \
    X(RpcResponded)                                                                                                    \
    X(GossipAnnounced)                                                                                                 \
    X(GossipRequestReceived)                                                                                           \
    X(GossipReply)                                                                                                     \
    X(RelaySent)                                                                                                       \
    X(RelayReceived)                                                                                                   \
    X(RelayForwarded)                                                                                                  \
    X(FileOffered)                                                                                                     \
    X(FileOfferReceived)                                                                                               \
    X(FileAccepted)                                                                                                    \
    X(FileDeclined)                                                                                                    \
    X(FileCancelled)                                                                                                   \
    X(FileProgress)                                                                                                    \
    X(FilePaused)                                                                                                      \
    X(FileResumed)                                                                                                     \
    X(FileDone)                                                                                                        \
    X(FileDelivered)                                                                                                   \
    X(FileFailed)                                                                                                      \
    X(PortMapped)                                                                                                      \
    X(DialBackAnswered)                                                                                                \
    X(DialBackServed)                                                                                                  \
    X(ReachabilityChanged)                                                                                             \
    X(RelayReservation)                                                                                                \
    X(CircuitServed)                                                                                                   \
    X(HolePunchTried)                                                                                                  \
    X(PathUpgraded)                                                                                                    \
    X(PeerRelayListening)                                                                                              \
    X(PeerRelayPeerOpened)                                                                                             \
    X(PeerRelayPeerClosed)                                                                                             \
    X(PeerRelayConnectFailed)                                                                                          \
    X(PeerRelayMessage)                                                                                                \
    X(PeerRelayHopped)                                                                                                 \
    X(PeerRelayWebrtcRefused)                                                                                          \
    X(DswarmListening)                                                                                                 \
    X(DswarmAnnounced)                                                                                                 \
    X(DswarmPeerDiscovered)                                                                                            \
    X(DswarmPeerBanned)                                                                                                \
    X(DswarmPeerRefused)                                                                                               \
    X(DswarmCandidateDropped)                                                                                          \
    X(DswarmConnecting)                                                                                                \
    X(DswarmConnectFailed)                                                                                             \
    X(DswarmHandshaking)                                                                                               \
    X(DswarmHandshakeTimedOut)                                                                                         \
    X(DswarmConnectionOpened)                                                                                          \
    X(DswarmConnectionClosed)                                                                                          \
    X(DswarmRedundantConnection)                                                                                       \
    X(DswarmRejected)                                                                                                  \
    X(DswarmLookupDone)                                                                                                \
    X(BugoutListening)                                                                                                 \
    X(BugoutJoined)                                                                                                    \
    X(BugoutRoomLeft)                                                                                                  \
    X(BugoutSeen)                                                                                                      \
    X(BugoutServerSeen)                                                                                                \
    X(BugoutLeft)                                                                                                      \
    X(BugoutTimedOut)                                                                                                  \
    X(BugoutPinged)                                                                                                    \
    X(BugoutMessage)                                                                                                   \
    X(BugoutSent)                                                                                                      \
    X(BugoutRpcRequested)                                                                                              \
    X(BugoutRpcCalled)                                                                                                 \
    X(BugoutRpcAnswered)                                                                                               \
    X(BugoutRpcResponded)                                                                                              \
    X(BugoutWireSeen)                                                                                                  \
    X(BugoutWireLeft)                                                                                                  \
    X(BugoutConnections)                                                                                               \
    X(BugoutRejected)                                                                                                  \
    X(Rejected)                                                                                                        \
    X(PeerBlocked)                                                                                                     \
    X(PeerUnblocked)                                                                                                   \
    X(NameChanged)                                                                                                     \
    X(LocalNameChanged)                                                                                                \
    X(BlockedInputDropped)                                                                                             \
    X(StatusReport)                                                                                                    \
    X(PeerList)                                                                                                        \
    X(QueueList)                                                                                                       \
    X(PeerRelayPeerList)                                                                                               \
    X(PeerRelayDatagram)                                                                                               \
    X(BlockedPeerList)                                                                                                 \
    X(HistoryExported)                                                                                                 \
    X(CommandFailed)

#define SWARMSCOPE_EVENT_ENUM_ITEM(T) T,
enum class EventKind { SWARMSCOPE_EVENT_KINDS(SWARMSCOPE_EVENT_ENUM_ITEM) };
#undef SWARMSCOPE_EVENT_ENUM_ITEM

#define SWARMSCOPE_EVENT_VARIANT_ITEM(T) T,
using EventVariant = std::variant<SWARMSCOPE_EVENT_KINDS(SWARMSCOPE_EVENT_VARIANT_ITEM) std::monostate>;
#undef SWARMSCOPE_EVENT_VARIANT_ITEM

// What happened: one of the kinds above. The variant has well over a hundred alternatives, and
// every file that copied, moved or destroyed it inline instantiated all of them (about 15 s of
// compile time and 100 MB of debug info per file); so its special members and one constructor per
// kind are compiled once, in events.cpp, and everything else reads it through get_if and visit.
class EventPayload {
public:
    EventPayload();
    EventPayload(std::monostate none);  // no event: prints nothing
#define SWARMSCOPE_EVENT_CONSTRUCTOR(T)                                                                                \
    EventPayload(T &&value);                                                                                           \
    EventPayload(const T &value);
    SWARMSCOPE_EVENT_KINDS(SWARMSCOPE_EVENT_CONSTRUCTOR)
#undef SWARMSCOPE_EVENT_CONSTRUCTOR
    EventPayload(const EventPayload &other);
    EventPayload(EventPayload &&other) noexcept;
    EventPayload &operator=(const EventPayload &other);
    EventPayload &operator=(EventPayload &&other) noexcept;
    ~EventPayload();

    std::size_t index() const
    {
        return m_value.index();
    }
    template <typename T>
    const T *get_if() const
    {
        return std::get_if<T>(&m_value);
    }
    const EventVariant &variant() const
    {
        return m_value;
    }

private:
    EventVariant m_value;
};

// One event: when, and what. A value: safe to copy across threads, no pointers into the engine.
struct Event {
    qint64 timeMs = 0;  // wall clock
    EventPayload payload;

    EventKind kind() const { return EventKind(payload.index()); }
    template <typename T>
    const T *get() const
    {
        return payload.get_if<T>();
    }
    template <typename T>
    bool is() const
    {
        return payload.get_if<T>() != nullptr;
    }
};

using EventBatch = QList<Event>;

// Registers Event and EventBatch for queued connections (once per process; cheap to repeat).
void registerEventTypes();

}  // namespace swarmscope

Q_DECLARE_METATYPE(swarmscope::Event)
Q_DECLARE_METATYPE(swarmscope::RpcResponse)
Q_DECLARE_METATYPE(swarmscope::GossipRequest)
