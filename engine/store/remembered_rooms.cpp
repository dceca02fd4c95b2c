#include "store/remembered_rooms.h"

#include "core/logging.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace swarmscope {

RememberedRooms::RememberedRooms(Database *db) : m_db(db)
{}

Status RememberedRooms::init()
{
    if (!m_db)
        return {};
    return m_db->exec({QStringLiteral("CREATE TABLE IF NOT EXISTS remembered_rooms(key TEXT PRIMARY KEY, "
                                      "position INTEGER NOT NULL) WITHOUT ROWID")});
}

QStringList RememberedRooms::load() const
{
    if (!m_db)
        return m_inMemory;
    QStringList out;
    QSqlQuery q(m_db->handle());
    if (q.exec(QStringLiteral("SELECT key FROM remembered_rooms ORDER BY position ASC")))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

void RememberedRooms::remember(const QString &key)
{
    if (!m_db) {
        if (!m_inMemory.contains(key))
            m_inMemory.append(key);
        return;
    }
    QSqlQuery q(m_db->handle());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO remembered_rooms(key, position) "
                             "VALUES(?, (SELECT COALESCE(MAX(position), 0) + 1 FROM remembered_rooms))"));
    q.addBindValue(key);
    if (!q.exec())
        qCWarning(lcRooms) << "remembered rooms:" << q.lastError().text();
}

void RememberedRooms::forget(const QString &key)
{
    if (!m_db) {
        m_inMemory.removeAll(key);
        return;
    }
    QSqlQuery q(m_db->handle());
    q.prepare(QStringLiteral("DELETE FROM remembered_rooms WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        qCWarning(lcRooms) << "remembered rooms:" << q.lastError().text();
}

}  // namespace swarmscope
