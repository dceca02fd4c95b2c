// The discovery-swarm kinds as JSON (README "Events", docs/DISCOVERY_SWARM.md): discovery-swarm's
// event names, each with "backend" and the room's bare name.
#include "events/event_json.h"
#include "events/event_lines.h"

#include "rooms/room_backend.h"

namespace swarmscope::eventjson {

namespace {

Line roomLine(const QString &name, const RoomName &room, QJsonObject fields)
{
    fields.insert(QStringLiteral("backend"), roomBackendName(RoomBackend::DiscoverySwarm));
    fields.insert(QStringLiteral("room"), room.name);
    return {name, std::move(fields)};
}

// discovery-swarm's connection info: the transport as "type", who dialled as "initiator".
QJsonObject connectionInfo(const HostPort &endpoint, Transport transport, Direction direction, Fields more)
{
    QJsonObject o = hostPort(endpoint, more);
    o.insert(QStringLiteral("type"), transportName(transport));
    o.insert(QStringLiteral("initiator"), direction == Direction::Outbound);
    return o;
}

}  // namespace

QList<Line> lines(const DswarmListening &e)
{
    return {roomLine(
        QStringLiteral("listening"), e.room,
        hostPort(e.at,
                 {{QStringLiteral("transport"), transportName(e.transport)}, {QStringLiteral("id"), hex(e.id)}}))};
}

QList<Line> lines(const DswarmAnnounced &e)
{
    return {roomLine(QStringLiteral("announce"), e.room,
                     object({{QStringLiteral("infohash"), hex(e.infohash)},
                             {QStringLiteral("port"), e.port},
                             {QStringLiteral("lan"), e.lan},
                             {QStringLiteral("dht"), e.dht}}))};
}

QList<Line> lines(const DswarmPeerDiscovered &e)
{
    return {roomLine(QStringLiteral("peer"), e.room,
                     hostPort(e.endpoint, {{QStringLiteral("source"), peerSourceName(e.source)}}))};
}

QList<Line> lines(const DswarmPeerBanned &e)
{
    return {roomLine(QStringLiteral("peer-banned"), e.room,
                     hostPort(e.endpoint, {{QStringLiteral("reason"), dswarmRefusalName(e.reason)}}))};
}

QList<Line> lines(const DswarmPeerRefused &e)
{
    return {roomLine(QStringLiteral("peer-rejected"), e.room,
                     hostPort(e.endpoint, {{QStringLiteral("reason"), dswarmRefusalName(e.reason)}}))};
}

QList<Line> lines(const DswarmCandidateDropped &e)
{
    return {roomLine(QStringLiteral("drop"), e.room, hostPort(e.endpoint, {{QStringLiteral("retries"), e.retries}}))};
}

QList<Line> lines(const DswarmConnecting &e)
{
    return {
        roomLine(QStringLiteral("connecting"), e.room, hostPort(e.endpoint, {{QStringLiteral("retries"), e.retries}}))};
}

QList<Line> lines(const DswarmConnectFailed &e)
{
    return {roomLine(QStringLiteral("connect-failed"), e.room,
                     hostPort(e.endpoint, {{QStringLiteral("timedout"), e.timedOut}}))};
}

QList<Line> lines(const DswarmHandshaking &e)
{
    return {roomLine(QStringLiteral("handshaking"), e.room, connectionInfo(e.endpoint, e.transport, e.direction, {}))};
}

QList<Line> lines(const DswarmHandshakeTimedOut &e)
{
    return {roomLine(QStringLiteral("handshake-timeout"), e.room,
                     connectionInfo(e.endpoint, e.transport, e.direction, {}))};
}

QList<Line> lines(const DswarmConnectionOpened &e)
{
    return {roomLine(QStringLiteral("connection"), e.room,
                     connectionInfo(e.endpoint, e.transport, e.direction,
                                    {{QStringLiteral("id"), hex(e.peerId)},
                                     {QStringLiteral("connection"), double(e.connection.value)}}))};
}

QList<Line> lines(const DswarmConnectionClosed &e)
{
    return {roomLine(QStringLiteral("connection-closed"), e.room,
                     connectionInfo(e.endpoint, e.transport, e.direction,
                                    {{QStringLiteral("id"), hex(e.peerId)},
                                     {QStringLiteral("connection"), double(e.connection.value)}}))};
}

QList<Line> lines(const DswarmRedundantConnection &e)
{
    return {roomLine(QStringLiteral("redundant-connection"), e.room,
                     connectionInfo(e.endpoint, e.transport, e.direction, {{QStringLiteral("id"), hex(e.peerId)}}))};
}

QList<Line> lines(const DswarmRejected &e)
{
    return {roomLine(QStringLiteral("rejected"), e.room,
                     hostPort(e.endpoint,
                              {{QStringLiteral("reason"), dswarmRefusalName(e.reason)},
                               {QStringLiteral("detail"), e.detail},
                               {QStringLiteral("source"), roomBackendName(RoomBackend::DiscoverySwarm)}}))};
}

QList<Line> lines(const DswarmLookupDone &e)
{
    return {roomLine(QStringLiteral("updated"), e.room,
                     object({{QStringLiteral("infohash"), hex(e.infohash)},
                             {QStringLiteral("peers"), e.peers},
                             {QStringLiteral("datagrams"), e.datagrams}}))};
}

// A line read in a discovery-swarm room (the "message" of MessageReceived for such a room).
Line dswarmMessageLine(const ChatMessage &m, const RoomName &room, const HostPort &endpoint)
{
    return roomLine(QStringLiteral("message"), room,
                    hostPort(endpoint, {{QStringLiteral("from"), m.fromAddress}, {QStringLiteral("text"), m.text}}));
}

}  // namespace swarmscope::eventjson
