#include "rooms/seen_cache.h"

namespace swarmscope {

bool SeenCache::insert(const QByteArray &id, qint64 nowMs)
{
    expire(nowMs);
    if (m_index.contains(id))
        return false;
    while (int(m_order.size()) >= m_capacity) {
        m_index.remove(m_order.front().id);
        m_order.pop_front();
    }
    m_order.push_back({id, nowMs + m_ttlMs});
    m_index.insert(id, std::prev(m_order.end()));
    return true;
}

bool SeenCache::contains(const QByteArray &id, qint64 nowMs) const
{
    auto it = m_index.constFind(id);
    return it != m_index.constEnd() && (*it)->expiresMs > nowMs;
}

void SeenCache::expire(qint64 nowMs)
{
    while (!m_order.empty() && m_order.front().expiresMs <= nowMs) {
        m_index.remove(m_order.front().id);
        m_order.pop_front();
    }
}

}  // namespace swarmscope
