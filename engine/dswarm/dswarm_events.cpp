#include "dswarm_events.h"

#include "core/clock.h"
#include "rooms/room_backend.h"

namespace swarmscope {

namespace {
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

EngineEvent DswarmEvents::make(const QString &kind, QJsonObject fields) const
{
    fields.insert(key("backend"), roomBackendName(RoomBackend::DiscoverySwarm));
    fields.insert(key("room"), m_room);
    return EngineEvent{m_clock.wallMs(), kind, std::move(fields)};
}

void DswarmEvents::addEndpoint(QJsonObject &fields, const Endpoint &peer)
{
    fields.insert(key("host"), peer.host);
    fields.insert(key("port"), peer.port);
}

EngineEvent DswarmEvents::listening(const QString &transport, const Endpoint &at) const
{
    QJsonObject f{{key("transport"), transport}, {key("id"), m_ownIdHex}};
    addEndpoint(f, at);
    return make(key("listening"), f);
}

EngineEvent DswarmEvents::announce(const QByteArray &infohash, quint16 port, bool lan, bool dht) const
{
    return make(key("announce"), {{key("infohash"), QString::fromLatin1(infohash.toHex())}, {key("port"), port},
                                  {key("lan"), lan}, {key("dht"), dht}});
}

EngineEvent DswarmEvents::peer(const Endpoint &peer, const QString &source) const
{
    QJsonObject f{{key("source"), source}};
    addEndpoint(f, peer);
    return make(key("peer"), f);
}

EngineEvent DswarmEvents::peerBanned(const Endpoint &peer, const QString &reason) const
{
    QJsonObject f{{key("reason"), reason}};
    addEndpoint(f, peer);
    return make(key("peer-banned"), f);
}

EngineEvent DswarmEvents::peerRejected(const Endpoint &peer, const QString &reason) const
{
    QJsonObject f{{key("reason"), reason}};
    addEndpoint(f, peer);
    return make(key("peer-rejected"), f);
}

EngineEvent DswarmEvents::drop(const Endpoint &peer, int retries) const
{
    QJsonObject f{{key("retries"), retries}};
    addEndpoint(f, peer);
    return make(key("drop"), f);
}

EngineEvent DswarmEvents::connecting(const Endpoint &peer, int retries) const
{
    QJsonObject f{{key("retries"), retries}};
    addEndpoint(f, peer);
    return make(key("connecting"), f);
}

EngineEvent DswarmEvents::connectFailed(const Endpoint &peer, bool timedOut) const
{
    QJsonObject f{{key("timedout"), timedOut}};
    addEndpoint(f, peer);
    return make(key("connect-failed"), f);
}

EngineEvent DswarmEvents::handshaking(const Endpoint &peer, bool initiator) const
{
    QJsonObject f{{key("type"), key("tcp")}, {key("initiator"), initiator}};
    addEndpoint(f, peer);
    return make(key("handshaking"), f);
}

EngineEvent DswarmEvents::handshakeTimeout(const Endpoint &peer, bool initiator) const
{
    QJsonObject f{{key("type"), key("tcp")}, {key("initiator"), initiator}};
    addEndpoint(f, peer);
    return make(key("handshake-timeout"), f);
}

EngineEvent DswarmEvents::connection(const Endpoint &peer, const QString &idHex, bool initiator,
                                     quint64 connectionId) const
{
    QJsonObject f{{key("id"), idHex}, {key("type"), key("tcp")}, {key("initiator"), initiator},
                  {key("connection"), double(connectionId)}};
    addEndpoint(f, peer);
    return make(key("connection"), f);
}

EngineEvent DswarmEvents::connectionClosed(const Endpoint &peer, const QString &idHex, bool initiator,
                                           quint64 connectionId) const
{
    QJsonObject f{{key("id"), idHex}, {key("type"), key("tcp")}, {key("initiator"), initiator},
                  {key("connection"), double(connectionId)}};
    addEndpoint(f, peer);
    return make(key("connection-closed"), f);
}

EngineEvent DswarmEvents::redundantConnection(const Endpoint &peer, const QString &idHex, bool initiator) const
{
    QJsonObject f{{key("id"), idHex}, {key("type"), key("tcp")}, {key("initiator"), initiator}};
    addEndpoint(f, peer);
    return make(key("redundant-connection"), f);
}

EngineEvent DswarmEvents::message(const Endpoint &peer, const QString &fromHex, const QString &text) const
{
    QJsonObject f{{key("from"), fromHex}, {key("text"), text}};
    addEndpoint(f, peer);
    return make(key("message"), f);
}

EngineEvent DswarmEvents::rejected(const Endpoint &peer, const QString &reason, const QString &detail) const
{
    QJsonObject f{{key("reason"), reason}, {key("detail"), detail}, {key("source"), key("discovery-swarm")}};
    addEndpoint(f, peer);
    return make(key("rejected"), f);
}

EngineEvent DswarmEvents::updated(const QByteArray &infohash, int peers, int datagrams) const
{
    return make(key("updated"), {{key("infohash"), QString::fromLatin1(infohash.toHex())}, {key("peers"), peers},
                                 {key("datagrams"), datagrams}});
}

} // namespace swarmscope
