#pragma once

#include <QByteArray>

namespace swarmscope {

class Session;

// The session's figures in Prometheus' text format, for `--metrics-listen` (docs/METRICS.md):
// connections by transport, path and state; bytes and messages in and out; rejects by reason
// (resource-limit refusals included); the connection queue; DHT table, queries and rejects;
// relay routes and rejects; rooms and their members; the peer-relay network's direct peers.
QByteArray sessionMetrics(const Session &session);

}  // namespace swarmscope
