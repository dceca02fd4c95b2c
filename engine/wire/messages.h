#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace swarmscope::wire {

// Message type numbers of swarmscope/1 (docs/PROTOCOL.md, "Messages"). The numbers are the wire format: never reuse one.
enum class Type : int {
    Hello = 1,
    Ping = 2,
    Pong = 3,
    Join = 4,
    Leave = 5,
    RoomMessage = 6,
    DirectMessage = 7,
    RpcCall = 8,
    RpcResult = 9,
    RpcError = 10,
    Announce = 11,
    Reply = 12,
    Relay = 13,
    Peers = 14,
    Bye = 15,
    Data = 16,
    DialBack = 17,
    DialBackResult = 18,
    FileRequest = 19,
    FileChunk = 20,
    Reserve = 21,
    Reserved = 22,
    CircuitRequest = 23,
    CircuitAnswer = 24,
    CircuitIncoming = 25,
    HolePunch = 26,
    Batch = 27,  // several messages in one: a container (wire/batch_codec.h), never a Message
};

constexpr int kProtocolVersion = 1;
constexpr int kTopicBytes = 32;
constexpr int kMaxTopicsPerHello = 256;
constexpr int kMaxAgentChars = 128;
// The codec's bound on a hello's name; what a name may be is stricter and checked by the swarm
// (wire/display_name.h), so that a bad name costs the name and not the connection.
constexpr int kMaxNameWireChars = 1024;

struct Hello {
    QString agent;
    int version = kProtocolVersion;
    quint16 listenPort = 0;  // 0 = not listening
    QList<QByteArray> topics;  // 32 bytes each
    // Where this connection comes from as the sender sees it (libp2p's observed address): our
    // external address and port for this flow. Compact: IPv4 (4) or IPv6 (16) + port (2),
    // big-endian; empty = unknown (absent on the wire).
    QByteArray observed;
    // The sender's display name and its Ed25519 signature by the sender's identity key
    // (wire/display_name.h); both empty = no name (absent on the wire, as older peers send).
    QString name;
    QByteArray nameSignature;
    // The sender reads batches (wire/batch_codec.h); absent on the wire = false, as older peers send.
    bool batches = false;
};
struct Ping {
    quint64 nonce = 0;
    qint64 monotonicMs = 0;
};
struct Pong {
    quint64 nonce = 0;
    qint64 monotonicMs = 0;
};
struct Join {
    QByteArray topic;
};
struct Leave {
    QByteArray topic;
};
// A signed envelope {p, s}: p is the CBOR of the room message payload, s its Ed25519 signature.
struct RoomMessage {
    QByteArray payload;
    QByteArray signature;
};
struct Bye {
    QString reason;
};
// Peer exchange: listening endpoints of peers we hold in a topic (bounded list).
// With a key, the entry is a peer reachable only through the relay at host:port (docs/NAT.md).
struct PeerEndpoint {
    QString host;
    quint16 port = 0;
    QByteArray key;  // empty, or the 32-byte key of the peer behind the relay
    bool operator==(const PeerEndpoint &) const = default;
};
constexpr int kMaxPeersPerExchange = 32;
struct Peers {
    QByteArray topic;
    QList<PeerEndpoint> peers;
};
struct Data {
    QByteArray bytes;
};
// A message for one member of a room, sealed to its key (crypto_box_seal with X25519 keys
// converted from Ed25519) so that neighbours who carry it cannot read it. Inside the box: a signed
// envelope {p, s} whose payload names room, from, to, seq, time_ms, kind and body.
struct Directed {
    QByteArray to;
    QByteArray room;
    QByteArray box;
};
constexpr qsizetype kMaxDirectedBox = 128 * 1024;

// peernet's gossip: a request flooded to a fanout of peers with a hop limit; replies travel
// back along the reverse path.
constexpr qsizetype kMaxGossipId = 64;
constexpr qsizetype kMaxGossipType = 64;
constexpr qsizetype kMaxGossipData = 1024;
constexpr int kMaxGossipHops = 15;
struct Announce {
    QByteArray id;
    QByteArray type;
    QByteArray data;
    int limit = 0;
    int hops = 0;
};
struct Reply {
    QByteArray id;
    QByteArray request;
    QByteArray type;
    QByteArray data;
    int hops = 0;
};

