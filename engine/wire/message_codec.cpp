#include "wire/message_codec.h"

#include "wire/cbor_head.h"
#include "wire/file_chunk_codec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QtEndian>

#include <cstring>
#include <optional>

namespace swarmscope::wire {

namespace {

const QString kT = QStringLiteral("t");

Error malformed(const QString &detail)
{
    return makeError(ErrorCode::MalformedMessage, detail);
}

struct Encoder {
    QCborMap operator()(const Hello &m) const
    {
        QCborArray topics;
        for (const QByteArray &t : m.topics)
            topics.append(t);
        QCborMap map{{kT, int(Type::Hello)},
                     {QStringLiteral("agent"), m.agent},
                     {QStringLiteral("version"), m.version},
                     {QStringLiteral("port"), m.listenPort},
                     {QStringLiteral("topics"), topics}};
        if (!m.observed.isEmpty())
            map.insert(QStringLiteral("seen"), m.observed);
        if (!m.name.isEmpty() || !m.nameSignature.isEmpty()) {
            map.insert(QStringLiteral("name"), m.name);
            map.insert(QStringLiteral("name-sig"), m.nameSignature);
        }
        if (m.batches)
            map.insert(QStringLiteral("batch"), true);
        return map;
    }
    QCborMap operator()(const DialBack &m) const
    {
        return QCborMap{
            {kT, int(Type::DialBack)}, {QStringLiteral("nonce"), m.nonce}, {QStringLiteral("port"), m.port}};
    }
    QCborMap operator()(const DialBackResult &m) const
    {
        return QCborMap{{kT, int(Type::DialBackResult)},
                        {QStringLiteral("nonce"), m.nonce},
                        {QStringLiteral("ok"), m.reachable},
                        {QStringLiteral("detail"), m.detail}};
    }
    QCborMap operator()(const Reserve &) const { return QCborMap{{kT, int(Type::Reserve)}}; }
    QCborMap operator()(const Reserved &m) const
    {
        return QCborMap{{kT, int(Type::Reserved)},
                        {QStringLiteral("ok"), m.ok},
                        {QStringLiteral("detail"), m.detail},
                        {QStringLiteral("ttl"), m.ttlMs}};
    }
    QCborMap operator()(const CircuitRequest &m) const
    {
        return QCborMap{
            {kT, int(Type::CircuitRequest)}, {QStringLiteral("nonce"), m.nonce}, {QStringLiteral("to"), m.target}};
    }
    QCborMap operator()(const CircuitAnswer &m) const
    {
        QCborMap map{{kT, int(Type::CircuitAnswer)},
                     {QStringLiteral("nonce"), m.nonce},
                     {QStringLiteral("ok"), m.ok},
                     {QStringLiteral("detail"), m.detail}};
        if (m.ok) {
            map.insert(QStringLiteral("token"), m.token);
            map.insert(QStringLiteral("port"), m.port);
            map.insert(QStringLiteral("peer"), m.peer);
        }
        return map;
    }
    QCborMap operator()(const CircuitIncoming &m) const
    {
        return QCborMap{{kT, int(Type::CircuitIncoming)},
                        {QStringLiteral("token"), m.token},
                        {QStringLiteral("port"), m.port},
                        {QStringLiteral("from"), m.from},
                        {QStringLiteral("seen"), m.seen}};
    }
    QCborMap operator()(const HolePunch &m) const
    {
        return QCborMap{{kT, int(Type::HolePunch)},
                        {QStringLiteral("nonce"), m.nonce},
                        {QStringLiteral("phase"), int(m.phase)},
                        {QStringLiteral("port"), m.port},
                        {QStringLiteral("detail"), m.detail}};
    }
    QCborMap operator()(const Ping &m) const
    {
        return QCborMap{
            {kT, int(Type::Ping)}, {QStringLiteral("nonce"), qint64(m.nonce)}, {QStringLiteral("ms"), m.monotonicMs}};
    }
    QCborMap operator()(const Pong &m) const
    {
        return QCborMap{
            {kT, int(Type::Pong)}, {QStringLiteral("nonce"), qint64(m.nonce)}, {QStringLiteral("ms"), m.monotonicMs}};
    }
    QCborMap operator()(const Join &m) const
    {
        return QCborMap{{kT, int(Type::Join)}, {QStringLiteral("topic"), m.topic}};
    }
    QCborMap operator()(const Leave &m) const
    {
        return QCborMap{{kT, int(Type::Leave)}, {QStringLiteral("topic"), m.topic}};
    }
    QCborMap operator()(const RoomMessage &m) const
    {
        return QCborMap{
            {kT, int(Type::RoomMessage)}, {QStringLiteral("p"), m.payload}, {QStringLiteral("s"), m.signature}};
    }
    QCborMap operator()(const Bye &m) const
    {
        return QCborMap{{kT, int(Type::Bye)}, {QStringLiteral("reason"), m.reason}};
    }
    QCborMap operator()(const Data &m) const { return QCborMap{{kT, int(Type::Data)}, {QStringLiteral("d"), m.bytes}}; }
    QCborMap operator()(const Peers &m) const
    {
        QCborArray list;
        for (const PeerEndpoint &p : m.peers) {
            QCborMap e{{QStringLiteral("host"), p.host}, {QStringLiteral("port"), p.port}};
            if (!p.key.isEmpty())
                e.insert(QStringLiteral("key"), p.key);  // older peers read host and port: the relay itself
            list.append(e);
        }
        return QCborMap{{kT, int(Type::Peers)}, {QStringLiteral("topic"), m.topic}, {QStringLiteral("peers"), list}};
    }
    QCborMap operator()(const Directed &m) const
    {
        return QCborMap{{kT, int(Type::DirectMessage)},
                        {QStringLiteral("to"), m.to},
                        {QStringLiteral("room"), m.room},
                        {QStringLiteral("box"), m.box}};
    }
    QCborMap operator()(const Announce &m) const
    {
        return QCborMap{{kT, int(Type::Announce)},          {QStringLiteral("id"), m.id},
                        {QStringLiteral("type"), m.type},   {QStringLiteral("data"), m.data},
                        {QStringLiteral("limit"), m.limit}, {QStringLiteral("hops"), m.hops}};
    }
    QCborMap operator()(const Reply &m) const
    {
        return QCborMap{
            {kT, int(Type::Reply)},           {QStringLiteral("id"), m.id},     {QStringLiteral("reply"), m.request},
            {QStringLiteral("type"), m.type}, {QStringLiteral("data"), m.data}, {QStringLiteral("hops"), m.hops}};
    }
    QCborMap operator()(const Relay &m) const
    {
        QCborArray path;
        for (const QByteArray &hop : m.path)
            path.append(hop);
        return QCborMap{
            {kT, int(Type::Relay)},         {QStringLiteral("to"), m.to},       {QStringLiteral("from"), m.from},
            {QStringLiteral("path"), path}, {QStringLiteral("nonce"), m.nonce}, {QStringLiteral("data"), m.data}};
    }
    QCborMap operator()(const FileRequest &m) const
    {
        return QCborMap{{kT, int(Type::FileRequest)},
                        {QStringLiteral("id"), m.id},
                        {QStringLiteral("off"), m.offset},
                        {QStringLiteral("len"), m.length}};
    }
    QCborMap operator()(const FileChunk &m) const
    {
        return QCborMap{{kT, int(Type::FileChunk)},
                        {QStringLiteral("id"), m.id},
                        {QStringLiteral("off"), m.offset},
                        {QStringLiteral("d"), m.data}};
    }
    QCborMap operator()(const Unhandled &m) const { return QCborMap{{kT, m.type}}; }
};

// Typed field access that refuses wrong types instead of coercing them.
class Fields {
public:
    explicit Fields(const QCborMap &map) : m_map(map) {}
    const QString &error() const { return m_error; }

