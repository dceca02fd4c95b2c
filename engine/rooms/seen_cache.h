#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>

#include <list>

namespace swarmscope {

// Remembers message ids for loop busting: bounded in size (least recently inserted goes first)
// and in age, so a flood of unique ids cannot grow memory without bound (docs/ARCHITECTURE.md, "Bad input").
class SeenCache final {
public:
    SeenCache(int capacity, qint64 ttlMs) : m_capacity(qMax(1, capacity)), m_ttlMs(ttlMs) {}

    // True if id was not yet known (and remembers it now); false for a repeat.
    bool insert(const QByteArray &id, qint64 nowMs);
    bool contains(const QByteArray &id, qint64 nowMs) const;
    int size() const { return int(m_order.size()); }
    int capacity() const { return m_capacity; }

private:
    void expire(qint64 nowMs);

    struct Entry {
        QByteArray id;
        qint64 expiresMs;
    };
    int m_capacity;
    qint64 m_ttlMs;
    std::list<Entry> m_order;  // oldest first
    QMap<QByteArray, std::list<Entry>::iterator> m_index;
};

}  // namespace swarmscope
