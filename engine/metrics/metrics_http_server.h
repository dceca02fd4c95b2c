#pragma once

#include "core/clock.h"
#include "engine_config.h"
#include "core/result.h"

#include <QHash>
#include <QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace swarmscope {

// A small HTTP/1.1 server for Prometheus scrapes: `GET /metrics` answers the text that `render`
// returns (text/plain; version=0.0.4), anything else 404 or 405, and the connection is closed
// after each answer. Requests are capped (8 KiB of head, 5 s to send it, 16 open connections);
// whatever breaks the caps or is not HTTP is answered 400 (when possible), closed and counted.
class MetricsHttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsHttpServer)

public:
    static constexpr int kMaxHeadBytes = 8 * 1024;
    static constexpr qint64 kRequestTimeoutMs = 5000;
    static constexpr int kMaxConnections = 16;

    MetricsHttpServer(Clock &clock, std::function<QByteArray()> render, QObject *parent = nullptr);
    ~MetricsHttpServer() override;

    Status listen(const HostPort &where);
    quint16 port() const;
    quint64 scrapes() const { return m_scrapes; }
    const QHash<QString, quint64> &rejects() const { return m_rejects; }  // by reason
    // The endpoint's own figures (scrapes, refused requests by reason), to append to a scrape.
    QByteArray ownMetrics() const;

private:
    struct Pending {
        QByteArray head;
        Clock::TimerId timeout = 0;
    };
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                const QByteArray &contentType = "text/plain; charset=utf-8");
    void refuse(QTcpSocket *socket, const QString &reason, int status);
    void drop(QTcpSocket *socket);

    Clock &m_clock;
    std::function<QByteArray()> m_render;
    QTcpServer *m_server;
    QHash<QTcpSocket *, Pending> m_pending;
    quint64 m_scrapes = 0;
    QHash<QString, quint64> m_rejects;
};

}  // namespace swarmscope
