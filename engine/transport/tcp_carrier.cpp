#include "transport/tcp_carrier.h"

#include "transport/bypass_proxy.h"

#include "core/logging.h"

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <utility>

namespace swarmscope {

namespace {
// A turn's writes past this size go out at once: a bulk transfer's chunks need no company.
constexpr qsizetype kCorkBytes = 64 * 1024;

// Hands bytes straight to the kernel without blocking; how many it took (0 when it took none, or
// on an error, which the socket's own next write reports).
qint64 sendWithoutBlocking(QTcpSocket &socket, const char *data, qint64 size)
{
#if defined(Q_OS_UNIX) && defined(MSG_NOSIGNAL)
    const ssize_t sent = ::send(int(socket.socketDescriptor()), data, size_t(size), MSG_DONTWAIT | MSG_NOSIGNAL);
    return sent > 0 ? qint64(sent) : 0;
#else
    Q_UNUSED(socket);
    Q_UNUSED(data);
    Q_UNUSED(size);
    return 0;
#endif
}
}  // namespace

TcpCarrier::TcpCarrier(QTcpSocket *socket, TurnFlusher *flusher, QObject *parent)
    : Carrier(parent)
    , m_socket(socket)
    , m_flusher(flusher)
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

TcpCarrier::~TcpCarrier()
{
    if (m_scheduled && m_flusher)
        m_flusher->cancel(this);
}

void TcpCarrier::write(const QByteArray &bytes)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (!m_flusher || m_flusher->isFlushing())
        return sendNow(bytes);
    m_corked.append(bytes);  // shares, when nothing is corked yet
    if (!m_scheduled) {
        m_scheduled = m_flusher->schedule(this);
        if (!m_scheduled)
            return sendNow(std::exchange(m_corked, {}));
    }
    if (m_corked.size() >= kCorkBytes)
        sendNow(std::exchange(m_corked, {}));
}

void TcpCarrier::flushCorked(Report report)
{
    m_scheduled = false;
    if (!m_corked.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState)
        sendNow(m_corked);
    m_corked.clear();
    const qint64 sent = std::exchange(m_sentDirect, 0);
    if (sent > 0 && report == Report::Yes)
        emit bytesWritten(sent);  // an owner waiting for room (a batch, a paced transfer) goes on
}

// Straight to the kernel when the socket's buffer is empty; whatever the kernel does not take
// (and everything, while the buffer holds earlier bytes) goes to the buffer, so order is kept.
void TcpCarrier::sendNow(const QByteArray &bytes)
{
    qint64 sent = 0;
    if (m_socket->bytesToWrite() == 0)
        sent = sendWithoutBlocking(*m_socket, bytes.constData(), bytes.size());
    m_sentDirect += sent;
    if (sent == 0)
        m_socket->write(bytes);
    else if (sent < bytes.size())
        m_socket->write(bytes.constData() + sent, bytes.size() - sent);
}

QByteArray TcpCarrier::readAll()
{
    return m_socket->readAll();
}

qint64 TcpCarrier::bytesToWrite() const
{
    return m_corked.size() + m_socket->bytesToWrite();
}

void TcpCarrier::close()
{
    if (!m_corked.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(std::exchange(m_corked, {}));  // the socket sends it before it closes
    m_socket->disconnectFromHost();
}

void TcpCarrier::abort()
{
    m_closedEmitted = true;  // the owner asked for it: no signal back
    m_corked.clear();
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
            emit incoming(new TcpCarrier(s, &m_flusher, this));
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
    auto *carrier = new TcpCarrier(socket, &m_flusher, parent);
    socket->connectToHost(host, port);
    return carrier;
}

}  // namespace swarmscope
