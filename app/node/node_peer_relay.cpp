// The node's peer-relay commands (/pr-send, /pr-send-json, /pr-connect, /pr-peers, /pr-dgram),
// its datagram socket and the peer-relay fields of /status.
#include "node_console.h"

#include "peer_relay/peer_relay_id.h"
#include "peer_relay/peer_relay_node.h"
#include "peer_relay/peer_relay_socket.h"
#include "session.h"

namespace swarmscope::node {

void NodeConsole::startPeerRelaySocket()
{
    PeerRelayNode *node = m_session.peerRelay();
    if (!node || m_prSocket)
        return;
    m_prSocket = std::make_unique<PeerRelaySocket>(*node);
    connect(m_prSocket.get(), &PeerRelaySocket::message, this,
            [this](const QByteArray &data, const PeerRelaySocketAddress &from) {
                answer(PeerRelayDatagram{from.address, from.port, data});
            });
    if (Status bound = m_prSocket->bind(); !bound.ok())  // /pr-send then has no port to send from
        error(QStringLiteral("peer-relay socket: %1").arg(bound.error().detail));
}

bool NodeConsole::handlePeerRelayCommand(const QString &command, const QString &argument)
{
    if (!command.startsWith(QLatin1String("pr-")))
        return false;
    PeerRelayNode *node = m_session.peerRelay();
    if (!node) {
        error(QStringLiteral("/%1: not in a peer-relay network (use --peer-relay-listen or --peer-relay-bootstrap)")
                  .arg(command));
        return true;
    }
    const QString idText = argument.section(QLatin1Char(' '), 0, 0);
    const QString rest = argument.section(QLatin1Char(' '), 1).trimmed();
    const auto id = peerrelay::parseHexId(idText);
    if (command == QLatin1String("pr-send") || command == QLatin1String("pr-send-json")) {
        if (!id)
            return error(QStringLiteral("/%1 expects a 40-hex peer-relay id, got '%2'").arg(command, idText)), true;
        QJsonValue data(rest);  // a text line is sent as a JSON string
        if (command == QLatin1String("pr-send-json")) {
            const auto parsed = peerrelay::parseJsonValue(rest.toUtf8());
            if (!parsed)
                return error(QStringLiteral("/pr-send-json: not JSON: %1").arg(rest)), true;
            data = *parsed;
        }
        node->send(*id, data);
    } else if (command == QLatin1String("pr-connect")) {
        if (!id)
            return error(QStringLiteral("/pr-connect expects a 40-hex peer-relay id, got '%1'").arg(idText)), true;
        if (const Status st = node->connectTo(*id); !st.ok())
            error(st.error().detail);
    } else if (command == QLatin1String("pr-dgram")) {
        bool ok = false;
        const uint port = rest.section(QLatin1Char(' '), 0, 0).toUInt(&ok);
        if (!id || !ok || port > 65535 || !m_prSocket)
            return error(QStringLiteral("/pr-dgram expects ID PORT TEXT")), true;
        const Status st = m_prSocket->send(rest.section(QLatin1Char(' '), 1).toUtf8(), quint16(port), idText);
        if (!st.ok())
            error(st.error().detail);
    } else if (command == QLatin1String("pr-peers")) {
        answer(PeerRelayPeerList{node->peers()});
    } else {
        error(QStringLiteral("unknown command /%1 (try /pr-send ID TEXT, /pr-send-json ID JSON, /pr-connect ID, "
                             "/pr-peers, /pr-dgram ID PORT TEXT)")
                  .arg(command));
    }
    return true;
}

std::optional<PeerRelayStatus> NodeConsole::peerRelayStatus() const
{
    const PeerRelayNode *node = m_session.peerRelay();
    if (!node)
        return std::nullopt;
    PeerRelayStatus status{
        node->idHex(),      node->listenPort(),     node->url(),    {}, int(node->candidates().size()),
        node->duplicates(), node->signalsRefused(), node->rejects()};
    for (const QByteArray &id : node->peerIds())
        status.peers.append(QString::fromLatin1(id.toHex()));
    return status;
}

}  // namespace swarmscope::node
