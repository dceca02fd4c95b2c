#pragma once

#include "dht/dht_endpoint.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace swarmscope {

class Random;

// Peers announced to us (announce_peer), bounded on both axes (docs/ARCHITECTURE.md, "Bad input"): at most
// maxPeersPerInfohash per infohash (a full list drops its oldest entry) and at most maxInfohashes
// infohashes (a new one is refused while full). Entries expire after ttlMs.
class PeerStore final {
public:
    struct Config {
        int maxPeersPerInfohash = 200;
        int maxInfohashes = 2000;
        qint64 ttlMs = 30 * 60 * 1000;
        bool onePerIp = true;  // key peers on IP (a new port replaces the old); off: on IP:port
    };
    enum class Outcome { Added, Updated, ReplacedOldest, StorageFull };

    PeerStore();
    explicit PeerStore(Config config);

    Outcome add(const QByteArray &infohash, const DhtEndpoint &peer, qint64 nowMs);
    // Up to max peers, a random sample when there are more; expired entries are skipped.
    QList<DhtEndpoint> peers(const QByteArray &infohash, int max, qint64 nowMs, Random &random) const;
    void expire(qint64 nowMs);
    int infohashCount() const { return int(m_map.size()); }
    int peerCount(const QByteArray &infohash) const;
    const Config &config() const { return m_config; }

private:
    struct Stored {
        DhtEndpoint endpoint;
        qint64 addedMs = 0;
    };
    Config m_config;
    QHash<QByteArray, QList<Stored>> m_map;
};

}  // namespace swarmscope
