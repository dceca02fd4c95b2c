#include "swarm/connection.h"

#include "events/event_json.h"

#include "core/logging.h"
#include "crypto/identity.h"
#include "crypto/secret_stream.h"
#include "stats/frame_tap.h"
#include "transport/carrier.h"
#include "wire/batch_codec.h"
#include "wire/message_codec.h"

#include <QPointer>

namespace swarmscope {

Connection::Connection(quint64 id, Carrier *carrier, Direction direction, const KeyPair &keys, Clock &clock,
                       ConnectionLimits limits, QString source, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_carrier(carrier)
    , m_direction(direction)
    , m_keys(keys)
    , m_clock(clock)
    , m_limits(limits)
    , m_source(std::move(source))
    , m_handshakeTimer(clock)
    , m_pingTimer(clock)
    , m_retireTimer(clock)
{
    m_carrier->setParent(this);
    m_transport = m_carrier->transport();
    m_path = m_carrier->path();
    m_via = m_carrier->via();
    m_expected = m_carrier->expectedPeer();
    m_sinceMs = m_clock.wallMs();
    connect(m_carrier, &Carrier::opened, this, &Connection::onOpened);
    connect(m_carrier, &Carrier::readyRead, this, &Connection::onReadyRead);
    connect(m_carrier, &Carrier::bytesWritten, this, [this] {
        flushBatch();
        emit bytesWritten();
    });
    connect(m_carrier, &Carrier::failed, this,
            [this](const QString &detail) { finish(ErrorCode::ConnectFailed, detail); });
    connect(m_carrier, &Carrier::closed, this, [this] {
        m_carrierEnded = true;
        onReadyRead();  // whatever arrived before the close still counts
        finish(ErrorCode::Closed, QStringLiteral("connection closed by peer"));
    });
}

Connection::~Connection() = default;

void Connection::start()
{
    // An unfinished connect or handshake is dropped after the timeout (docs/PROTOCOL.md, "Secure channel").
    m_handshakeTimer.start(m_limits.handshakeTimeoutMs, [this] {
        finish(m_state == State::Connecting ? ErrorCode::ConnectFailed : ErrorCode::HandshakeTimeout,
               QStringLiteral("no %1 within %2 ms")
                   .arg(m_state == State::Connecting ? QStringLiteral("connection") : QStringLiteral("handshake"))
                   .arg(m_limits.handshakeTimeoutMs));
    });
    if (m_direction == Direction::Inbound || m_carrier->isOpen())
        onOpened();
}

void Connection::onOpened()
{
    if (m_state != State::Connecting)
        return;
    m_cachedHost = m_carrier->peerAddress().toString();
    m_cachedPort = m_carrier->peerPort();
    m_state = State::Handshaking;
    m_stream = std::make_unique<SecretStream>(m_direction == Direction::Outbound, m_keys, m_limits.maxFrameBytes);
    if (m_observer)
        m_observer->onConnectionHandshaking(this);
    emit handshaking();
    const QByteArray first = m_stream->start();
    if (!first.isEmpty()) {
        m_bytesOut += quint64(first.size());
        m_carrier->write(first);
    }
}

void Connection::onReadyRead()
{
    if (!m_stream || m_state == State::Closed)
        return;
    const QByteArray bytes = m_carrier->readAll();
    if (bytes.isEmpty())
        return;
    m_bytesIn += quint64(bytes.size());
    SecretStreamOutput out;
    const Status st = m_stream->feed(bytes, out);
    if (!out.toSend.isEmpty()) {
        m_bytesOut += quint64(out.toSend.size());
        m_carrier->write(out.toSend);
    }
    if (out.established && m_state == State::Handshaking) {
        m_remoteId = m_stream->remotePublicKey();
        m_remoteAddress = Identity::addressOf(m_remoteId);
        m_state = State::Open;
        m_handshakeTimer.stop();
        if (m_observer)
            m_observer->onConnectionEstablished(this);
        emit established();
        if (m_state != State::Open)
            return;  // the owner closed us (self)
        if (!m_retiring)  // a retiring loser still reads what came with the handshake
            sendPing();
    }
    for (QByteArray &m : out.messages) {
        if (m_state != State::Open)
            break;
        onMessage(std::move(m));
    }
    if (!st.ok())
        finish(st.error().code, st.error().detail);
}

void Connection::onMessage(QByteArray plaintext)
{
    if (plaintext.isEmpty())
        return;  // secret-stream keep-alive (npm peers send empty messages)
    if (!wire::isBatch(plaintext))
        return onPlaintext(std::move(plaintext));
    auto items = wire::batchItems(plaintext);
    if (!items) {
        close(items.error().code, items.error().detail);
        return;
    }
    for (QByteArrayView item : *items) {
        if (m_state != State::Open)
            break;
        // Decoded from the batch's buffer: only what a message keeps (a data payload) is copied.
        onDecoded(wire::decode(item), m_tap ? item.toByteArray() : QByteArray());
    }
}

void Connection::onPlaintext(QByteArray plaintext)
{
    // The tap needs the plaintext after decoding, so only then is it shared rather than given up.
    const QByteArray tapped = m_tap ? plaintext : QByteArray();
    onDecoded(wire::decodeOwned(std::move(plaintext)), tapped);
}

void Connection::onDecoded(Result<wire::Message> decoded, const QByteArray &tapped)
{
    ++m_messagesIn;
    if (m_tap)
        tapFrame(Direction::Inbound, decoded ? wire::typeName(*decoded) : errorCodeName(decoded.error().code),
                 int(tapped.size()) + 20, tapped);
    if (!decoded) {
        if (decoded.error().code == ErrorCode::UnknownType) {
            notifyRejected(decoded.error().code, decoded.error().detail);  // counted, ignored
            return;
        }
        close(decoded.error().code, decoded.error().detail);
        return;
    }
    const wire::Message &msg = *decoded;
    if (const auto *ping = std::get_if<wire::Ping>(&msg)) {
        send(wire::Pong{ping->nonce, ping->monotonicMs});
        return;
    }
    if (const auto *pong = std::get_if<wire::Pong>(&msg)) {
        if (pong->nonce == m_pingNonce && m_pingSentUs > 0) {
            m_rttUs = m_clock.monotonicUs() - m_pingSentUs;
            m_pingSentUs = 0;
        }
        return;
    }
    if (const auto *bye = std::get_if<wire::Bye>(&msg)) {
        m_byeReceived = true;
        if (m_retiring)
            return finish(ErrorCode::Closed, {});
        if (bye->reason == errorCodeName(ErrorCode::Redundant)) {
            if (!m_retiredByPeer) {
                m_retiredByPeer = true;
                m_retireTimer.start(kRetireGraceMs, [this] { finish(ErrorCode::Closed, {}); });
            }
            return;
        }
        finish(ErrorCode::Closed, bye->reason.isEmpty() ? QStringLiteral("peer said bye") : bye->reason);
        return;
    }
    if (std::holds_alternative<wire::Unhandled>(msg)) {
        notifyRejected(ErrorCode::UnknownType,
                       QStringLiteral("message type %1 not handled").arg(std::get<wire::Unhandled>(msg).type));
        return;
    }
    if (m_observer)
        m_observer->onConnectionMessage(this, msg);
    emit messageReceived(msg);
}

void Connection::sendPing()
{
    if (m_state != State::Open)
        return;
    // Inside the authenticated channel a pong cannot be forged: a counter tells pings apart.
    ++m_pingNonce;
    m_pingSentUs = m_clock.monotonicUs();
    send(wire::Ping{m_pingNonce, m_clock.monotonicMs()});
    m_pingTimer.start(m_limits.pingIntervalMs, [this] { sendPing(); });
}

void Connection::send(const wire::Message &message)
{
    if (m_state != State::Open || m_retiring || !m_stream || !m_stream->canSend())
        return;
    writeSealed(wire::encode(message), m_tap ? wire::typeName(message) : QString());
}

void Connection::sendData(QByteArrayView bytes)
{
    if (m_state != State::Open || m_retiring || !m_stream || !m_stream->canSend())
        return;
    m_scratch.resize(0);
    wire::appendDataMessage(bytes, m_scratch);
    writeSealed(m_scratch, QStringLiteral("data"));
}

void Connection::sendEncoded(const QByteArray &plaintext, const QString &type)
{
    if (m_state != State::Open || m_retiring || !m_stream || !m_stream->canSend())
        return;
    writeSealed(plaintext, type);
}

void Connection::writeSealed(const QByteArray &plaintext, const QString &type)
{
    // While the socket still holds earlier writes, a small message waits in a batch: sealing and
    // framing each one costs more than the message. A lone message is sealed at once, so a
    // ping-pong never waits. Anything after a batch follows it, so order is kept.
    constexpr qsizetype kBatchableBytes = 4096, kBatchBytes = 32 * 1024;
    const bool batchable = m_hasHello && m_hello.batches && plaintext.size() <= kBatchableBytes;
    if (batchable && (!m_batch.isEmpty() || m_carrier->bytesToWrite() > 0)) {
        if (m_batch.isEmpty()) {
            m_batch.reserve(kBatchBytes + kBatchableBytes + 16);  // one allocation per batch
            wire::beginBatch(m_batch);
        }
        wire::appendToBatch(plaintext, m_batch);
        if (m_tap)
            tapFrame(Direction::Outbound, type, int(plaintext.size()) + 3, plaintext);
        ++m_messagesOut;
        if (m_batch.size() >= kBatchBytes)
            flushBatch();
    } else {
        flushBatch();
        if (m_tap)
            tapFrame(Direction::Outbound, type, int(plaintext.size()) + 20, plaintext);
        ++m_messagesOut;
        sealAndWrite(plaintext);
    }
    if (m_queueGuard && m_state == State::Open && m_queueGuard(bytesQueued()))
        finish(ErrorCode::LimitReached, QStringLiteral("the peer stopped reading: %1 bytes queued").arg(bytesQueued()));
}

void Connection::flushBatch()
{
    if (m_batch.isEmpty() || !m_carrier || !m_stream)
        return;
    wire::endBatch(m_batch);
    sealAndWrite(m_batch);
    m_batch = QByteArray();  // an idle connection holds no batch buffer
}

void Connection::sealAndWrite(const QByteArray &plaintext)
{
    // Reuse the buffer's capacity unless the socket still holds it (large writes are queued by
    // reference): resizing a shared buffer would copy it first.
    if (m_framed.isDetached())
        m_framed.resize(0);
    else
        m_framed = QByteArray();
    m_stream->sealInto(plaintext, m_framed);
    m_bytesOut += quint64(m_framed.size());
    m_carrier->write(m_framed);
}

void Connection::tapFrame(Direction dir, const QString &type, int wireBytes, QByteArrayView plaintext)
{
    FrameRecord f;
    f.timeMs = m_clock.wallMs();
    f.connectionId = m_id;
    f.peerAddress = m_remoteAddress;
    f.host = host();
    f.port = port();
    f.direction = dir;
    f.transport = m_transport;
    f.protocol = QStringLiteral("swarmscope/1");
    f.type = type;
    f.wireBytes = wireBytes;
    f.payload = plaintext.size() > 64 * 1024 ? plaintext.first(64 * 1024).toByteArray() : plaintext.toByteArray();
    m_tap->onFrame(f);
}

void Connection::sampleRates(qint64 nowMs)
{
    m_rates.sample(nowMs, m_bytesIn, m_bytesOut);
}

void Connection::close(ErrorCode reason, const QString &detail)
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Open)
        send(wire::Bye{errorCodeName(reason)});
    finish(reason, detail);
}

