#include "store/block_list.h"

#include "core/logging.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace swarmscope {

BlockList::BlockList(Database *db) : m_db(db)
{}

Status BlockList::init()
{
    if (!m_db)
        return {};
    if (Status st = m_db->exec({QStringLiteral("CREATE TABLE IF NOT EXISTS blocked_peers(address TEXT PRIMARY KEY, "
                                               "since_ms INTEGER) WITHOUT ROWID")});
        !st.ok())
        return st;
    QSqlQuery q(m_db->handle());
    if (!q.exec(QStringLiteral("SELECT address FROM blocked_peers")))
        return makeError(ErrorCode::Io, QStringLiteral("blocked peers: %1").arg(q.lastError().text()));
    while (q.next())
        m_blocked.insert(q.value(0).toString());
    return {};
}

bool BlockList::add(const QString &address, qint64 sinceMs)
{
    if (m_blocked.contains(address))
        return false;
    m_blocked.insert(address);
    if (!m_db)
        return true;
    QSqlQuery q(m_db->handle());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO blocked_peers(address, since_ms) VALUES(?, ?)"));
    q.addBindValue(address);
    q.addBindValue(sinceMs);
    if (!q.exec())
        qCWarning(lcRooms) << "blocked peers:" << q.lastError().text();
    return true;
}

bool BlockList::remove(const QString &address)
{
    if (!m_blocked.remove(address))
        return false;
    if (!m_db)
        return true;
    QSqlQuery q(m_db->handle());
    q.prepare(QStringLiteral("DELETE FROM blocked_peers WHERE address = ?"));
    q.addBindValue(address);
    if (!q.exec())
        qCWarning(lcRooms) << "blocked peers:" << q.lastError().text();
    return true;
}

QStringList BlockList::addresses() const
{
    QStringList out(m_blocked.cbegin(), m_blocked.cend());
    out.sort();
    return out;
}

}  // namespace swarmscope
