#pragma once

#include "engine_event.h"
#include "peer_relay/peer_relay_node.h"

namespace swarmscope::peerrelay::events {

// Every engine event of the peer-relay backend is built here, and only here. Each carries
// "backend": "peer-relay".
EngineEvent listening(qint64 timeMs, const QString &host, quint16 port, const QString &id, const QString &url);
EngineEvent peer(qint64 timeMs, const PeerRelayPeer &peer);
EngineEvent peerClosed(qint64 timeMs, const QString &id);
EngineEvent connectFailed(qint64 timeMs, const QString &url, const QString &detail);
EngineEvent message(qint64 timeMs, const QString &from, const QJsonValue &data, const QStringList &path,
                    const QString &nonce);
// relay-sent / relay-forwarded / relay-dropped / relay-received, with the path and next hops.
EngineEvent hop(qint64 timeMs, const PeerRelayHop &hop);
EngineEvent rejected(qint64 timeMs, const QString &reason, const QString &detail, const QString &peer);
EngineEvent webrtcRefused(qint64 timeMs, const QString &from);

} // namespace swarmscope::peerrelay::events
