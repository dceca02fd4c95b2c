#pragma once

#include "store/history.h"

namespace swarmscope {

class Database;

// History in the profile's SQLite file: tables messages, outbox and seen_ids.
class SqlHistory final : public History {
public:
    SqlHistory(Database &db, Clock &clock);
    Status init() override;

    void append(const ChatMessage &m) override;
    void setState(const QByteArray &id, DeliveryState state) override;
    void setWireId(const QByteArray &id, const QByteArray &wireId, DeliveryState state) override;
    QByteArray idOfWire(const QByteArray &wireId) const override;
    bool seenBefore(const QByteArray &id) const override;
    QList<ChatMessage> load(const QString &room, int limit = 500) const override;
    QList<ChatMessage> search(const QString &room, const QString &text, int limit = 200) const override;
    void queue(const PendingDirect &p) override;
    QList<PendingDirect> pendingFor(const QString &toAddress) const override;
    void dequeue(const QByteArray &localId) override;
    void rememberSeen(const QByteArray &id, qint64 timeMs) override;
    QList<QByteArray> recentSeen(qint64 maxAgeMs) const override;
    void forgetSeenBefore(qint64 cutoffWallMs) override;

private:
    Database &m_db;
    Clock &m_clock;
    int m_seenSincePrune = 0;
};

}  // namespace swarmscope
