// The Bugout kinds as JSON (README "Events", docs/BUGOUT.md): Bugout's event names, each with
// "backend" and, when tied to one, the room's bare identifier.
#include "events/event_json.h"
#include "events/event_lines.h"

#include "rooms/room_backend.h"

namespace swarmscope::eventjson {

namespace {

Line roomLine(const QString &name, const RoomName &room, QJsonObject fields)
{
    fields.insert(QStringLiteral("backend"), roomBackendName(RoomBackend::Bugout));
    if (!room.isNull())
        fields.insert(QStringLiteral("room"), room.name);
    return {name, std::move(fields)};
}

// What a Bugout app passes to send(): a JSON string shows as "text", any other value as "json".
void insertValue(QJsonObject &fields, const QJsonValue &value)
{
    if (value.isString())
        fields.insert(QStringLiteral("text"), value.toString());
    else
        fields.insert(QStringLiteral("json"), value);
}

}  // namespace

QList<Line> lines(const BugoutListening &e)
{
    return {roomLine(QStringLiteral("listening"), {},
                     hostPort(e.at, {{QStringLiteral("transport"), transportName(e.transport)}}))};
}

QList<Line> lines(const BugoutJoined &e)
{
    return {
        roomLine(QStringLiteral("joined"), e.room,
                 object({{QStringLiteral("infohash"), hex(e.infohash)}, {QStringLiteral("server"), e.serverMode}}))};
}

QList<Line> lines(const BugoutRoomLeft &e)
{
    return {roomLine(QStringLiteral("room-left"), e.room, {})};
}

QList<Line> lines(const BugoutSeen &e)
{
    return {roomLine(QStringLiteral("seen"), e.room,
                     object({{QStringLiteral("address"), e.address.text}, {QStringLiteral("direct"), e.direct}}))};
}

QList<Line> lines(const BugoutServerSeen &e)
{
    return {roomLine(QStringLiteral("server"), e.room, object({{QStringLiteral("address"), e.address.text}}))};
}

QList<Line> lines(const BugoutLeft &e)
{
    return {roomLine(QStringLiteral("left"), e.room,
                     object({{QStringLiteral("address"), e.address.text}, {QStringLiteral("reason"), e.reason}}))};
}

QList<Line> lines(const BugoutTimedOut &e)
{
    return {roomLine(QStringLiteral("timeout"), e.room, object({{QStringLiteral("address"), e.address.text}}))};
}

QList<Line> lines(const BugoutPinged &e)
{
    return {roomLine(QStringLiteral("ping"), e.room, object({{QStringLiteral("address"), e.address.text}}))};
}

QList<Line> lines(const BugoutMessage &e)
{
    QJsonObject o = object({{QStringLiteral("from"), e.from.text},
                            {QStringLiteral("id"), e.id},
                            {QStringLiteral("sent"), double(e.sentMs)},
                            {QStringLiteral("via"), e.via.host.isEmpty() ? QString() : e.via.toString()}});
    if (e.direct)
        o.insert(QStringLiteral("direct"), true);
    insertValue(o, e.value);
    return {roomLine(QStringLiteral("message"), e.room, o)};
}

QList<Line> lines(const BugoutSent &e)
{
    QJsonObject o = object({{QStringLiteral("id"), e.id}});
    if (!e.to.isEmpty()) {
        o.insert(QStringLiteral("to"), e.to);
        o.insert(QStringLiteral("direct"), true);
    }
    insertValue(o, e.value);
    return {roomLine(QStringLiteral("sent"), e.room, o)};
}

QList<Line> lines(const BugoutRpcRequested &e)
{
    return {roomLine(QStringLiteral("rpc"), e.room,
                     object({{QStringLiteral("from"), e.from},
                             {QStringLiteral("name"), e.name},
                             {QStringLiteral("args"), e.args},
                             {QStringLiteral("id"), double(e.callId)},
                             {QStringLiteral("nonce"), hex(e.nonce)}}))};
}

QList<Line> lines(const BugoutRpcCalled &e)
{
    return {roomLine(QStringLiteral("rpc-call"), e.room,
                     object({{QStringLiteral("to"), e.to},
                             {QStringLiteral("name"), e.name},
                             {QStringLiteral("args"), e.args},
                             {QStringLiteral("id"), double(e.callId)}}))};
}

QList<Line> lines(const BugoutRpcAnswered &e)
{
    return {roomLine(QStringLiteral("rpc-answered"), e.room,
                     object({{QStringLiteral("to"), e.to},
                             {QStringLiteral("name"), e.name},
                             {QStringLiteral("result"), e.result},
                             {QStringLiteral("id"), double(e.callId)},
                             {QStringLiteral("latencyMs"), double(e.latencyMs)}}))};
}

QList<Line> lines(const BugoutRpcResponded &e)
{
    return rpcResponseLines(e.response,
                            object({{QStringLiteral("backend"), roomBackendName(RoomBackend::Bugout)},
                                    {QStringLiteral("room"), e.room.name}}));
}

QList<Line> lines(const BugoutWireSeen &e)
{
    return {roomLine(QStringLiteral("wireseen"), e.room,
                     hostPort(e.endpoint,
                              {{QStringLiteral("wires"), e.wires},
                               {QStringLiteral("peerId"), hex(e.peerId)},
                               {QStringLiteral("client"), e.client}}))};
}

QList<Line> lines(const BugoutWireLeft &e)
{
    return {roomLine(QStringLiteral("wireleft"), e.room,
                     hostPort(e.endpoint, {{QStringLiteral("wires"), e.wires}, {QStringLiteral("reason"), e.reason}}))};
}

QList<Line> lines(const BugoutConnections &e)
{
    return {roomLine(QStringLiteral("connections"), e.room, object({{QStringLiteral("count"), e.wires}}))};
}

QList<Line> lines(const BugoutRejected &e)
{
    return {roomLine(QStringLiteral("rejected"), e.room,
                     object({{QStringLiteral("reason"), e.reason},
                             {QStringLiteral("detail"), e.detail},
                             {QStringLiteral("host"), e.host}}))};
}

}  // namespace swarmscope::eventjson
