#pragma once

// Value snapshots the window reads from the engine thread: copies, never pointers into it.

#include "dht/dht_views.h"
#include "peer_relay/peer_relay_node.h"

#include <QByteArray>
#include <QList>

namespace swarmscope::ui {

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
