#pragma once

#include "core/peer_id.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>

namespace swarmscope {

class RelayRouter;

// What PeerRelay.Socket's address() returns: the peer id stands in for the IP address.
struct RelaySocketAddress {
    PeerId peer;
    quint16 port = 0;
    QString family = QStringLiteral("peer-relay");
};

// A datagram-like socket over the relay network (peer-relay's PeerRelay.Socket): bind to a port,
// send a datagram to (peer, port), receive datagrams with the sender's (peer, port). Delivery and
// order are not guaranteed, as with UDP. Several sockets can share one router.
//
// On the wire each datagram is the data of one relay envelope: 'D', source port and destination
// port (uint16 big-endian), then the payload. The sender's peer id is the envelope's unproven
// `from`; sign the payload if the receiver must know who sent it.
class RelaySocket final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelaySocket)

public:
    static constexpr qsizetype kHeaderBytes = 5;
    static constexpr char kMagic = 'D';

    explicit RelaySocket(RelayRouter &router, QObject *parent = nullptr);
    ~RelaySocket() override;

    // port 0 picks a random port (1024..65535). Emits listening(). Invalid if already bound or closed.
    Status bind(quint16 port = 0);
    // Binds to a random port first if needed, as dgram does. Errors from RelayRouter::send.
    Status send(const QByteArray &data, const PeerId &peer, quint16 port);
    void close();  // emits closed() once
    bool isBound() const { return m_port != 0 && !m_closed; }
    RelaySocketAddress address() const;

    quint64 ignoredDatagrams() const { return m_ignored; }  // for us, but not a datagram (bad header)

signals:
    void message(const QByteArray &data, const swarmscope::PeerId &fromPeer, quint16 fromPort);
    void listening();
    void closed();

private:
    void onReceived(const PeerId &from, const QByteArray &data);

    QPointer<RelayRouter> m_router;
    quint16 m_port = 0;
    bool m_closed = false;
    quint64 m_ignored = 0;
};

}  // namespace swarmscope
