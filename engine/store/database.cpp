#include "store/database.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace swarmscope {

namespace {
QAtomicInteger<quint64> g_connectionCounter;  // unique names only; no shared state beyond that
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QString name = QStringLiteral("swarmscope-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    // No QSqlDatabase copy may outlive `out`, or removeDatabase() warns on the error paths.
    std::unique_ptr<Database> out(new Database(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name), path, name));
    if (!out->m_db.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("the Qt SQLite driver is not installed (libqt6sql6-sqlite)"));
    out->m_db.setDatabaseName(path);
    if (!out->m_db.open())
        return makeError(ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(path, out->m_db.lastError().text()));
    if (path == kInMemory) {
        // Nothing to check, no journal to choose, no file to protect. Every table and index holds
        // at least one page in memory: small pages keep the dozen of them from costing 100 KiB, and
        // the stores' tables keyed by text are WITHOUT ROWID, one b-tree instead of a table and the
        // index of its key.
        if (Status st = out->exec({QStringLiteral("PRAGMA page_size=512")}); !st.ok())
            return st.error();
        return out;
    }
    // A damaged or foreign file must be refused before anything writes to it.
    QString problem;
    {
        QSqlQuery check(out->m_db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")))
            problem = check.lastError().text();
        else if (!check.next() || check.value(0).toString() != QLatin1String("ok"))
            problem = check.value(0).toString();
    }
    if (!problem.isNull())
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("%1 is not a healthy SQLite database (%2); refusing to use or replace it")
                             .arg(path, problem));
    // SQLite keeps every page it touches up to its cache size (2 MiB by default): as the history
    // grew, so did each node's memory, by the pages written, for hours (docs/SOAK.md). Writes
    // append and reads are rare, so a small cache costs nothing; the operating system caches the
    // file anyway. Shrinking the cache also lets go of what the check above read.
    if (Status st = out->exec({QStringLiteral("PRAGMA cache_size=-%1").arg(kPageCacheKiB),
                               QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                               QStringLiteral("PRAGMA busy_timeout=2000")});
        !st.ok())
        return st.error();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return out;
}

Database::Database(QSqlDatabase db, QString path, QString connectionName)
    : m_db(db)
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::exec(const QStringList &statements)
{
    QSqlQuery q(m_db);
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
    return {};
}

}  // namespace swarmscope
