#pragma once

#include "transport/carrier.h"

#include <QWebSocket>
#include <QWebSocketServer>

namespace swarmscope {

// A carrier over a WebSocket: every write is one binary message, and the receiving side treats the
// binary frames as one byte stream (frames need not line up with secret-stream frames). A text
// frame is a protocol error: the socket is closed with 1003 (unsupported data).
class WsCarrier final : public Carrier {
    Q_OBJECT

public:
    // Frames and messages above these are refused by Qt and close the socket (docs/ARCHITECTURE.md, "Bad input"): the
    // secure channel's own cap is 1 MiB per frame, so this leaves room for its overhead.
    static constexpr quint64 kMaxIncomingFrame = 2 << 20;
    static constexpr quint64 kMaxIncomingMessage = 4 << 20;

    explicit WsCarrier(QWebSocket *socket, QObject *parent = nullptr);  // takes ownership
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    qint64 bytesToWrite() const override;
    void close() override;
    void abort() override;
    bool isOpen() const override;
    Transport transport() const override { return Transport::WebSocket; }
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    // Why we closed it ourselves (a text frame), empty otherwise.
    const QString &protocolError() const { return m_protocolError; }

private:
    void finishClosed();

    QWebSocket *m_socket;
    QByteArray m_inbox;
    QString m_protocolError;
    bool m_opened = false;
    bool m_finished = false;
};

// Listens with a QWebSocketServer (no TLS) and dials ws://host:port.
class WsCarrierFactory final : public CarrierFactory {
    Q_OBJECT

public:
    explicit WsCarrierFactory(QObject *parent = nullptr);
    Status listen(const QHostAddress &host, quint16 port) override;
    quint16 listenPort() const override;
    void stopListening() override;
    Carrier *dial(const QString &host, quint16 port, QObject *parent) override;

    static QUrl urlFor(const QString &host, quint16 port);

private:
    QWebSocketServer m_server;
};

}  // namespace swarmscope
