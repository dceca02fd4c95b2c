#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "crypto/key_pair.h"
#include "snapshots.h"
#include "stats/byte_rates.h"
#include "wire/messages.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace swarmscope {

class Carrier;
class FrameTap;
class SecretStream;

struct ConnectionLimits {
    int handshakeTimeoutMs = 10000;
    int pingIntervalMs = 5000;
    qsizetype maxFrameBytes = 1 << 20;
};

class Connection;

// The owner of a connection, told of each of these before the signal of the same name goes out:
// one pointer where five signal connections per connection used to be (a lab node holds dozens).
class ConnectionObserver {
public:
    virtual void onConnectionHandshaking(Connection *c) = 0;
    virtual void onConnectionEstablished(Connection *c) = 0;
    virtual void onConnectionMessage(Connection *c, const wire::Message &message) = 0;
    virtual void onConnectionRejected(Connection *c, ErrorCode code, const QString &detail) = 0;
    virtual void onConnectionClosed(Connection *c, ErrorCode code, const QString &detail) = 0;

protected:
    ~ConnectionObserver() = default;
};

// One peer connection: carrier + secret-stream channel + swarmscope/1 messages. It proves the
// remote key, keeps ping/pong RTT and per-connection counters, and closes itself with a reason
// on any protocol violation.
class Connection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class State { Connecting, Handshaking, Open, Closed };

    Connection(quint64 id, Carrier *carrier, Direction direction, const KeyPair &keys, Clock &clock,
               ConnectionLimits limits, QString source, QObject *parent = nullptr);
    ~Connection() override;

    void start();  // outbound: after the carrier opened; inbound: at once
    void send(const wire::Message &message);
    void sendData(QByteArrayView bytes);  // bulk fast path
    // A message its caller already encoded (wire/file_chunk_codec.h); type names it for the tap.
    void sendEncoded(const QByteArray &plaintext, const QString &type);
    // Sends bye (when open) and closes; emits closed() once.
    void close(ErrorCode reason, const QString &detail = {});
    // Sends bye but keeps reading until the peer closes its end (or graceMs pass), then closes
    // with this reason: what the peer wrote before it heard the bye still arrives. The loser of
    // a redundant pair retires, so a message sent on it at the moment of the choice is not lost.
    void retire(ErrorCode reason, const QString &detail, int graceMs = kRetireGraceMs);
    bool isRetiring() const { return m_retiring; }
    // The peer retired this stream (bye "redundant"): it keeps reading it for a few seconds while
    // our end of its chosen stream may still be handshaking, so we keep writing on this one until
    // the owner retires it in turn (or the grace passes) and nothing sent in between is lost.
    bool isRetiredByPeer() const { return m_retiredByPeer; }
    static constexpr int kRetireGraceMs = 3000;

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    Direction direction() const { return m_direction; }
    const PeerId &remoteId() const { return m_remoteId; }
    const QString &remoteAddress() const { return m_remoteAddress; }
    QString host() const;
    quint16 port() const;
    quint16 localPort() const;  // our side of the flow (NAT behaviour compares it with what peers see)
    QString source() const { return m_source; }
    Transport transport() const { return m_transport; }
    ConnectionPath path() const { return m_path; }
    const QString &via() const { return m_via; }  // the relay's IP:PORT when relayed
    const PeerId &expectedPeer() const { return m_expected; }  // null = anyone may answer
    qint64 bytesQueued() const;
    // The key of whoever dialled this connection: the deterministic dedup rule compares it.
    PeerId initiatorKey(const PeerId &ownKey) const { return m_direction == Direction::Outbound ? ownKey : m_remoteId; }
    // The Noise handshake hash: the same bytes at both ends of this stream, and different for
    // every stream, so both peers can name one of two streams without talking. Empty until open.
    QByteArray handshakeHash() const;
    QByteArray localEphemeral() const;  // the handshake's ephemeral keys, empty until known
    QByteArray remoteEphemeral() const;

    PeerSnapshot snapshot() const;
    void setTap(FrameTap *tap) { m_tap = tap; }  // null = off (the default)
    // Asked after every write with the bytes still queued; true closes the connection (a peer that
    // stopped reading). The swarm's resource manager owns the cap and counts the refusal.
    void setQueueGuard(std::function<bool(qint64)> guard) { m_queueGuard = std::move(guard); }
    void setObserver(ConnectionObserver *observer) { m_observer = observer; }
    // Per-second rates, updated by whoever samples (the session, once a second).
    void sampleRates(qint64 nowMs);
    void setHello(const wire::Hello &hello)
    {
        m_hello = hello;
        m_hasHello = true;
    }
    bool hasHello() const { return m_hasHello; }
    // The display name of the peer's hello once the swarm checked it (wire/display_name.h); empty = none.
    void setPeerName(const QString &name) { m_peerName = name; }
    const QString &peerName() const { return m_peerName; }
    bool byeReceived() const { return m_byeReceived; }
    const wire::Hello &hello() const { return m_hello; }  // its name is unchecked: peerName() is the checked one
    QList<QByteArray> &remoteTopics() { return m_hello.topics; }
    // The topics traffic for this peer is routed by: its hello's, or, until that arrives on a
    // stream that replaced another, the ones the replaced stream had (same peer, same rooms).
    const QList<QByteArray> &routedTopics() const { return m_hasHello ? m_hello.topics : m_inheritedTopics; }
    void inheritTopics(const QList<QByteArray> &topics) { m_inheritedTopics = topics; }

