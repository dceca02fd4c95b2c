#pragma once

// Value snapshots the window reads from the engine thread: copies, never pointers into it.

#include "dht/dht_node.h"
#include "peer_relay/peer_relay_node.h"

#include <QByteArray>
#include <QList>

namespace swarmscope::ui {

// The DHT node as the DHT dock shows it, taken in one go on the engine thread.
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

// The peer-relay network as its dock shows it.
struct PeerRelayView {
    bool joined = false;  // false until the session is in a peer-relay network
    QString id;           // 40 hex digits
    QString url;          // what we advertise, empty if we do not listen
    QList<PeerRelayPeer> peers;
};

// The identity as the identity dialog shows it (the seed is the secret: shown only on request).
struct IdentityView {
    QString address;
    QString publicKeyHex;
    QString fingerprint;
    QString seed;  // Bugout's seed string
};

// The lab's state as the lab dock needs it; the graph travels on its own.
struct LabState {
    bool running = false;
    bool partitioned = false;
    int size = 0;
    qint64 convergenceMs = -1;
};

} // namespace swarmscope::ui
