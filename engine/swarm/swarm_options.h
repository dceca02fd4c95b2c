#pragma once

#include "swarm/resource_manager.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>

namespace swarmscope {

// A discovered peer before we dial it (what validatePeer sees).
struct PeerCandidateInfo {
    QString host;
    quint16 port = 0;
    QString source;  // "lan", "dht", "pex", "book", "manual"
    QString referrer;  // who told us: the answering host, or the address of the peer that exchanged it
    QByteArray topic;  // empty for manual and book peers
    bool local = false;
};

// Connection management, as discovery-swarm and dwebswarm document it (docs/SWARM.md).
struct SwarmOptions {
    int maxPeers = 24;  // open + opening, both directions
    int maxClientSockets = std::numeric_limits<int>::max();  // outbound
    int maxServerSockets = std::numeric_limits<int>::max();  // inbound
    int maxInboundPerIp = 8;  // opening + open from one address (0 = no limit)
    int maxParallelDials = 8;
    QList<qint64> requeueMs = {1000, 5000, 15000};  // waits before retry 1, 2, 3; then "drop"
    qint64 forgetUnresponsiveMs = 7500;  // a dropped peer can be rediscovered after this
    qint64 fullPeerRetryMs = 30000;  // a peer that said bye "limit": first wait, doubling
    qint64 fullPeerMaxRetryMs = 600000;  // ... up to this
    qint64 forgetBannedMs = -1;  // -1 = a soft ban lasts for the session
    QStringList whitelist;  // IPs; empty = everyone
    bool keepExistingConnections = false;  // on a duplicate, always drop the new one
    int pexMaxEntries = 16;  // peers sent per exchange message
    int pexMaxPerMinute = 12;  // exchange messages accepted per connection
    std::function<bool(const PeerCandidateInfo &)> validatePeer;  // false = "peer-rejected" (validate)
    ResourceLimits resources;  // handshake budget, rates, queues
};

// dwebswarm's join(topic, {lookup, announce}).
struct JoinOptions {
    bool lookup = true;  // find and dial peers of the topic
    bool announce = true;  // let others find us under the topic
    bool operator==(const JoinOptions &) const = default;
};

}  // namespace swarmscope
