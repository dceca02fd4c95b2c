#include "transport/ws_carrier.h"

#include "core/logging.h"
#include "transport/bypass_proxy.h"

#include <QUrl>

#include <utility>

namespace swarmscope {

namespace {

void applyLimits(QWebSocket *socket)
{
    socket->setMaxAllowedIncomingFrameSize(WsCarrier::kMaxIncomingFrame);
    socket->setMaxAllowedIncomingMessageSize(WsCarrier::kMaxIncomingMessage);
}

}  // namespace

WsCarrier::WsCarrier(QWebSocket *socket, QObject *parent) : Carrier(parent), m_socket(socket)
{
    m_socket->setParent(this);
    applyLimits(m_socket);
    m_opened = m_socket->state() == QAbstractSocket::ConnectedState;  // accepted sockets arrive open
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_opened = true;
        emit opened();
    });
    connect(m_socket, &QWebSocket::binaryFrameReceived, this, [this](const QByteArray &frame, bool) {
        if (m_finished || frame.isEmpty())
            return;
        m_inbox.append(frame);
        emit readyRead();
    });
    connect(m_socket, &QWebSocket::textFrameReceived, this, [this](const QString &, bool) {
        if (m_finished)
            return;
        m_protocolError = QStringLiteral("text frame on a binary-only connection");
        qCInfo(lcTransport) << "closing websocket from" << peerAddress().toString() << ":" << m_protocolError;
        m_socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("binary frames only"));
        finishClosed();
    });
    connect(m_socket, &QWebSocket::bytesWritten, this, &Carrier::bytesWritten);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (m_finished || m_opened)
                    return;  // once open, disconnected() reports the end
                m_finished = true;
                emit failed(m_socket->errorString());
            });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_opened && !m_finished) {
            m_finished = true;
            emit failed(m_socket->errorString());
            return;
        }
        finishClosed();
    });
}

void WsCarrier::finishClosed()
{
    if (m_finished)
        return;
    m_finished = true;
    emit closed();
}

void WsCarrier::write(const QByteArray &bytes)
{
    if (!m_finished && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendBinaryMessage(bytes);
}

QByteArray WsCarrier::readAll()
{
    return std::exchange(m_inbox, QByteArray());
}

qint64 WsCarrier::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void WsCarrier::close()
{
    m_socket->close();
}

void WsCarrier::abort()
{
    m_finished = true;  // the owner asked for it: no signal back
    m_socket->abort();
}

bool WsCarrier::isOpen() const
{
    return !m_finished && m_socket->state() == QAbstractSocket::ConnectedState;
}

QHostAddress WsCarrier::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 WsCarrier::peerPort() const
{
    return m_socket->peerPort();
}

WsCarrierFactory::WsCarrierFactory(QObject *parent)
    : CarrierFactory(parent)
    , m_server(QStringLiteral("swarmscope"), QWebSocketServer::NonSecureMode)
{
    m_server.setMaxPendingConnections(1024);
    bypassProxy(m_server);
    m_server.setHandshakeTimeout(10000);  // as the secure channel's own handshake timeout
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *s = m_server.nextPendingConnection())
            emit incoming(new WsCarrier(s, this));
    });
    connect(&m_server, &QWebSocketServer::serverError, this, [](QWebSocketProtocol::CloseCode code) {
        qCDebug(lcTransport) << "websocket server error, close code" << int(code);
    });
}

Status WsCarrierFactory::listen(const QHostAddress &host, quint16 port)
{
    if (m_server.listen(host, port))
        return {};
    const ErrorCode code = m_server.error() == QWebSocketProtocol::CloseCodeAbnormalDisconnection
            && m_server.errorString().contains(QStringLiteral("in use"), Qt::CaseInsensitive)
        ? ErrorCode::AddressInUse
        : ErrorCode::Io;
    return makeError(code,
                     QStringLiteral("cannot listen for websockets on %1:%2: %3")
                         .arg(host.toString())
                         .arg(port)
                         .arg(m_server.errorString()));
}

quint16 WsCarrierFactory::listenPort() const
{
    return m_server.isListening() ? m_server.serverPort() : 0;
}

void WsCarrierFactory::stopListening()
{
    m_server.close();
}

QUrl WsCarrierFactory::urlFor(const QString &host, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(host);  // QUrl brackets IPv6 literals itself
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

Carrier *WsCarrierFactory::dial(const QString &host, quint16 port, QObject *parent)
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest);
    bypassProxy(*socket);
    auto *carrier = new WsCarrier(socket, parent);
    socket->open(urlFor(host, port));
    return carrier;
}

}  // namespace swarmscope
