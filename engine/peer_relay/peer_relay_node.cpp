#include "peer_relay_node.h"

#include "core/clock.h"
#include "peer_relay_channel.h"
#include "peer_relay_id.h"
#include "stats/frame_tap.h"
#include "transport/bypass_proxy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QWebSocket>
#include <QWebSocketServer>

Q_LOGGING_CATEGORY(lcPeerRelay, "swarmscope.engine.peerrelay")

namespace swarmscope {

using namespace peerrelay;

namespace {
constexpr int kMaxFoundPeers = 20;  // client.js answers findPeers with the 20 closest
}

PeerRelayNode::PeerRelayNode(PeerRelayOptions options, Clock &clock, Random &random, QByteArray id, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_random(random)
    , m_id(id.size() == kIdBytes ? std::move(id) : randomId(random))
{
    m_router = std::make_unique<Router>(m_id, m_clock, m_random, m_options,
                                        [this](Channel *c, const QByteArray &json, const Envelope &e) {
                                            c->send(json);
                                            tapFrame(c, false, e.type, json);
                                        });
    m_rateTimer = std::make_unique<ScopedTimer>(m_clock);
}

PeerRelayNode::~PeerRelayNode()
{
    m_rateTimer.reset();
    for (Channel *c : std::as_const(m_channels))
        c->disconnect(this);
}

QString PeerRelayNode::idHex() const
{
    return hexOf(m_id);
}

Status PeerRelayNode::start()
{
    if (m_options.listenPort >= 0) {
        m_server = std::make_unique<QWebSocketServer>(QStringLiteral("peer-relay"), QWebSocketServer::NonSecureMode);
        bypassProxy(*m_server);
        if (!m_server->listen(m_options.listenHost, quint16(m_options.listenPort)))
            return makeError(ErrorCode::AddressInUse,
                             QStringLiteral("peer-relay: cannot listen on %1:%2: %3")
                                 .arg(m_options.listenHost.toString())
                                 .arg(m_options.listenPort)
                                 .arg(m_server->errorString()));
        connect(m_server.get(), &QWebSocketServer::newConnection, this, &PeerRelayNode::onIncoming);
        emit listening(m_options.listenHost.toString(), m_server->serverPort(), url());
    }
    for (const QString &u : std::as_const(m_options.bootstrap))
        dial(QUrl(u));
    m_lastSampleMs = m_clock.monotonicMs();
    m_rateTimer->start(1000, [this] { sampleRates(); });
    return {};
}

void PeerRelayNode::stop()
{
    m_rateTimer->stop();
    if (m_server)
        m_server->close();
    for (Channel *c : std::as_const(m_channels))
        c->close();
}

quint16 PeerRelayNode::listenPort() const
{
    return m_server && m_server->isListening() ? m_server->serverPort() : 0;
}

QString PeerRelayNode::url() const
{
    if (!listenPort())
        return {};
    // peer-relay advertises ws://localhost:PORT; a specific address is more useful to others.
    const QHostAddress h = m_options.listenHost;
    QString host = QStringLiteral("localhost");
    if (h != QHostAddress::Any && h != QHostAddress::AnyIPv4 && h != QHostAddress::AnyIPv6)
        host = h.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + h.toString() + QLatin1Char(']')
                                                             : h.toString();
    return QStringLiteral("ws://%1:%2").arg(host).arg(listenPort());
}

void PeerRelayNode::dial(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("ws") || url.host().isEmpty() || url.port() <= 0) {
        emit dialFailed(url.toString(), QStringLiteral("not a ws://host:port URL"));
        return;
    }
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest);
    bypassProxy(*socket);
    Channel *channel = adopt(socket, false);
    connect(channel, &Channel::failed, this,
            [this, url](Channel *, const QString &detail) { emit dialFailed(url.toString(), detail); });
    socket->open(url);
}

void PeerRelayNode::onIncoming()
{
    while (QWebSocket *socket = m_server->nextPendingConnection())
        adopt(socket, true);
}

