#include "gossip/route_table.h"

namespace swarmscope {

void RouteTable::set(const QByteArray &key, const PeerId &hop, qint64 nowMs)
{
    expire(nowMs);
    if (auto it = m_index.find(key); it != m_index.end()) {
        m_order.erase(*it);
        m_index.erase(it);
    }
    while (int(m_order.size()) >= m_capacity) {
        m_index.remove(m_order.front().key);
        m_order.pop_front();
    }
    m_order.push_back({key, hop, nowMs + m_ttlMs});
    m_index.insert(key, std::prev(m_order.end()));
}

std::optional<PeerId> RouteTable::get(const QByteArray &key, qint64 nowMs) const
{
    auto it = m_index.constFind(key);
    if (it == m_index.constEnd() || (*it)->expiresMs <= nowMs)
        return std::nullopt;
    return (*it)->hop;
}

void RouteTable::remove(const QByteArray &key)
{
    if (auto it = m_index.find(key); it != m_index.end()) {
        m_order.erase(*it);
        m_index.erase(it);
    }
}

void RouteTable::expire(qint64 nowMs)
{
    // Entries are in write order and share one TTL, so the oldest expire first.
    while (!m_order.empty() && m_order.front().expiresMs <= nowMs) {
        m_index.remove(m_order.front().key);
        m_order.pop_front();
    }
}

}  // namespace swarmscope
