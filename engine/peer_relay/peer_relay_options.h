#pragma once

#include <QHostAddress>
#include <QStringList>

namespace swarmscope {

// A member of a peer-relay network (npm peer-relay 0.0.2, docs/PEER_RELAY.md). Off unless it
// listens or has bootstrap URLs.
struct PeerRelayOptions {
    QHostAddress listenHost = QHostAddress::LocalHost;
    int listenPort = -1;  // WebSocket server: -1 = none, 0 = any free port
    QStringList bootstrap;  // ws://host:port of peers already in the network
    int maxHops = 20;  // router.js maxHops: a path this long is not sent on
    int concurrency = 2;  // router.js concurrency: next hops per message
    int optimalPeers = 15;  // client.js _populate: direct peers (+ pending offers) to aim for; 0 = never offer
    int maxEnvelopeBytes = 64 * 1024;  // larger frames are refused (peer-relay itself has no cap)
    double envelopesPerSecond = 200;  // per direct peer; a burst of one second's worth is allowed
    int touchedNonces = 16384;  // remembered nonces (router.js keeps them all, forever)
    int touchedTtlMs = 10 * 60 * 1000;
    int maxCandidates = 256;  // ids learned from foundPeers
    int maxQueued = 256;  // messages held while no peer is connected

    bool enabled() const { return listenPort >= 0 || !bootstrap.isEmpty(); }
};

}  // namespace swarmscope