peerrelay::Channel *PeerRelayNode::adopt(QWebSocket *socket, bool inbound)
{
    Channel::Limits limits{m_options.maxEnvelopeBytes, m_options.maxHops, m_options.envelopesPerSecond};
    auto *channel = new Channel(socket, inbound, m_id, m_clock, limits, this);
    m_channels.append(channel);
    connect(channel, &Channel::opened, this, &PeerRelayNode::onOpened);
    connect(channel, &Channel::closed, this, &PeerRelayNode::onClosed);
    connect(channel, &Channel::envelope, this, &PeerRelayNode::onEnvelope);
    connect(channel, &Channel::rejected, this, &PeerRelayNode::onRejected);
    return channel;
}

void PeerRelayNode::onOpened(Channel *channel)
{
    const QByteArray id = channel->remoteId();
    tapFrame(channel, true, QStringLiteral("id"), bufferJson(id));
    m_pending.remove(id);
    addCandidate(id);
    if (id == m_id) {  // dialled ourselves
        channel->close();
        return;
    }
    if (m_router->channel(id)) {
        // client.js: a second channel to a known peer is closed by the side whose id is lower;
        // the other keeps it open, unused, until the remote side closes it.
        if (id.toHex() >= m_id.toHex())
            channel->close();
        return;
    }
    m_router->addChannel(channel);
    sendControl(id, QStringLiteral("findPeers"), idHex());
    PeerRelayPeer p;
    p.id = hexOf(id);
    p.host = channel->host().toString();
    p.port = channel->port();
    p.inbound = channel->inbound();
    emit peerConnected(p);
}

void PeerRelayNode::onClosed(Channel *channel)
{
    m_channels.removeOne(channel);
    const QByteArray id = channel->remoteId();
    if (!id.isEmpty() && m_router->channel(id) == channel) {
        m_router->removeChannel(channel);
        m_pending.remove(id);
        m_candidates.removeOne(id);
        emit peerClosed(hexOf(id));
    }
    channel->deleteLater();
}

void PeerRelayNode::onRejected(Channel *channel, Reject reason, const QString &detail, const QByteArray &text)
{
    ++m_rejects[size_t(reason)];
    tapFrame(channel, true, QStringLiteral("rejected"), text.left(4096));
    // A flood is counted in full but reported once per burst.
    if (reason == Reject::RateLimited && m_rejects[size_t(reason)] % 100 != 1)
        return;
    emit rejected(rejectName(reason), detail, hexOf(channel->remoteId()));
}

void PeerRelayNode::onEnvelope(Channel *channel, const Envelope &e, const QByteArray &text)
{
    tapFrame(channel, true, e.type, text);
    if (m_router->channel(channel->remoteId()) != channel)
        return;  // a spare duplicate channel: ignored, as client.js never listens on it
    switch (m_router->accept(e)) {
    case Router::Verdict::Duplicate: ++m_duplicates; return;
    case Router::Verdict::PathContainsUs:
        ++m_rejects[size_t(Reject::PathContainsUs)];
        emit rejected(rejectName(Reject::PathContainsUs),
                      QStringLiteral("nonce %1 already went through us").arg(e.nonce), hexOf(channel->remoteId()));
        return;
    case Router::Verdict::Deliver: {
        PeerRelayHop h;
        h.role = PeerRelayHopRole::Delivered;
        h.to = hexOf(e.to);
        h.from = hexOf(e.from);
        h.nonce = e.nonce;
        h.type = e.type;
        h.path = e.path;
        h.via = hexOf(channel->remoteId());
        emit hop(h);
        deliver(e);
        return;
    }
    case Router::Verdict::Forward: {
        const Router::Outcome out = m_router->forward(e);
        PeerRelayHop h = hopOf(out.hopLimit ? PeerRelayHopRole::Dropped : PeerRelayHopRole::Forwarded, out);
        h.via = hexOf(channel->remoteId());
        if (out.hopLimit) {
            ++m_rejects[size_t(Reject::HopLimit)];
            h.reason = rejectName(Reject::HopLimit);
        }
        emit hop(h);
        return;
    }
    }
}

