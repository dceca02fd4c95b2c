#include "store/local_names.h"

#include "core/logging.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace swarmscope {

LocalNames::LocalNames(Database *db) : m_db(db)
{}

Status LocalNames::init()
{
    if (!m_db)
        return {};
    if (Status st = m_db->exec({QStringLiteral("CREATE TABLE IF NOT EXISTS local_names(address TEXT PRIMARY KEY, "
                                               "name TEXT NOT NULL) WITHOUT ROWID")});
        !st.ok())
        return st;
    QSqlQuery q(m_db->handle());
    if (!q.exec(QStringLiteral("SELECT address, name FROM local_names")))
        return makeError(ErrorCode::Io, QStringLiteral("local names: %1").arg(q.lastError().text()));
    while (q.next())
        m_names.insert(q.value(0).toString(), q.value(1).toString());
    return {};
}

bool LocalNames::set(const QString &address, const QString &name)
{
    if (m_names.value(address) == name)
        return false;
    if (name.isEmpty())
        m_names.remove(address);
    else
        m_names.insert(address, name);
    if (!m_db)
        return true;
    QSqlQuery q(m_db->handle());
    if (name.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM local_names WHERE address = ?"));
        q.addBindValue(address);
    } else {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO local_names(address, name) VALUES(?, ?)"));
        q.addBindValue(address);
        q.addBindValue(name);
    }
    if (!q.exec())
        qCWarning(lcRooms) << "local names:" << q.lastError().text();
    return true;
}

}  // namespace swarmscope
