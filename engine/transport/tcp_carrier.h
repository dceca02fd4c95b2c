#pragma once

#include "transport/carrier.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace swarmscope {

class TcpCarrier final : public Carrier {
    Q_OBJECT

public:
    explicit TcpCarrier(QTcpSocket *socket, QObject *parent = nullptr);  // takes ownership
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

private:
    QTcpSocket *m_socket;
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
};

}  // namespace swarmscope