void PeerRelayNode::deliver(const Envelope &e)
{
    const QString from = hexOf(e.from);
    if (e.type == QLatin1String("user")) {
        emit messageReceived(from, e.data, e.path, e.nonce);
    } else if (e.type == QLatin1String("findPeers")) {
        const auto target = e.data.isString() ? parseHexId(e.data.toString()) : std::nullopt;
        QJsonArray found;
        for (const QByteArray &id : closest(m_candidates, target.value_or(e.from), kMaxFoundPeers))
            found.append(hexOf(id));
        sendControl(e.from, QStringLiteral("foundPeers"), found);
    } else if (e.type == QLatin1String("foundPeers")) {
        const QJsonArray list = e.data.toArray();
        for (qsizetype i = 0; i < list.size() && i < kMaxFoundPeers; ++i)
            if (const auto id = list[i].isString() ? parseHexId(list[i].toString()) : std::nullopt)
                addCandidate(*id);
        populate();
    } else if (e.type == QLatin1String("handshake-offer")) {
        if (m_router->channel(e.from))
            return;
        // client.js: answer unless we offered too and our id is the lower one.
        if (!m_pending.contains(e.from) || e.from.toHex() < m_id.toHex()) {
            m_pending.insert(e.from);
            sendAnswer(e.from);
        }
    } else if (e.type == QLatin1String("handshake-answer")) {
        if (m_router->channel(e.from) || !e.data.isObject())
            return;
        const QJsonValue ws = e.data.toObject().value(QStringLiteral("ws"));
        if (ws.isString())
            dial(QUrl(ws.toString()));
        else
            m_pending.remove(e.from);  // it cannot be reached: a later offer may still be answered
    } else if (e.type == QLatin1String("signal")) {
        // WebRTC signalling: we have no WebRTC. Say so once, the way peer-relay does (wrtc: false,
        // and our WebSocket URL so the peer can still connect directly).
        ++m_signalsRefused;
        emit signalRefused(from);
        if (!m_signalAnswered.contains(e.from) && m_signalAnswered.size() < m_options.maxCandidates) {
            m_signalAnswered.insert(e.from);
            sendAnswer(e.from);
        }
    }
}

QString PeerRelayNode::send(const QByteArray &to, const QJsonValue &data)
{
    return sendRaw(to, jsonText(data));
}

QString PeerRelayNode::sendRaw(const QByteArray &to, const QByteArray &dataJson)
{
    const QByteArray member = "{\"type\":\"user\",\"data\":" + dataJson + '}';
    const Router::Outcome out = m_router->originate(to, QStringLiteral("user"), member);
    emit hop(hopOf(PeerRelayHopRole::Sent, out));
    return out.envelope.nonce;
}

void PeerRelayNode::sendAnswer(const QByteArray &to)
{
    // client.js: {ws: wsConnector.url, wrtc: wrtcConnector.supported}, keys in that order.
    const QString own = url();
    const QByteArray member = "{\"type\":\"handshake-answer\",\"data\":{\"ws\":"
        + (own.isEmpty() ? QByteArray("null") : jsonText(own)) + ",\"wrtc\":false}}";
    const Router::Outcome out = m_router->originate(to, QStringLiteral("handshake-answer"), member);
    emit hop(hopOf(PeerRelayHopRole::Sent, out));
}

void PeerRelayNode::sendControl(const QByteArray &to, const QString &type, const QJsonValue &data)
{
    const Router::Outcome out = m_router->originate(to, type, dataMember(type, data));
    emit hop(hopOf(PeerRelayHopRole::Sent, out));
}

Status PeerRelayNode::connectTo(const QByteArray &id)
{
    if (id.size() != kIdBytes)
        return makeError(ErrorCode::BadAddress, QStringLiteral("a peer-relay id is 40 hex digits"));
    if (id == m_id)
        return makeError(ErrorCode::Self, QStringLiteral("that is our own id"));
    if (m_router->channel(id) || m_pending.contains(id))
        return {};
    m_pending.insert(id);
    sendControl(id, QStringLiteral("handshake-offer"));
    return {};
}

bool PeerRelayNode::disconnectPeer(const QByteArray &id)
{
    Channel *c = m_router->channel(id);
    if (!c)
        return false;
    c->close();
    return true;
}

