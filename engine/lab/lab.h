#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "events/event_types.h"
#include "core/world.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

class QTemporaryDir;

namespace swarmscope {

class MemoryNetwork;
class Random;
class Session;

// One lab node as the inspector sees it.
struct LabNode {
    int index = 0;             // stable while the lab runs; 0 sends the convergence probe
    QString host;              // "10.77.x.y" on the simulated network
    quint16 port = 0;
    QString address;           // Bugout-format address of the node's identity
    int connections = 0;       // open connections (connected state)
    int side = 0;              // partition side; 0 when healed
    bool probeReceived = false;
};

// A connection between two lab nodes, counted once.
struct LabEdge {
    int from = 0;              // the dialling node
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

// The lab (docs/INSPECTOR.md, "Lab"): up to 200 real Sessions inside the process on a simulated network with
// chosen latency, loss and partitions. Each node has its own profile in a temporary directory,
// LAN discovery and the DHT off; node i bootstraps by dialling a few random earlier nodes and
// finds the rest by peer exchange. All nodes join one room; the lab reports convergence once
// every node has a connection and a probe message from node 0 reached all of them.
class Lab final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Lab)

public:
    static constexpr int kMaxNodes = 200;
    struct Options {
        int bootstrapLinks = 3;      // earlier nodes each node dials at start
        int maxPeers = 8;            // per node, so that 200 nodes stay light
        int nodesPerTurn = 8;        // nodes created per event-loop turn while starting
        qint64 retransmitMs = 200;   // the delay a lost segment costs
        quint32 seed = 7;            // bootstrap choices and loss draws
        int graphBatchMs = 200;      // graphChanged at most this often
    };

    explicit Lab(QObject *parent = nullptr);
    // The lab's network is always its own MemoryNetwork; world gives it a clock and a random
    // source (null: the system clock, and a generator seeded with options.seed). Its carrier
    // and datagram factories are not used.
    Lab(Options options, World world = {}, QObject *parent = nullptr);
    ~Lab() override;

    // Starts n (1..200) nodes; they come up over the next event-loop turns (progress, then
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
    // Lets traffic through again and redials the bootstrap links; once a second after that, nodes
    // still split off redial theirs (making room on full nodes) until the graph is whole.
    void heal();
    bool partitioned() const { return !m_sideOf.isEmpty(); }

    LabGraph graph() const;
    LabGraph nodes() const { return graph(); }
    qint64 convergenceMs() const { return m_convergedMs; }  // -1 until converged

signals:
    void progress(int started, int total);
    void started();
    void graphChanged();  // batched
    void converged(qint64 ms);
    void stopped();

private:
    struct Node;
    void startBatch();
    void markGraphDirty();
    void checkConvergence();
    void sendProbe();
    void resetCrossLinks();
    void makeRoom(Node &node, int keep);
    void rejoin(Node &node, const QHash<int, int> &sideOf);
    void keepHealing();
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
    qint64 m_lastProbeMs = -1;
    int m_probes = 0;
    ScopedTimer m_graphTimer;
    ScopedTimer m_convergenceTimer;
    ScopedTimer m_startTimer;
    ScopedTimer m_healTimer;
};

} // namespace swarmscope

Q_DECLARE_METATYPE(swarmscope::LabGraph)
