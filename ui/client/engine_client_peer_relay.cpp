// EngineClient's peer-relay commands: each runs on the engine thread, answers come back here.
#include "client/engine_client.h"

#include "peer_relay/peer_relay_node.h"
#include "session.h"

namespace swarmscope::ui {

void EngineClient::joinPeerRelay(const QStringList &bootstrapUrls, QObject *context, Reply<Status> done)
{
    post([this, bootstrapUrls, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        reply<Status>(context, done, s.joinPeerRelay(bootstrapUrls));
    });
}

void EngineClient::peerRelaySend(const QByteArray &to, const QJsonValue &data)
{
    post([to, data](Session &s) {
        if (PeerRelayNode *node = s.peerRelay())
            node->send(to, data);
    });
}

void EngineClient::peerRelayConnect(const QByteArray &to, QObject *context, Reply<Status> done)
{
    post([this, to, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        PeerRelayNode *node = s.peerRelay();
        reply<Status>(context, done,
                      node ? node->connectTo(to)
                           : Status(makeError(ErrorCode::NotConnected, QStringLiteral("not in a peer-relay network"))));
    });
}

void EngineClient::peerRelayView(QObject *context, Reply<PeerRelayView> done)
{
    post([this, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        reply<PeerRelayView>(context, done, s.peerRelayView());
    });
}

}  // namespace swarmscope::ui