void PeerRelayNode::addCandidate(const QByteArray &id)
{
    if (id == m_id || m_candidates.contains(id))
        return;
    if (m_candidates.size() >= m_options.maxCandidates) {
        // Keep the ones closest to us, as a k-bucket would rather keep near ids.
        m_candidates = closest(m_candidates, m_id, m_options.maxCandidates - 1);
    }
    m_candidates.append(id);
}

void PeerRelayNode::populate()
{
    // client.js _populate: offer a direct link to the candidates closest to us while direct
    // peers + pending offers stay below the optimum.
    for (const QByteArray &id : closest(m_candidates, m_id, m_options.optimalPeers)) {
        if (m_router->channels().size() + m_pending.size() >= m_options.optimalPeers)
            break;
        if (!m_router->channel(id))
            if (Status st = connectTo(id); !st.ok())
                qCDebug(lcPeerRelay) << "cannot offer a link:" << st.error().detail;  // tried again on the next round
    }
}

QList<QByteArray> PeerRelayNode::peerIds() const
{
    QList<QByteArray> ids;
    for (Channel *c : m_router->channels())
        ids.append(c->remoteId());
    return ids;
}

PeerRelayView PeerRelayNode::view() const
{
    return PeerRelayView{true, idHex(), url(), peers()};
}

QList<PeerRelayPeer> PeerRelayNode::peers() const
{
    QList<PeerRelayPeer> out;
    for (Channel *c : m_router->channels()) {
        PeerRelayPeer p;
        p.id = hexOf(c->remoteId());
        p.host = c->host().toString();
        p.port = c->port();
        p.inbound = c->inbound();
        p.bytesIn = c->bytesIn;
        p.bytesOut = c->bytesOut;
        p.envelopesIn = c->framesIn;
        p.envelopesOut = c->framesOut;
        p.bytesInPerSec = c->bytesInPerSec;
        p.bytesOutPerSec = c->bytesOutPerSec;
        p.envelopesInPerSec = c->framesInPerSec;
        p.envelopesOutPerSec = c->framesOutPerSec;
        out.append(p);
    }
    return out;
}

QList<QPair<QString, quint64>> PeerRelayNode::rejects() const
{
    QList<QPair<QString, quint64>> out;
    for (size_t i = 0; i < m_rejects.size(); ++i)
        if (m_rejects[i])
            out.append({rejectName(Reject(i)), m_rejects[i]});
    return out;
}

PeerRelayHop PeerRelayNode::hopOf(PeerRelayHopRole role, const Router::Outcome &out) const
{
    PeerRelayHop h;
    h.role = role;
    h.to = hexOf(out.envelope.to);
    h.from = hexOf(out.envelope.from);
    h.nonce = out.envelope.nonce;
    h.type = out.envelope.type;
    h.path = out.envelope.path;
    for (const QByteArray &id : out.nextHops)
        h.nextHops.append(hexOf(id));
    if (out.queued)
        h.reason = QStringLiteral("queued");
    return h;
}

void PeerRelayNode::tapFrame(Channel *channel, bool inbound, const QString &type, const QByteArray &json)
{
    if (!m_tap)
        return;
    FrameRecord f;
    f.timeMs = m_clock.wallMs();
    f.peerAddress = hexOf(channel->remoteId());
    f.host = channel->host().toString();
    f.port = channel->port();
    f.direction = inbound ? Direction::Inbound : Direction::Outbound;
    f.transport = Transport::WebSocket;
    f.protocol = QStringLiteral("peer-relay");
    f.type = type;
    f.wireBytes = int(json.size()) + (json.size() < 126 ? 2 : 4) + (channel->inbound() == inbound ? 0 : 4);
    f.payload = json;
    m_tap->onFrame(f);
}

void PeerRelayNode::sampleRates()
{
    const qint64 now = m_clock.monotonicMs();
    const double secs = qMax(0.001, double(now - m_lastSampleMs) / 1000.0);
    m_lastSampleMs = now;
    for (Channel *c : std::as_const(m_channels))
        c->sampleRates(secs);
    m_rateTimer->start(1000, [this] { sampleRates(); });
}

}  // namespace swarmscope
