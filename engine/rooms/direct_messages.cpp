#include "rooms/direct_messages.h"

#include "crypto/identity.h"
#include "swarm/connection.h"
#include "swarm/swarm.h"

#include <sodium.h>

namespace swarmscope {

namespace {
QByteArray boxId(const QByteArray &box)
{
    QByteArray id(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(id.data()), 32,
                       reinterpret_cast<const unsigned char *>(box.constData()), quint64(box.size()), nullptr, 0);
    return id;
}
}  // namespace

DirectMessages::DirectMessages(const Identity &identity, Clock &clock, Swarm &swarm, int seenCapacity, qint64 seenTtlMs,
                               QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_clock(clock)
    , m_swarm(swarm)
    , m_seenBoxes(seenCapacity, seenTtlMs)
    , m_delivered(seenCapacity, seenTtlMs)
{
    connect(&m_swarm, &Swarm::messageReceived, this, &DirectMessages::onMessage);
}

bool DirectMessages::reachable(const QByteArray &room, const PeerId &to) const
{
    return m_swarm.connectionTo(to) || !m_swarm.routesInTopic(room).isEmpty();
}

Result<QByteArray> DirectMessages::send(const QByteArray &room, const PeerId &to, const QString &kind,
                                        const QByteArray &body)
{
    if (!reachable(room, to))
        return makeError(ErrorCode::NotConnected, QStringLiteral("no member of the room is connected"));
    wire::DirectedPayload p;
    p.room = room;
    p.from = m_identity.id();
    p.to = to;
    p.seq = m_seq++;
    p.timeMs = m_clock.wallMs();
    p.kind = kind;
    p.body = body;
    const wire::Directed d = wire::sealDirected(p, m_identity.keys());
    m_seenBoxes.insert(boxId(d.box), m_clock.monotonicMs());
    route(d, nullptr);
    // Both sides name the message by the hash of its box: that is what receipts carry back.
    return boxId(d.box);
}

void DirectMessages::route(const wire::Directed &d, Connection *except)
{
    const PeerId to = PeerId::fromBytes(d.to);
    if (Connection *direct = m_swarm.connectionTo(to)) {
        if (direct != except)
            direct->send(d);
        return;
    }
    for (Connection *c : m_swarm.routesInTopic(d.room))
        if (c != except)
            c->send(d);
}

void DirectMessages::onMessage(Connection *c, const wire::Message &m)
{
    const auto *d = std::get_if<wire::Directed>(&m);
    if (!d)
        return;
    const QByteArray box = boxId(d->box);
    if (!m_seenBoxes.insert(box, m_clock.monotonicMs()))
        return;  // already carried or delivered
    if (!m_swarm.status(d->room)) {
        // Not a room of ours: neither ours to read nor ours to carry.
        emit rejected(ErrorCode::WrongRoom);
        emit event(Event{m_clock.wallMs(),
                         Rejected{RejectSource::Direct,
                                  ErrorCode::WrongRoom,
                                  {},
                                  QStringLiteral("directed message for a room we are not in"),
                                  c->remoteId(),
                                  std::nullopt,
                                  {},
                                  {},
                                  {},
                                  {}}});
        return;
    }
    if (d->to != m_identity.id().toBytes()) {
        route(*d, c);  // carry it on without reading it
        return;
    }
    auto opened = wire::openDirected(*d, m_identity.keys());
    if (!opened) {
        emit rejected(opened.error().code);
        emit event(Event{m_clock.wallMs(),
                         Rejected{RejectSource::Direct,
                                  opened.error().code,
                                  {},
                                  opened.error().detail,
                                  c->remoteId(),
                                  std::nullopt,
                                  {},
                                  {},
                                  {},
                                  {}}});
        return;
    }
    if (!m_delivered.insert(opened->id, m_clock.monotonicMs()))
        return;  // the same signed payload in a new box: a replay
    opened->payload.body.squeeze();
    emit received(opened->payload, box, opened->payload.from == c->remoteId());
}

}  // namespace swarmscope
