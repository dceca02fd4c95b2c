#pragma once

#include "engine_event.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace swarmscope::bugout {

// Every event the Bugout backend reports, built in one place: the same kinds and fields as native
// rooms, plus "backend": "bugout" (and Bugout's own wireseen/wireleft/connections).
namespace events {
EngineEvent listening(qint64 timeMs, const QString &host, quint16 port,
                      const QString &transport = QStringLiteral("bittorrent"));
EngineEvent joined(qint64 timeMs, const QString &room, const QString &infoHash, bool serverMode);
EngineEvent roomLeft(qint64 timeMs, const QString &room);
EngineEvent seen(qint64 timeMs, const QString &room, const QString &address, bool direct);
EngineEvent server(qint64 timeMs, const QString &room, const QString &address);
EngineEvent left(qint64 timeMs, const QString &room, const QString &address, const QString &reason);
EngineEvent timeout(qint64 timeMs, const QString &room, const QString &address);
EngineEvent ping(qint64 timeMs, const QString &room, const QString &address);
// text for a JSON string, json for any other value
EngineEvent message(qint64 timeMs, const QString &room, const QString &from, const QJsonValue &value,
                    const QString &id, qint64 sentMs, const QString &via, bool direct);
EngineEvent sent(qint64 timeMs, const QString &room, const QString &to, const QJsonValue &value, const QString &id);
EngineEvent rpc(qint64 timeMs, const QString &room, const QString &from, const QString &name, const QJsonValue &args,
                quint64 id, const QString &nonce);
EngineEvent rpcCall(qint64 timeMs, const QString &room, const QString &to, const QString &name, const QJsonValue &args,
                    quint64 id);
EngineEvent rpcAnswered(qint64 timeMs, const QString &room, const QString &to, const QString &name,
                        const QJsonValue &result, quint64 id, qint64 latencyMs);
EngineEvent rpcResponse(qint64 timeMs, const QString &room, const QString &from, const QString &name, quint64 id,
                        qint64 latencyMs, bool ok, const QJsonValue &result, const QString &error);
EngineEvent wireSeen(qint64 timeMs, const QString &room, int wires, const QString &host, quint16 port,
                     const QString &peerId, const QString &client);
EngineEvent wireLeft(qint64 timeMs, const QString &room, int wires, const QString &host, quint16 port,
                     const QString &reason);
EngineEvent connections(qint64 timeMs, const QString &room, int wires);
EngineEvent rejected(qint64 timeMs, const QString &room, const QString &reason, const QString &detail,
                     const QString &host);
} // namespace events

} // namespace swarmscope::bugout
