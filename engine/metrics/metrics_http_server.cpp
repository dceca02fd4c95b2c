#include "metrics/metrics_http_server.h"

#include "core/logging.h"
#include "metrics/prometheus_text.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace swarmscope {

MetricsHttpServer::MetricsHttpServer(Clock &clock, std::function<QByteArray()> render, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_render(std::move(render))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MetricsHttpServer::onConnection);
}

MetricsHttpServer::~MetricsHttpServer()
{
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        m_clock.cancel(it->timeout);
}

Status MetricsHttpServer::listen(const HostPort &where)
{
    const QHostAddress host(where.host);
    if (host.isNull())
        return makeError(ErrorCode::BadAddress, QStringLiteral("'%1' is not an IP address").arg(where.host));
    if (!m_server->listen(host, where.port))
        return makeError(
            ErrorCode::Io,
            QStringLiteral("cannot listen for metrics on %1: %2").arg(where.toString(), m_server->errorString()));
    return {};
}

quint16 MetricsHttpServer::port() const
{
    return m_server->serverPort();
}

QByteArray MetricsHttpServer::ownMetrics() const
{
    PrometheusText out;
    out.family(QStringLiteral("swarmscope_metrics_scrapes_total"), PrometheusText::Type::Counter,
               QStringLiteral("Scrapes of this endpoint."));
    out.sample(QStringLiteral("swarmscope_metrics_scrapes_total"), double(m_scrapes));
    out.family(QStringLiteral("swarmscope_metrics_rejects_total"), PrometheusText::Type::Counter,
               QStringLiteral("Refused requests to this endpoint by reason."));
    for (const QString &reason :
         {QStringLiteral("bad-request"), QStringLiteral("bad-method"), QStringLiteral("oversized-request"),
          QStringLiteral("timeout"), QStringLiteral("too-many-connections")})
        out.sample(QStringLiteral("swarmscope_metrics_rejects_total"), double(m_rejects.value(reason)),
                   {{QStringLiteral("reason"), reason}});
    return out.text();
}

void MetricsHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_pending.size() >= kMaxConnections) {
            ++m_rejects[QStringLiteral("too-many-connections")];
            socket->abort();
            socket->deleteLater();
            continue;
        }
        Pending p;
        p.timeout =
            m_clock.schedule(kRequestTimeoutMs, [this, socket] { refuse(socket, QStringLiteral("timeout"), 408); });
        m_pending.insert(socket, p);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
    }
}

void MetricsHttpServer::onReadable(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    it->head += socket->read(kMaxHeadBytes + 1 - it->head.size());
    const qsizetype end = it->head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (it->head.size() > kMaxHeadBytes)
            refuse(socket, QStringLiteral("oversized-request"), 431);
        return;
    }
    const QByteArray requestLine = it->head.left(it->head.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
        refuse(socket, QStringLiteral("bad-request"), 400);
        return;
    }
    const QByteArray path = parts[1].left(parts[1].indexOf('?') < 0 ? parts[1].size() : parts[1].indexOf('?'));
    if (parts[0] != "GET" && parts[0] != "HEAD") {
        refuse(socket, QStringLiteral("bad-method"), 405);
        return;
    }
    if (path != "/metrics") {
        answer(socket, 404, "Not Found", "Only /metrics is served here.\n");
        return;
    }
    ++m_scrapes;
    const QByteArray body = m_render();
    answer(socket, 200, "OK", parts[0] == "HEAD" ? QByteArray() : body, "text/plain; version=0.0.4; charset=utf-8");
}

void MetricsHttpServer::answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                               const QByteArray &contentType)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    if (auto it = m_pending.find(socket); it != m_pending.end()) {
        m_clock.cancel(it->timeout);
        m_pending.erase(it);
    }
    socket->write(response);
    socket->disconnectFromHost();  // after the answer is written
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

void MetricsHttpServer::refuse(QTcpSocket *socket, const QString &reason, int status)
{
    ++m_rejects[reason];
    qCDebug(lcSession) << "metrics request refused:" << reason;
    static const QHash<int, QByteArray> phrases = {{400, "Bad Request"},
                                                   {405, "Method Not Allowed"},
                                                   {408, "Request Timeout"},
                                                   {431, "Request Header Fields Too Large"}};
    answer(socket, status, phrases.value(status), reason.toUtf8() + '\n');
}

void MetricsHttpServer::drop(QTcpSocket *socket)
{
    if (auto it = m_pending.find(socket); it != m_pending.end()) {
        m_clock.cancel(it->timeout);
        m_pending.erase(it);
        socket->deleteLater();
    }
}

}  // namespace swarmscope
