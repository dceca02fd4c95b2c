#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace swarmscope {

// One SQLite file per profile (WAL), opened through Qt Sql under a connection name of its own
// so that several sessions in one process never share a handle. A file that is not a healthy
// SQLite database is refused with an error and never replaced.
class Database final {
public:
    static Result<std::unique_ptr<Database>> open(const QString &path);
    static inline const QString kInMemory = QStringLiteral(":memory:");  // a database that dies with its handle
    static constexpr int kPageCacheKiB = 256;  // SQLite's page cache per open file (see open())
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &handle() { return m_db; }
    const QString &path() const { return m_path; }
    // Runs each statement; stops at the first failure.
    Status exec(const QStringList &statements);

private:
    Database(QSqlDatabase db, QString path, QString connectionName);
    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
};

}  // namespace swarmscope