    QByteArray bytes(const QString &key, qsizetype exactSize = -1, qsizetype maxSize = -1)
    {
        const QCborValue v = m_map.value(key);
        if (!v.isByteArray())
            return fail(key, QStringLiteral("bytes")), QByteArray();
        QByteArray b = v.toByteArray();
        if ((exactSize >= 0 && b.size() != exactSize) || (maxSize >= 0 && b.size() > maxSize))
            return fail(key, QStringLiteral("a different length")), QByteArray();
        return b;
    }
    QString text(const QString &key, qsizetype maxChars)
    {
        const QCborValue v = m_map.value(key);
        if (!v.isString() || v.toString().size() > maxChars)
            return fail(key, QStringLiteral("text of at most %1 characters").arg(maxChars)), QString();
        return v.toString();
    }
    qint64 integer(const QString &key, qint64 min, qint64 max)
    {
        const QCborValue v = m_map.value(key);
        if (!v.isInteger() || v.toInteger() < min || v.toInteger() > max)
            return fail(key, QStringLiteral("an integer in [%1, %2]").arg(min).arg(max)), 0;
        return v.toInteger();
    }
    QCborArray array(const QString &key, qsizetype maxItems)
    {
        const QCborValue v = m_map.value(key);
        if (!v.isArray() || v.toArray().size() > maxItems)
            return fail(key, QStringLiteral("an array of at most %1 items").arg(maxItems)), QCborArray();
        return v.toArray();
    }
    bool ok() const { return m_error.isEmpty(); }

private:
    void fail(const QString &key, const QString &expected)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("field '%1' must be %2").arg(key, expected);
    }
    const QCborMap &m_map;
    QString m_error;
};

constexpr qint64 kMaxInt = std::numeric_limits<qint64>::max();

Result<Message> decodeMap(Type type, const QCborMap &map)
{
    Fields f(map);
    Message out;
    switch (type) {
    case Type::Hello: {
        Hello h;
        h.agent = f.text(QStringLiteral("agent"), kMaxAgentChars);
        h.version = int(f.integer(QStringLiteral("version"), 0, 1 << 16));
        h.listenPort = quint16(f.integer(QStringLiteral("port"), 0, 65535));
        const QCborArray topics = f.array(QStringLiteral("topics"), kMaxTopicsPerHello);
        for (const QCborValue &t : topics) {
            if (!t.isByteArray() || t.toByteArray().size() != kTopicBytes)
                return malformed(QStringLiteral("hello topics must be 32-byte strings"));
            h.topics.append(t.toByteArray());
        }
        if (map.contains(QStringLiteral("seen"))) {
            h.observed = f.bytes(QStringLiteral("seen"), -1, 18);
            if (f.ok() && !decodeEndpoint(h.observed))
                return malformed(QStringLiteral("hello 'seen' must be a 6- or 18-byte endpoint"));
        }
        // Only the types are checked here: a name the swarm refuses is dropped, the hello kept.
        if (map.contains(QStringLiteral("name")) || map.contains(QStringLiteral("name-sig"))) {
            h.name = f.text(QStringLiteral("name"), kMaxNameWireChars);
            h.nameSignature = f.bytes(QStringLiteral("name-sig"), -1, 64);
        }
        if (map.contains(QStringLiteral("batch"))) {
            const QCborValue batches = map.value(QStringLiteral("batch"));
            if (!batches.isBool())
                return malformed(QStringLiteral("hello 'batch' must be true or false"));
            h.batches = batches.isTrue();
        }
        out = h;
        break;
    }
    case Type::Ping:
        out =
            Ping{quint64(f.integer(QStringLiteral("nonce"), 0, kMaxInt)), f.integer(QStringLiteral("ms"), 0, kMaxInt)};
        break;
    case Type::Pong:
        out =
            Pong{quint64(f.integer(QStringLiteral("nonce"), 0, kMaxInt)), f.integer(QStringLiteral("ms"), 0, kMaxInt)};
        break;
    case Type::Join: out = Join{f.bytes(QStringLiteral("topic"), kTopicBytes)}; break;
    case Type::Leave: out = Leave{f.bytes(QStringLiteral("topic"), kTopicBytes)}; break;
    case Type::RoomMessage:
        out = RoomMessage{f.bytes(QStringLiteral("p"), -1, 256 * 1024), f.bytes(QStringLiteral("s"), 64)};
        break;
    case Type::Bye: out = Bye{f.text(QStringLiteral("reason"), 256)}; break;
    case Type::Data: out = Data{f.bytes(QStringLiteral("d"))}; break;
    case Type::DialBack: {
        DialBack d{f.bytes(QStringLiteral("nonce"), -1, kMaxDialBackNonce),
                   quint16(f.integer(QStringLiteral("port"), 1, 65535))};
        out = d;
        break;
    }
    case Type::FileRequest:
        out = FileRequest{f.bytes(QStringLiteral("id"), kFileIdBytes), f.integer(QStringLiteral("off"), 0, kMaxInt),
                          f.integer(QStringLiteral("len"), 1, kMaxFileChunk)};
        break;
    case Type::FileChunk:
        out = FileChunk{f.bytes(QStringLiteral("id"), kFileIdBytes), f.integer(QStringLiteral("off"), 0, kMaxInt),
                        f.bytes(QStringLiteral("d"), -1, kMaxFileChunk)};
        break;
    case Type::DialBackResult: {
        DialBackResult r;
        r.nonce = f.bytes(QStringLiteral("nonce"), -1, kMaxDialBackNonce);
        const QCborValue ok = map.value(QStringLiteral("ok"));
        if (!ok.isBool())
            return malformed(QStringLiteral("field 'ok' must be a boolean"));
        r.reachable = ok.toBool();
        r.detail = f.text(QStringLiteral("detail"), 256);
        out = r;
        break;
    }
    case Type::DirectMessage:
        out = Directed{f.bytes(QStringLiteral("to"), 32), f.bytes(QStringLiteral("room"), kTopicBytes),
                       f.bytes(QStringLiteral("box"), -1, kMaxDirectedBox)};
        break;
    case Type::Announce: {
        Announce a;
        a.id = f.bytes(QStringLiteral("id"), -1, kMaxGossipId);
        a.type = f.bytes(QStringLiteral("type"), -1, kMaxGossipType);
        a.data = f.bytes(QStringLiteral("data"), -1, kMaxGossipData);
        a.limit = int(f.integer(QStringLiteral("limit"), 0, kMaxGossipHops));
        a.hops = int(f.integer(QStringLiteral("hops"), 0, kMaxGossipHops));
        if (f.ok() && a.id.isEmpty())
            return malformed(QStringLiteral("announce needs a non-empty id"));
        out = a;
        break;
    }
    case Type::Reply: {
        Reply r;
        r.id = f.bytes(QStringLiteral("id"), -1, kMaxGossipId);
        r.request = f.bytes(QStringLiteral("reply"), -1, kMaxGossipId);
        r.type = f.bytes(QStringLiteral("type"), -1, kMaxGossipType);
        r.data = f.bytes(QStringLiteral("data"), -1, kMaxGossipData);
        r.hops = int(f.integer(QStringLiteral("hops"), 0, kMaxGossipHops));
        out = r;
        break;
    }
    case Type::Relay: {
        Relay r;
        r.to = f.bytes(QStringLiteral("to"), 32);
        r.from = f.bytes(QStringLiteral("from"), 32);
        r.nonce = f.bytes(QStringLiteral("nonce"), -1, 32);
        r.data = f.bytes(QStringLiteral("data"), -1, kMaxRelayData);
        const QCborArray path = f.array(QStringLiteral("path"), kMaxRelayPath);
        for (const QCborValue &hop : path) {
            if (!hop.isByteArray() || hop.toByteArray().size() != 32)
                return malformed(QStringLiteral("relay path entries must be 32-byte keys"));
            r.path.append(hop.toByteArray());
        }
        out = r;
        break;
    }
    case Type::Peers: {
        Peers p;
        p.topic = f.bytes(QStringLiteral("topic"), kTopicBytes);
        const QCborArray list = f.array(QStringLiteral("peers"), kMaxPeersPerExchange);
        for (const QCborValue &v : list) {
            const QCborMap e = v.toMap();
            const QCborValue host = e.value(QStringLiteral("host")), port = e.value(QStringLiteral("port"));
            if (!v.isMap() || !host.isString() || host.toString().size() > 64 || !port.isInteger()
                || port.toInteger() <= 0 || port.toInteger() > 65535)
                return malformed(QStringLiteral("peers entries must be {host: text, port: 1..65535}"));
            const QCborValue key = e.value(QStringLiteral("key"));
            if (!key.isUndefined() && (!key.isByteArray() || key.toByteArray().size() != 32))
                return malformed(QStringLiteral("a peers entry's key must be 32 bytes"));
            p.peers.append(
                {host.toString(), quint16(port.toInteger()), key.isByteArray() ? key.toByteArray() : QByteArray()});
        }
        out = p;
        break;
    }
    case Type::Reserve: out = Reserve{}; break;
    case Type::HolePunch: {
        HolePunch h;
        h.nonce = f.bytes(QStringLiteral("nonce"), -1, kMaxCircuitNonce);
        h.phase = PunchPhase(f.integer(QStringLiteral("phase"), 0, int(PunchPhase::Refuse)));
        h.port = quint16(f.integer(QStringLiteral("port"), 0, 65535));
        h.detail = f.text(QStringLiteral("detail"), 256);
        out = h;
        break;
    }
    case Type::Reserved: {
        Reserved r;
        const QCborValue ok = map.value(QStringLiteral("ok"));
        if (!ok.isBool())
            return malformed(QStringLiteral("field 'ok' must be a boolean"));
        r.ok = ok.toBool();
        r.detail = f.text(QStringLiteral("detail"), 256);
        r.ttlMs = f.integer(QStringLiteral("ttl"), 0, 24 * 3600 * 1000);
        out = r;
        break;
    }
    case Type::CircuitRequest:
        out = CircuitRequest{f.bytes(QStringLiteral("nonce"), -1, kMaxCircuitNonce), f.bytes(QStringLiteral("to"), 32)};
        break;
    case Type::CircuitAnswer: {
        CircuitAnswer a;
        a.nonce = f.bytes(QStringLiteral("nonce"), -1, kMaxCircuitNonce);
        const QCborValue ok = map.value(QStringLiteral("ok"));
        if (!ok.isBool())
            return malformed(QStringLiteral("field 'ok' must be a boolean"));
        a.ok = ok.toBool();
        a.detail = f.text(QStringLiteral("detail"), 256);
        if (a.ok) {
            a.token = f.bytes(QStringLiteral("token"), kCircuitTokenBytes);
            a.port = quint16(f.integer(QStringLiteral("port"), 1, 65535));
            a.peer = f.bytes(QStringLiteral("peer"), -1, 18);
            if (f.ok() && !a.peer.isEmpty() && !decodeEndpoint(a.peer))
                return malformed(QStringLiteral("circuit answer 'peer' must be a 6- or 18-byte endpoint"));
        }
        out = a;
        break;
    }
    case Type::CircuitIncoming: {
        CircuitIncoming in{f.bytes(QStringLiteral("token"), kCircuitTokenBytes),
                           quint16(f.integer(QStringLiteral("port"), 1, 65535)), f.bytes(QStringLiteral("from"), 32),
                           f.bytes(QStringLiteral("seen"), -1, 18)};
        if (f.ok() && !in.seen.isEmpty() && !decodeEndpoint(in.seen))
            return malformed(QStringLiteral("circuit 'seen' must be a 6- or 18-byte endpoint"));
        out = in;
        break;
    }
    default: return malformed(QStringLiteral("type %1 is not decodable here").arg(int(type)));
    }
    if (!f.ok())
        return malformed(f.error());
    return out;
}

bool isKnownUnhandled(int t)
{
    switch (Type(t)) {
    case Type::RpcCall:
    case Type::RpcResult:
    case Type::RpcError: return true;  // RPC travels inside directed messages; the numbers stay reserved
    default: return false;
    }
}

}  // namespace

