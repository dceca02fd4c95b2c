#pragma once

#include "core/clock.h"
#include "core/random.h"
#include "fake_router.h"
#include "session.h"
#include "transport/memory_network.h"

#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

namespace swarmscope {
class DhtNode;
class MemoryDatagramFactory;
}  // namespace swarmscope

namespace swarmscope::test {

// Whole Sessions in one process on a MemoryNetwork and a ManualClock, every choice drawn from one
// seed (identities included): no real socket, no real time, and the same seed gives the same run.
// Everything the sessions report is kept in trace(), one line per event, stamped with virtual
// time and the node's index, so that two runs can be compared line by line.
class Universe final {
public:
    static constexpr quint16 kPort = 7000;  // every node listens here, on its own host
    static constexpr quint16 kDhtPort = 6881;

    explicit Universe(quint64 seed, qint64 latencyMs = 5);
    ~Universe();
    Universe(const Universe &) = delete;
    Universe &operator=(const Universe &) = delete;

    // A new session on host 10.9.<i>.1 (one /24 each), not yet started: LAN discovery and the
    // DHT off, listening on kPort. configure may change the config first.
    Session &add(const std::function<void(EngineConfig &)> &configure = {});
    // n sessions, each started.
    void addStarted(int n, const std::function<void(EngineConfig &)> &configure = {});
    // A bare DHT node on host 10.9.255.1 for sessions to bootstrap from (dhtConfig() does so).
    DhtNode &addDhtBootstrap();
    void dhtConfig(EngineConfig &config) const;  // DHT on, bootstrapped from the bootstrap node

    Session &operator[](int i) { return *m_nodes[size_t(i)].session; }
    int size() const { return int(m_nodes.size()); }
    static QString hostOf(int i);
    int indexOfHost(const QString &host) const;
    ManualClock &clock() { return m_clock; }
    Random &random() { return m_random; }
    MemoryNetwork &network() { return *m_net; }
    FakeRouter &router() { return m_router; }  // every node's home router (used with nat.portMapping)

    void run(qint64 ms);
    bool runUntil(const std::function<bool()> &done, qint64 maxMs = 60000);
    qint64 now() const { return m_clock.monotonicMs(); }

    // Traffic between the two sets of nodes is dropped until heal().
    void partition(const QList<int> &a, const QList<int> &b);
    void heal();

    // Whether the open connections join every node into one component.
    bool connectedGraph() const;

    // What each node was told, kept for assertions (and in the trace).
    struct Seen {
        QList<ChatMessage> messages;
        QList<RpcResponse> rpcResponses;
        QList<GossipRequest> gossipRequests;
        QList<int> gossipReplyHops;
        QList<QPair<QByteArray, int>> relayed;  // data, hops
    };
    const Seen &seen(int i) const { return m_nodes[size_t(i)].seen; }
    const QStringList &trace() const { return m_trace; }
    void note(int node, const QString &what);  // adds a line of the test's own

private:
    struct Node {
        QString host;
        std::unique_ptr<Session> session;
        Seen seen;
    };
    void watch(int index, Session *s);
    void record(int node, const EventBatch &events);

    ManualClock m_clock;
    Random m_random;
    std::unique_ptr<MemoryNetwork> m_net;
    FakeRouter m_router{m_clock};
    QTemporaryDir m_dir;
    std::vector<Node> m_nodes;
    std::unique_ptr<MemoryDatagramFactory> m_bootstrapDatagrams;
    std::unique_ptr<DhtNode> m_bootstrap;
    QStringList m_trace;
};

}  // namespace swarmscope::test
