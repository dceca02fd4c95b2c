#include "store/sql_history.h"

#include "core/logging.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace swarmscope {

namespace {
const QString kColumns =
    QStringLiteral("id, room, sender, sender_key, seq, time_ms, received_ms, kind, text, own, state, direct, peer");

ChatMessage messageFrom(const QSqlQuery &q)
{
    ChatMessage m;
    m.id = q.value(0).toByteArray();
    m.room = q.value(1).toString();
    m.fromAddress = q.value(2).toString();
    m.from = PeerId::fromBytes(q.value(3).toByteArray());
    m.seq = q.value(4).toULongLong();
    m.timeMs = q.value(5).toLongLong();
    m.receivedMs = q.value(6).toLongLong();
    m.kind = q.value(7).toString();
    m.text = q.value(8).toString();
    m.own = q.value(9).toBool();
    m.state = DeliveryState(q.value(10).toInt());
    m.direct = q.value(11).toBool();
    m.peerAddress = q.value(12).toString();
    return m;
}

void warnOnFailure(QSqlQuery &q)
{
    if (!q.exec())
        qCWarning(lcRooms) << "history:" << q.lastError().text();
}
}  // namespace

SqlHistory::SqlHistory(Database &db, Clock &clock) : m_db(db), m_clock(clock)
{}

Status SqlHistory::init()
{
    Status st = m_db.exec(
        {QStringLiteral("CREATE TABLE IF NOT EXISTS messages(id BLOB PRIMARY KEY, room TEXT NOT NULL, "
                        "sender TEXT, sender_key BLOB, seq INTEGER, time_ms INTEGER, received_ms INTEGER, "
                        "kind TEXT, text TEXT, own INTEGER, state INTEGER, direct INTEGER, peer TEXT, wire_id BLOB)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS messages_by_wire_id ON messages(wire_id)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS messages_by_room ON messages(room, received_ms)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS outbox(local_id BLOB PRIMARY KEY, room TEXT, "
                        "to_address TEXT, text TEXT, created_ms INTEGER) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS seen_ids(id BLOB PRIMARY KEY, time_ms INTEGER) WITHOUT ROWID")});
    if (st.ok())
        forgetSeenBefore(m_clock.wallMs() - kSeenTtlMs);
    return st;
}

void SqlHistory::append(const ChatMessage &m)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO messages(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(kColumns));
    for (const QVariant &v :
         {QVariant(m.id), QVariant(m.room), QVariant(m.fromAddress), QVariant(m.from.toBytes()), QVariant(m.seq),
          QVariant(m.timeMs), QVariant(m.receivedMs), QVariant(m.kind), QVariant(m.text), QVariant(m.own),
          QVariant(int(m.state)), QVariant(m.direct), QVariant(m.peerAddress)})
        q.addBindValue(v);
    warnOnFailure(q);
}

void SqlHistory::setState(const QByteArray &id, DeliveryState state)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE messages SET state = ? WHERE id = ?"));
    q.addBindValue(int(state));
    q.addBindValue(id);
    warnOnFailure(q);
}

void SqlHistory::setWireId(const QByteArray &id, const QByteArray &wireId, DeliveryState state)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE messages SET wire_id = ?, state = ? WHERE id = ?"));
    q.addBindValue(wireId);
    q.addBindValue(int(state));
    q.addBindValue(id);
    warnOnFailure(q);
}

QByteArray SqlHistory::idOfWire(const QByteArray &wireId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE wire_id = ?"));
    q.addBindValue(wireId);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool SqlHistory::seenBefore(const QByteArray &id) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT 1 FROM seen_ids WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

QList<ChatMessage> SqlHistory::load(const QString &room, int limit) const
{
    QList<ChatMessage> out;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM (SELECT rowid AS r, %1 FROM messages WHERE room = ? "
                             "ORDER BY received_ms DESC, rowid DESC LIMIT ?) ORDER BY received_ms ASC, r ASC")
                  .arg(kColumns));
    q.addBindValue(room);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append(messageFrom(q));
    return out;
}

QList<ChatMessage> SqlHistory::search(const QString &room, const QString &text, int limit) const
{
    QList<ChatMessage> out;
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE room = ? AND text LIKE ? ESCAPE '\\' "
                             "ORDER BY received_ms ASC, rowid ASC LIMIT ?")
                  .arg(kColumns));
    q.addBindValue(room);
    q.addBindValue(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append(messageFrom(q));
    return out;
}

void SqlHistory::queue(const PendingDirect &p)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO outbox(local_id, room, to_address, text, created_ms) VALUES(?,?,?,?,?)"));
    q.addBindValue(p.localId);
    q.addBindValue(p.room);
    q.addBindValue(p.toAddress);
    q.addBindValue(p.text);
    q.addBindValue(p.createdMs);
    warnOnFailure(q);
}

QList<PendingDirect> SqlHistory::pendingFor(const QString &toAddress) const
{
    QList<PendingDirect> out;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT local_id, room, to_address, text, created_ms FROM outbox WHERE to_address = ? "
                             "ORDER BY created_ms"));
    q.addBindValue(toAddress);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toByteArray(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toLongLong()});
    return out;
}

void SqlHistory::dequeue(const QByteArray &localId)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE local_id = ?"));
    q.addBindValue(localId);
    warnOnFailure(q);
}

void SqlHistory::rememberSeen(const QByteArray &id, qint64 timeMs)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO seen_ids(id, time_ms) VALUES(?, ?)"));
    q.addBindValue(id);
    q.addBindValue(timeMs);
    warnOnFailure(q);
    if (++m_seenSincePrune >= kPruneEvery) {
        m_seenSincePrune = 0;
        forgetSeenBefore(m_clock.wallMs() - kSeenTtlMs);
    }
}

void SqlHistory::forgetSeenBefore(qint64 cutoffWallMs)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM seen_ids WHERE time_ms < ?"));
    q.addBindValue(cutoffWallMs);
    warnOnFailure(q);
}

QList<QByteArray> SqlHistory::recentSeen(qint64 maxAgeMs) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT id FROM seen_ids WHERE time_ms >= ?"));
    q.addBindValue(m_clock.wallMs() - maxAgeMs);
    QList<QByteArray> out;
    if (!q.exec()) {
        qCWarning(lcRooms) << "history:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

}  // namespace swarmscope
