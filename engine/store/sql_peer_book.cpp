#include "store/sql_peer_book.h"

#include "core/logging.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace swarmscope {

namespace {
PeerRecord recordFrom(const QSqlQuery &q)
{
    PeerRecord r;
    r.host = q.value(0).toString();
    r.port = quint16(q.value(1).toUInt());
    r.publicKeyHex = q.value(2).toString();
    r.source = q.value(3).toString();
    r.firstSeenMs = q.value(4).toLongLong();
    r.lastSeenMs = q.value(5).toLongLong();
    r.connectionsOk = q.value(6).toULongLong();
    r.connectionsFail = q.value(7).toULongLong();
    r.nodesRx = q.value(8).toULongLong();
    r.nodesTx = q.value(9).toULongLong();
    r.banned = q.value(10).toBool();
    return r;
}

const QString kColumns = QStringLiteral(
    "host, port, public_key, source, first_seen, last_seen, conn_ok, conn_fail, nodes_rx, nodes_tx, banned");
}  // namespace

SqlPeerBook::SqlPeerBook(Database &db, Clock &clock) : m_db(db), m_clock(clock)
{}

Status SqlPeerBook::init()
{
    return m_db.exec(
        {QStringLiteral("CREATE TABLE IF NOT EXISTS peers(endpoint TEXT PRIMARY KEY, host TEXT NOT NULL, "
                        "port INTEGER NOT NULL, public_key TEXT NOT NULL DEFAULT '', source TEXT, "
                        "first_seen INTEGER, last_seen INTEGER, conn_ok INTEGER NOT NULL DEFAULT 0, "
                        "conn_fail INTEGER NOT NULL DEFAULT 0, nodes_rx INTEGER NOT NULL DEFAULT 0, "
                        "nodes_tx INTEGER NOT NULL DEFAULT 0, banned INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"),
         QStringLiteral(
             "CREATE TABLE IF NOT EXISTS removed_peers(endpoint TEXT PRIMARY KEY, at INTEGER) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS banned_keys(public_key TEXT PRIMARY KEY) WITHOUT ROWID")});
}

Status SqlPeerBook::save(const QString &host, quint16 port, const QString &source)
{
    const QString ep = endpoint(host, port);
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT at FROM removed_peers WHERE endpoint = ?"));
    q.addBindValue(ep);
    if (q.exec() && q.next() && q.value(0).toLongLong() + kRemovedMs > m_clock.wallMs())
        return {};  // removed recently: peernet ignores it for a day
    const qint64 now = m_clock.wallMs();
    q.prepare(
        QStringLiteral("INSERT INTO peers(endpoint, host, port, source, first_seen, last_seen) VALUES(?,?,?,?,?,?) "
                       "ON CONFLICT(endpoint) DO UPDATE SET last_seen = excluded.last_seen"));
    q.addBindValue(ep);
    q.addBindValue(host);
    q.addBindValue(port);
    q.addBindValue(source);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return makeError(ErrorCode::Io, q.lastError().text());
    return {};
}

Status SqlPeerBook::remove(const QString &host, quint16 port)
{
    const QString ep = endpoint(host, port);
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM peers WHERE endpoint = ?"));
    q.addBindValue(ep);
    if (!q.exec())
        return makeError(ErrorCode::Io, q.lastError().text());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO removed_peers(endpoint, at) VALUES(?, ?)"));
    q.addBindValue(ep);
    q.addBindValue(m_clock.wallMs());
    if (!q.exec())
        return makeError(ErrorCode::Io, q.lastError().text());
    return {};
}

QList<PeerRecord> SqlPeerBook::known(int limit, bool includeBanned) const
{
    QList<PeerRecord> out;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM peers %2 ORDER BY conn_ok DESC, last_seen DESC LIMIT ?")
                  .arg(kColumns, includeBanned ? QString() : QStringLiteral("WHERE banned = 0")));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append(recordFrom(q));
    return out;
}

