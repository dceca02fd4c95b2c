#include "dswarm_events.h"

#include "core/clock.h"

namespace swarmscope {

Event DswarmEvents::make(EventPayload payload) const
{
    return Event{m_clock.wallMs(), std::move(payload)};
}

Event DswarmEvents::listening(Transport transport, const Endpoint &at) const
{
    return make(DswarmListening{m_room, at, transport, m_ownId});
}

Event DswarmEvents::announce(const QByteArray &infohash, quint16 port, bool lan, bool dht) const
{
    return make(DswarmAnnounced{m_room, infohash, port, lan, dht});
}

Event DswarmEvents::peer(const Endpoint &peer, PeerSource source) const
{
    return make(DswarmPeerDiscovered{m_room, peer, source});
}

Event DswarmEvents::peerBanned(const Endpoint &peer, DswarmRefusal reason) const
{
    return make(DswarmPeerBanned{m_room, peer, reason});
}

Event DswarmEvents::peerRejected(const Endpoint &peer, DswarmRefusal reason) const
{
    return make(DswarmPeerRefused{m_room, peer, reason});
}

Event DswarmEvents::drop(const Endpoint &peer, int retries) const
{
    return make(DswarmCandidateDropped{m_room, peer, retries});
}

Event DswarmEvents::connecting(const Endpoint &peer, int retries) const
{
    return make(DswarmConnecting{m_room, peer, retries});
}

Event DswarmEvents::connectFailed(const Endpoint &peer, bool timedOut) const
{
    return make(DswarmConnectFailed{m_room, peer, timedOut});
}

Event DswarmEvents::handshaking(const Endpoint &peer, Direction direction) const
{
    return make(DswarmHandshaking{m_room, peer, direction, Transport::Tcp});
}

Event DswarmEvents::handshakeTimeout(const Endpoint &peer, Direction direction) const
{
    return make(DswarmHandshakeTimedOut{m_room, peer, direction, Transport::Tcp});
}

Event DswarmEvents::connection(const Endpoint &peer, const QByteArray &id, Direction direction,
                               quint64 connectionId) const
{
    return make(DswarmConnectionOpened{m_room, peer, id, direction, Transport::Tcp, ConnectionId{connectionId}});
}

Event DswarmEvents::connectionClosed(const Endpoint &peer, const QByteArray &id, Direction direction,
                                     quint64 connectionId) const
{
    return make(DswarmConnectionClosed{m_room, peer, id, direction, Transport::Tcp, ConnectionId{connectionId}});
}

Event DswarmEvents::redundantConnection(const Endpoint &peer, const QByteArray &id, Direction direction) const
{
    return make(DswarmRedundantConnection{m_room, peer, id, direction, Transport::Tcp});
}

Event DswarmEvents::rejected(const Endpoint &peer, DswarmRefusal reason, const QString &detail) const
{
    return make(DswarmRejected{m_room, peer, reason, detail});
}

Event DswarmEvents::updated(const QByteArray &infohash, int peers, int datagrams) const
{
    return make(DswarmLookupDone{m_room, infohash, peers, datagrams});
}

}  // namespace swarmscope
