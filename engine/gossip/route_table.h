#pragma once

#include "core/peer_id.h"

#include <QByteArray>
#include <QHash>

#include <list>
#include <optional>

namespace swarmscope {

// Remembers which neighbour a key came through (a request id for gossip replies, a sender id for
// relay reverse paths). Bounded in size (least recently written goes first) and in age, so remote
// peers cannot grow it without bound (docs/ARCHITECTURE.md, "Bad input").
class RouteTable final {
public:
    RouteTable(int capacity, qint64 ttlMs) : m_capacity(qMax(1, capacity)), m_ttlMs(ttlMs) {}

    // Stores or refreshes key -> hop. A null hop means "ours" (we originated the key).
    void set(const QByteArray &key, const PeerId &hop, qint64 nowMs);
    std::optional<PeerId> get(const QByteArray &key, qint64 nowMs) const;
    void remove(const QByteArray &key);
    int size() const { return int(m_order.size()); }
    int capacity() const { return m_capacity; }

private:
    void expire(qint64 nowMs);

    struct Entry {
        QByteArray key;
        PeerId hop;
        qint64 expiresMs;
    };
    int m_capacity;
    qint64 m_ttlMs;
    std::list<Entry> m_order;  // least recently written first
    QHash<QByteArray, std::list<Entry>::iterator> m_index;
};

}  // namespace swarmscope
