#include "session.h"

#include "core/clock.h"
#include "peer_relay/peer_relay_events.h"
#include "peer_relay/peer_relay_node.h"

// The peer-relay backend: its own network beside ours, reported through the same events.
namespace swarmscope {

Status Session::startPeerRelay()
{
    if (m_peerRelay)
        return {};
    m_peerRelay = std::make_unique<PeerRelayNode>(m_config.peerRelay, *m_clock);
    m_peerRelay->setTap(captureTap());
    wirePeerRelay();
    return m_peerRelay->start();
}

Status Session::joinPeerRelay(const QStringList &bootstrapUrls)
{
    for (const QString &url : bootstrapUrls) {
        const QUrl u(url);
        if (u.scheme() != QLatin1String("ws") || u.host().isEmpty() || u.port() <= 0)
            return makeError(ErrorCode::BadAddress, QStringLiteral("'%1' is not a ws://host:port URL").arg(url));
    }
    if (!m_peerRelay) {
        m_config.peerRelay.bootstrap = bootstrapUrls;
        return startPeerRelay();
    }
    for (const QString &url : bootstrapUrls)
        m_peerRelay->dial(QUrl(url));
    return {};
}

void Session::wirePeerRelay()
{
    namespace ev = peerrelay::events;
    PeerRelayNode *node = m_peerRelay.get();
    connect(node, &PeerRelayNode::listening, this, [this](const QString &host, quint16 port, const QString &url) {
        post(ev::listening(m_clock->wallMs(), host, port, m_peerRelay->idHex(), url));
    });
    connect(node, &PeerRelayNode::peerConnected, this,
            [this](const PeerRelayPeer &p) { post(ev::peer(m_clock->wallMs(), p)); });
    connect(node, &PeerRelayNode::peerClosed, this,
            [this](const QString &id) { post(ev::peerClosed(m_clock->wallMs(), id)); });
    connect(node, &PeerRelayNode::dialFailed, this, [this](const QString &url, const QString &detail) {
        post(ev::connectFailed(m_clock->wallMs(), url, detail));
    });
    connect(node, &PeerRelayNode::messageReceived, this,
            [this](const QString &from, const QJsonValue &data, const QStringList &path, const QString &nonce) {
                post(ev::message(m_clock->wallMs(), from, data, path, nonce));
            });
    connect(node, &PeerRelayNode::hop, this, [this](const PeerRelayHop &h) { post(ev::hop(m_clock->wallMs(), h)); });
    connect(node, &PeerRelayNode::rejected, this, [this](const QString &reason, const QString &detail, const QString &peer) {
        post(ev::rejected(m_clock->wallMs(), reason, detail, peer));
    });
    connect(node, &PeerRelayNode::signalRefused, this,
            [this](const QString &from) { post(ev::webrtcRefused(m_clock->wallMs(), from)); });
}

} // namespace swarmscope
