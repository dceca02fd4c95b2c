#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace swarmscope {

// How the DHT node runs, as plain data (a light header: the config is read by the apps and the UI).
struct DhtConfig {
    bool enabled = true;
    QHostAddress bindHost = QHostAddress::AnyIPv4;
    quint16 port = 0;
    // With port 0, try the TCP listen port's number first (libtorrent looks for a peer's DHT
    // node on its TCP port), and any port when that one is taken. --dht-port turns this off.
    bool portFollowsTcp = true;
    // Routers and nodes to start from; empty = no bootstrap. defaultBootstrap() lists the public
    // routers for users; tests always pass local nodes only.
    QList<QPair<QString, quint16>> bootstrap;
    QByteArray nodeId;  // 20 bytes; empty = random, then BEP 42's once the external address is known
    // libtorrent's dht_enforce_node_id: ignore answers from nodes whose ids do not follow BEP 42
    // for their address. Off by default, as there: such nodes are only preferred less.
    bool enforceNodeIds = false;
    int maxPeersPerInfohash = 200;
    int maxInfohashes = 2000;
    int announceIntervalMinMs = 600000;
    int announceIntervalMaxMs = 900000;

    // libtorrent's defences (one routing entry per IP, two per /24 per bucket, per-source rate
    // limit, stored peers one per IP). Off, they key on IP:port instead of IP, so that many
    // nodes may share one address (local test networks on 127.0.0.1); everything else stays.
    bool enforceIpLimits = true;
    int maxPacketsPerSecond = 5;  // per source, averaged over rateWindowMs
    int rateWindowMs = 10000;
    int rateBlockMs = 300000;  // how long a source over the limit is ignored
    int maxPeersPerReply = 100;
    int queryTimeoutMs = 2000;  // a query without answer fails after this
    int slowQueryMs = 500;  // ... and stops holding a lookup slot after this
    // After a round that found nobody, look again after these delays before falling back to
    // the long interval (two peers joining at the same instant find each other on the retry).
    QList<int> quickRetryMs = {250, 500, 1000, 2000};
    int maintenanceIntervalMs = 60000;  // bucket refresh, stale pings, storage expiry
    int tokenRotationMs = 300000;

    static QList<QPair<QString, quint16>> defaultBootstrap();
};

}  // namespace swarmscope
