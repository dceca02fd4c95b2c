#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "snapshots.h"

#include <QList>

namespace swarmscope {

class Database;

// A message waiting for its recipient to be seen again (the outbox).
struct PendingDirect {
    QByteArray localId;  // our id for it until it is sent
    QString room;
    QString toAddress;
    QString text;
    qint64 createdMs = 0;
};

// Chat history per room, the outbox of direct messages, and the replay cache that must survive
// restarts (ids of signed messages seen in the last 24 h). All in the profile's SQLite file.
class History final {
public:
    History(Database &db, Clock &clock);
    Status init();

    void append(const ChatMessage &m);
    void setState(const QByteArray &id, DeliveryState state);
    // Our direct messages: the id shown stays; the wire id (what receipts name) is added when sent.
    void setWireId(const QByteArray &id, const QByteArray &wireId, DeliveryState state);
    QByteArray idOfWire(const QByteArray &wireId) const;
    bool seenBefore(const QByteArray &id) const;
    QList<ChatMessage> load(const QString &room, int limit = 500) const;
    QList<ChatMessage> search(const QString &room, const QString &text, int limit = 200) const;

    void queue(const PendingDirect &p);
    QList<PendingDirect> pendingFor(const QString &toAddress) const;
    void dequeue(const QByteArray &localId);

    // Remembers a message id; ids older than kSeenTtlMs are forgotten now and then.
    void rememberSeen(const QByteArray &id, qint64 timeMs);
    QList<QByteArray> recentSeen(qint64 maxAgeMs) const;  // reads only
    void forgetSeenBefore(qint64 cutoffWallMs);
    static constexpr qint64 kSeenTtlMs = 24 * 60 * 60 * 1000;

private:
    Database &m_db;
    Clock &m_clock;
    int m_seenSincePrune = 0;
};

}  // namespace swarmscope
