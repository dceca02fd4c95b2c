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
// restarts (ids of signed messages seen in the last 24 h). A profile keeps them in its SQLite file
// (SqlHistory); a lab node, which has no profile to keep, in memory (MemoryHistory), as
// libtorrent's disabled disk I/O stands in for storage where nothing is to be stored.
class History {
public:
    virtual ~History() = default;
    [[nodiscard]] virtual Status init() = 0;

    virtual void append(const ChatMessage &m) = 0;  // a message whose id is known already is ignored
    virtual void setState(const QByteArray &id, DeliveryState state) = 0;
    // Our direct messages: the id shown stays; the wire id (what receipts name) is added when sent.
    virtual void setWireId(const QByteArray &id, const QByteArray &wireId, DeliveryState state) = 0;
    virtual QByteArray idOfWire(const QByteArray &wireId) const = 0;
    virtual bool seenBefore(const QByteArray &id) const = 0;
    // The last `limit` messages of the room (all when negative), oldest first.
    virtual QList<ChatMessage> load(const QString &room, int limit = 500) const = 0;
    // The first `limit` messages whose text contains `text`, ASCII letters in either case.
    virtual QList<ChatMessage> search(const QString &room, const QString &text, int limit = 200) const = 0;

    virtual void queue(const PendingDirect &p) = 0;  // replaces one of the same local id
    virtual QList<PendingDirect> pendingFor(const QString &toAddress) const = 0;  // oldest first
    virtual void dequeue(const QByteArray &localId) = 0;

    // Remembers a message id; ids older than kSeenTtlMs are forgotten now and then.
    virtual void rememberSeen(const QByteArray &id, qint64 timeMs) = 0;
    virtual QList<QByteArray> recentSeen(qint64 maxAgeMs) const = 0;  // reads only
    virtual void forgetSeenBefore(qint64 cutoffWallMs) = 0;
    static constexpr qint64 kSeenTtlMs = 24 * 60 * 60 * 1000;
    static constexpr int kPruneEvery = 1000;  // ids remembered between two prunings
};

}  // namespace swarmscope
