#pragma once

#include "core/result.h"
#include "dht/bencode.h"
#include "dht/dht_endpoint.h"
#include "dht/node_id.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace swarmscope {

struct CompactNode {
    NodeId id;
    DhtEndpoint endpoint;
    bool operator==(const CompactNode &) const = default;
};

// One KRPC message (BEP 5), typed. Parsing checks the schema of the method it names; what a
// response means depends on the query it answers, which only the node knows (state check).
struct KrpcMessage {
    enum class Kind { Query, Response, Error };
    enum class Method { Ping, FindNode, GetPeers, AnnouncePeer, Unknown };

    Kind kind = Kind::Query;
    QByteArray transactionId;  // "t"
    QByteArray version;  // "v", optional

    // Query
    Method method = Method::Unknown;
    QByteArray methodName;  // "q" as sent
    // Query "a.id" or response "r.id"; always present in a parsed query of a known method and in
    // a response.
    NodeId senderId;
    NodeId target;  // find_node
    QByteArray infohash;  // get_peers, announce_peer
    quint16 port = 0;  // announce_peer
    bool impliedPort = false;
    QByteArray token;  // announce_peer (query) or get_peers (response)

    // Response
    QList<CompactNode> nodes;  // "nodes": 26-byte entries
    QList<DhtEndpoint> values;  // "values": 6-byte entries (IPv6 entries are skipped)
    std::optional<DhtEndpoint> yourAddress;  // "ip" (BEP 42): how the responder saw us

    // Error
    qint64 errorCode = 0;
    QByteArray errorMessage;
};

// Building and parsing KRPC datagrams. Parse errors are MalformedMessage with a detail
// "<reason>: ..." (reasons: not-a-dict, bad-transaction-id, bad-message-type, missing-field,
// wrong-type, bad-id, bad-target, bad-infohash, bad-port, bad-token, bad-compact-nodes,
// bad-compact-peers, bad-error); BencodeValue::reason() extracts it.
class Krpc final {
public:
    static constexpr int CompactNodeSize = 26;
    static constexpr int CompactPeerSize = 6;
    static constexpr int MaxTokenBytes = 64;
    static constexpr int MaxTransactionIdBytes = 32;
    // Error codes (BEP 5).
    static constexpr int GenericError = 201;
    static constexpr int ServerError = 202;
    static constexpr int ProtocolError = 203;
    static constexpr int MethodUnknown = 204;

    static QByteArray methodName(KrpcMessage::Method method);
    static KrpcMessage::Method methodFrom(QByteArrayView name);

    // Schema check of a decoded datagram. No state is touched.
    static Result<KrpcMessage> fromBencode(const BencodeValue &root);
    // Decode and check in one go (for tests and tools).
    static Result<KrpcMessage> parse(QByteArrayView datagram, const BencodeLimits &limits = {});

    static QByteArray pingQuery(const QByteArray &tid, const NodeId &self);
    static QByteArray findNodeQuery(const QByteArray &tid, const NodeId &self, const NodeId &target);
    static QByteArray getPeersQuery(const QByteArray &tid, const NodeId &self, const QByteArray &infohash);
    static QByteArray announcePeerQuery(const QByteArray &tid, const NodeId &self, const QByteArray &infohash,
                                        quint16 port, bool impliedPort, const QByteArray &token);
    // A response; empty lists and tokens are left out. `requester` fills "ip" (BEP 42).
    static QByteArray response(const QByteArray &tid, const NodeId &self, const QList<CompactNode> &nodes = {},
                               const QList<DhtEndpoint> &values = {}, const QByteArray &token = {},
                               std::optional<DhtEndpoint> requester = std::nullopt);
    static QByteArray error(const QByteArray &tid, int code, const QByteArray &message);

    static QByteArray encodeNodes(const QList<CompactNode> &nodes);
    static Result<QList<CompactNode>> decodeNodes(QByteArrayView bytes);
    static QByteArray encodePeer(const DhtEndpoint &peer);
    static std::optional<DhtEndpoint> decodePeer(QByteArrayView bytes);

    static const QByteArray &clientVersion();  // our "v"
};

}  // namespace swarmscope