void Connection::retire(ErrorCode reason, const QString &detail, int graceMs)
{
    if (m_state != State::Open || m_carrierEnded) {
        close(reason, detail);
        return;
    }
    if (m_retiring)
        return;
    send(wire::Bye{errorCodeName(reason)});
    m_retiring = true;
    m_retireReason = reason;
    m_retireDetail = detail;
    m_pingTimer.stop();
    m_retireTimer.start(graceMs, [this] { finish(ErrorCode::Closed, {}); });
}

void Connection::finish(ErrorCode code, const QString &detail)
{
    if (m_state == State::Closed)
        return;
    if (m_retiring && code == ErrorCode::Closed) {
        // The peer closing its end is how a retirement is meant to end: report why we began it.
        m_retiring = false;
        return finish(m_retireReason, m_retireDetail);
    }
    if (m_retiredByPeer && code == ErrorCode::Closed) {
        m_retiredByPeer = false;
        return finish(ErrorCode::Closed, errorCodeName(ErrorCode::Redundant));
    }
    flushBatch();  // a bye, and what was written before it, still go out
    m_state = State::Closed;
    m_handshakeTimer.stop();
    m_pingTimer.stop();
    m_retireTimer.stop();
    if (m_carrier) {
        m_carrier->disconnect(this);
        const bool flush = code == ErrorCode::Closed || code == ErrorCode::Redundant || code == ErrorCode::Self;
        if (flush && !m_carrierEnded) {
            // Let a bye and any queued data reach the peer: the carrier outlives us until it has
            // flushed and closed (or a few seconds have passed), but not our owner, which takes it
            // along if it goes first (at exit the clock stops, and neither closed() nor the timer
            // would come). A carrier whose stream already ended has nothing to flush and stays
            // our child: detached, it would wait for a second closed() that never comes.
            Carrier *carrier = m_carrier;
            carrier->setParent(parent());
            connect(carrier, &Carrier::closed, carrier, &QObject::deleteLater);
            connect(carrier, &Carrier::failed, carrier, &QObject::deleteLater);
            m_clock.schedule(5000, [guard = QPointer<Carrier>(carrier)] {
                if (guard)
                    guard->deleteLater();
            });
            carrier->close();
            m_carrier.clear();
        } else {
            m_carrier->abort();
        }
    }
    if (m_observer)
        m_observer->onConnectionClosed(this, code, detail);
    emit closed(code, detail);
}

