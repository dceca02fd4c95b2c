#pragma once

#include "core/result.h"
#include "dht/dht_node.h"

namespace swarmscope {

class Database;

// The DHT routing table saved at exit and loaded at start, so a node rejoins without the
// bootstrap routers (BEP 5's advice to persist the table).
Status initDhtTable(Database &db);
Status saveDhtTable(Database &db, const QList<DhtNodeInfo> &nodes);
QList<DhtNodeInfo> loadDhtTable(Database &db);

}  // namespace swarmscope
