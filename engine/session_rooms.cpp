#include "session.h"

#include "bugout/bugout_backend.h"
#include "core/clock.h"
#include "core/logging.h"
#include "core/random.h"
#include "crypto/identity.h"
#include "dht/dht_node.h"
#include "files/file_transfers.h"
#include "discovery/lan_discovery.h"
#include "rooms/compat_backend.h"
#include "rooms/direct_chat.h"
#include "rooms/direct_messages.h"
#include "rooms/rooms.h"
#include "store/history.h"
#include "swarm/swarm.h"

#include <QSet>

// Rooms, chat history, direct messages (DirectChat keeps their outbox), and remote procedures.
namespace swarmscope {

namespace {
const QString kNativeDomain = QStringLiteral("swarmscope.local");
}  // namespace

RoomSnapshot Session::joinRoom(const QString &name, JoinOptions options)
{
    const bool fresh = !m_rooms->contains(name);
    RoomSnapshot snap = m_rooms->join(name, options);
    if (!fresh)
        return snap;
    noteJoined(RoomRef{RoomBackend::Native, name}.key());
    const quint16 port = m_swarm->listenPort();
    if (m_lan) {
        if (options.announce)
            m_lan->announce(snap.dhtKey, kNativeDomain, port);
        else if (options.lookup)
            m_lan->lookup(snap.dhtKey, kNativeDomain);
    }
    if (m_dht) {
        if (options.announce)
            m_dht->announce(snap.dhtKey, m_swarm->advertisedPort());  // a port mapped on the router, if any
        else if (options.lookup)
            m_dht->lookup(snap.dhtKey);
    }
    if (options.announce && (m_lan || m_dht))
        post(RoomAnnounced{RoomName{name}, port, bool(m_lan), bool(m_dht)});
    return snap;
}

void Session::leaveRoom(const QString &name)
{
    noteLeft(name);
    if (const auto ref = RoomRef::parse(name); ref && ref->backend != RoomBackend::Native) {
        if (CompatBackend *b = backend(ref->backend)) {
            b->leave(ref->name);
            m_roomsDirty = true;
            scheduleBatch();
        }
        return;
    }
    if (!m_rooms->contains(name))
        return;
    const QByteArray key = m_rooms->snapshot(name).dhtKey;
    m_rooms->leave(name);
    if (m_lan)
        m_lan->remove(key, kNativeDomain);
    if (m_dht)
        m_dht->remove(key);
}

// A room whose DHT round found only peers that turned us away (all full, say) would otherwise
// wait a whole announce interval alone: when nobody is left to try, look again, backing off from
// 30 s to 5 minutes, until a member is connected.
void Session::refreshLonelyRooms(qint64 nowMs)
{
    constexpr qint64 kFirstMs = 30000, kMaxMs = 300000;
    if (!m_dht)
        return;
    // Peers still queued or being dialled may be members: wait for them before asking again
    // (another round now would only dial the same peers twice).
    if (m_swarm->queuedCount() + m_swarm->connectingCount() > 0)
        return;
    QSet<QString> connected;
    for (const PeerSnapshot &p : peers())
        if (p.state == ConnectionState::Connected)
            for (const QString &room : p.rooms)
                connected.insert(room);
    for (const QString &name : m_rooms->names()) {
        if (connected.contains(name)) {
            m_lonelyRooms.remove(name);
            continue;
        }
        auto it = m_lonelyRooms.find(name);
        if (it == m_lonelyRooms.end()) {
            m_lonelyRooms.insert(name, {nowMs + kFirstMs, kFirstMs});
            continue;
        }
        if (nowMs < it->nextLookupMs)
            continue;
        m_dht->lookupNow(m_rooms->snapshot(name).dhtKey);
        it->backoffMs = qMin(it->backoffMs * 2, kMaxMs);
        it->nextLookupMs = nowMs + it->backoffMs;
    }
    for (auto it = m_lonelyRooms.begin(); it != m_lonelyRooms.end();)
        it = m_rooms->contains(it.key()) ? std::next(it) : m_lonelyRooms.erase(it);
}

QStringList Session::rooms() const
{
    QStringList names = m_rooms->names();
    for (const auto &[kind, b] : m_backends)
        for (const QString &name : b->rooms())
            names.append(RoomRef{kind, name}.key());
    return inJoinOrder(names);
}

RoomSnapshot Session::room(const QString &name) const
{
    if (const auto ref = RoomRef::parse(name); ref && ref->backend != RoomBackend::Native) {
        const CompatBackend *b = backend(ref->backend);
        return b ? b->room(ref->name) : RoomSnapshot{};
    }
    return m_rooms->snapshot(name);
}

std::optional<JoinOptions> Session::roomStatus(const QString &name) const
{
    if (!m_rooms->contains(name))
        return std::nullopt;
    return m_swarm->status(m_rooms->snapshot(name).topic);
}

void Session::onLanPeer(const QByteArray &key20, const QHostAddress &host, quint16 port)
{
    QHostAddress h = host;
    bool isV4 = false;
    const quint32 v4 = h.toIPv4Address(&isV4);
    if (isV4)
        h = QHostAddress(v4);
    const QByteArray topic = topicOfDhtKey(key20);
    if (!topic.isEmpty())
        m_swarm->addPeer({h.toString(), port, QStringLiteral("lan"), h.toString(), topic, true});
}

Result<ChatMessage> Session::sendMessage(const QString &room, const QString &text)
{
    if (text.isEmpty())
        return makeError(ErrorCode::MalformedMessage, QStringLiteral("empty message"));
    if (const auto ref = RoomRef::parse(room); ref && ref->backend != RoomBackend::Native) {
        CompatBackend *b = backend(ref->backend);
        if (!b)
            return makeError(ErrorCode::WrongRoom, QStringLiteral("not in room %1").arg(room));
        auto sent = b->send(ref->name, text);
        if (sent) {
            m_history->append(*sent);
            post(MessageSent{*sent});
        }
        return sent;
    }
    auto sent = m_rooms->send(room, text);
    if (sent) {
        m_history->append(*sent);
        post(MessageSent{*sent});
    }
    return sent;
}

void Session::setHeartbeat(qint64 intervalMs)
{
    m_config.heartbeatMs = intervalMs;
    m_rooms->setHeartbeat(intervalMs);
    m_bugout->setHeartbeat(intervalMs);
}

QList<ChatMessage> Session::history(const QString &room, int limit) const
{
    return m_history->load(room, limit);
}

QList<ChatMessage> Session::searchHistory(const QString &room, const QString &text) const
{
    return m_history->search(room, text);
}

Result<ChatMessage> Session::sendDirect(const QString &address, const QString &text, const QString &room)
{
    if (text.isEmpty())
        return makeError(ErrorCode::MalformedMessage, QStringLiteral("empty message"));
    if (!Identity::isAddress(address))
        return makeError(ErrorCode::BadAddress, QStringLiteral("'%1' is not an address").arg(address));
    // A member of a Bugout room is reached there: Bugout's send(address, message).
    const auto ref = RoomRef::parse(room);
    if ((ref && ref->backend == RoomBackend::Bugout) || (room.isEmpty() && m_bugout->roomOfMember(address))) {
        auto sent = m_bugout->sendTo(address, text, ref ? ref->name : QString());
        if (sent)
            m_history->append(*sent);
        return sent;
    }
    return m_directChat->send(address, text, room);
}

void Session::onDirect(const wire::DirectedPayload &payload, const QByteArray &wireId, bool fromNeighbour)
{
    const QString from = Identity::addressOf(payload.from);
    if (dropIfBlocked(from, payload.kind))
        return;  // a direct message, receipt, RPC call or file offer alike
    if (m_directChat->handle(payload, wireId, fromNeighbour))
        return;
    if (payload.kind.startsWith(QLatin1String("rpc-")))
        m_rpc->handle(payload);
    else if (FileTransfers::isFileKind(payload.kind))
        m_files->handle(payload);
}

void Session::deliver(ChatMessage message, const PeerId &via, std::optional<HostPort> endpoint)
{
    m_history->append(message);
    post(MessageReceived{std::move(message), via, std::move(endpoint)});
}

void Session::registerProcedure(const QString &name, const QString &doc, ProcedureFn fn)
{
    m_rpc->registerProcedure(name, doc, std::move(fn));
}

void Session::registerAsyncProcedure(const QString &name, const QString &doc, AsyncProcedureFn fn)
{
    m_rpc->registerAsyncProcedure(name, doc, std::move(fn));
}

QList<ProcedureInfo> Session::procedures() const
{
    return m_rpc->procedures();
}

Result<quint64> Session::callRpc(const QString &address, const QString &name, const QJsonValue &args, qint64 timeoutMs)
{
    if (m_bugout->roomOfMember(address))
        return m_bugout->call(address, name, args, timeoutMs);
    const auto member = m_rooms->findMember(address, QString());
    if (!member)
        return makeError(ErrorCode::NotConnected, QStringLiteral("%1 is not a member of any joined room").arg(address));
    return m_rpc->call(m_rooms->snapshot(member->first).topic, member->second, name, args, timeoutMs);
}

}  // namespace swarmscope
