#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

namespace swarmscope {

class Database;

// The names this profile's user gave peers, by address; they win over the peers' own signed
// names in the window (docs/ARCHITECTURE.md, "Local names"). The engine only keeps them.
class LocalNames final {
public:
    explicit LocalNames(Database *db);  // null: kept in memory only (lab nodes)
    Status init();  // creates the table and loads it

    // An empty name removes the entry. False if nothing changed.
    bool set(const QString &address, const QString &name);
    const QHash<QString, QString> &all() const { return m_names; }

private:
    Database *m_db;
    QHash<QString, QString> m_names;
};

}  // namespace swarmscope
