#include "dht/krpc.h"

#include <QtEndian>

namespace swarmscope {

namespace {

Error bad(const char *reason, const QString &detail)
{
    return makeError(ErrorCode::MalformedMessage, QLatin1StringView(reason) + QStringLiteral(": ") + detail);
}

QString keyName(const char *where, const char *key)
{
    return QLatin1StringView(where) + QLatin1Char('.') + QLatin1StringView(key);
}

// A required byte string of an exact size (or any size with exactSize < 0).
Result<QByteArray> requireString(const BencodeValue &dict, const char *where, const char *key, int exactSize,
                                 const char *sizeReason)
{
    const BencodeValue *v = dict.find(key);
    if (!v)
        return bad("missing-field", keyName(where, key));
    if (!v->isString())
        return bad("wrong-type", keyName(where, key) + QStringLiteral(" is not a string"));
    if (exactSize >= 0 && v->toBytes().size() != exactSize)
        return bad(
            sizeReason,
            QStringLiteral("%1 has %2 bytes, not %3").arg(keyName(where, key)).arg(v->toBytes().size()).arg(exactSize));
    return v->toBytes();
}

Result<NodeId> requireId(const BencodeValue &dict, const char *where, const char *key, const char *reason)
{
    auto bytes = requireString(dict, where, key, NodeId::Size, reason);
    if (!bytes)
        return bytes.error();
    return *NodeId::fromBytes(*bytes);
}

BencodeValue str(const QByteArray &b)
{
    return BencodeValue::string(b);
}

QByteArray envelope(const QByteArray &tid, const char *y, const char *bodyKey, BencodeValue body,
                    const QByteArray &method = {})
{
    BencodeValue root = BencodeValue::dict();
    root.insert(QByteArrayLiteral("t"), str(tid));
    root.insert(QByteArrayLiteral("y"), str(QByteArray(y)));
    root.insert(QByteArrayLiteral("v"), str(Krpc::clientVersion()));
    if (!method.isEmpty())
        root.insert(QByteArrayLiteral("q"), str(method));
    root.insert(QByteArray(bodyKey), std::move(body));
    return root.encode();
}

BencodeValue argsWithId(const NodeId &self)
{
    BencodeValue a = BencodeValue::dict();
    a.insert(QByteArrayLiteral("id"), str(self.toBytes()));
    return a;
}

}  // namespace

const QByteArray &Krpc::clientVersion()
{
    // Two letters for the client and two bytes of version, as libtorrent does (BEP 20 style).
    static const QByteArray v = QByteArrayLiteral("SW\x00\x01");
    return v;
}

QByteArray Krpc::methodName(KrpcMessage::Method method)
{
    switch (method) {
    case KrpcMessage::Method::Ping: return QByteArrayLiteral("ping");
    case KrpcMessage::Method::FindNode: return QByteArrayLiteral("find_node");
    case KrpcMessage::Method::GetPeers: return QByteArrayLiteral("get_peers");
    case KrpcMessage::Method::AnnouncePeer: return QByteArrayLiteral("announce_peer");
    case KrpcMessage::Method::Unknown: break;
    }
    return QByteArrayLiteral("unknown");
}

KrpcMessage::Method Krpc::methodFrom(QByteArrayView name)
{
    if (name == "ping")
        return KrpcMessage::Method::Ping;
    if (name == "find_node")
        return KrpcMessage::Method::FindNode;
    if (name == "get_peers")
        return KrpcMessage::Method::GetPeers;
    if (name == "announce_peer")
        return KrpcMessage::Method::AnnouncePeer;
    return KrpcMessage::Method::Unknown;
}

Result<KrpcMessage> Krpc::parse(QByteArrayView datagram, const BencodeLimits &limits)
{
    auto root = BencodeValue::decode(datagram, limits);
    if (!root)
        return root.error();
    return fromBencode(*root);
}

Result<KrpcMessage> Krpc::fromBencode(const BencodeValue &root)
{
    if (!root.isDict())
        return bad("not-a-dict", QStringLiteral("the message is not a dictionary"));
    KrpcMessage m;
    auto tid = requireString(root, "msg", "t", -1, nullptr);
    if (!tid)
        return tid.error();
    if (tid->isEmpty() || tid->size() > MaxTransactionIdBytes)
        return bad("bad-transaction-id", QStringLiteral("transaction id of %1 bytes").arg(tid->size()));
    m.transactionId = *tid;
    auto y = requireString(root, "msg", "y", -1, nullptr);
    if (!y)
        return y.error();
    if (const BencodeValue *v = root.find("v"); v && v->isString())
        m.version = v->toBytes().left(16);

    if (*y == "q") {
        m.kind = KrpcMessage::Kind::Query;
        auto q = requireString(root, "msg", "q", -1, nullptr);
        if (!q)
            return q.error();
        m.methodName = q->left(64);
        m.method = methodFrom(*q);
        const BencodeValue *a = root.find("a");
        if (!a)
            return bad("missing-field", QStringLiteral("msg.a"));
        if (!a->isDict())
            return bad("wrong-type", QStringLiteral("msg.a is not a dictionary"));
        if (m.method == KrpcMessage::Method::Unknown) {
            // Answered with 204 whatever its arguments; keep the id when it has one.
            if (const BencodeValue *id = a->find("id"); id && id->isString() && id->toBytes().size() == NodeId::Size)
                m.senderId = *NodeId::fromBytes(id->toBytes());
            return m;
        }
        auto id = requireId(*a, "a", "id", "bad-id");
        if (!id)
            return id.error();
        m.senderId = *id;
        switch (m.method) {
        case KrpcMessage::Method::Ping:
        case KrpcMessage::Method::Unknown: break;
        case KrpcMessage::Method::FindNode: {
            auto target = requireId(*a, "a", "target", "bad-target");
            if (!target)
                return target.error();
            m.target = *target;
            break;
        }
        case KrpcMessage::Method::GetPeers:
        case KrpcMessage::Method::AnnouncePeer: {
            auto ih = requireString(*a, "a", "info_hash", NodeId::Size, "bad-infohash");
            if (!ih)
                return ih.error();
            m.infohash = *ih;
            if (m.method == KrpcMessage::Method::GetPeers)
                break;
            if (const BencodeValue *implied = a->find("implied_port")) {
                if (!implied->isInteger())
                    return bad("wrong-type", QStringLiteral("a.implied_port is not an integer"));
                m.impliedPort = implied->toInteger() != 0;
            }
            const BencodeValue *port = a->find("port");
            if (port && !port->isInteger())
                return bad("wrong-type", QStringLiteral("a.port is not an integer"));
            if (!m.impliedPort) {
                if (!port)
                    return bad("missing-field", QStringLiteral("a.port"));
                if (port->toInteger() < 1 || port->toInteger() > 65535)
                    return bad("bad-port", QStringLiteral("port %1").arg(port->toInteger()));
            }
            if (port && port->toInteger() >= 0 && port->toInteger() <= 65535)
                m.port = quint16(port->toInteger());
            auto token = requireString(*a, "a", "token", -1, nullptr);
            if (!token)
                return token.error();
            if (token->isEmpty() || token->size() > MaxTokenBytes)
                return bad("bad-token", QStringLiteral("token of %1 bytes").arg(token->size()));
            m.token = *token;
            break;
        }
        }
        return m;
    }

    if (*y == "r") {
        m.kind = KrpcMessage::Kind::Response;
        const BencodeValue *r = root.find("r");
        if (!r)
            return bad("missing-field", QStringLiteral("msg.r"));
        if (!r->isDict())
            return bad("wrong-type", QStringLiteral("msg.r is not a dictionary"));
        auto id = requireId(*r, "r", "id", "bad-id");
        if (!id)
            return id.error();
        m.senderId = *id;
        if (const BencodeValue *nodes = r->find("nodes")) {
            if (!nodes->isString())
                return bad("wrong-type", QStringLiteral("r.nodes is not a string"));
            auto decoded = decodeNodes(nodes->toBytes());
            if (!decoded)
                return decoded.error();
            m.nodes = *decoded;
        }
        if (const BencodeValue *values = r->find("values")) {
            if (!values->isList())
                return bad("wrong-type", QStringLiteral("r.values is not a list"));
            for (const BencodeValue &v : values->toList()) {
                if (!v.isString())
                    return bad("wrong-type", QStringLiteral("an entry of r.values is not a string"));
                if (v.toBytes().size() == 18)  // IPv6 (BEP 32): not used here
                    continue;
                const auto peer = decodePeer(v.toBytes());
                if (!peer)
                    return bad("bad-compact-peers",
                               QStringLiteral("an entry of r.values has %1 bytes").arg(v.toBytes().size()));
                m.values.append(*peer);
            }
        }
        if (const BencodeValue *token = r->find("token")) {
            if (!token->isString())
                return bad("wrong-type", QStringLiteral("r.token is not a string"));
            if (token->toBytes().isEmpty() || token->toBytes().size() > MaxTokenBytes)
                return bad("bad-token", QStringLiteral("token of %1 bytes").arg(token->toBytes().size()));
            m.token = token->toBytes();
        }
        if (const BencodeValue *ip = root.find("ip"); ip && ip->isString())
            m.yourAddress = decodePeer(ip->toBytes());
        return m;
    }

    if (*y == "e") {
        m.kind = KrpcMessage::Kind::Error;
        const BencodeValue *e = root.find("e");
        if (!e)
            return bad("missing-field", QStringLiteral("msg.e"));
        if (!e->isList())
            return bad("wrong-type", QStringLiteral("msg.e is not a list"));
        const auto &list = e->toList();
        if (list.empty() || !list[0].isInteger() || (list.size() > 1 && !list[1].isString()))
            return bad("bad-error", QStringLiteral("msg.e is not [code, message]"));
        m.errorCode = list[0].toInteger();
        if (list.size() > 1)
            m.errorMessage = list[1].toBytes().left(256);
        return m;
    }
    return bad("bad-message-type", QStringLiteral("msg.y is \"%1\"").arg(QString::fromLatin1(y->left(8).toHex())));
}

QByteArray Krpc::pingQuery(const QByteArray &tid, const NodeId &self)
{
    return envelope(tid, "q", "a", argsWithId(self), QByteArrayLiteral("ping"));
}

QByteArray Krpc::findNodeQuery(const QByteArray &tid, const NodeId &self, const NodeId &target)
{
    BencodeValue a = argsWithId(self);
    a.insert(QByteArrayLiteral("target"), str(target.toBytes()));
    return envelope(tid, "q", "a", std::move(a), QByteArrayLiteral("find_node"));
}

QByteArray Krpc::getPeersQuery(const QByteArray &tid, const NodeId &self, const QByteArray &infohash)
{
    BencodeValue a = argsWithId(self);
    a.insert(QByteArrayLiteral("info_hash"), str(infohash));
    return envelope(tid, "q", "a", std::move(a), QByteArrayLiteral("get_peers"));
}

QByteArray Krpc::announcePeerQuery(const QByteArray &tid, const NodeId &self, const QByteArray &infohash, quint16 port,
                                   bool impliedPort, const QByteArray &token)
{
    BencodeValue a = argsWithId(self);
    a.insert(QByteArrayLiteral("info_hash"), str(infohash));
    a.insert(QByteArrayLiteral("port"), BencodeValue::integer(port));
    a.insert(QByteArrayLiteral("implied_port"), BencodeValue::integer(impliedPort ? 1 : 0));
    a.insert(QByteArrayLiteral("token"), str(token));
    return envelope(tid, "q", "a", std::move(a), QByteArrayLiteral("announce_peer"));
}

QByteArray Krpc::response(const QByteArray &tid, const NodeId &self, const QList<CompactNode> &nodes,
                          const QList<DhtEndpoint> &values, const QByteArray &token,
                          std::optional<DhtEndpoint> requester)
{
    BencodeValue r = argsWithId(self);
    if (!nodes.isEmpty())
        r.insert(QByteArrayLiteral("nodes"), str(encodeNodes(nodes)));
    if (!values.isEmpty()) {
        BencodeValue list = BencodeValue::list();
        for (const DhtEndpoint &p : values)
            list.append(str(encodePeer(p)));
        r.insert(QByteArrayLiteral("values"), std::move(list));
    }
    if (!token.isEmpty())
        r.insert(QByteArrayLiteral("token"), str(token));
    BencodeValue root = BencodeValue::dict();
    root.insert(QByteArrayLiteral("t"), str(tid));
    root.insert(QByteArrayLiteral("y"), str(QByteArrayLiteral("r")));
    root.insert(QByteArrayLiteral("v"), str(clientVersion()));
    if (requester)
        root.insert(QByteArrayLiteral("ip"), str(encodePeer(*requester)));
    root.insert(QByteArrayLiteral("r"), std::move(r));
    return root.encode();
}

QByteArray Krpc::error(const QByteArray &tid, int code, const QByteArray &message)
{
    BencodeValue e = BencodeValue::list({BencodeValue::integer(code), str(message)});
    return envelope(tid, "e", "e", std::move(e));
}

QByteArray Krpc::encodeNodes(const QList<CompactNode> &nodes)
{
    QByteArray out;
    out.reserve(nodes.size() * CompactNodeSize);
    for (const CompactNode &n : nodes) {
        out += n.id.toBytes();
        out += encodePeer(n.endpoint);
    }
    return out;
}

Result<QList<CompactNode>> Krpc::decodeNodes(QByteArrayView bytes)
{
    if (bytes.size() % CompactNodeSize != 0)
        return bad("bad-compact-nodes",
                   QStringLiteral("%1 bytes is not a multiple of %2").arg(bytes.size()).arg(CompactNodeSize));
    QList<CompactNode> out;
    out.reserve(bytes.size() / CompactNodeSize);
    for (qsizetype at = 0; at < bytes.size(); at += CompactNodeSize) {
        CompactNode n;
        n.id = *NodeId::fromBytes(bytes.sliced(at, NodeId::Size));
        n.endpoint = *decodePeer(bytes.sliced(at + NodeId::Size, CompactPeerSize));
        out.append(n);
    }
    return out;
}

QByteArray Krpc::encodePeer(const DhtEndpoint &peer)
{
    QByteArray out(CompactPeerSize, Qt::Uninitialized);
    qToBigEndian(peer.ip, out.data());
    qToBigEndian(peer.port, out.data() + 4);
    return out;
}

std::optional<DhtEndpoint> Krpc::decodePeer(QByteArrayView bytes)
{
    if (bytes.size() != CompactPeerSize)
        return std::nullopt;
    return DhtEndpoint{qFromBigEndian<quint32>(bytes.data()), qFromBigEndian<quint16>(bytes.data() + 4)};
}

}  // namespace swarmscope
