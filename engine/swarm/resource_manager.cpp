#include "swarm/resource_manager.h"

#include <algorithm>

namespace swarmscope {

QString ResourceManager::name(Refusal refusal)
{
    switch (refusal) {
    case Refusal::ConnectionsPerIp: return QStringLiteral("per-ip-connections");
    case Refusal::PendingHandshakes: return QStringLiteral("pending-handshakes");
    case Refusal::HandshakeRate: return QStringLiteral("handshake-rate");
    case Refusal::QueuedBytes: return QStringLiteral("queued-bytes");
    case Refusal::RoomMessageRate: return QStringLiteral("room-message-rate");
    case Refusal::RpcCallsInFlight: return QStringLiteral("rpc-in-flight");
    }
    return QStringLiteral("unknown");
}

ResourceManager::ResourceManager(ResourceLimits limits, Clock &clock) : m_limits(limits), m_clock(clock)
{}

ResourceManager::Admission ResourceManager::admitInbound(const QString &host, int fromHost, int maxPerIp,
                                                         const QList<Pending> &pending)
{
    Admission a;
    if (maxPerIp > 0 && fromHost >= maxPerIp) {
        a.refusal = Refusal::ConnectionsPerIp;
        count(*a.refusal);
        return a;
    }
    const qint64 now = m_clock.monotonicMs();
    if (m_limits.handshakesPerIpPerSecond > 0) {
        // Buckets of addresses quiet for a minute are full again anyway: forget them.
        if (m_handshakeRate.size() > 4096) {
            for (auto it = m_handshakeRate.begin(); it != m_handshakeRate.end();)
                it =
                    it->available(now) >= m_limits.handshakesPerIpPerSecond ? m_handshakeRate.erase(it) : std::next(it);
        }
        auto it = m_handshakeRate.find(host);
        if (it == m_handshakeRate.end())
            it = m_handshakeRate.insert(host, TokenBucket(m_limits.handshakesPerIpPerSecond, now));
        if (!it->take(1, now)) {
            a.refusal = Refusal::HandshakeRate;
            count(*a.refusal);
            return a;
        }
    }
    if (m_limits.maxPendingHandshakes > 0 && pending.size() >= m_limits.maxPendingHandshakes) {
        // Make room: the oldest handshake of the address that holds the most.
        QHash<QString, int> perHost;
        for (const Pending &p : pending)
            ++perHost[p.host];
        const Pending *victim = nullptr;
        for (const Pending &p : pending) {
            if (!victim || perHost.value(p.host) > perHost.value(victim->host)
                || (perHost.value(p.host) == perHost.value(victim->host) && p.sinceMs < victim->sinceMs))
                victim = &p;
        }
        a.evict = victim->id;
        count(Refusal::PendingHandshakes);
    }
    return a;
}

bool ResourceManager::overQueued(qint64 queuedBytes)
{
    if (m_limits.maxQueuedBytesPerPeer <= 0 || queuedBytes <= m_limits.maxQueuedBytesPerPeer)
        return false;
    count(Refusal::QueuedBytes);
    return true;
}

bool ResourceManager::admitRoomMessage(quint64 connectionId, bool *report)
{
    *report = false;
    if (m_limits.roomMessagesPerPeerPerSecond <= 0)
        return true;
    const qint64 now = m_clock.monotonicMs();
    auto it = m_roomRate.find(connectionId);
    if (it == m_roomRate.end())
        it = m_roomRate.insert(connectionId, RoomRate{TokenBucket(m_limits.roomMessagesPerPeerPerSecond, now), -1});
    if (it->bucket.take(1, now))
        return true;
    count(Refusal::RoomMessageRate);
    if (it->reportedMs < 0 || now - it->reportedMs >= 1000) {
        it->reportedMs = now;
        *report = true;
    }
    return false;
}

bool ResourceManager::admitRpcCall(const PeerId &caller)
{
    const int n = m_rpcInFlight.value(caller);
    if (m_limits.maxRpcCallsInFlightPerPeer > 0 && n >= m_limits.maxRpcCallsInFlightPerPeer) {
        count(Refusal::RpcCallsInFlight);
        return false;
    }
    m_rpcInFlight.insert(caller, n + 1);
    return true;
}

void ResourceManager::releaseRpcCall(const PeerId &caller)
{
    auto it = m_rpcInFlight.find(caller);
    if (it != m_rpcInFlight.end() && --*it <= 0)
        m_rpcInFlight.erase(it);
}

QList<QPair<QString, quint64>> ResourceManager::nonZero() const
{
    QList<QPair<QString, quint64>> out;
    for (auto it = m_refusals.cbegin(); it != m_refusals.cend(); ++it) {
        if (it.value())
            out.append({it.key(), it.value()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace swarmscope
