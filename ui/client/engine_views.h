#pragma once

// Value snapshots the window reads from the engine thread: copies, never pointers into it.

#include "dht/dht_views.h"
#include "peer_relay/peer_relay_types.h"

#include <QByteArray>
#include <QList>

namespace swarmscope::ui {

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

}  // namespace swarmscope::ui
