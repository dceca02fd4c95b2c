#pragma once

// What a DHT node shows of itself (its table, its lookups, its counters), as plain values: the window and the
// node's console read these without compiling against the node's internals.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace swarmscope {

struct DhtNodeInfo {
    QByteArray id;
    QHostAddress host;
    quint16 port = 0;
    qint64 lastSeenMs = 0;  // wall clock, ms since the epoch
    int failures = 0;
};

struct DhtBucketSnapshot {
    int index = 0;
    QList<DhtNodeInfo> nodes;
    QList<DhtNodeInfo> replacements;
};

struct DhtStats {
    quint64 datagramsIn = 0;
    quint64 datagramsOut = 0;
    QHash<QString, quint64> queriesIn;  // by method name ("unknown" for the rest)
    QHash<QString, quint64> queriesOut;
    QHash<QString, quint64> rejects;  // by reason
    int routingTableSize = 0;
    int storedInfohashes = 0;
};

// The node as the DHT dock shows it, taken in one go on the engine's thread (Session::dhtView).
struct DhtView {
    bool on = false;  // false when the session runs without a DHT
    QByteArray nodeId;
    quint16 port = 0;
    bool ready = false;
    QList<DhtBucketSnapshot> buckets;
    QList<QByteArray> running;  // infohashes with a round in progress
    QList<QByteArray> tracked;  // announced or looked up
    DhtStats stats;
};

}  // namespace swarmscope
