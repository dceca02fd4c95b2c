#include "dht/peer_store.h"

#include "core/random.h"

#include <algorithm>

namespace swarmscope {

PeerStore::PeerStore() : PeerStore(Config{})
{}

PeerStore::PeerStore(Config config) : m_config(config)
{
    m_config.maxPeersPerInfohash = qMax(1, m_config.maxPeersPerInfohash);
    m_config.maxInfohashes = qMax(1, m_config.maxInfohashes);
}

PeerStore::Outcome PeerStore::add(const QByteArray &infohash, const DhtEndpoint &peer, qint64 nowMs)
{
    auto it = m_map.find(infohash);
    if (it == m_map.end()) {
        if (m_map.size() >= m_config.maxInfohashes) {
            expire(nowMs);
            if (m_map.size() >= m_config.maxInfohashes)
                return Outcome::StorageFull;
        }
        it = m_map.insert(infohash, {});
    }
    QList<Stored> &list = *it;
    for (Stored &s : list) {
        const bool same = m_config.onePerIp ? s.endpoint.ip == peer.ip : s.endpoint == peer;
        if (same) {
            s.endpoint = peer;
            s.addedMs = nowMs;
            return Outcome::Updated;
        }
    }
    if (list.size() >= m_config.maxPeersPerInfohash) {
        auto oldest = std::min_element(list.begin(), list.end(),
                                       [](const Stored &a, const Stored &b) { return a.addedMs < b.addedMs; });
        *oldest = Stored{peer, nowMs};
        return Outcome::ReplacedOldest;
    }
    list.append(Stored{peer, nowMs});
    return Outcome::Added;
}

QList<DhtEndpoint> PeerStore::peers(const QByteArray &infohash, int max, qint64 nowMs, Random &random) const
{
    QList<DhtEndpoint> out;
    const auto it = m_map.constFind(infohash);
    if (it == m_map.cend() || max <= 0)
        return out;
    for (const Stored &s : *it)
        if (nowMs - s.addedMs < m_config.ttlMs)
            out.append(s.endpoint);
    if (out.size() > max) {
        // Partial Fisher-Yates: a fair sample of max entries.
        for (int i = 0; i < max; ++i)
            out.swapItemsAt(i, i + int(random.bounded(quint32(out.size() - i))));
        out.resize(max);
    }
    return out;
}

void PeerStore::expire(qint64 nowMs)
{
    for (auto it = m_map.begin(); it != m_map.end();) {
        it->removeIf([&](const Stored &s) { return nowMs - s.addedMs >= m_config.ttlMs; });
        it = it->isEmpty() ? m_map.erase(it) : std::next(it);
    }
}

int PeerStore::peerCount(const QByteArray &infohash) const
{
    const auto it = m_map.constFind(infohash);
    return it == m_map.cend() ? 0 : int(it->size());
}

}  // namespace swarmscope
