#include "peer_relay_channel.h"

#include "core/clock.h"
#include "peer_relay_id.h"

#include <QWebSocket>

namespace swarmscope::peerrelay {

Channel::Channel(QWebSocket *socket, bool inbound, const QByteArray &localId, Clock &clock, Limits limits,
                 QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_inbound(inbound)
    , m_localId(localId)
    , m_clock(clock)
    , m_limits(limits)
    , m_bucket(limits.envelopesPerSecond, clock.monotonicMs())
{
    m_socket->setParent(this);
    // Qt refuses (and closes on) anything far beyond our cap; below that we count and drop.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(limits.maxEnvelopeBytes) * 4);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(limits.maxEnvelopeBytes) * 4);
    connect(m_socket, &QWebSocket::connected, this, &Channel::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onFrame(text.toUtf8()); });
    // ws@1 hands binary frames to JSON.parse as well.
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &Channel::onFrame);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_closed)
            return;
        m_closed = true;
        if (!m_everOpened && !m_inbound && m_id.isEmpty())
            emit failed(this, m_socket->errorString());
        emit closed(this);
    });
    if (inbound)
        onConnected();
}

Channel::~Channel()
{
    m_socket->disconnect(this);
}

void Channel::onConnected()
{
    m_everOpened = true;
    send(bufferJson(m_localId));
}

void Channel::send(const QByteArray &json)
{
    if (m_closed || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    bytesOut += quint64(json.size());
    ++framesOut;
    m_socket->sendTextMessage(QString::fromUtf8(json));
}

void Channel::close()
{
    if (m_closed)
        return;
    m_socket->close();
}

QHostAddress Channel::host() const
{
    return m_socket->peerAddress();
}

quint16 Channel::port() const
{
    return m_socket->peerPort();
}

QUrl Channel::url() const
{
    return m_socket->requestUrl();
}

void Channel::sampleRates(double seconds)
{
    bytesInPerSec = double(bytesIn - m_lastBytesIn) / seconds;
    bytesOutPerSec = double(bytesOut - m_lastBytesOut) / seconds;
    framesInPerSec = double(framesIn - m_lastFramesIn) / seconds;
    framesOutPerSec = double(framesOut - m_lastFramesOut) / seconds;
    m_lastBytesIn = bytesIn;
    m_lastBytesOut = bytesOut;
    m_lastFramesIn = framesIn;
    m_lastFramesOut = framesOut;
}

void Channel::onFrame(const QByteArray &text)
{
    if (m_closed)
        return;
    bytesIn += quint64(text.size());
    ++framesIn;
    if (m_id.isEmpty()) {
        // ws.js takes whatever the first frame is as the id; we insist on 20 bytes.
        const auto value = text.size() <= 1024 ? parseJsonValue(text) : std::nullopt;
        const auto id = value ? parseId(*value) : std::nullopt;
        if (!id) {
            emit rejected(this, Reject::BadFirstFrame, QStringLiteral("the first frame is not a 20-byte id"), text);
            close();
            return;
        }
        m_id = *id;
        emit opened(this);
        return;
    }
    if (!m_bucket.take(1, m_clock.monotonicMs())) {
        emit rejected(this, Reject::RateLimited,
                      QStringLiteral("more than %1 envelopes per second").arg(m_limits.envelopesPerSecond), text);
        return;
    }
    auto parsed = parseEnvelope(text, m_limits.maxEnvelopeBytes, m_limits.maxHops);
    if (const auto *failure = std::get_if<ParseFailure>(&parsed)) {
        emit rejected(this, failure->reason, failure->detail, text);
        return;
    }
    emit envelope(this, std::get<Envelope>(parsed), text);
}

}  // namespace swarmscope::peerrelay