std::optional<PeerRecord> SqlPeerBook::stats(const QString &host, quint16 port) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM peers WHERE endpoint = ?").arg(kColumns));
    q.addBindValue(endpoint(host, port));
    if (q.exec() && q.next())
        return recordFrom(q);
    return std::nullopt;
}

void SqlPeerBook::recordConnection(const QString &host, quint16 port, const PeerId &id, bool ok)
{
    if (Status st = save(host, port, QStringLiteral("connection")); !st.ok())
        return;
    QSqlQuery q(m_db.handle());
    // An unknown key (a failed dial) binds as NULL and keeps whatever key was learned before.
    q.prepare(ok ? QStringLiteral("UPDATE peers SET conn_ok = conn_ok + 1, last_seen = ?, "
                                  "public_key = COALESCE(NULLIF(?, ''), public_key) WHERE endpoint = ?")
                 : QStringLiteral("UPDATE peers SET conn_fail = conn_fail + 1, last_seen = ?, "
                                  "public_key = COALESCE(NULLIF(?, ''), public_key) WHERE endpoint = ?"));
    q.addBindValue(m_clock.wallMs());
    q.addBindValue(id.isNull() ? QString() : id.toHex());
    q.addBindValue(endpoint(host, port));
    if (!q.exec())
        qCWarning(lcSwarm) << "peer book:" << q.lastError().text();
}

void SqlPeerBook::recordNodes(const QString &host, quint16 port, int received, int sent)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE peers SET nodes_rx = nodes_rx + ?, nodes_tx = nodes_tx + ? WHERE endpoint = ?"));
    q.addBindValue(received);
    q.addBindValue(sent);
    q.addBindValue(endpoint(host, port));
    if (!q.exec())
        qCWarning(lcSwarm) << "peer book:" << q.lastError().text();
}

void SqlPeerBook::setBanned(const PeerId &id, bool banned)
{
    QSqlQuery q(m_db.handle());
    q.prepare(banned ? QStringLiteral("INSERT OR IGNORE INTO banned_keys(public_key) VALUES(?)")
                     : QStringLiteral("DELETE FROM banned_keys WHERE public_key = ?"));
    q.addBindValue(id.toHex());
    if (!q.exec())
        qCWarning(lcSwarm) << "peer book: cannot" << (banned ? "ban" : "unban") << "a key:" << q.lastError().text();
    q.prepare(QStringLiteral("UPDATE peers SET banned = ? WHERE public_key = ?"));
    q.addBindValue(banned ? 1 : 0);
    q.addBindValue(id.toHex());
    if (!q.exec())  // the ban itself is in banned_keys; this only marks the remembered peer
        qCWarning(lcSwarm) << "peer book: cannot mark a peer banned:" << q.lastError().text();
}

QList<PeerId> SqlPeerBook::bannedKeys() const
{
    QList<PeerId> out;
    QSqlQuery q(m_db.handle());
    if (q.exec(QStringLiteral("SELECT public_key FROM banned_keys")))
        while (q.next())
            out.append(PeerId::fromBytes(QByteArray::fromHex(q.value(0).toString().toLatin1())));
    return out;
}

int SqlPeerBook::purge(double minRatio, int minAttempts)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM peers WHERE banned = 0 AND conn_ok + conn_fail >= ? "
                             "AND CAST(conn_ok AS REAL) / (conn_ok + conn_fail) < ?"));
    q.addBindValue(minAttempts);
    q.addBindValue(minRatio);
    if (!q.exec()) {
        qCWarning(lcSwarm) << "peer book purge:" << q.lastError().text();
        return 0;
    }
    return q.numRowsAffected();
}

int SqlPeerBook::size() const
{
    QSqlQuery q(m_db.handle());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM peers")) && q.next() ? q.value(0).toInt() : 0;
}

}  // namespace swarmscope