QString typeName(const Message &m)
{
    static const char *const names[] = {"hello",
                                        "ping",
                                        "pong",
                                        "join",
                                        "leave",
                                        "room-message",
                                        "bye",
                                        "data",
                                        "peers",
                                        "directed",
                                        "announce",
                                        "reply",
                                        "relay",
                                        "dial-back",
                                        "dial-back-result",
                                        "file-request",
                                        "file-chunk",
                                        "reserve",
                                        "reserved",
                                        "circuit-request",
                                        "circuit-answer",
                                        "circuit-incoming",
                                        "hole-punch",
                                        "unhandled"};
    return QString::fromLatin1(names[m.index()]);
}

QByteArray encodeEndpoint(const QHostAddress &host, quint16 port)
{
    QByteArray out;
    bool isV4 = false;
    const quint32 v4 = host.toIPv4Address(&isV4);
    if (isV4) {
        out.resize(4);
        qToBigEndian(v4, out.data());
    } else if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = host.toIPv6Address();
        out = QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    } else {
        return {};
    }
    char p[2];
    qToBigEndian(port, p);
    return out + QByteArray(p, 2);
}

std::optional<Endpoint> decodeEndpoint(QByteArrayView compact)
{
    if (compact.size() != 6 && compact.size() != 18)
        return std::nullopt;
    const qsizetype ipBytes = compact.size() - 2;
    Endpoint e;
    if (ipBytes == 4) {
        e.host = QHostAddress(qFromBigEndian<quint32>(compact.data()));
    } else {
        Q_IPV6ADDR v6;
        std::memcpy(v6.c, compact.data(), 16);
        e.host = QHostAddress(v6);
    }
    e.port = qFromBigEndian<quint16>(compact.data() + ipBytes);
    return e;
}

