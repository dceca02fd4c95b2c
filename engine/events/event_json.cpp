#include "event_json.h"

#include "events/event_lines.h"

#include "crypto/identity.h"
#include "rooms/room_backend.h"

#include <QJsonArray>

// Field names here are the node's public JSON (README "Events"); tests/integration/event_shapes
// holds their shapes and fails on a rename or removal.
namespace swarmscope {

namespace eventjson {

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
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

QString addressText(const PeerId &peer)
{
    return peer.isNull() ? QString() : Identity::addressOf(peer);
}

}  // namespace swarmscope