// peer-relay's routed envelope: to a peer we are not connected to, through XOR-closest neighbours.
constexpr int kMaxRelayPath = 20;
constexpr qsizetype kMaxRelayData = 64 * 1024;
struct Relay {
    QByteArray to;
    QByteArray from;
    QList<QByteArray> path;
    QByteArray nonce;
    QByteArray data;
};

// AutoNAT's dial-back: "dial me on this TCP port at the address you see me at". The receiver
// never dials any other address (no amplification) and answers with the result.
struct DialBack {
    QByteArray nonce;
    quint16 port = 0;
};
struct DialBackResult {
    QByteArray nonce;
    bool reachable = false;
    QString detail;
};
constexpr qsizetype kMaxDialBackNonce = 16;

// File transfer (docs/FILE_TRANSFER.md): the receiver pulls byte ranges of an offered file over
// the connection to its sender; the sender answers each request with one chunk.
constexpr qsizetype kFileIdBytes = 8;
constexpr qsizetype kMaxFileChunk = 256 * 1024;
struct FileRequest {
    QByteArray id;
    qint64 offset = 0;
    qint64 length = 0;
};
struct FileChunk {
    QByteArray id;
    qint64 offset = 0;
    QByteArray data;
};

// Circuit relay (docs/NAT.md): a private peer reserves a slot on a relay; a peer that cannot dial it
// asks the relay for a circuit; both then dial the relay's port with a token (circuit/circuit_wire.h)
// and the relay splices the two streams. The secure channel runs end to end through the splice.
struct Reserve {};
struct Reserved {
    bool ok = false;
    QString detail;
    qint64 ttlMs = 0;
};
struct CircuitRequest {
    QByteArray nonce;
    QByteArray target;
};
// ok: dial port with token; peer is where the relay sees the target (compact endpoint).
struct CircuitAnswer {
    QByteArray nonce;
    bool ok = false;
    QString detail;
    QByteArray token;
    quint16 port = 0;
    QByteArray peer;
};
// To the reserved target: dial port with token; from is the requester's key, seen its endpoint.
struct CircuitIncoming {
    QByteArray token;
    quint16 port = 0;
    QByteArray from;
    QByteArray seen;
};
constexpr qsizetype kMaxCircuitNonce = 16;
// Hole punching over a relayed connection (docs/NAT.md, DCUtR's shape): the side with the smaller
// key offers (its punching port), the other answers (its port) or refuses; the offerer measures
// the round trip, sends go and dials half a round trip later; the other dials when go arrives.
enum class PunchPhase { Offer = 0, Answer = 1, Go = 2, Refuse = 3 };
struct HolePunch {
    QByteArray nonce;
    PunchPhase phase = PunchPhase::Offer;
    quint16 port = 0;
    QString detail;
};
constexpr qsizetype kCircuitTokenBytes = 16;

// A known type that this build does not handle yet (counted and ignored, never an error).
struct Unhandled {
    int type = 0;
};

using Message = std::variant<Hello, Ping, Pong, Join, Leave, RoomMessage, Bye, Data, Peers, Directed, Announce, Reply,
                             Relay, DialBack, DialBackResult, FileRequest, FileChunk, Reserve, Reserved, CircuitRequest,
                             CircuitAnswer, CircuitIncoming, HolePunch, Unhandled>;

QString typeName(const Message &m);

// The compact endpoint of Hello::observed (and BEP 42's "ip"): 6 or 18 bytes.
QByteArray encodeEndpoint(const QHostAddress &host, quint16 port);
struct Endpoint {
    QHostAddress host;
    quint16 port = 0;
};
std::optional<Endpoint> decodeEndpoint(QByteArrayView compact);

}  // namespace swarmscope::wire