QByteArray encode(const Message &message)
{
    return std::visit(Encoder{}, message).toCborValue().toCbor();
}

void appendDataMessage(QByteArrayView bytes, QByteArray &out)
{
    // map(2) { "t": 16, "d": bytes } written byte by byte, with the byte string's head in its
    // shortest form: the bytes encode(Data{}) writes (the codec's fuzz target checks it), without
    // a stream writer per message.
    static const char kPrefix[] = {char(0xa2), 0x61, 't', 0x10, 0x61, 'd'};
    out.reserve(out.size() + qsizetype(sizeof kPrefix) + 9 + bytes.size());
    out.append(kPrefix, sizeof kPrefix);
    appendCborHead(out, CborMajor::ByteString, quint64(bytes.size()));
    out.append(bytes.data(), bytes.size());
}

namespace {
// Bulk data is the one hot path: recognise exactly what appendDataMessage writes,
// {"t": 16, "d": <bytes>}, without building a CBOR tree. Anything else takes the general path.
std::optional<Data> decodeDataFast(QByteArrayView b)
{
    static const char kPrefix[] = {char(0xa2), 0x61, 't', 0x10, 0x61, 'd'};
    constexpr qsizetype kPrefixSize = sizeof kPrefix;
    if (b.size() < kPrefixSize + 1 || std::memcmp(b.data(), kPrefix, kPrefixSize) != 0)
        return std::nullopt;
    qsizetype pos = kPrefixSize;
    quint64 length = 0;
    if (!readCborHead(b, pos, CborMajor::ByteString, length))
        return std::nullopt;  // not a byte string with a definite length
    if (quint64(b.size() - pos) != length)
        return std::nullopt;
    return Data{b.sliced(pos).toByteArray()};
}
}  // namespace

