#pragma once

#include "core/result.h"
#include "events/events.h"
#include "snapshots.h"

#include <QObject>

namespace swarmscope {

class Clock;
class DirectMessages;
class History;
class Identity;
class Random;
class Rooms;
class Swarm;
namespace wire {
struct DirectedPayload;
}

// One-to-one chat between members of a native room (docs/ARCHITECTURE.md, the engine/rooms row):
// a message goes to the member now, or waits in the outbox (kept in the profile's history) until
// the member is seen again; the recipient answers with a receipt and the sender's copy turns
// "delivered". The session keeps what is not about native chat: blocking, Bugout's members,
// and delivering received messages to history and the event stream.
class DirectChat final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectChat)

public:
    static inline const QString kKindDirect = QStringLiteral("dm");
    static inline const QString kKindReceipt = QStringLiteral("ack");

    DirectChat(const Identity &identity, Clock &clock, Random &random, Swarm &swarm, Rooms &rooms,
               DirectMessages &direct, History &history, QObject *parent = nullptr);

    // To the member with this address, in `room` or the first room it is in; queued when it is
    // not reachable now. The text and address are checked by the caller.
    Result<ChatMessage> send(const QString &address, const QString &text, const QString &room);
    // A member was seen in a room: what waits for it goes out now.
    void onMemberSeen(const QString &room, const PeerId &member);
    // Takes a direct message or a receipt; false for the other kinds (RPC, files).
    bool handle(const wire::DirectedPayload &payload, const QByteArray &wireId, bool fromNeighbour);

signals:
    void received(const swarmscope::ChatMessage &message);  // a direct message for us
    void event(const swarmscope::Event &event);

private:
    void post(EventPayload payload);

    const Identity &m_identity;
    Clock &m_clock;
    Random &m_random;
    Swarm &m_swarm;
    Rooms &m_rooms;
    DirectMessages &m_direct;
    History &m_history;
};

}  // namespace swarmscope
