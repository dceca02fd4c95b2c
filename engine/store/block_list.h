#pragma once

#include "core/result.h"

#include <QSet>
#include <QStringList>

namespace swarmscope {

class Database;

// Peers this profile does not want to hear from, by address (docs/ARCHITECTURE.md, "Blocked
// peers"). Persisted in the profile's SQLite file; looked up in memory on every message.
class BlockList final {
public:
    explicit BlockList(Database *db);  // null: kept in memory only (lab nodes)
    Status init();  // creates the table and loads it

    bool contains(const QString &address) const { return m_blocked.contains(address); }
    bool isEmpty() const { return m_blocked.isEmpty(); }
    bool add(const QString &address, qint64 sinceMs);  // false if already blocked
    bool remove(const QString &address);  // false if not blocked
    QStringList addresses() const;  // sorted

private:
    Database *m_db;
    QSet<QString> m_blocked;
};

}  // namespace swarmscope
