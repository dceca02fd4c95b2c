#pragma once

// One lab node as the lab keeps it, and the lab's rhythm (shared by lab.cpp, lab_mend.cpp and
// lab_probe.cpp).
#include "lab/lab.h"
#include "session.h"

#include <QList>
#include <QString>

#include <memory>

namespace swarmscope {

inline constexpr qint64 kLabConvergenceCheckMs = 100;  // how often the lab looks for a whole graph
inline constexpr qint64 kLabMendMs = 1000;  // how often it joins split-off parts up

struct Lab::Node {
    // A connection of the node, as its last peer batch described it.
    struct Link {
        quint64 connectionId = 0;
        int other = -1;  // the node at the other end, -1 if not a lab node
        QString address;  // the other end's address once proven
        Direction direction = Direction::Outbound;
        Transport transport = Transport::Memory;
        ConnectionState state = ConnectionState::Connecting;
    };

    int index = 0;
    QString host;
    QString address;
    std::unique_ptr<Session> session;
    // Kept from the session's peer batches, so that reading the graph of a thousand nodes (every
    // convergence check, every mending round, every repaint) asks no session for snapshots. A
    // list: a node has a handful, and a hash's first allocation would cost more than all of them.
    QList<Link> links;
    QList<int> bootstrap;  // nodes it dialled at start, and helpers mending found it: links kept
    int probeSeen = 0;  // the number of the last probe it received (node 0: sent)
    int probeSends = 0;  // copies of the current probe it sent
    bool captureByLab = false;  // its frame capture is on only to count those sends
};

}  // namespace swarmscope
