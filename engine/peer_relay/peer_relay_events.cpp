#include "peer_relay_events.h"

#include <QJsonArray>

namespace swarmscope::peerrelay::events {

namespace {
const QString kBackend = QStringLiteral("peer-relay");

EngineEvent make(qint64 timeMs, const QString &kind, QJsonObject fields)
{
    fields.insert(QStringLiteral("backend"), kBackend);
    return EngineEvent{timeMs, kind, std::move(fields)};
}
} // namespace

EngineEvent listening(qint64 timeMs, const QString &host, quint16 port, const QString &id, const QString &url)
{
    return make(timeMs, QStringLiteral("listening"),
                {{QStringLiteral("host"), host}, {QStringLiteral("port"), port},
                 {QStringLiteral("transport"), kBackend}, {QStringLiteral("id"), id}, {QStringLiteral("url"), url}});
}

EngineEvent peer(qint64 timeMs, const PeerRelayPeer &p)
{
    return make(timeMs, QStringLiteral("peer"),
                {{QStringLiteral("id"), p.id}, {QStringLiteral("host"), p.host}, {QStringLiteral("port"), p.port},
                 {QStringLiteral("direction"), p.inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")}});
}

EngineEvent peerClosed(qint64 timeMs, const QString &id)
{
    return make(timeMs, QStringLiteral("peer-closed"), {{QStringLiteral("id"), id}});
}

EngineEvent connectFailed(qint64 timeMs, const QString &url, const QString &detail)
{
    return make(timeMs, QStringLiteral("connect-failed"), {{QStringLiteral("url"), url}, {QStringLiteral("detail"), detail}});
}

EngineEvent message(qint64 timeMs, const QString &from, const QJsonValue &data, const QStringList &path,
                    const QString &nonce)
{
    return make(timeMs, QStringLiteral("message"),
                {{QStringLiteral("from"), from}, {QStringLiteral("data"), data},
                 {QStringLiteral("path"), QJsonArray::fromStringList(path)}, {QStringLiteral("hops"), int(path.size())},
                 {QStringLiteral("nonce"), nonce}});
}

EngineEvent hop(qint64 timeMs, const PeerRelayHop &h)
{
    // The native relay's kinds (relay-sent, relay-forwarded), with the backend to tell them apart.
    const QString kind = QStringLiteral("relay-") + (h.role == QLatin1String("delivered") ? QStringLiteral("received") : h.role);
    QJsonObject fields{{QStringLiteral("to"), h.to},
                       {QStringLiteral("from"), h.from},
                       {QStringLiteral("nonce"), h.nonce},
                       {QStringLiteral("type"), h.type},
                       {QStringLiteral("path"), QJsonArray::fromStringList(h.path)},
                       {QStringLiteral("hops"), int(h.path.size())}};
    if (!h.nextHops.isEmpty() || h.role != QLatin1String("delivered"))
        fields.insert(QStringLiteral("next"), QJsonArray::fromStringList(h.nextHops));
    if (!h.via.isEmpty())
        fields.insert(QStringLiteral("via"), h.via);
    if (!h.reason.isEmpty())
        fields.insert(QStringLiteral("reason"), h.reason);
    return make(timeMs, kind, fields);
}

EngineEvent rejected(qint64 timeMs, const QString &reason, const QString &detail, const QString &peer)
{
    return make(timeMs, QStringLiteral("rejected"),
                {{QStringLiteral("reason"), reason}, {QStringLiteral("detail"), detail},
                 {QStringLiteral("source"), kBackend}, {QStringLiteral("peer"), peer}});
}

EngineEvent webrtcRefused(qint64 timeMs, const QString &from)
{
    return make(timeMs, QStringLiteral("webrtc-refused"),
                {{QStringLiteral("from"), from}, {QStringLiteral("detail"), QStringLiteral("WebRTC is not supported; answered wrtc: false")}});
}

} // namespace swarmscope::peerrelay::events
