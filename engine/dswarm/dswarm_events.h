#pragma once

#include "events/events.h"

#include <QString>

namespace swarmscope {

class Clock;

// Every event of one discovery-swarm room, with discovery-swarm's meanings (its README), as kinds
// of the catalogue (engine/events/dswarm_events.h), stamped with the room and the time. The one
// place this backend builds events.
class DswarmEvents final {
public:
    using Endpoint = HostPort;

    DswarmEvents(Clock &clock, QString room, QByteArray ownId)
        : m_clock(clock)
        , m_room{std::move(room)}
        , m_ownId(std::move(ownId))
    {}

    Event listening(Transport transport, const Endpoint &at) const;  // with our id
    Event announce(const QByteArray &infohash, quint16 port, bool lan, bool dht) const;
    Event peer(const Endpoint &peer, PeerSource source) const;
    Event peerBanned(const Endpoint &peer, DswarmRefusal reason) const;
    Event peerRejected(const Endpoint &peer, DswarmRefusal reason) const;
    Event drop(const Endpoint &peer, int retries) const;
    Event connecting(const Endpoint &peer, int retries) const;
    Event connectFailed(const Endpoint &peer, bool timedOut) const;
    Event handshaking(const Endpoint &peer, Direction direction) const;
    Event handshakeTimeout(const Endpoint &peer, Direction direction) const;
    Event connection(const Endpoint &peer, const QByteArray &id, Direction direction, quint64 connectionId) const;
    Event connectionClosed(const Endpoint &peer, const QByteArray &id, Direction direction, quint64 connectionId) const;
    Event redundantConnection(const Endpoint &peer, const QByteArray &id, Direction direction) const;
    Event rejected(const Endpoint &peer, DswarmRefusal reason, const QString &detail) const;
    Event updated(const QByteArray &infohash, int peers, int datagrams) const;

private:
    Event make(EventPayload payload) const;

    Clock &m_clock;
    RoomName m_room;
    QByteArray m_ownId;
};

}  // namespace swarmscope
