#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "events/events.h"
#include "rooms/seen_cache.h"
#include "wire/directed_envelope.h"

#include <QObject>

namespace swarmscope {

class Connection;
class Identity;
class Swarm;

// Messages for one member of a room (direct messages, RPC, delivery receipts). Each is signed by
// its sender and sealed to its recipient; neighbours in the room carry it without being able to
// read it. It goes straight to the recipient when connected, else it floods the room's members,
// deduplicated by a bounded seen-cache.
class DirectMessages final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectMessages)

public:
    DirectMessages(const Identity &identity, Clock &clock, Swarm &swarm, int seenCapacity, qint64 seenTtlMs,
                   QObject *parent = nullptr);

    // Returns the id of the signed payload (what receipts name). NotConnected if no member of
    // the room is reachable at all: the caller keeps it for later.
    Result<QByteArray> send(const QByteArray &room, const PeerId &to, const QString &kind, const QByteArray &body);
    bool reachable(const QByteArray &room, const PeerId &to) const;

signals:
    void received(const swarmscope::wire::DirectedPayload &payload, const QByteArray &id, bool fromNeighbour);
    void event(const swarmscope::Event &event);
    void rejected(swarmscope::ErrorCode code);

private:
    void onMessage(Connection *c, const wire::Message &m);
    void route(const wire::Directed &d, Connection *except);

    const Identity &m_identity;
    Clock &m_clock;
    Swarm &m_swarm;
    SeenCache m_seenBoxes;  // loop busting for carried boxes
    SeenCache m_delivered;  // payload ids already delivered to us (replays)
    quint64 m_seq = 1;
};

}  // namespace swarmscope