signals:
    void handshaking();
    void established();  // remote key proven, both headers exchanged
    void messageReceived(const swarmscope::wire::Message &message);
    void bytesWritten();  // some queued bytes went to the socket: bytesQueued() fell
    void rejected(swarmscope::ErrorCode code, const QString &detail);  // dropped a message, stays open
    void closed(swarmscope::ErrorCode code, const QString &detail);  // once

private:
    void onOpened();
    void onReadyRead();
    void onMessage(QByteArray plaintext);
    void sendPing();
    void writeSealed(const QByteArray &plaintext, const QString &type);
    void sealAndWrite(const QByteArray &plaintext);
    void flushBatch();
    void onPlaintext(QByteArray plaintext);  // one message on its own
    void notifyRejected(ErrorCode code, const QString &detail);
    void onDecoded(Result<wire::Message> decoded, const QByteArray &tapped);
    void tapFrame(Direction dir, const QString &type, int wireBytes, QByteArrayView plaintext);
    void finish(ErrorCode code, const QString &detail);

    quint64 m_id;
    QPointer<Carrier> m_carrier;
    Transport m_transport = Transport::Tcp;
    ConnectionPath m_path = ConnectionPath::Direct;
    QString m_via;
    PeerId m_expected;
    Direction m_direction;
    const KeyPair &m_keys;
    Clock &m_clock;
    ConnectionLimits m_limits;
    QString m_source;
    std::unique_ptr<SecretStream> m_stream;
    State m_state = State::Connecting;
    PeerId m_remoteId;
    QString m_remoteAddress;
    wire::Hello m_hello;
    bool m_hasHello = false;
    QString m_peerName;
    bool m_byeReceived = false;
    bool m_carrierEnded = false;  // the carrier reported closed(): nothing of it is left to flush
    bool m_retiring = false;  // bye sent, still reading (retire())
    bool m_retiredByPeer = false;  // bye "redundant" received, still writing (isRetiredByPeer())
    QList<QByteArray> m_inheritedTopics;
    ErrorCode m_retireReason = ErrorCode::Closed;
    QString m_retireDetail;
    ScopedTimer m_handshakeTimer;
    ScopedTimer m_pingTimer;
    ScopedTimer m_retireTimer;
    quint64 m_pingNonce = 0;
    qint64 m_pingSentUs = 0;
    qint64 m_rttUs = -1;
    qint64 m_sinceMs = 0;
    quint64 m_bytesIn = 0, m_bytesOut = 0, m_messagesIn = 0, m_messagesOut = 0;
    QString m_cachedHost;
    quint16 m_cachedPort = 0;
    QByteArray m_scratch;
    QByteArray m_framed;  // reused for every send: the carrier copies it anyway
    // Small messages written while the socket is still busy, sealed as one secretstream message
    // when it has written (or the batch is full), for a peer whose hello says it reads batches.
    QByteArray m_batch;
    FrameTap *m_tap = nullptr;
    std::function<bool(qint64)> m_queueGuard;
    ConnectionObserver *m_observer = nullptr;
    ByteRates m_rates;
};

}  // namespace swarmscope
