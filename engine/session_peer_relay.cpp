#include "session.h"

#include "core/clock.h"
#include "peer_relay/peer_relay_node.h"

// The peer-relay backend: its own network beside ours, reported through the same events.
namespace swarmscope {

Status Session::startPeerRelay()
{
    if (m_peerRelay)
        return {};
    m_peerRelay = std::make_unique<PeerRelayNode>(m_config.peerRelay, *m_clock, *m_random);
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
    PeerRelayNode *node = m_peerRelay.get();
    connect(node, &PeerRelayNode::listening, this, [this](const QString &host, quint16 port, const QString &url) {
        post(PeerRelayListening{host, port, m_peerRelay->idHex(), url});
    });
    connect(node, &PeerRelayNode::peerConnected, this,
            [this](const PeerRelayPeer &p) { post(PeerRelayPeerOpened{p}); });
    connect(node, &PeerRelayNode::peerClosed, this, [this](const QString &id) { post(PeerRelayPeerClosed{id}); });
    connect(node, &PeerRelayNode::dialFailed, this, [this](const QString &url, const QString &detail) {
        post(PeerRelayConnectFailed{url, detail});
    });
    connect(node, &PeerRelayNode::messageReceived, this,
            [this](const QString &from, const QJsonValue &data, const QStringList &path, const QString &nonce) {
                post(PeerRelayMessage{from, data, path, nonce});
            });
    connect(node, &PeerRelayNode::hop, this, [this](const PeerRelayHop &h) { post(PeerRelayHopped{h}); });
    connect(node, &PeerRelayNode::rejected, this,
            [this](const QString &reason, const QString &detail, const QString &peer) {
                post(Rejected{RejectSource::PeerRelay,
                              ErrorCode::MalformedMessage,
                              reason,
                              detail,
                              {},
                              std::nullopt,
                              {},
                              {},
                              {},
                              peer});
            });
    connect(node, &PeerRelayNode::signalRefused, this,
            [this](const QString &from) { post(PeerRelayWebrtcRefused{from}); });
}

PeerRelayView Session::peerRelayView() const
{
    return m_peerRelay ? m_peerRelay->view() : PeerRelayView{};
}

}  // namespace swarmscope
