#pragma once

#include "store/history.h"

#include <QMap>

namespace swarmscope {

// History in memory only, for lab nodes (EngineConfig::inMemoryProfile): the same answers as
// SqlHistory for a profile that dies with its node, without a database's cost per node.
class MemoryHistory final : public History {
public:
    explicit MemoryHistory(Clock &clock);
    Status init() override { return {}; }

    void append(const ChatMessage &m) override;
    void setState(const QByteArray &id, DeliveryState state) override;
    void setWireId(const QByteArray &id, const QByteArray &wireId, DeliveryState state) override;
    QByteArray idOfWire(const QByteArray &wireId) const override { return m_idByWire.value(wireId); }
    bool seenBefore(const QByteArray &id) const override { return m_seen.contains(id); }
    QList<ChatMessage> load(const QString &room, int limit = 500) const override;
    QList<ChatMessage> search(const QString &room, const QString &text, int limit = 200) const override;
    void queue(const PendingDirect &p) override;
    QList<PendingDirect> pendingFor(const QString &toAddress) const override;
    void dequeue(const QByteArray &localId) override;
    void rememberSeen(const QByteArray &id, qint64 timeMs) override;
    QList<QByteArray> recentSeen(qint64 maxAgeMs) const override;
    void forgetSeenBefore(qint64 cutoffWallMs) override;

private:
    QList<ChatMessage> roomInOrder(const QString &room) const;  // by time received, then arrival

    Clock &m_clock;
    QList<ChatMessage> m_messages;  // in arrival order
    QMap<QByteArray, qsizetype> m_indexById;
    QMap<QByteArray, QByteArray> m_idByWire;
    QList<PendingDirect> m_outbox;
    QMap<QByteArray, qint64> m_seen;  // id -> wall time seen
    int m_seenSincePrune = 0;
};

}  // namespace swarmscope
