#include "event_json.h"

#include "events/event_lines.h"

#include "crypto/identity.h"
#include "rooms/room_backend.h"
#include "rooms/rpc.h"

#include <QJsonArray>

// Field names here are the node's public JSON (README "Events"); tests/integration/event_shapes
// holds their shapes and fails on a rename or removal.
namespace swarmscope {

namespace eventjson {

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

// Gossip types and data are short protocol words in practice; shown as text when printable.
QString printable(const QByteArray &b)
{
    for (char ch : b)
        if (ch < 0x20 || ch > 0x7e)
            return hex(b);
    return QString::fromLatin1(b);
}

QJsonObject object(Fields fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return o;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray addresses(const QList<PeerId> &peers)
{
    QJsonArray out;
    for (const PeerId &p : peers)
        out.append(addressText(p));
    return out;
}

QJsonObject hostPort(const HostPort &hp, Fields more)
{
    QJsonObject o = object(more);
    o.insert(QStringLiteral("host"), hp.host);
    o.insert(QStringLiteral("port"), hp.port);
    return o;
}

// A room by its key: a compatibility room as its backend names it, with "backend" beside it.
void insertRoom(QJsonObject &o, const QString &key)
{
    const RoomRef ref = RoomRef::parse(key).value_or(RoomRef{RoomBackend::Native, key});
    o.insert(QStringLiteral("room"), ref.backend == RoomBackend::Native ? key : ref.name);
    if (ref.backend != RoomBackend::Native)
        o.insert(QStringLiteral("backend"), roomBackendName(ref.backend));
}

QJsonObject countsObject(const QList<QPair<QString, quint64>> &counts)
{
    QJsonObject o;
    for (const auto &[reason, count] : counts)
        o.insert(reason, double(count));
    return o;
}

QJsonObject gossipFields(Fields fields)
{
    // Bugout's room "announce" shares an event name with gossip's: the subsystem tells them apart.
    QJsonObject o = object(fields);
    o.insert(QStringLiteral("subsystem"), QStringLiteral("gossip"));
    return o;
}

QJsonObject relayFields(Fields fields)
{
    QJsonObject o = object(fields);
    o.insert(QStringLiteral("subsystem"), QStringLiteral("relay"));
    return o;
}

QList<Line> lines(const Listening &e)
{
    return {{QStringLiteral("listening"),
             object({{QStringLiteral("host"), e.host},
                     {QStringLiteral("port"), e.port},
                     {QStringLiteral("transport"), transportName(e.transport)}})}};
}

QList<Line> lines(const PeerDiscovered &e)
{
    return {{QStringLiteral("peer"),
             hostPort(e.endpoint,
                      {{QStringLiteral("source"), peerSourceName(e.source)},
                       {QStringLiteral("referrer"), e.referrer},
                       {QStringLiteral("topic"), hex(e.topic.bytes)},
                       {QStringLiteral("local"), e.local}})}};
}

QList<Line> lines(const PeerRefused &e)
{
    return {{QStringLiteral("peer-rejected"),
             hostPort(e.endpoint,
                      {{QStringLiteral("reason"), errorCodeName(e.reason)}, {QStringLiteral("detail"), e.detail}})}};
}

QList<Line> lines(const PeerBanned &e)
{
    if (e.reason == BanReason::Self)
        return {{QStringLiteral("peer-banned"),
                 hostPort(e.endpoint, {{QStringLiteral("reason"), errorCodeName(ErrorCode::Self)}})}};
    return {{QStringLiteral("peer-banned"),
             object({{QStringLiteral("reason"), QStringLiteral("application")},
                     {QStringLiteral("address"), addressText(e.peer)},
                     {QStringLiteral("publicKey"), e.peer.toHex()},
                     {QStringLiteral("soft"), e.soft}})}};
}

QList<Line> lines(const IdentityConflict &e)
{
    return {{QStringLiteral("identity-conflict"),
             hostPort(e.endpoint,
                      {{QStringLiteral("direction"), directionName(e.direction)},
                       {QStringLiteral("detail"), QStringLiteral("another node uses this identity")}})}};
}

QList<Line> lines(const Connecting &e)
{
    return {{QStringLiteral("connecting"),
             hostPort(e.endpoint,
                      {{QStringLiteral("source"), peerSourceName(e.source)}, {QStringLiteral("retries"), e.retries}})}};
}

QList<Line> lines(const Handshaking &e)
{
    return {{QStringLiteral("handshaking"),
             hostPort(e.endpoint, {{QStringLiteral("direction"), directionName(e.direction)}})}};
}

QList<Line> lines(const ConnectionOpened &e)
{
    const QString address = addressText(e.peer);
    QJsonObject o = hostPort(e.endpoint,
                             {{QStringLiteral("address"), address},
                              {QStringLiteral("publicKey"), e.peer.toHex()},
                              {QStringLiteral("direction"), directionName(e.direction)},
                              {QStringLiteral("client"), e.direction == Direction::Outbound},
                              {QStringLiteral("source"), peerSourceName(e.source)},
                              {QStringLiteral("transport"), transportName(e.transport)},
                              {QStringLiteral("local"), e.local},
                              {QStringLiteral("path"), connectionPathName(e.path)},
                              {QStringLiteral("connection"), double(e.connection.value)}});
    if (!e.via.isEmpty())
        o.insert(QStringLiteral("via"), e.via);  // relayed: the relay's IP:PORT
    return {{QStringLiteral("connection"), o},
            // Bugout's low-level name for the same moment, so its users find what they know.
            {QStringLiteral("wireseen"), object({{QStringLiteral("address"), address}})}};
}

// The hello follows the handshake, so a neighbour's name comes after its "connection" line.
QList<Line> lines(const PeerNamed &e)
{
    return {{QStringLiteral("peer-name"),
             object({{QStringLiteral("address"), addressText(e.peer)},
                     {QStringLiteral("publicKey"), e.peer.toHex()},
                     {QStringLiteral("name"), e.name},
                     {QStringLiteral("connection"), double(e.connection.value)}})}};
}

QList<Line> lines(const ConnectFailed &e)
{
    return {{QStringLiteral("connect-failed"), hostPort(e.endpoint, {{QStringLiteral("detail"), e.detail}})}};
}

QList<Line> lines(const HandshakeTimedOut &e)
{
    return {{QStringLiteral("handshake-timeout"), hostPort(e.endpoint, {{QStringLiteral("detail"), e.detail}})}};
}

QList<Line> lines(const RedundantConnection &e)
{
    return {{QStringLiteral("redundant-connection"),
             hostPort(e.endpoint,
                      {{QStringLiteral("address"), addressText(e.peer)},
                       {QStringLiteral("direction"), directionName(e.direction)}})}};
}

QList<Line> lines(const ConnectionClosed &e)
{
    const QString address = addressText(e.peer);
    const QJsonObject fields = hostPort(e.endpoint,
                                        {{QStringLiteral("address"), address},
                                         {QStringLiteral("reason"), errorCodeName(e.reason)},
                                         {QStringLiteral("detail"), e.detail},
                                         {QStringLiteral("direction"), directionName(e.direction)},
                                         {QStringLiteral("connection"), double(e.connection.value)}});
    // discovery-swarm's and Bugout's names for the same moment.
    return {{QStringLiteral("connection-closed"), fields},
            {QStringLiteral("disconnection"), fields},
            {QStringLiteral("wireleft"), object({{QStringLiteral("address"), address}})}};
}

QList<Line> lines(const ConnectionCountChanged &e)
{
    return {{QStringLiteral("connections"), object({{QStringLiteral("count"), e.count}})}};
}

QList<Line> lines(const CandidateDropped &e)
{
    return {{QStringLiteral("drop"),
             hostPort(e.endpoint,
                      {{QStringLiteral("source"), peerSourceName(e.source)}, {QStringLiteral("retries"), e.retries}})}};
}

QList<Line> lines(const BackedOff &e)
{
    return {{QStringLiteral("backoff"),
             object({{QStringLiteral("address"), addressText(e.peer)},
                     {QStringLiteral("publicKey"), e.peer.toHex()},
                     {QStringLiteral("retries"), e.retries}})}};
}

QList<Line> lines(const DhtReady &e)
{
    return {
        {QStringLiteral("dht-ready"), object({{QStringLiteral("port"), e.port}, {QStringLiteral("nodes"), e.nodes}})}};
}

QList<Line> lines(const DhtNodeIdChanged &e)
{
    return {{QStringLiteral("dht-node-id"),
             object({{QStringLiteral("id"), hex(e.id)},
                     {QStringLiteral("previous"), hex(e.previous)},
                     {QStringLiteral("external"), e.external},
                     {QStringLiteral("rule"), QStringLiteral("bep42")}})}};
}

QList<Line> lines(const DhtLookupDone &e)
{
    return {{QStringLiteral("updated"),
             object({{QStringLiteral("room"), e.room.name},
                     {QStringLiteral("dhtKey"), hex(e.dhtKey)},
                     {QStringLiteral("peers"), e.peers},
                     {QStringLiteral("datagrams"), e.datagrams}})}};
}

QList<Line> lines(const RoomAnnounced &e)
{
    return {{QStringLiteral("announce"),
             object({{QStringLiteral("room"), e.room.name},
                     {QStringLiteral("port"), e.port},
                     {QStringLiteral("lan"), e.lan},
                     {QStringLiteral("dht"), e.dht}})}};
}

QList<Line> lines(const RoomJoined &e)
{
    return {{QStringLiteral("joined"),
             object({{QStringLiteral("room"), e.room.name},
                     {QStringLiteral("topic"), hex(e.topic.bytes)},
                     {QStringLiteral("dhtKey"), hex(e.dhtKey)}})}};
}

QList<Line> lines(const RoomLeft &e)
{
    return {{QStringLiteral("room-left"), object({{QStringLiteral("room"), e.room.name}})}};
}

// A display name, where one is known, beside the address it belongs to.
void insertName(QJsonObject &o, const QString &name)
{
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
}

QList<Line> lines(const MemberSeen &e)
{
    QJsonObject o = object({{QStringLiteral("room"), e.room.name},
                            {QStringLiteral("address"), addressText(e.peer)},
                            {QStringLiteral("direct"), e.direct}});
    insertName(o, e.name);
    return {{QStringLiteral("seen"), o}};
}

QList<Line> lines(const ServerSeen &e)
{
    return {{QStringLiteral("server"),
             object({{QStringLiteral("room"), e.room.name}, {QStringLiteral("address"), addressText(e.peer)}})}};
}

QList<Line> lines(const MemberLeft &e)
{
    return {{QStringLiteral("left"),
             object({{QStringLiteral("room"), e.room.name},
                     {QStringLiteral("address"), addressText(e.peer)},
                     {QStringLiteral("reason"), leaveReasonName(e.reason)}})}};
}

QList<Line> lines(const MemberPinged &e)
{
    return {{QStringLiteral("ping"),
             object({{QStringLiteral("room"), e.room.name}, {QStringLiteral("address"), addressText(e.peer)}})}};
}

QList<Line> lines(const MemberTimedOut &e)
{
    return {{QStringLiteral("timeout"),
             object({{QStringLiteral("room"), e.room.name}, {QStringLiteral("address"), addressText(e.peer)}})}};
}

QList<Line> lines(const MessageReceived &e)
{
    const ChatMessage &m = e.message;
    const auto ref = RoomRef::parse(m.room);
    if (ref && ref->backend == RoomBackend::Bugout)
        return {};  // BugoutMessage prints it, with Bugout's fields
    if (e.endpoint && ref && ref->backend == RoomBackend::DiscoverySwarm)
        return {dswarmMessageLine(m, RoomName{ref->name}, *e.endpoint)};
    QJsonObject o = m.direct ? object({{QStringLiteral("room"), m.room},
                                       {QStringLiteral("from"), m.fromAddress},
                                       {QStringLiteral("text"), m.text},
                                       {QStringLiteral("direct"), true},
                                       {QStringLiteral("id"), hex(m.id)}})
                             : object({{QStringLiteral("room"), m.room},
                                       {QStringLiteral("from"), m.fromAddress},
                                       {QStringLiteral("text"), m.text},
                                       {QStringLiteral("id"), hex(m.id)},
                                       {QStringLiteral("seq"), double(m.seq)},
                                       {QStringLiteral("sent"), double(m.timeMs)},
                                       {QStringLiteral("via"), addressText(e.via)}});
    insertName(o, m.fromName);
    return {{QStringLiteral("message"), o}};
}

QList<Line> lines(const MessageSent &e)
{
    const ChatMessage &m = e.message;
    if (const auto ref = RoomRef::parse(m.room); ref && ref->backend == RoomBackend::Bugout)
        return {};  // BugoutSent prints it, with Bugout's fields
    if (m.direct)
        return {{QStringLiteral("sent"),
                 object({{QStringLiteral("to"), m.peerAddress},
                         {QStringLiteral("room"), m.room},
                         {QStringLiteral("id"), hex(m.id)},
                         {QStringLiteral("direct"), true},
                         {QStringLiteral("state"),
                          m.state == DeliveryState::Sending ? QStringLiteral("pending") : QStringLiteral("sent")}})}};
    QJsonObject o = object({{QStringLiteral("id"), hex(m.id)}, {QStringLiteral("text"), m.text}});
    insertRoom(o, m.room);
    return {{QStringLiteral("sent"), o}};
}

QList<Line> lines(const DirectQueued &e)
{
    return {{QStringLiteral("queued-message"),
             object({{QStringLiteral("to"), e.to.text},
                     {QStringLiteral("room"), e.room.name},
                     {QStringLiteral("id"), hex(e.id)}})}};
}

QList<Line> lines(const DeliveryChanged &e)
{
    if (e.state == DeliveryState::Delivered)
        return {{QStringLiteral("delivered"),
                 object({{QStringLiteral("to"), e.to.text}, {QStringLiteral("id"), hex(e.id)}})}};
    return {{QStringLiteral("delivery"),
             object({{QStringLiteral("to"), e.to.text},
                     {QStringLiteral("id"), hex(e.id)},
                     {QStringLiteral("state"), deliveryStateName(e.state)}})}};
}

QList<Line> lines(const RpcCalled &e)
{
    const QString to = addressText(e.to);
    return {{QStringLiteral("rpc-call"),
             object({{QStringLiteral("to"), to},
                     {QStringLiteral("name"), e.name},
                     {QStringLiteral("id"), double(e.callId)},
                     {QStringLiteral("args"), e.args}})},
            {QStringLiteral("rpc-sent"),
             object({{QStringLiteral("id"), double(e.callId)},
                     {QStringLiteral("to"), to},
                     {QStringLiteral("name"), e.name}})}};
}

QList<Line> lines(const RpcRequested &e)
{
    return {{QStringLiteral("rpc"),
             object({{QStringLiteral("from"), e.from.text},
                     {QStringLiteral("name"), e.name},
                     {QStringLiteral("args"), e.args},
                     {QStringLiteral("id"), double(e.callId)}})}};
}

QList<Line> lines(const RpcAnswered &e)
{
    QJsonObject o = object({{QStringLiteral("to"), addressText(e.to)},
                            {QStringLiteral("name"), e.name},
                            {QStringLiteral("id"), double(e.callId)},
                            {QStringLiteral("latencyMs"), double(e.latencyMs)}});
    if (e.ok)
        o.insert(QStringLiteral("result"), e.result);
    else
        o.insert(QStringLiteral("error"), e.error);
    return {{QStringLiteral("rpc-answered"), o}};
}

// The "rpc-response" line (plus "procedures" for a list-procedures answer), with the fields the
// caller adds (a Bugout room's backend and room).
QList<Line> rpcResponseLines(const RpcResponse &r, QJsonObject fields)
{
    fields.insert(QStringLiteral("from"), r.peerAddress);
    fields.insert(QStringLiteral("name"), r.name);
    fields.insert(QStringLiteral("id"), double(r.callId));
    fields.insert(QStringLiteral("latencyMs"), double(r.latencyMs));
    if (r.ok)
        fields.insert(QStringLiteral("result"), r.result);
    else
        fields.insert(QStringLiteral("error"), r.error);
    QList<Line> out{{QStringLiteral("rpc-response"), fields}};
    if (r.ok && r.name == Rpc::kListProcedures)
        out.append({QStringLiteral("procedures"),
                    object({{QStringLiteral("address"), r.peerAddress}, {QStringLiteral("procedures"), r.result}})});
    return out;
}

QList<Line> lines(const RpcResponded &e)
{
    return rpcResponseLines(e.response, {});
}

QList<Line> lines(const GossipAnnounced &e)
{
    QList<Line> out{{QStringLiteral("announce"),
                     gossipFields({{QStringLiteral("id"), hex(e.id)},
                                   {QStringLiteral("type"), printable(e.type)},
                                   {QStringLiteral("bytes"), int(e.data.size())},
                                   {QStringLiteral("limit"), e.limit},
                                   {QStringLiteral("hops"), e.hops},
                                   {QStringLiteral("origin"), e.origin},
                                   {QStringLiteral("sent"), e.sent}})}};
    if (e.origin)  // the node's older name for its own announce
        out.append({QStringLiteral("announced"),
                    object({{QStringLiteral("id"), hex(e.id)},
                            {QStringLiteral("type"), QString::fromUtf8(e.type)},
                            {QStringLiteral("data"), QString::fromUtf8(e.data)},
                            {QStringLiteral("limit"), e.limit}})});
    return out;
}

QList<Line> lines(const GossipRequestReceived &e)
{
    const GossipRequest &r = e.request;
    return {{QStringLiteral("request"),
             gossipFields({{QStringLiteral("id"), hex(r.id)},
                           {QStringLiteral("type"), printable(r.type)},
                           {QStringLiteral("bytes"), int(r.data.size())},
                           {QStringLiteral("hops"), r.hops},
                           {QStringLiteral("limit"), r.limit},
                           {QStringLiteral("via"), r.viaAddress.text}})}};
}

QList<Line> lines(const GossipReply &e)
{
    QJsonObject o = gossipFields({{QStringLiteral("request"), hex(e.request)},
                                  {QStringLiteral("id"), hex(e.id)},
                                  {QStringLiteral("type"), printable(e.type)},
                                  {QStringLiteral("bytes"), int(e.data.size())},
                                  {QStringLiteral("role"), replyRoleName(e.role)}});
    if (e.role != ReplyRole::Sent) {
        o.insert(QStringLiteral("hops"), e.hops);
        o.insert(QStringLiteral("via"), addressText(e.via));
    }
    if (e.role != ReplyRole::Received)
        o.insert(QStringLiteral("to"), addressText(e.to));
    else
        o.insert(QStringLiteral("data"), printable(e.data));
    return {{QStringLiteral("reply"), o}};
}

QList<Line> lines(const RelaySent &e)
{
    return {{QStringLiteral("relay-sent"),
             relayFields({{QStringLiteral("to"), addressText(e.to)},
                          {QStringLiteral("nonce"), hex(e.nonce)},
                          {QStringLiteral("bytes"), e.bytes},
                          {QStringLiteral("next"), addresses(e.next)},
                          {QStringLiteral("reverse"), e.reverse}})}};
}

QList<Line> lines(const RelayReceived &e)
{
    return {{QStringLiteral("relay-message"),
             relayFields({{QStringLiteral("from"), addressText(e.from)},
                          {QStringLiteral("via"), addressText(e.via)},
                          {QStringLiteral("hops"), e.hops},
                          {QStringLiteral("bytes"), int(e.data.size())},
                          {QStringLiteral("text"), QString::fromUtf8(e.data)}})}};
}

QList<Line> lines(const RelayForwarded &e)
{
    return {{QStringLiteral("relay-forwarded"),
             relayFields({{QStringLiteral("from"), addressText(e.from)},
                          {QStringLiteral("to"), addressText(e.to)},
                          {QStringLiteral("via"), addressText(e.via)},
                          {QStringLiteral("hops"), e.hops},
                          {QStringLiteral("bytes"), e.bytes},
                          {QStringLiteral("next"), addresses(e.next)},
                          {QStringLiteral("reverse"), e.reverse}})}};
}

QList<Line> lines(const Rejected &e)
{
    const QString reason = e.reason.isEmpty() ? errorCodeName(e.code) : e.reason;
    QJsonObject o = object({{QStringLiteral("reason"), reason}, {QStringLiteral("detail"), e.detail}});
    switch (e.source) {
    case RejectSource::Connection:
    case RejectSource::Room:
    case RejectSource::Direct:
        o.insert(QStringLiteral("address"), addressText(e.peer));
        if (e.endpoint) {
            o.insert(QStringLiteral("host"), e.endpoint->host);
            o.insert(QStringLiteral("port"), e.endpoint->port);
        }
        break;
    case RejectSource::Gossip:
    case RejectSource::Relay:
        o.insert(QStringLiteral("code"), errorCodeName(e.code));
        if (!e.peer.isNull())
            o.insert(QStringLiteral("address"), addressText(e.peer));
        if (e.source == RejectSource::Gossip) {
            if (!e.gossipId.isEmpty())
                o.insert(QStringLiteral("id"), hex(e.gossipId));
            o.insert(QStringLiteral("subsystem"), QStringLiteral("gossip"));
        } else {
            o.insert(QStringLiteral("to"), addressText(e.relayTo));
            o.insert(QStringLiteral("from"), addressText(e.relayFrom));
            o.insert(QStringLiteral("subsystem"), QStringLiteral("relay"));
        }
        break;
    case RejectSource::Dht:
    case RejectSource::Lan:
    case RejectSource::Nat: o.insert(QStringLiteral("source"), rejectSourceName(e.source)); break;
    case RejectSource::Files:
        o.insert(QStringLiteral("source"), rejectSourceName(e.source));
        o.insert(QStringLiteral("address"), addressText(e.peer));
        break;
    case RejectSource::PeerRelay:
        o.insert(QStringLiteral("source"), rejectSourceName(e.source));
        o.insert(QStringLiteral("backend"), rejectSourceName(e.source));
        o.insert(QStringLiteral("peer"), e.remote);
        break;
    }
    return {{QStringLiteral("rejected"), o}};
}

QList<Line> lines(const std::monostate &)
{
    return {};
}

}  // namespace eventjson

namespace {

using namespace eventjson;

QList<Line> linesOf(const Event &event)
{
    return std::visit([](const auto &e) { return lines(e); }, event.payload.variant());
}

QJsonObject finish(const Line &line, qint64 timeMs)
{
    QJsonObject o = line.fields;
    o.insert(QStringLiteral("event"), line.name);
    o.insert(QStringLiteral("time"), double(timeMs));
    return o;
}

template <typename E, std::size_t N>
QString nameIn(const std::array<const char *, N> &names, E value)
{
    const auto i = std::size_t(value);
    return i < N ? QString::fromLatin1(names[i]) : QString();
}
template <typename E, std::size_t N>
std::optional<E> valueIn(const std::array<const char *, N> &names, const QString &name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return E(i);
    return std::nullopt;
}

constexpr std::array<const char *, 9> kTransports{"tcp", "ws",  "metrics", "memory", "bittorrent",
                                                  "lsd", "dht", "mdns",    "udp"};
constexpr std::array<const char *, 4> kConnectionStates{"connecting", "handshaking", "connected", "closed"};
constexpr std::array<const char *, 7> kCandidateStates{"queued",  "connecting", "connected",  "waiting",
                                                       "dropped", "banned",     "handshaking"};
constexpr std::array<const char *, 3> kPaths{"direct", "hole-punched", "relayed"};
constexpr std::array<const char *, 7> kSources{"manual", "lan", "dht", "pex", "book", "inbound", "lsd"};
constexpr std::array<const char *, 10> kRejectSources{"connection", "room", "direct", "gossip", "relay",
                                                      "dht",        "lan",  "nat",    "files",  "peer-relay"};
constexpr std::array<const char *, 3> kLeaveReasons{"leave", "disconnected", "timeout"};
constexpr std::array<const char *, 3> kReplyRoles{"sent", "received", "forwarded"};
constexpr std::array<const char *, 4> kDeliveryStates{"sending", "sent", "delivered", "received"};
constexpr std::array<const char *, 13> kDswarmRefusals{"whitelist",          "banned",           "duplicate",
                                                       "max-connections",    "connect-failed",   "handshake-timeout",
                                                       "bad-length-prefix",  "bad-id-length",    "line-too-long",
                                                       "lines-rate-limited", "send-buffer-full", "detected-self",
                                                       "redundant"};

}  // namespace

QJsonObject eventJson(const Event &event)
{
    const QList<Line> all = linesOf(event);
    return all.isEmpty() ? QJsonObject() : finish(all.first(), event.timeMs);
}

QList<QJsonObject> eventJsonLines(const Event &event)
{
    QList<QJsonObject> out;
    for (const Line &line : linesOf(event))
        out.append(finish(line, event.timeMs));
    return out;
}

QString eventName(const Event &event)
{
    const QList<Line> all = linesOf(event);
    return all.isEmpty() ? QString() : all.first().name;
}

QString transportName(Transport t)
{
    return nameIn(kTransports, t);
}
std::optional<Transport> transportFromName(const QString &name)
{
    return valueIn<Transport>(kTransports, name);
}
QString peerSourceName(PeerSource s)
{
    return nameIn(kSources, s);
}
std::optional<PeerSource> peerSourceFromName(const QString &name)
{
    return valueIn<PeerSource>(kSources, name);
}
QString directionName(Direction d)
{
    return d == Direction::Inbound ? QStringLiteral("inbound") : QStringLiteral("outbound");
}
QString connectionPathName(ConnectionPath p)
{
    return nameIn(kPaths, p);
}
QString connectionStateName(ConnectionState s)
{
    return nameIn(kConnectionStates, s);
}
QString candidateStateName(CandidateState s)
{
    return nameIn(kCandidateStates, s);
}
QString leaveReasonName(LeaveReason r)
{
    return nameIn(kLeaveReasons, r);
}
QString replyRoleName(ReplyRole r)
{
    return nameIn(kReplyRoles, r);
}
QString rejectSourceName(RejectSource s)
{
    return nameIn(kRejectSources, s);
}
QString deliveryStateName(DeliveryState s)
{
    return nameIn(kDeliveryStates, s);
}
QString dswarmRefusalName(DswarmRefusal r)
{
    return nameIn(kDswarmRefusals, r);
}

QString addressText(const PeerId &peer)
{
    return peer.isNull() ? QString() : Identity::addressOf(peer);
}

}  // namespace swarmscope