Result<Message> decode(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return malformed(QStringLiteral("empty message"));
    if (auto data = decodeDataFast(bytes))
        return Message(std::move(*data));
    QCborParserError err;
    const QCborValue root = QCborValue::fromCbor(bytes.toByteArray(), &err);
    if (err.error != QCborError::NoError)
        return malformed(QStringLiteral("bad CBOR at offset %1: %2").arg(err.offset).arg(err.errorString()));
    if (!root.isMap())
        return malformed(QStringLiteral("message is not a CBOR map"));
    const QCborMap map = root.toMap();
    const QCborValue t = map.value(kT);
    if (!t.isInteger() || t.toInteger() <= 0 || t.toInteger() > 0xffff)
        return malformed(QStringLiteral("message has no integer type 't'"));
    const int type = int(t.toInteger());
    if (type >= int(Type::Hello) && type <= int(Type::HolePunch) && !isKnownUnhandled(type))
        return decodeMap(Type(type), map);
    if (isKnownUnhandled(type))
        return Message(Unhandled{type});
    return makeError(ErrorCode::UnknownType, QStringLiteral("unknown message type %1").arg(type));
}

Result<Message> decodeOwned(QByteArray bytes)
{
    if (auto chunk = decodeFileChunkFast(bytes))
        return Message(std::move(*chunk));
    return decode(bytes);
}

}  // namespace swarmscope::wire
