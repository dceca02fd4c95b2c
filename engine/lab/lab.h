#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "core/world.h"
#include "events/event_types.h"
#include "stats/frame_tap.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QTemporaryDir;

namespace swarmscope {

class MemoryNetwork;
class Random;
class Session;

// One lab node as the inspector sees it.
struct LabNode {
    int index = 0;  // stable while the lab runs; 0 sends the convergence probe
    QString host;  // "10.77.x.y" on the simulated network
    quint16 port = 0;
    QString address;  // Bugout-format address of the node's identity
    int connections = 0;  // open connections (connected state)
    int side = 0;  // partition side; 0 when healed
    bool probeReceived = false;
};

// A connection between two lab nodes, counted once.
struct LabEdge {
    int from = 0;  // the dialling node
    int to = 0;
    Transport transport = Transport::Memory;
    ConnectionState state = ConnectionState::Handshaking;
};

struct LabGraph {
    QList<LabNode> nodes;
    QList<LabEdge> edges;
    int connectedEdges() const;
    // Components of the graph of connected edges, as node-index lists (largest first).
    QList<QList<int>> components() const;
};

// What the lab measured of its last convergence: the probe is one room message from node 0, sent
// once the graph is whole; each node floods it on to its room's neighbours once.
struct LabProbeFigures {
    int probes = 0;  // probes sent; another goes out if one has not reached all in time
    qint64 sentMs = -1;  // when the last probe went out, since start() (on the lab's clock)
    qint64 deliveredMs = -1;  // from that send to the last node receiving it
    int reached = 0;  // nodes that have the last probe, node 0 included
    int maxSends = 0;  // most copies of the last probe one node sent (node 0 included)
    double meanSends = 0;
};

// The lab (docs/INSPECTOR.md, "Lab"; docs/BENCHMARKS.md, "The lab at scale"): up to kMaxNodes
// real Sessions inside the process on a simulated network with chosen latency, loss and
// partitions. Each node has a profile in memory only (its downloads would go to a temporary
// directory), LAN discovery and the DHT off; node i bootstraps by dialling a few random earlier
// nodes and finds the rest by peer exchange. All nodes join one room. Once a second each
// component cut off from the largest one is joined up with a node outside it (lab_mend.cpp).
// Once the graph is whole, node 0 sends one probe message; the lab has converged when that
// message has reached every node (lab_probe.cpp).
class Lab final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Lab)

public:
    static constexpr int kMaxNodes = 1000;
    struct Options {
        int bootstrapLinks = 3;  // earlier nodes each node dials at start
        int maxPeers = 8;  // per node: bounds the sends of a flooded message, keeps nodes light
        int nodesPerTurn = 8;  // nodes created per event-loop turn while starting
        qint64 retransmitMs = 200;  // the delay a lost segment costs
        quint32 seed = 7;  // bootstrap choices and loss draws
        int graphBatchMs = 200;  // graphChanged at most this often
        qint64 probeRetryMs = 2000;  // a probe that has not reached every node by then is sent again
    };

    explicit Lab(QObject *parent = nullptr);
    // The lab's network is always its own MemoryNetwork; world gives it a clock and a random
    // source (null: a PacedClock, virtual time that follows the wall clock, and a generator
    // seeded with options.seed). Its carrier and datagram factories are not used.
    Lab(Options options, World world = {}, QObject *parent = nullptr);
    ~Lab() override;

    // Starts n (1..kMaxNodes) nodes; they come up over the next event-loop turns (progress, then
    // started). Fails if already running or n is out of range.
    Status start(int n, qint64 latencyMs, double lossPercent, const QString &room);
    void stop();  // every node leaves, says bye and is destroyed; the network goes with them
    bool running() const { return m_running; }
    int size() const { return int(m_nodes.size()); }
    int requested() const { return m_requested; }
    QString room() const { return m_room; }
    Session *session(int index) const;

    // Splits the nodes: the first fraction of them against the rest, or explicit sets of node
    // indices (traffic between different sets is dropped). Connections across the cut are reset.
    void partition(double fraction);
    void partition(const QList<QList<int>> &sets);
    // Lets traffic through again and redials the bootstrap links (making room on full nodes);
    // the once-a-second mending then joins what is still split off.
    void heal();
    bool partitioned() const { return !m_sideOf.isEmpty(); }

    LabGraph graph() const;
    LabGraph nodes() const { return graph(); }
    qint64 convergenceMs() const { return m_convergedMs; }  // -1 until converged
    LabProbeFigures probeFigures() const;

signals:
    void progress(int started, int total);
    void started();
    void graphChanged();  // batched
    void probeSent(int probe);
    void converged(qint64 ms);
    void stopped();

private:
    struct Node;
    void startBatch();
    void addNode(int index);
    Node *createNode(int index);
    void watch(Node &node);
    void onPeersChanged(Node &node, const PeerDelta &delta);
    void markGraphDirty();
    qint64 elapsedMs() const;
    // lab_probe.cpp
    void checkConvergence();
    bool whole() const;
    void sendProbe();
    void onProbeReceived(Node &node);
    void onFramesSent(Node &node, const QList<FrameRecord> &frames);
    void finishProbe();
    void stopCounting();
    // lab_mend.cpp
    void resetCrossLinks();
    enum class Room { Free, Made, Forced };  // a free slot; a peer let go; a kept link cut
    void makeRoom(Node &node, int keep, bool cutKeptLinks = false);
    void rejoin(Node &node, const QHash<int, int> &sideOf);
    void mend();
    Node *helperFor(Node &node, const std::function<bool(int)> &outside, int round);
    void reachOut(Node &node, Node &target);
    bool hasFreeSlot(const Node &node) const;
    bool canTake(const Node &node, int keep, Room room) const;
    QString expendable(const Node &node, int keep, bool keptToo) const;
    int indexOfHost(const QString &host) const;
    static QString hostOf(int index);

    Options m_options;
    std::unique_ptr<Clock> m_ownedClock;
    Clock *m_clock;
    std::unique_ptr<Random> m_ownedRandom;
    Random *m_random;
    std::unique_ptr<MemoryNetwork> m_net;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<Node>> m_nodes;
    QHash<QString, int> m_indexOfHost;
    QHash<int, int> m_sideOf;  // node index -> side (1-based) while partitioned
    QString m_room;
    int m_requested = 0;
    bool m_running = false;
    qint64 m_startedMs = 0;  // on m_clock
    qint64 m_convergedMs = -1;
    int m_mendRound = 0;
    // The probe under way (lab_probe.cpp).
    int m_probes = 0;
    QString m_probeText;
    QByteArray m_probeTag;  // m_probeText as it appears inside a room-message frame
    qint64 m_probeSentMs = -1;
    qint64 m_lastReceiptMs = -1;
    int m_reached = 0;
    ScopedTimer m_graphTimer;
    ScopedTimer m_convergenceTimer;
    ScopedTimer m_startTimer;
    ScopedTimer m_mendTimer;
};

}  // namespace swarmscope

Q_DECLARE_METATYPE(swarmscope::LabGraph)
