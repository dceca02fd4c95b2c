#include "rooms/rooms.h"

#include "core/logging.h"
#include "crypto/identity.h"
#include "swarm/connection.h"
#include "swarm/swarm.h"
#include "wire/signed_envelope.h"

#include <sodium.h>

namespace swarmscope {

namespace {
const QString kKindText = QStringLiteral("text");
const QString kKindLeave = QStringLiteral("leave");
const QString kKindPing = QStringLiteral("ping");
constexpr char kRoomKey[] = "swarmscope/room/v1";

QByteArray blake2b256(QByteArrayView data, QByteArrayView key = {})
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 32,
                       reinterpret_cast<const unsigned char *>(data.data()), quint64(data.size()),
                       reinterpret_cast<const unsigned char *>(key.data()), size_t(key.size()));
    return out;
}
}  // namespace

QByteArray Rooms::topicOf(const QString &name)
{
    return blake2b256(name.toUtf8(), QByteArrayView(kRoomKey, qsizetype(sizeof kRoomKey - 1)));
}

QByteArray Rooms::dhtKeyOf(const QByteArray &topic)
{
    return blake2b256(topic).left(20);
}

Rooms::Rooms(const Identity &identity, Clock &clock, Swarm &swarm, int seenCapacity, qint64 seenTtlMs, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_clock(clock)
    , m_swarm(swarm)
    , m_seen(seenCapacity, seenTtlMs)
    , m_heartbeatTimer(clock)
{
    connect(&m_swarm, &Swarm::peerTopicsChanged, this, &Rooms::onPeerTopicsChanged);
    connect(&m_swarm, &Swarm::connectionClosed, this, &Rooms::onConnectionClosed);
    connect(&m_swarm, &Swarm::messageReceived, this, &Rooms::onMessage);
}

Rooms::~Rooms() = default;

RoomSnapshot Rooms::join(const QString &name, JoinOptions options)
{
    if (!m_rooms.contains(name)) {
        Room room;
        room.name = name;
        room.topic = topicOf(name);
        room.dhtKey = dhtKeyOf(room.topic);
        m_nameByTopic.insert(room.topic, name);
        m_rooms.insert(name, room);
        m_swarm.join(room.topic, options);
        // Neighbours already in this room become members now.
        Room &r = m_rooms[name];
        for (Connection *c : m_swarm.peersInTopic(room.topic))
            markSeen(r, c->remoteId(), true);
        emitEvent(RoomJoined{RoomName{name}, TopicId{room.topic}, room.dhtKey});
        emit changed();
    }
    return snapshot(name);
}

void Rooms::leave(const QString &name)
{
    auto it = m_rooms.find(name);
    if (it == m_rooms.end())
        return;
    // Say goodbye to members beyond our neighbours, then stop holding the topic.
    if (auto sent = send(name, QString()); !sent.ok())
        qCDebug(lcRooms) << "leave notice not sent:" << sent.error().detail;
    const QByteArray topic = it->topic;
    m_swarm.leave(topic);
    m_nameByTopic.remove(topic);
    m_rooms.erase(it);
    emitEvent(RoomLeft{RoomName{name}});
    emit changed();
}

void Rooms::leaveAll()
{
    const QStringList all = names();
    for (const QString &n : all)
        leave(n);
}

QStringList Rooms::names() const
{
    QStringList n = m_rooms.keys();
    n.sort();
    return n;
}

RoomSnapshot Rooms::snapshot(const QString &name) const
{
    RoomSnapshot s;
    auto it = m_rooms.constFind(name);
    if (it == m_rooms.constEnd())
        return s;
    s.name = it->name;
    s.topic = it->topic;
    s.dhtKey = it->dhtKey;
    for (const Member &m : it->members) {
        s.members.append(m.address);
        if (!m.name.isEmpty())
            s.memberNames.insert(m.address, m.name);
        s.connectedMembers += m.directConnections > 0;
    }
    s.members.sort();
    return s;
}

QList<RoomSnapshot> Rooms::snapshots() const
{
    QList<RoomSnapshot> out;
    for (const QString &n : names())
        out.append(snapshot(n));
    return out;
}

QString Rooms::nameOfTopic(const QByteArray &topic) const
{
    return m_nameByTopic.value(topic);
}

Rooms::Room *Rooms::roomByTopic(const QByteArray &topic)
{
    auto name = m_nameByTopic.constFind(topic);
    if (name == m_nameByTopic.constEnd())
        return nullptr;
    auto it = m_rooms.find(*name);
    return it == m_rooms.end() ? nullptr : &*it;
}

Result<ChatMessage> Rooms::send(const QString &roomName, const QString &text)
{
    return sendKind(roomName, text.isNull() ? kKindLeave : kKindText, text);
}

Result<ChatMessage> Rooms::sendKind(const QString &roomName, const QString &kind, const QString &text)
{
    auto it = m_rooms.find(roomName);
    if (it == m_rooms.end())
        return makeError(ErrorCode::WrongRoom, QStringLiteral("not in room %1").arg(roomName));
    const QByteArray body = text.toUtf8();
    if (body.size() > wire::kMaxBodyBytes)
        return makeError(ErrorCode::FrameTooLarge, QStringLiteral("message longer than 64 KiB"));

    wire::RoomPayload p;
    p.room = it->topic;
    p.from = m_identity.id();
    p.seq = it->nextSeq++;
    p.timeMs = m_clock.wallMs();
    p.kind = kind;
    p.body = body;
    const wire::RoomMessage envelope = wire::sealRoomMessage(p, m_identity.keys());
    const QByteArray id = wire::messageId(envelope);
    m_seen.insert(id, m_clock.monotonicMs());  // our own message echoed back is not news
    emit idSeen(id, p.timeMs);
    flood(it->topic, envelope, nullptr);

    ChatMessage msg;
    msg.id = id;
    msg.room = roomName;
    msg.from = p.from;
    msg.fromAddress = m_identity.address();
    msg.fromName = m_swarm.displayName();
    msg.seq = p.seq;
    msg.timeMs = p.timeMs;
    msg.receivedMs = p.timeMs;
    msg.kind = p.kind;
    msg.text = text;
    msg.own = true;
    msg.state = m_swarm.routesInTopic(it->topic).isEmpty() ? DeliveryState::Sending : DeliveryState::Sent;
    return msg;
}

void Rooms::flood(const QByteArray &topic, const wire::RoomMessage &m, Connection *except)
{
    const QList<Connection *> targets = m_swarm.routesInTopic(topic);
    if (targets.isEmpty())
        return;
    for (Connection *c : targets)
        if (c != except)
            c->send(m);
}

void Rooms::onMessage(Connection *c, const wire::Message &m)
{
    if (const auto *rm = std::get_if<wire::RoomMessage>(&m))
        onRoomMessage(c, *rm);
}

void Rooms::onRoomMessage(Connection *from, const wire::RoomMessage &m)
{
    const QByteArray id = wire::messageId(m);
    if (m_seen.contains(id, m_clock.monotonicMs()))
        return;  // already delivered: the usual fate of a flooded message, not an error
    if (seenBefore && seenBefore(id)) {
        m_seen.insert(id, m_clock.monotonicMs());
        return;  // delivered in an earlier run: a replay
    }
    auto opened = wire::openRoomMessage(m);
    if (!opened) {
        reject(from, opened.error().code, opened.error().detail);
        return;
    }
    const wire::RoomPayload &p = *opened;
    Room *room = roomByTopic(p.room);
    if (!room) {
        reject(from, ErrorCode::WrongRoom, QStringLiteral("message for a room we are not in"));
        return;
    }
    if (p.from == m_identity.id()) {
        reject(from, ErrorCode::Duplicate,
               QStringLiteral("a message signed with our own key that this session did not send"));
        return;
    }
    const qint64 now = m_clock.wallMs();
    if (p.timeMs < now - kMaxMessageAgeMs || p.timeMs > now + kMaxClockSkewMs) {
        // Replays older than the persistent seen-cache, and clocks far in the future, stop here.
        reject(from, ErrorCode::Stale, QStringLiteral("message time %1 is outside the accepted window").arg(p.timeMs));
        return;
    }
    m_seen.insert(id, m_clock.monotonicMs());
    emit idSeen(id, p.timeMs);
    flood(room->topic, m, from);

    if (p.kind == kKindLeave) {
        markLeft(*room, p.from, LeaveReason::Leave);
        return;
    }
    markSeen(*room, p.from, false);
    if (p.kind == kKindPing) {
        emitEvent(MemberPinged{RoomName{room->name}, p.from});
        return;
    }
    if (p.kind != kKindText)
        return;  // kinds added by later versions travel on but are not shown here
    if (isBlocked && isBlocked(p.from)) {
        reject(from, ErrorCode::Blocked,
               QStringLiteral("a message in %1 from %2, who is blocked")
                   .arg(room->name, room->members.value(p.from).address));
        return;
    }

    ChatMessage msg;
    msg.id = id;
    msg.room = room->name;
    msg.from = p.from;
    msg.fromAddress = room->members.value(p.from).address;
    msg.fromName = room->members.value(p.from).name;
    msg.seq = p.seq;
    msg.timeMs = p.timeMs;
    msg.receivedMs = m_clock.wallMs();
    msg.kind = p.kind;
    msg.text = QString::fromUtf8(p.body);
    msg.hops = p.from == from->remoteId() ? 0 : 1;
    emit messageReceived(msg, from->remoteId());
}

void Rooms::onPeerTopicsChanged(Connection *c, const QList<QByteArray> &added, const QList<QByteArray> &removed)
{
    renameMember(c->remoteId(), c->peerName());
    for (const QByteArray &t : added)
        if (Room *r = roomByTopic(t))
            markSeen(*r, c->remoteId(), true);
    for (const QByteArray &t : removed) {
        if (Room *r = roomByTopic(t)) {
            auto it = r->members.find(c->remoteId());
            if (it != r->members.end() && --it->directConnections <= 0)
                markLeft(*r, c->remoteId(), LeaveReason::Leave);
        }
    }
}

void Rooms::onConnectionClosed(quint64, const PeerId &peer, const QList<QByteArray> &topics)
{
    for (const QByteArray &t : topics) {
        if (Room *r = roomByTopic(t)) {
            auto it = r->members.find(peer);
            if (it != r->members.end() && --it->directConnections <= 0)
                markLeft(*r, peer, LeaveReason::Disconnected);
        }
    }
}

void Rooms::renameMember(const PeerId &peer, const QString &name)
{
    // A later hello renames (or, without a name, unnames) a member we have.
    bool renamed = false;
    for (Room &room : m_rooms) {
        auto it = room.members.find(peer);
        if (it != room.members.end() && it->directConnections > 0 && it->name != name) {
            it->name = name;
            renamed = true;
        }
    }
    if (renamed)
        emit changed();
}

void Rooms::markSeen(Room &room, const PeerId &peer, bool direct)
{
    auto it = room.members.find(peer);
    const bool isNew = it == room.members.end();
    if (isNew) {
        it = room.members.insert(peer, Member{Identity::addressOf(peer), {}, 0, 0});
    }
    it->lastSeenMs = m_clock.monotonicMs();
    if (direct) {
        ++it->directConnections;
        // Names come only from a neighbour's own hello; one heard of through others stays unnamed.
        if (const QString name = m_swarm.nameOf(peer); !name.isEmpty())
            it->name = name;
    }
    if (isNew) {
        emitEvent(MemberSeen{RoomName{room.name}, peer, direct, it->name});
        // Server mode: a room named by an address has that address's owner as its server; the key
        // was proven (handshake or signature), so a look-alike cannot claim it.
        if (it->address == room.name)
            emitEvent(ServerSeen{RoomName{room.name}, peer});
        emit memberSeen(room.name, peer);
        emit changed();
    }
}

void Rooms::markLeft(Room &room, const PeerId &peer, LeaveReason why)
{
    auto it = room.members.find(peer);
    if (it == room.members.end())
        return;
    room.members.erase(it);
    emitEvent(MemberLeft{RoomName{room.name}, peer, why});
    emit changed();
}

void Rooms::setHeartbeat(qint64 intervalMs)
{
    m_heartbeatMs = intervalMs;
    m_heartbeatTimer.stop();
    if (intervalMs > 0)
        m_heartbeatTimer.start(intervalMs, [this] { heartbeat(); });
}

void Rooms::heartbeat()
{
    const qint64 now = m_clock.monotonicMs();
    for (const QString &name : names()) {
        Room &room = m_rooms[name];
        QList<PeerId> silent;
        for (auto it = room.members.cbegin(); it != room.members.cend(); ++it)
            if (it->lastSeenMs + 2 * m_heartbeatMs < now)
                silent.append(it.key());
        for (const PeerId &id : silent) {
            emitEvent(MemberTimedOut{RoomName{name}, id});
            markLeft(room, id, LeaveReason::Timeout);
        }
        if (auto sent = sendKind(name, kKindPing, QString()); !sent.ok())
            qCDebug(lcRooms) << "heartbeat not sent:" << sent.error().detail;
    }
    m_heartbeatTimer.start(m_heartbeatMs, [this] { heartbeat(); });
}

std::optional<PeerId> Rooms::memberId(const QString &room, const QString &address) const
{
    auto it = m_rooms.constFind(room);
    if (it == m_rooms.constEnd())
        return std::nullopt;
    for (auto m = it->members.cbegin(); m != it->members.cend(); ++m)
        if (m->address == address)
            return m.key();
    return std::nullopt;
}

std::optional<std::pair<QString, PeerId>> Rooms::findMember(const QString &address, const QString &room) const
{
    const QStringList candidates = room.isEmpty() ? names() : QStringList{room};
    for (const QString &r : candidates)
        if (const auto id = memberId(r, address))
            return std::make_pair(r, *id);
    return std::nullopt;
}

QStringList Rooms::roomsOfMember(const PeerId &id) const
{
    QStringList out;
    for (const Room &r : m_rooms)
        if (r.members.contains(id))
            out.append(r.name);
    out.sort();
    return out;
}

void Rooms::reject(Connection *c, ErrorCode code, const QString &detail)
{
    emit rejected(code);
    emitEvent(
        Rejected{RejectSource::Room, code, {}, detail, c ? c->remoteId() : PeerId{}, std::nullopt, {}, {}, {}, {}});
}

void Rooms::emitEvent(EventPayload payload)
{
    emit event(Event{m_clock.wallMs(), std::move(payload)});
}

}  // namespace swarmscope
