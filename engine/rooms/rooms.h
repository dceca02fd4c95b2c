#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "events/events.h"
#include "rooms/seen_cache.h"
#include "snapshots.h"
#include "swarm/swarm_options.h"
#include "wire/messages.h"

#include <QHash>
#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

namespace swarmscope {

class Connection;
class Identity;
class Swarm;

// Room membership, presence (seen/left) and signed chat messages flooded to the room's members
// with loop busting. A message is delivered once however many paths it takes.
class Rooms final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Rooms)

public:
    Rooms(const Identity &identity, Clock &clock, Swarm &swarm, int seenCapacity, qint64 seenTtlMs,
          QObject *parent = nullptr);
    ~Rooms() override;

    RoomSnapshot join(const QString &name, JoinOptions options = {});
    void leave(const QString &name);
    void leaveAll();
    QStringList names() const;
    bool contains(const QString &name) const { return m_rooms.contains(name); }
    RoomSnapshot snapshot(const QString &name) const;
    QList<RoomSnapshot> snapshots() const;
    QString nameOfTopic(const QByteArray &topic) const;
    Result<ChatMessage> send(const QString &room, const QString &text);

    // Bugout's heartbeat(interval): a signed ping to the room every interval; a member silent
    // for two intervals gets "timeout" then "left". 0 turns it off.
    void setHeartbeat(qint64 intervalMs);
    std::optional<PeerId> memberId(const QString &room, const QString &address) const;
    // The member with this address in `room`, or in the first joined room it is in when `room` is empty.
    std::optional<std::pair<QString, PeerId>> findMember(const QString &address, const QString &room) const;
    QStringList roomsOfMember(const PeerId &id) const;
    // The replay cache beyond memory: ids seen in the last 24 h, even before a restart.
    std::function<bool(const QByteArray &id)> seenBefore;
    // Text from a blocked author is counted as "blocked" and not delivered; the message is still
    // flooded on, since blocking is this profile's choice and not the room's.
    std::function<bool(const PeerId &author)> isBlocked;
    static constexpr qint64 kMaxMessageAgeMs = 24LL * 3600 * 1000;
    static constexpr qint64 kMaxClockSkewMs = 10LL * 60 * 1000;

    static QByteArray topicOf(const QString &name);
    static QByteArray dhtKeyOf(const QByteArray &topic);

signals:
    void messageReceived(const swarmscope::ChatMessage &message, const swarmscope::PeerId &via);
    void memberSeen(const QString &room, const swarmscope::PeerId &id);
    void idSeen(const QByteArray &id, qint64 timeMs);  // for the persistent replay cache
    void event(const swarmscope::Event &event);
    void changed();
    void rejected(swarmscope::ErrorCode code);

private:
    struct Member {
        QString address;
        QString name;  // from the hello of a neighbour with this key, once there was one
        int directConnections = 0;  // neighbours in this room with this key
        qint64 lastSeenMs = 0;
    };
    struct Room {
        QString name;
        QByteArray topic;
        QByteArray dhtKey;
        QMap<PeerId, Member> members;
        quint64 nextSeq = 1;
    };

    void onPeerTopicsChanged(Connection *c, const QList<QByteArray> &added, const QList<QByteArray> &removed);
    void onConnectionClosed(quint64 id, const PeerId &peer, const QList<QByteArray> &topics);
    void onMessage(Connection *c, const wire::Message &m);
    void onRoomMessage(Connection *from, const wire::RoomMessage &m);
    Result<ChatMessage> sendKind(const QString &room, const QString &kind, const QString &text);
    void flood(const QByteArray &topic, const wire::RoomMessage &m, Connection *except);
    void renameMember(const PeerId &peer, const QString &name);
    void markSeen(Room &room, const PeerId &peer, bool direct);
    void markLeft(Room &room, const PeerId &peer, LeaveReason why);
    void heartbeat();
    void reject(Connection *c, ErrorCode code, const QString &detail);
    void emitEvent(EventPayload payload);
    Room *roomByTopic(const QByteArray &topic);

    const Identity &m_identity;
    Clock &m_clock;
    Swarm &m_swarm;
    SeenCache m_seen;
    QMap<QString, Room> m_rooms;  // few: a map allocates per room, a hash a whole span of them
    QMap<QByteArray, QString> m_nameByTopic;
    qint64 m_heartbeatMs = 0;
    ScopedTimer m_heartbeatTimer;
};

}  // namespace swarmscope
