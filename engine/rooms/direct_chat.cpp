#include "rooms/direct_chat.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/random.h"
#include "crypto/identity.h"
#include "rooms/direct_messages.h"
#include "rooms/rooms.h"
#include "store/history.h"
#include "swarm/swarm.h"
#include "wire/directed_envelope.h"

namespace swarmscope {

DirectChat::DirectChat(const Identity &identity, Clock &clock, Random &random, Swarm &swarm, Rooms &rooms,
                       DirectMessages &direct, History &history, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_clock(clock)
    , m_random(random)
    , m_swarm(swarm)
    , m_rooms(rooms)
    , m_direct(direct)
    , m_history(history)
{}

void DirectChat::post(EventPayload payload)
{
    emit event(Event{m_clock.wallMs(), std::move(payload)});
}

Result<ChatMessage> DirectChat::send(const QString &address, const QString &text, const QString &room)
{
    if (!room.isEmpty() && !m_rooms.contains(room))
        return makeError(ErrorCode::WrongRoom, QStringLiteral("not in room %1").arg(room));
    if (m_rooms.names().isEmpty())
        return makeError(ErrorCode::WrongRoom, QStringLiteral("join a room first"));

    ChatMessage m;
    m.id = m_random.bytes(32);
    m.fromAddress = m_identity.address();
    m.fromName = m_swarm.displayName();
    m.from = m_identity.id();
    m.timeMs = m_clock.wallMs();
    m.receivedMs = m.timeMs;
    m.kind = kKindDirect;
    m.text = text;
    m.own = true;
    m.direct = true;
    m.peerAddress = address;
    const auto member = m_rooms.findMember(address, room);
    m.room = member ? member->first : (room.isEmpty() ? m_rooms.names().first() : room);
    if (member) {
        if (auto wireId = m_direct.send(m_rooms.snapshot(m.room).topic, member->second, kKindDirect, text.toUtf8())) {
            m.state = DeliveryState::Sent;
            m_history.append(m);
            m_history.setWireId(m.id, *wireId, m.state);
            post(MessageSent{m});
            return m;
        }
    }
    // Not reachable now: keep it, and send it when the member is seen again.
    m.state = DeliveryState::Sending;
    m_history.append(m);
    m_history.queue({m.id, m.room, address, text, m.timeMs});
    post(DirectQueued{address, RoomName{m.room}, m.id});
    post(MessageSent{m});
    return m;
}

void DirectChat::onMemberSeen(const QString &room, const PeerId &member)
{
    const QString address = Identity::addressOf(member);
    for (const PendingDirect &p : m_history.pendingFor(address)) {
        const QString target = m_rooms.contains(p.room) ? p.room : room;
        auto wireId = m_direct.send(m_rooms.snapshot(target).topic, member, kKindDirect, p.text.toUtf8());
        if (!wireId)
            continue;
        m_history.dequeue(p.localId);
        m_history.setWireId(p.localId, *wireId, DeliveryState::Sent);
        post(DeliveryChanged{p.localId, address, DeliveryState::Sent});
    }
}

bool DirectChat::handle(const wire::DirectedPayload &payload, const QByteArray &wireId, bool fromNeighbour)
{
    const QString from = Identity::addressOf(payload.from);
    if (payload.kind == kKindDirect) {
        ChatMessage m;
        m.id = wireId;
        m.room = m_rooms.nameOfTopic(payload.room);
        m.from = payload.from;
        m.fromAddress = from;
        m.fromName = m_swarm.nameOf(payload.from);
        m.seq = payload.seq;
        m.timeMs = payload.timeMs;
        m.receivedMs = m_clock.wallMs();
        m.kind = kKindDirect;
        m.text = QString::fromUtf8(payload.body);
        m.direct = true;
        m.peerAddress = from;
        m.hops = fromNeighbour ? 0 : 1;
        emit received(m);
        // A receipt, so the sender can show "delivered". A member gone meanwhile gets none; its
        // copy stays "sent", which is what it is.
        if (!m_direct.send(payload.room, payload.from, kKindReceipt, wireId))
            qCDebug(lcRooms) << "no receipt for" << from << "(not reachable now)";
        return true;
    }
    if (payload.kind == kKindReceipt) {
        const QByteArray shown = m_history.idOfWire(payload.body);
        if (!shown.isEmpty()) {
            m_history.setState(shown, DeliveryState::Delivered);
            post(DeliveryChanged{shown, from, DeliveryState::Delivered});
        }
        return true;
    }
    return false;
}

}  // namespace swarmscope
