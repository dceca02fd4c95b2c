// The peer-relay kinds as JSON (README "Events", docs/PEER_RELAY.md): each with "backend".
#include "events/event_json.h"
#include "events/event_lines.h"

namespace swarmscope::eventjson {

namespace {
const QString kBackend = QStringLiteral("peer-relay");

Line backendLine(const QString &name, QJsonObject fields)
{
    fields.insert(QStringLiteral("backend"), kBackend);
    return {name, std::move(fields)};
}

QString directionOf(const PeerRelayPeer &p)
{
    return directionName(p.inbound ? Direction::Inbound : Direction::Outbound);
}

// The native relay's kinds (relay-sent, relay-forwarded), with the backend to tell them apart.
QString hopName(PeerRelayHopRole role)
{
    switch (role) {
    case PeerRelayHopRole::Sent: return QStringLiteral("relay-sent");
    case PeerRelayHopRole::Forwarded: return QStringLiteral("relay-forwarded");
    case PeerRelayHopRole::Delivered: return QStringLiteral("relay-received");
    case PeerRelayHopRole::Dropped: break;
    }
    return QStringLiteral("relay-dropped");
}
}  // namespace

QList<Line> lines(const PeerRelayListening &e)
{
    return {backendLine(QStringLiteral("listening"),
                        object({{QStringLiteral("host"), e.host},
                                {QStringLiteral("port"), e.port},
                                {QStringLiteral("transport"), kBackend},
                                {QStringLiteral("id"), e.id},
                                {QStringLiteral("url"), e.url}}))};
}

QList<Line> lines(const PeerRelayPeerOpened &e)
{
    const PeerRelayPeer &p = e.peer;
    return {backendLine(QStringLiteral("peer"),
                        object({{QStringLiteral("id"), p.id},
                                {QStringLiteral("host"), p.host},
                                {QStringLiteral("port"), p.port},
                                {QStringLiteral("direction"), directionOf(p)}}))};
}

QList<Line> lines(const PeerRelayPeerClosed &e)
{
    return {backendLine(QStringLiteral("peer-closed"), object({{QStringLiteral("id"), e.id}}))};
}

QList<Line> lines(const PeerRelayConnectFailed &e)
{
    return {backendLine(QStringLiteral("connect-failed"),
                        object({{QStringLiteral("url"), e.url}, {QStringLiteral("detail"), e.detail}}))};
}

QList<Line> lines(const PeerRelayMessage &e)
{
    return {backendLine(QStringLiteral("message"),
                        object({{QStringLiteral("from"), e.from},
                                {QStringLiteral("data"), e.data},
                                {QStringLiteral("path"), toArray(e.path)},
                                {QStringLiteral("hops"), int(e.path.size())},
                                {QStringLiteral("nonce"), e.nonce}}))};
}

QList<Line> lines(const PeerRelayHopped &e)
{
    const PeerRelayHop &h = e.hop;
    QJsonObject o = object({{QStringLiteral("to"), h.to},
                            {QStringLiteral("from"), h.from},
                            {QStringLiteral("nonce"), h.nonce},
                            {QStringLiteral("type"), h.type},
                            {QStringLiteral("path"), toArray(h.path)},
                            {QStringLiteral("hops"), int(h.path.size())}});
    if (!h.nextHops.isEmpty() || h.role != PeerRelayHopRole::Delivered)
        o.insert(QStringLiteral("next"), toArray(h.nextHops));
    if (!h.via.isEmpty())
        o.insert(QStringLiteral("via"), h.via);
    if (!h.reason.isEmpty())
        o.insert(QStringLiteral("reason"), h.reason);
    return {backendLine(hopName(h.role), o)};
}

QList<Line> lines(const PeerRelayWebrtcRefused &e)
{
    return {backendLine(
        QStringLiteral("webrtc-refused"),
        object({{QStringLiteral("from"), e.from},
                {QStringLiteral("detail"), QStringLiteral("WebRTC is not supported; answered wrtc: false")}}))};
}

QList<Line> lines(const PeerRelayPeerList &e)
{
    QJsonArray peers;
    for (const PeerRelayPeer &p : e.peers)
        peers.append(object({{QStringLiteral("id"), p.id},
                             {QStringLiteral("host"), p.host},
                             {QStringLiteral("port"), p.port},
                             {QStringLiteral("direction"), directionOf(p)},
                             {QStringLiteral("bytesIn"), double(p.bytesIn)},
                             {QStringLiteral("bytesOut"), double(p.bytesOut)},
                             {QStringLiteral("envelopesIn"), double(p.envelopesIn)},
                             {QStringLiteral("envelopesOut"), double(p.envelopesOut)},
                             {QStringLiteral("bytesInPerSec"), p.bytesInPerSec},
                             {QStringLiteral("bytesOutPerSec"), p.bytesOutPerSec}}));
    return {backendLine(QStringLiteral("peers"), object({{QStringLiteral("peers"), peers}}))};
}

QList<Line> lines(const PeerRelayDatagram &e)
{
    return {backendLine(QStringLiteral("datagram"),
                        object({{QStringLiteral("from"), e.from},
                                {QStringLiteral("port"), e.port},
                                {QStringLiteral("bytes"), int(e.data.size())},
                                {QStringLiteral("data"), QString::fromUtf8(e.data)}}))};
}

}  // namespace swarmscope::eventjson
