#pragma once

#include "core/result.h"
#include "peer_relay_envelope.h"
#include "peer_relay_options.h"
#include "peer_relay_router.h"
#include "peer_relay_types.h"

#include <QHash>
#include <QJsonValue>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <array>
#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace swarmscope {

class Clock;
class Random;
class FrameTap;
class ScopedTimer;

// A member of a peer-relay network (npm peer-relay 0.0.2's Client, docs/PEER_RELAY.md): a
// WebSocket server and bootstrap dials, the id exchange, findPeers/foundPeers, handshake
// offer/answer for direct connections, and the router. WebRTC is not supported: a `signal` is
// answered with a handshake-answer saying wrtc: false (and our WebSocket URL, if we listen).
class PeerRelayNode final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerRelayNode)

public:
    // id: 20 bytes, random if empty (peer-relay draws a new id each run).
    PeerRelayNode(PeerRelayOptions options, Clock &clock, Random &random, QByteArray id = {},
                  QObject *parent = nullptr);
    ~PeerRelayNode() override;

    Status start();  // listens (if a port is set) and dials the bootstrap URLs
    void stop();
    void dial(const QUrl &url);
    void setTap(FrameTap *tap) { m_tap = tap; }

    QByteArray id() const { return m_id; }
    Random &random() const { return m_random; }  // the session's, for what rides on the node (sockets)
    QString idHex() const;
    quint16 listenPort() const;
    QString url() const;  // what we advertise in handshake-answer, empty if not listening

    // client.send(id, data): a `user` message. Returns the nonce.
    QString send(const QByteArray &to, const QJsonValue &data);
    // The same with data already as JSON text (kept byte for byte, e.g. keys in a given order).
    QString sendRaw(const QByteArray &to, const QByteArray &dataJson);
    // client.connect(id): asks the peer for a direct connection through the network.
    Status connectTo(const QByteArray &id);
    bool disconnectPeer(const QByteArray &id);

    QList<PeerRelayPeer> peers() const;
    PeerRelayView view() const;  // id, url and peers at once, for the window
    QList<QByteArray> peerIds() const;
    QList<QByteArray> candidates() const { return m_candidates; }
    QList<QPair<QString, quint64>> rejects() const;  // reason -> count
    quint64 rejectCount(peerrelay::Reject reason) const { return m_rejects[size_t(reason)]; }
    quint64 duplicates() const { return m_duplicates; }
    quint64 signalsRefused() const { return m_signalsRefused; }

signals:
    void listening(const QString &host, quint16 port, const QString &url);
    void peerConnected(const swarmscope::PeerRelayPeer &peer);
    void peerClosed(const QString &idHex);
    void dialFailed(const QString &url, const QString &detail);
    // A `user` message for us (client 'message' event).
    void messageReceived(const QString &fromHex, const QJsonValue &data, const QStringList &path, const QString &nonce);
    void hop(const swarmscope::PeerRelayHop &hop);
    void rejected(const QString &reason, const QString &detail, const QString &peerHex);
    void signalRefused(const QString &fromHex);  // a WebRTC signal, answered as not supported

private:
    void onIncoming();
    peerrelay::Channel *adopt(QWebSocket *socket, bool inbound);
    void onOpened(peerrelay::Channel *channel);
    void onClosed(peerrelay::Channel *channel);
    void onEnvelope(peerrelay::Channel *channel, const peerrelay::Envelope &envelope, const QByteArray &text);
    void onRejected(peerrelay::Channel *channel, peerrelay::Reject reason, const QString &detail,
                    const QByteArray &text);
    void deliver(const peerrelay::Envelope &envelope);
    void sendAnswer(const QByteArray &to);  // handshake-answer: our URL (or null), wrtc: false
    void sendControl(const QByteArray &to, const QString &type,
                     const QJsonValue &data = QJsonValue(QJsonValue::Undefined));
    PeerRelayHop hopOf(PeerRelayHopRole role, const peerrelay::Router::Outcome &outcome) const;
    void tapFrame(peerrelay::Channel *channel, bool inbound, const QString &type, const QByteArray &json);
    void addCandidate(const QByteArray &id);
    void populate();
    void sampleRates();

    PeerRelayOptions m_options;
    Clock &m_clock;
    Random &m_random;
    QByteArray m_id;
    std::unique_ptr<QWebSocketServer> m_server;
    std::unique_ptr<peerrelay::Router> m_router;
    std::unique_ptr<ScopedTimer> m_rateTimer;
    QList<peerrelay::Channel *> m_channels;  // every socket, open or not
    QList<QByteArray> m_candidates;  // client.js canidates
    QSet<QByteArray> m_pending;  // offers we sent or answered
    QSet<QByteArray> m_signalAnswered;  // one not-supported answer per peer
    std::array<quint64, size_t(peerrelay::Reject::Count)> m_rejects{};
    quint64 m_duplicates = 0;
    quint64 m_signalsRefused = 0;
    FrameTap *m_tap = nullptr;
    qint64 m_lastSampleMs = 0;
};

}  // namespace swarmscope

Q_DECLARE_METATYPE(swarmscope::PeerRelayPeer)
Q_DECLARE_METATYPE(swarmscope::PeerRelayHop)
