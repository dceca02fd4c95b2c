#include "bugout/bugout_events.h"

namespace swarmscope::bugout::events {

namespace {

EngineEvent make(qint64 timeMs, const char *kind, const QString &room, QJsonObject fields)
{
    fields.insert(QStringLiteral("backend"), QStringLiteral("bugout"));
    if (!room.isNull())
        fields.insert(QStringLiteral("room"), room);
    return EngineEvent{timeMs, QString::fromLatin1(kind), std::move(fields)};
}

void putValue(QJsonObject &fields, const QJsonValue &value)
{
    if (value.isString())
        fields.insert(QStringLiteral("text"), value.toString());
    else
        fields.insert(QStringLiteral("json"), value);
}

} // namespace

EngineEvent listening(qint64 timeMs, const QString &host, quint16 port, const QString &transport)
{
    return make(timeMs, "listening", {}, {{QStringLiteral("host"), host}, {QStringLiteral("port"), port},
                                          {QStringLiteral("transport"), transport}});
}

EngineEvent joined(qint64 timeMs, const QString &room, const QString &infoHash, bool serverMode)
{
    return make(timeMs, "joined", room, {{QStringLiteral("infohash"), infoHash}, {QStringLiteral("server"), serverMode}});
}

EngineEvent roomLeft(qint64 timeMs, const QString &room)
{
    return make(timeMs, "room-left", room, {});
}

EngineEvent seen(qint64 timeMs, const QString &room, const QString &address, bool direct)
{
    return make(timeMs, "seen", room, {{QStringLiteral("address"), address}, {QStringLiteral("direct"), direct}});
}

EngineEvent server(qint64 timeMs, const QString &room, const QString &address)
{
    return make(timeMs, "server", room, {{QStringLiteral("address"), address}});
}

EngineEvent left(qint64 timeMs, const QString &room, const QString &address, const QString &reason)
{
    return make(timeMs, "left", room, {{QStringLiteral("address"), address}, {QStringLiteral("reason"), reason}});
}

EngineEvent timeout(qint64 timeMs, const QString &room, const QString &address)
{
    return make(timeMs, "timeout", room, {{QStringLiteral("address"), address}});
}

EngineEvent ping(qint64 timeMs, const QString &room, const QString &address)
{
    return make(timeMs, "ping", room, {{QStringLiteral("address"), address}});
}

EngineEvent message(qint64 timeMs, const QString &room, const QString &from, const QJsonValue &value,
                    const QString &id, qint64 sentMs, const QString &via, bool direct)
{
    QJsonObject f{{QStringLiteral("from"), from}, {QStringLiteral("id"), id}, {QStringLiteral("sent"), double(sentMs)},
                  {QStringLiteral("via"), via}};
    if (direct)
        f.insert(QStringLiteral("direct"), true);
    putValue(f, value);
    return make(timeMs, "message", room, f);
}

EngineEvent sent(qint64 timeMs, const QString &room, const QString &to, const QJsonValue &value, const QString &id)
{
    QJsonObject f{{QStringLiteral("id"), id}};
    if (!to.isEmpty()) {
        f.insert(QStringLiteral("to"), to);
        f.insert(QStringLiteral("direct"), true);
    }
    putValue(f, value);
    return make(timeMs, "sent", room, f);
}

EngineEvent rpc(qint64 timeMs, const QString &room, const QString &from, const QString &name, const QJsonValue &args,
                quint64 id, const QString &nonce)
{
    return make(timeMs, "rpc", room, {{QStringLiteral("from"), from}, {QStringLiteral("name"), name},
                                      {QStringLiteral("args"), args}, {QStringLiteral("id"), double(id)},
                                      {QStringLiteral("nonce"), nonce}});
}

EngineEvent rpcCall(qint64 timeMs, const QString &room, const QString &to, const QString &name, const QJsonValue &args,
                    quint64 id)
{
    return make(timeMs, "rpc-call", room, {{QStringLiteral("to"), to}, {QStringLiteral("name"), name},
                                           {QStringLiteral("args"), args}, {QStringLiteral("id"), double(id)}});
}

EngineEvent rpcAnswered(qint64 timeMs, const QString &room, const QString &to, const QString &name,
                        const QJsonValue &result, quint64 id, qint64 latencyMs)
{
    return make(timeMs, "rpc-answered", room, {{QStringLiteral("to"), to}, {QStringLiteral("name"), name},
                                               {QStringLiteral("result"), result}, {QStringLiteral("id"), double(id)},
                                               {QStringLiteral("latencyMs"), double(latencyMs)}});
}

EngineEvent rpcResponse(qint64 timeMs, const QString &room, const QString &from, const QString &name, quint64 id,
                        qint64 latencyMs, bool ok, const QJsonValue &result, const QString &error)
{
    QJsonObject f{{QStringLiteral("from"), from}, {QStringLiteral("name"), name}, {QStringLiteral("id"), double(id)},
                  {QStringLiteral("latencyMs"), double(latencyMs)}};
    if (ok)
        f.insert(QStringLiteral("result"), result);
    else
        f.insert(QStringLiteral("error"), error);
    return make(timeMs, "rpc-response", room, f);
}

EngineEvent wireSeen(qint64 timeMs, const QString &room, int wires, const QString &host, quint16 port,
                     const QString &peerId, const QString &client)
{
    return make(timeMs, "wireseen", room, {{QStringLiteral("wires"), wires}, {QStringLiteral("host"), host},
                                           {QStringLiteral("port"), port}, {QStringLiteral("peerId"), peerId},
                                           {QStringLiteral("client"), client}});
}

EngineEvent wireLeft(qint64 timeMs, const QString &room, int wires, const QString &host, quint16 port,
                     const QString &reason)
{
    return make(timeMs, "wireleft", room, {{QStringLiteral("wires"), wires}, {QStringLiteral("host"), host},
                                           {QStringLiteral("port"), port}, {QStringLiteral("reason"), reason}});
}

EngineEvent connections(qint64 timeMs, const QString &room, int wires)
{
    return make(timeMs, "connections", room, {{QStringLiteral("count"), wires}});
}

EngineEvent rejected(qint64 timeMs, const QString &room, const QString &reason, const QString &detail,
                     const QString &host)
{
    return make(timeMs, "rejected", room, {{QStringLiteral("reason"), reason}, {QStringLiteral("detail"), detail},
                                           {QStringLiteral("host"), host}});
}

} // namespace swarmscope::bugout::events
