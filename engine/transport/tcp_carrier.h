#pragma once

#include "transport/carrier.h"
#include "transport/turn_flusher.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace swarmscope {

class TcpCarrier final : public Carrier {
    Q_OBJECT

public:
    // Takes ownership of the socket. Writes are corked until the flusher's turn ends; with no
    // flusher they are sent at once.
    TcpCarrier(QTcpSocket *socket, TurnFlusher *flusher, QObject *parent = nullptr);
    ~TcpCarrier() override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    qint64 bytesToWrite() const override;
    void close() override;
    void abort() override;
    bool isOpen() const override;
    Transport transport() const override { return Transport::Tcp; }
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    quint16 localPort() const override { return m_socket->localPort(); }
    void setReadBufferSize(qint64 bytes) override { m_socket->setReadBufferSize(bytes); }

    // The flusher's call at the end of a turn: sends the corked bytes, then reports what went out
    // in bytesWritten (Report::No when the flusher itself is going away).
    enum class Report { Yes, No };
    void flushCorked(Report report);

private:
    void sendNow(const QByteArray &bytes);

    QTcpSocket *m_socket;
    QPointer<TurnFlusher> m_flusher;
    QByteArray m_corked;  // written this turn, not yet sent
    qint64 m_sentDirect = 0;  // sent past the socket's buffer this turn, to report in bytesWritten
    bool m_scheduled = false;
    bool m_closedEmitted = false;
};

class TcpCarrierFactory final : public CarrierFactory {
    Q_OBJECT

public:
    explicit TcpCarrierFactory(QObject *parent = nullptr);
    Status listen(const QHostAddress &host, quint16 port) override;
    quint16 listenPort() const override;
    void stopListening() override;
    Carrier *dial(const QString &host, quint16 port, QObject *parent) override;
    CarrierFactory *sibling(QObject *parent) const override { return new TcpCarrierFactory(parent); }

private:
    QTcpServer m_server;
    TurnFlusher m_flusher;
};

}  // namespace swarmscope
