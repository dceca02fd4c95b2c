#include "store/memory_history.h"

#include <algorithm>

namespace swarmscope {

namespace {
// SQL's LIKE folds ASCII letters only; so does this.
bool containsAsciiFolded(const QString &text, const QString &part)
{
    const auto fold = [](QString s) {
        for (QChar &c : s)
            if (c.unicode() < 128)
                c = c.toLower();
        return s;
    };
    return fold(text).contains(fold(part));
}
}  // namespace

MemoryHistory::MemoryHistory(Clock &clock) : m_clock(clock)
{}

void MemoryHistory::append(const ChatMessage &m)
{
    if (m_indexById.contains(m.id))
        return;
    m_indexById.insert(m.id, m_messages.size());
    m_messages.append(m);
}

void MemoryHistory::setState(const QByteArray &id, DeliveryState state)
{
    if (const auto it = m_indexById.constFind(id); it != m_indexById.cend())
        m_messages[*it].state = state;
}

void MemoryHistory::setWireId(const QByteArray &id, const QByteArray &wireId, DeliveryState state)
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.cend())
        return;
    m_messages[*it].state = state;
    m_idByWire.insert(wireId, id);
}

QList<ChatMessage> MemoryHistory::roomInOrder(const QString &room) const
{
    QList<ChatMessage> out;
    for (const ChatMessage &m : m_messages)
        if (m.room == room)
            out.append(m);
    std::stable_sort(out.begin(), out.end(),
                     [](const ChatMessage &a, const ChatMessage &b) { return a.receivedMs < b.receivedMs; });
    return out;
}

QList<ChatMessage> MemoryHistory::load(const QString &room, int limit) const
{
    QList<ChatMessage> out = roomInOrder(room);
    if (limit >= 0 && out.size() > limit)
        out.remove(0, out.size() - limit);
    return out;
}

QList<ChatMessage> MemoryHistory::search(const QString &room, const QString &text, int limit) const
{
    QList<ChatMessage> out;
    for (const ChatMessage &m : roomInOrder(room)) {
        if (limit >= 0 && out.size() >= limit)
            break;
        if (containsAsciiFolded(m.text, text))
            out.append(m);
    }
    return out;
}

void MemoryHistory::queue(const PendingDirect &p)
{
    dequeue(p.localId);
    m_outbox.append(p);
}

QList<PendingDirect> MemoryHistory::pendingFor(const QString &toAddress) const
{
    QList<PendingDirect> out;
    for (const PendingDirect &p : m_outbox)
        if (p.toAddress == toAddress)
            out.append(p);
    std::stable_sort(out.begin(), out.end(),
                     [](const PendingDirect &a, const PendingDirect &b) { return a.createdMs < b.createdMs; });
    return out;
}

void MemoryHistory::dequeue(const QByteArray &localId)
{
    m_outbox.removeIf([&](const PendingDirect &p) { return p.localId == localId; });
}

void MemoryHistory::rememberSeen(const QByteArray &id, qint64 timeMs)
{
    if (!m_seen.contains(id))
        m_seen.insert(id, timeMs);
    if (++m_seenSincePrune >= kPruneEvery) {
        m_seenSincePrune = 0;
        forgetSeenBefore(m_clock.wallMs() - kSeenTtlMs);
    }
}

QList<QByteArray> MemoryHistory::recentSeen(qint64 maxAgeMs) const
{
    const qint64 cutoff = m_clock.wallMs() - maxAgeMs;
    QList<QByteArray> out;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it)
        if (it.value() >= cutoff)
            out.append(it.key());
    return out;
}

void MemoryHistory::forgetSeenBefore(qint64 cutoffWallMs)
{
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = it.value() < cutoffWallMs ? m_seen.erase(it) : std::next(it);
}

}  // namespace swarmscope
