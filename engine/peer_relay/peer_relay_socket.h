#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QMetaType>
#include <QObject>
#include <QPointer>

namespace swarmscope {

class PeerRelayNode;

// What PeerRelay.Socket's address() and a message's rinfo hold: the peer id stands in for the IP.
struct PeerRelaySocketAddress {
    QString address;  // 40 hex digits
    quint16 port = 0;
    QString family = QStringLiteral("peer-relay");
};

// peer-relay's dgram-like Socket (lib/wgram.js) over a peer-relay network: bind, send a datagram
// to (port, peer id), receive datagrams with the sender's (id, port). Each datagram is one `user`
// message whose data is {"buffer": <Buffer as JSON>, "address": <sender id hex>, "port": <sender
// port>}, so it interoperates with the JS Socket. As there, no destination port travels: every
// socket on a node sees every datagram sent to the node. Delivery and order are not guaranteed.
class PeerRelaySocket final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerRelaySocket)

public:
    explicit PeerRelaySocket(PeerRelayNode &node, QObject *parent = nullptr);
    ~PeerRelaySocket() override;

    // port 0 picks one at random (1..9999, as wgram.js). listening() follows once the node has a
    // direct peer (at once if it has one already).
    Status bind(quint16 port = 0);
    // Sends data to the Socket of the peer with this id (hex). Binds first if needed.
    Status send(const QByteArray &data, quint16 port, const QString &peerIdHex);
    void close();
    bool isBound() const { return m_bound; }
    PeerRelaySocketAddress address() const;
    quint64 ignored() const { return m_ignored; }  // user messages that were not datagrams

    // {"buffer":…,"address":…,"port":…} as wgram.js writes it; nullopt if the data is not one.
    static QByteArray encodeDatagram(const QByteArray &data, const QString &fromHex, quint16 fromPort);
    static std::optional<std::pair<QByteArray, PeerRelaySocketAddress>> decodeDatagram(const QJsonValue &data);

signals:
    void message(const QByteArray &data, const swarmscope::PeerRelaySocketAddress &from);
    void listening();
    void closed();

private:
    quint16 randomPort() const;

    QPointer<PeerRelayNode> m_node;
    quint16 m_port = 0;
    bool m_bound = false;
    bool m_closed = false;
    quint64 m_ignored = 0;
};

}  // namespace swarmscope

Q_DECLARE_METATYPE(swarmscope::PeerRelaySocketAddress)