void Connection::notifyRejected(ErrorCode code, const QString &detail)
{
    if (m_observer)
        m_observer->onConnectionRejected(this, code, detail);
    emit rejected(code, detail);
}

QByteArray Connection::handshakeHash() const
{
    return m_stream ? m_stream->handshakeHash() : QByteArray();
}

QByteArray Connection::localEphemeral() const
{
    return m_stream ? m_stream->localEphemeral() : QByteArray();
}

QByteArray Connection::remoteEphemeral() const
{
    return m_stream ? m_stream->remoteEphemeral() : QByteArray();
}

QString Connection::host() const
{
    if (m_cachedHost.isEmpty() && m_carrier)
        return m_carrier->peerAddress().toString();
    return m_cachedHost;
}

quint16 Connection::port() const
{
    return m_cachedPort || !m_carrier ? m_cachedPort : m_carrier->peerPort();
}

quint16 Connection::localPort() const
{
    return m_carrier ? m_carrier->localPort() : 0;
}

qint64 Connection::bytesQueued() const
{
    return (m_carrier ? m_carrier->bytesToWrite() : 0) + m_batch.size();
}

PeerSnapshot Connection::snapshot() const
{
    PeerSnapshot s;
    s.connectionId = m_id;
    s.id = m_remoteId;
    s.address = m_remoteAddress;
    s.host = host();
    s.port = port();
    s.listenPort = m_hasHello ? m_hello.listenPort : 0;
    s.direction = m_direction;
    s.transport = m_transport;
    s.source = peerSourceFromName(m_source).value_or(PeerSource::Manual);
    s.state = m_state == State::Open    ? ConnectionState::Connected
        : m_state == State::Handshaking ? ConnectionState::Handshaking
        : m_state == State::Connecting  ? ConnectionState::Connecting
                                        : ConnectionState::Closed;
    s.agent = m_hasHello ? m_hello.agent : QString();
    s.name = m_peerName;
    s.rttUs = m_rttUs;
    s.bytesIn = m_bytesIn;
    s.bytesOut = m_bytesOut;
    s.framesIn = m_stream ? m_stream->framesIn() : 0;
    s.framesOut = m_stream ? m_stream->framesOut() : 0;
    s.messagesIn = m_messagesIn;
    s.messagesOut = m_messagesOut;
    s.bytesInPerSec = m_rates.inPerSec();
    s.bytesOutPerSec = m_rates.outPerSec();
    s.sinceMs = m_sinceMs;
    s.path = m_path;
    s.via = m_via;
    s.retiring = m_retiring;
    return s;
}

}  // namespace swarmscope
