#pragma once

#include "peer_relay_envelope.h"
#include "relay/token_bucket.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

class QWebSocket;

namespace swarmscope {

class Clock;

namespace peerrelay {

// One WebSocket to a peer-relay peer (ws.js WsChannel): on open both sides send their id as
// JSON.stringify(Buffer); the first frame received is the remote id, every later frame one JSON
// envelope. Frames are checked for size, rate and schema here; routing is the node's job.
class Channel final : public QObject {
    Q_OBJECT

public:
    struct Limits {
        int maxEnvelopeBytes = 64 * 1024;
        int maxHops = 20;
        double envelopesPerSecond = 200;
    };

    // Takes ownership of the socket (already open when inbound).
    Channel(QWebSocket *socket, bool inbound, const QByteArray &localId, Clock &clock, Limits limits,
            QObject *parent = nullptr);
    ~Channel() override;

    void send(const QByteArray &json);
    void close();
    bool isOpen() const { return !m_id.isEmpty() && !m_closed; }
    const QByteArray &remoteId() const { return m_id; }
    bool inbound() const { return m_inbound; }
    QHostAddress host() const;
    quint16 port() const;
    QUrl url() const;

    quint64 bytesIn = 0, bytesOut = 0, framesIn = 0, framesOut = 0;
    double bytesInPerSec = 0, bytesOutPerSec = 0, framesInPerSec = 0, framesOutPerSec = 0;
    void sampleRates(double seconds);  // turns the counters since the last sample into rates

signals:
    void opened(swarmscope::peerrelay::Channel *channel);  // remote id known
    void envelope(swarmscope::peerrelay::Channel *channel, const swarmscope::peerrelay::Envelope &envelope,
                  const QByteArray &text);
    void rejected(swarmscope::peerrelay::Channel *channel, swarmscope::peerrelay::Reject reason, const QString &detail,
                  const QByteArray &text);
    void failed(swarmscope::peerrelay::Channel *channel, const QString &detail);  // could not connect
    void closed(swarmscope::peerrelay::Channel *channel);

private:
    void onConnected();
    void onFrame(const QByteArray &text);

    QWebSocket *m_socket;
    bool m_inbound;
    QByteArray m_localId;
    Clock &m_clock;
    Limits m_limits;
    TokenBucket m_bucket;
    QByteArray m_id;
    bool m_closed = false;
    bool m_everOpened = false;
    quint64 m_lastBytesIn = 0, m_lastBytesOut = 0, m_lastFramesIn = 0, m_lastFramesOut = 0;
};

}  // namespace peerrelay
}  // namespace swarmscope
