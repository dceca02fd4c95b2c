#include "store/dht_table.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace swarmscope {

Status initDhtTable(Database &db)
{
    return db.exec(
        {QStringLiteral("CREATE TABLE IF NOT EXISTS dht_nodes(id BLOB NOT NULL, host TEXT NOT NULL, "
                        "port INTEGER NOT NULL, last_seen INTEGER, PRIMARY KEY(host, port)) WITHOUT ROWID")});
}

Status saveDhtTable(Database &db, const QList<DhtNodeInfo> &nodes)
{
    QSqlDatabase &h = db.handle();
    if (!h.transaction())
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot begin saving the DHT table: %1").arg(h.lastError().text()));
    QSqlQuery q(h);
    if (!q.exec(QStringLiteral("DELETE FROM dht_nodes"))) {
        h.rollback();
        return makeError(ErrorCode::Io, q.lastError().text());
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO dht_nodes(id, host, port, last_seen) VALUES(?,?,?,?)"));
    for (const DhtNodeInfo &n : nodes) {
        q.addBindValue(n.id);
        q.addBindValue(n.host.toString());
        q.addBindValue(n.port);
        q.addBindValue(n.lastSeenMs);
        if (!q.exec()) {
            h.rollback();
            return makeError(ErrorCode::Io, q.lastError().text());
        }
    }
    if (!h.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot save the DHT table: %1").arg(h.lastError().text()));
    return {};
}

QList<DhtNodeInfo> loadDhtTable(Database &db)
{
    QList<DhtNodeInfo> out;
    QSqlQuery q(db.handle());
    if (q.exec(QStringLiteral("SELECT id, host, port, last_seen FROM dht_nodes ORDER BY last_seen DESC LIMIT 1000")))
        while (q.next()) {
            DhtNodeInfo n;
            n.id = q.value(0).toByteArray();
            n.host = QHostAddress(q.value(1).toString());
            n.port = quint16(q.value(2).toUInt());
            n.lastSeenMs = q.value(3).toLongLong();
            if (n.id.size() == 20 && !n.host.isNull() && n.port)
                out.append(n);
        }
    return out;
}

}  // namespace swarmscope
