// The node's answers to commands and the block list's events as JSON (README "Commands",
// "Events"): /status, /peers, /queue, /blocked, /export and refused commands, and the names the
// user sets (our own, and local names for peers).
#include "events/event_json.h"
#include "events/event_lines.h"

#include "rooms/room_backend.h"

#include <QJsonArray>

namespace swarmscope::eventjson {

QList<Line> lines(const PeerBlocked &e)
{
    return {{QStringLiteral("blocked"), object({{QStringLiteral("address"), e.address.text}})}};
}

QList<Line> lines(const PeerUnblocked &e)
{
    return {{QStringLiteral("unblocked"), object({{QStringLiteral("address"), e.address.text}})}};
}

QList<Line> lines(const NameChanged &e)
{
    return {{QStringLiteral("name"), object({{QStringLiteral("name"), e.name}})}};
}

QList<Line> lines(const LocalNameChanged &e)
{
    return {{QStringLiteral("local-name"),
             object({{QStringLiteral("address"), e.address.text}, {QStringLiteral("name"), e.name}})}};
}

QList<Line> lines(const BlockedInputDropped &e)
{
    return {{QStringLiteral("rejected"),
             object({{QStringLiteral("reason"), errorCodeName(ErrorCode::Blocked)},
                     {QStringLiteral("detail"), QStringLiteral("%1 from %2, who is blocked").arg(e.what, e.from.text)},
                     {QStringLiteral("address"), e.from.text}})}};
}

QList<Line> lines(const BlockedPeerList &e)
{
    return {{QStringLiteral("blocked-peers"), object({{QStringLiteral("peers"), toArray(e.peers)}})}};
}

QList<Line> lines(const HistoryExported &e)
{
    return {{QStringLiteral("exported"),
             object({{QStringLiteral("room"), e.room},
                     {QStringLiteral("path"), e.path},
                     {QStringLiteral("format"), e.json ? QStringLiteral("json") : QStringLiteral("text")},
                     {QStringLiteral("messages"), e.messages}})}};
}

QList<Line> lines(const StatusReport &e)
{
    const SessionStatus &s = e.status;
    QJsonObject backends;
    for (const BackendStatus &b : s.backends) {
        QJsonObject ports;
        for (const auto &[room, port] : b.listening)
            ports.insert(room, port);
        backends.insert(roomBackendName(b.backend),
                        object({{QStringLiteral("id"), b.idHex},
                                {QStringLiteral("queued"), b.queued},
                                {QStringLiteral("connecting"), b.connecting},
                                {QStringLiteral("connected"), b.connected},
                                {QStringLiteral("ports"), ports},
                                {QStringLiteral("rejects"), countsObject(b.rejects)}}));
    }
    QJsonObject status = object({{QStringLiteral("address"), s.address},
                                 {QStringLiteral("publicKey"), s.publicKeyHex},
                                 {QStringLiteral("port"), s.listenPort},
                                 {QStringLiteral("wsPort"), e.wsPort},
                                 {QStringLiteral("connected"), s.connected},
                                 {QStringLiteral("handshaking"), s.handshaking},
                                 {QStringLiteral("queued"), s.queued},
                                 {QStringLiteral("connecting"), s.connecting},
                                 {QStringLiteral("maxPeers"), s.maxPeers},
                                 {QStringLiteral("rooms"), toArray(e.rooms)},
                                 {QStringLiteral("bittorrentPort"), e.bittorrentPort},
                                 {QStringLiteral("blocked"), toArray(e.blocked)},
                                 {QStringLiteral("bytesIn"), double(s.bytesIn)},
                                 {QStringLiteral("bytesOut"), double(s.bytesOut)},
                                 {QStringLiteral("messagesIn"), double(s.messagesIn)},
                                 {QStringLiteral("messagesOut"), double(s.messagesOut)},
                                 {QStringLiteral("rejects"), countsObject(s.rejects)},
                                 {QStringLiteral("backends"), backends},
                                 {QStringLiteral("dht"), e.dht},
                                 {QStringLiteral("reachability"), reachabilityJson(s.reachability)},
                                 {QStringLiteral("holePunch"),
                                  object({{QStringLiteral("enabled"), s.holePunch.enabled},
                                          {QStringLiteral("tried"), s.holePunch.tried},
                                          {QStringLiteral("punched"), s.holePunch.punched},
                                          {QStringLiteral("lastFailure"), s.holePunch.lastFailure}})},
                                 {QStringLiteral("relayService"), relayServiceJson(s.relayService)}});
    if (e.peerRelay) {
        const PeerRelayStatus &p = *e.peerRelay;
        status.insert(QStringLiteral("peerRelayId"), p.id);
        status.insert(QStringLiteral("peerRelay"),
                      object({{QStringLiteral("id"), p.id},
                              {QStringLiteral("port"), p.port},
                              {QStringLiteral("url"), p.url},
                              {QStringLiteral("peers"), toArray(p.peers)},
                              {QStringLiteral("candidates"), p.candidates},
                              {QStringLiteral("duplicates"), double(p.duplicates)},
                              {QStringLiteral("webrtcRefused"), double(p.webrtcRefused)},
                              {QStringLiteral("rejects"), countsObject(p.rejects)}}));
    }
    return {{QStringLiteral("status"), status}};
}

QList<Line> lines(const PeerList &e)
{
    QJsonArray peers;
    for (const PeerSnapshot &p : e.peers) {
        QJsonObject row = object({{QStringLiteral("address"), p.address},
                                  {QStringLiteral("publicKey"), p.id.isNull() ? QString() : p.id.toHex()},
                                  {QStringLiteral("host"), p.host},
                                  {QStringLiteral("port"), p.port},
                                  {QStringLiteral("direction"), directionName(p.direction)},
                                  {QStringLiteral("state"), connectionStateName(p.state)},
                                  {QStringLiteral("source"), peerSourceName(p.source)},
                                  {QStringLiteral("referrer"), p.referrer},
                                  {QStringLiteral("queueState"),
                                   p.queueState ? candidateStateName(*p.queueState) : connectionStateName(p.state)},
                                  {QStringLiteral("retries"), p.retries},
                                  {QStringLiteral("local"), p.local},
                                  {QStringLiteral("path"), connectionPathName(p.path)},
                                  {QStringLiteral("rttUs"), double(p.rttUs)},
                                  {QStringLiteral("bytesIn"), double(p.bytesIn)},
                                  {QStringLiteral("bytesOut"), double(p.bytesOut)},
                                  {QStringLiteral("transport"), transportName(p.transport)},
                                  {QStringLiteral("backend"), roomBackendName(backendOfConnection(p.connectionId))},
                                  {QStringLiteral("rooms"), toArray(p.rooms)}});
        insertName(row, p.name);
        if (!p.via.isEmpty())
            row.insert(QStringLiteral("via"), p.via);  // relayed: the relay's IP:PORT
        if (p.retiring)
            row.insert(QStringLiteral("retiring"), true);  // another connection to this peer is kept
        if (!p.btPeerId.isEmpty()) {
            // A Bugout room's BitTorrent wire: its peer id (hex) and the client it names.
            row.insert(QStringLiteral("peerId"), hex(p.btPeerId));
            row.insert(QStringLiteral("client"), p.agent);
        }
        peers.append(row);
    }
    return {{QStringLiteral("peers"), object({{QStringLiteral("peers"), peers}})}};
}

QList<Line> lines(const QueueList &e)
{
    QJsonArray queue;
    for (const CandidateSnapshot &c : e.queue)
        queue.append(object({{QStringLiteral("host"), c.host},
                             {QStringLiteral("port"), c.port},
                             {QStringLiteral("state"), candidateStateName(c.state)},
                             {QStringLiteral("source"), peerSourceName(c.source)},
                             {QStringLiteral("referrer"), c.referrer},
                             {QStringLiteral("retries"), c.retries},
                             {QStringLiteral("address"), c.address}}));
    return {{QStringLiteral("queue"), object({{QStringLiteral("queue"), queue}})}};
}

QList<Line> lines(const CommandFailed &e)
{
    QJsonObject o = object({{QStringLiteral("detail"), e.detail}});
    if (!e.room.isEmpty())
        o.insert(QStringLiteral("room"), e.room);
    if (e.code != ErrorCode::Ok)
        o.insert(QStringLiteral("reason"), errorCodeName(e.code));
    if (!e.command.isEmpty())
        o.insert(QStringLiteral("command"), e.command);
    if (e.backend)
        o.insert(QStringLiteral("backend"), roomBackendName(*e.backend));
    return {{QStringLiteral("error"), o}};
}

}  // namespace swarmscope::eventjson
