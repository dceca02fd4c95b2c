#include "transport/tcp_carrier.h"

#include "transport/bypass_proxy.h"

#include "core/logging.h"

namespace swarmscope {

TcpCarrier::TcpCarrier(QTcpSocket *socket, QObject *parent) : Carrier(parent), m_socket(socket)
{
    m_socket->setParent(this);
    // Latency matters more than packet count for chat and ping; bulk writes are large anyway.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        emit opened();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &Carrier::readyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Carrier::bytesWritten);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState && !m_closedEmitted
            && m_socket->bytesAvailable() == 0) {
            m_closedEmitted = true;
            emit failed(m_socket->errorString());
        }
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_closedEmitted) {
            m_closedEmitted = true;
            emit closed();
        }
    });
}

void TcpCarrier::write(const QByteArray &bytes)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

QByteArray TcpCarrier::readAll()
{
    return m_socket->readAll();
}

qint64 TcpCarrier::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void TcpCarrier::close()
{
    m_socket->disconnectFromHost();
}

void TcpCarrier::abort()
{
    m_closedEmitted = true;  // the owner asked for it: no signal back
    m_socket->abort();
}

bool TcpCarrier::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QHostAddress TcpCarrier::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 TcpCarrier::peerPort() const
{
    return m_socket->peerPort();
}

TcpCarrierFactory::TcpCarrierFactory(QObject *parent) : CarrierFactory(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection())
            emit incoming(new TcpCarrier(s, this));
    });
}

Status TcpCarrierFactory::listen(const QHostAddress &host, quint16 port)
{
    // A deep backlog lets the swarm refuse a burst itself (counted, with a reason) instead of the
    // kernel silently dropping SYNs that come back seconds later.
    bypassProxy(m_server);
    m_server.setListenBacklogSize(1024);
    m_server.setMaxPendingConnections(1024);
    if (m_server.listen(host, port))
        return {};
    const ErrorCode code =
        m_server.serverError() == QAbstractSocket::AddressInUseError ? ErrorCode::AddressInUse : ErrorCode::Io;
    return makeError(
        code, QStringLiteral("cannot listen on %1:%2: %3").arg(host.toString()).arg(port).arg(m_server.errorString()));
}

quint16 TcpCarrierFactory::listenPort() const
{
    return m_server.isListening() ? m_server.serverPort() : 0;
}

void TcpCarrierFactory::stopListening()
{
    m_server.close();
}

Carrier *TcpCarrierFactory::dial(const QString &host, quint16 port, QObject *parent)
{
    auto *socket = new QTcpSocket;
    bypassProxy(*socket);
    auto *carrier = new TcpCarrier(socket, parent);
    socket->connectToHost(host, port);
    return carrier;
}

}  // namespace swarmscope
