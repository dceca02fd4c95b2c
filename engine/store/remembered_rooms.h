#pragma once

#include "core/result.h"

#include <QStringList>

namespace swarmscope {

class Database;

// The rooms a profile stays in across restarts (docs/ARCHITECTURE.md, "Rooms that stay"), by room
// key (RoomRef::key()) in the order they were joined. Kept in the profile's SQLite file so that
// the window and the node share one list and one format; the session rejoins them at start when
// EngineConfig::rememberRooms is on.
class RememberedRooms final {
public:
    explicit RememberedRooms(Database *db);  // null: kept in memory only (lab nodes)
    Status init();

    QStringList load() const;  // oldest join first
    void remember(const QString &key);  // appended at the end; a known room keeps its place
    void forget(const QString &key);

private:
    Database *m_db;
    QStringList m_inMemory;  // the list when there is no database
};

}  // namespace swarmscope
