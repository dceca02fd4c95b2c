// Whole Sessions on virtual time over the in-memory network, no real socket: a 50-node room found
// through the DHT, a partition healing, heartbeat and RPC timeouts, gossip and relay along a
// chain, LAN discovery by multicast, port mapping on the test's router, and two sessions joining
// at the same instant. Every scenario runs twice from one seed and must give the same event trace
// line for line, and a different trace from another seed.
#include "crypto/identity.h"
#include "transport/memory_datagram.h"
#include "universe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHashSeed>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <ctime>

using namespace swarmscope;
using namespace swarmscope::test;

namespace {

const QString kRoom = QStringLiteral("lobby");

using Scenario = void (*)(Universe &u);

// Everyone in the room heard from everyone else's message.
bool everyoneGot(Universe &u, const QString &text, int except = -1)
{
    for (int i = 0; i < u.size(); ++i) {
        if (i == except)
            continue;
        const auto &m = u.seen(i).messages;
        if (std::none_of(m.begin(), m.end(), [&](const ChatMessage &c) { return c.text == text; }))
            return false;
    }
    return true;
}

// 50 sessions that know nothing but one DHT bootstrap node find each other through the DHT,
// form one connected mesh and carry a room message to all.
void dhtRoom(Universe &u)
{
    u.addDhtBootstrap();
    u.addStarted(50, [&u](EngineConfig &c) { u.dhtConfig(c); });  // at most 24 peers each
    for (int i = 0; i < u.size(); ++i)
        u[i].joinRoom(kRoom);
    const auto everyoneConnected = [&] {
        for (int i = 0; i < u.size(); ++i)
            if (u[i].status().connected < 1)
                return false;
        return u.connectedGraph();
    };
    QVERIFY(u.runUntil(everyoneConnected, 120'000));
    const qint64 convergedAt = u.now();
    QVERIFY2(convergedAt < 60'000, qPrintable(QString::number(convergedAt)));
    for (int i = 0; i < u.size(); ++i)
        QVERIFY(u[i].status().connected <= SwarmOptions{}.maxPeers);
    QVERIFY(u[7].sendMessage(kRoom, QStringLiteral("hello from 7")).ok());
    QVERIFY(u.runUntil([&] { return everyoneGot(u, QStringLiteral("hello from 7"), 7); }, 10'000));
}

// Ten sessions dialled into a line; split in two halves, each side sees the other's members time
// out; once healed, the room is whole again and a message crosses.
void partitionHeals(Universe &u)
{
    for (int i = 0; i < 10; ++i) {
        u.add([i](EngineConfig &c) {
            c.heartbeatMs = 1000;
            if (i > 0)
                c.connectTo.append(HostPort{Universe::hostOf(i - 1), Universe::kPort});
        });
        QVERIFY(u[i].start().ok());
        u[i].joinRoom(kRoom);
    }
    const auto members = [&](int i) { return u[i].room(kRoom).members.size(); };
    QVERIFY(u.runUntil(
        [&] {
            for (int i = 0; i < u.size(); ++i)
                if (members(i) != 9)
                    return false;
            return true;
        },
        30'000));
    u.partition({0, 1, 2, 3, 4}, {5, 6, 7, 8, 9});
    QVERIFY(u.runUntil([&] { return members(0) == 4 && members(9) == 4; }, 10'000));
    u.heal();
    QVERIFY(u.runUntil([&] { return members(0) == 9 && members(9) == 9 && u.connectedGraph(); }, 60'000));
    QVERIFY(u[0].sendMessage(kRoom, QStringLiteral("across")).ok());
    QVERIFY(u.runUntil([&] { return everyoneGot(u, QStringLiteral("across"), 0); }, 10'000));
}

// A member that goes silent is declared gone after two heartbeat intervals, and not before.
void heartbeatTimeout(Universe &u)
{
    for (int i = 0; i < 3; ++i) {
        u.add([i](EngineConfig &c) {
            c.heartbeatMs = 2000;
            if (i > 0)
                c.connectTo.append(HostPort{Universe::hostOf(0), Universe::kPort});
        });
        QVERIFY(u[i].start().ok());
        u[i].joinRoom(kRoom);
    }
    QVERIFY(u.runUntil([&] { return u[0].room(kRoom).members.size() == 2; }, 10'000));
    u.run(10'000);
    QCOMPARE(u[0].room(kRoom).members.size(), 2);  // heartbeats keep everyone in
    u.partition({2}, {0, 1});
    const qint64 cut = u.now();
    u.run(3'900);
    QCOMPARE(u[0].room(kRoom).members.size(), 2);  // less than two intervals: still a member
    QVERIFY(u.runUntil([&] { return u[0].room(kRoom).members.size() == 1; }, 10'000));
    QVERIFY(u.now() - cut >= 4'000);
    QVERIFY(u.now() - cut <= 6'100);
    QCOMPARE(u[1].room(kRoom).members.size(), 1);
}

// A call nobody answers fails with "timeout" exactly when its time is up; answered calls return.
void rpcTimeouts(Universe &u)
{
    for (int i = 0; i < 2; ++i) {
        u.add([i](EngineConfig &c) {
            if (i > 0)
                c.connectTo.append(HostPort{Universe::hostOf(0), Universe::kPort});
        });
        QVERIFY(u[i].start().ok());
        u[i].joinRoom(kRoom);
    }
    u[1].registerProcedure(QStringLiteral("echo"), QStringLiteral("answers at once"),
                           [](const QString &, const QJsonValue &args) -> Result<QJsonValue> { return args; });
    u[1].registerAsyncProcedure(QStringLiteral("never"), QStringLiteral("never answers"),
                                [](const QString &, const QJsonValue &, RpcRespond) {});
    QVERIFY(u.runUntil([&] { return u[0].room(kRoom).members.size() == 1; }, 10'000));
    const QString callee = u[1].address();
    QVERIFY(u[0].callRpc(callee, QStringLiteral("echo"), QJsonValue(42), 3000).ok());
    QVERIFY(u.runUntil([&] { return u.seen(0).rpcResponses.size() == 1; }, 1000));
    QVERIFY(u.seen(0).rpcResponses[0].ok);
    QCOMPARE(u.seen(0).rpcResponses[0].result.toInt(), 42);

    const qint64 calledAt = u.now();
    QVERIFY(u[0].callRpc(callee, QStringLiteral("never"), {}, 3000).ok());
    u.run(2999);
    QCOMPARE(u.seen(0).rpcResponses.size(), 1);  // nothing yet, one millisecond before the deadline
    QVERIFY(u.runUntil([&] { return u.seen(0).rpcResponses.size() == 2; }, 100));
    QCOMPARE(u.now() - calledAt, 3000);
    QVERIFY(!u.seen(0).rpcResponses[1].ok);
    QCOMPARE(u.seen(0).rpcResponses[1].error, QStringLiteral("timeout"));
}

// A peer's calls that we are still answering are capped: beyond the cap a call is answered at
// once with a "busy" error and counted as rpc-in-flight; a held call frees its place when it is
// answered, and when the procedure drops its responder unanswered.
void rpcCallsHeldPerCallerAreCapped(Universe &u)
{
    constexpr int kCap = 4;
    for (int i = 0; i < 2; ++i) {
        u.add([i](EngineConfig &c) {
            c.swarm.resources.maxRpcCallsInFlightPerPeer = kCap;
            if (i > 0)
                c.connectTo.append(HostPort{Universe::hostOf(0), Universe::kPort});
        });
        QVERIFY(u[i].start().ok());
        u[i].joinRoom(kRoom);
    }
    QList<RpcRespond> held;
    u[1].registerAsyncProcedure(
        QStringLiteral("hold"), QStringLiteral("answers when told"),
        [&held](const QString &, const QJsonValue &, RpcRespond respond) { held.append(std::move(respond)); });
    QVERIFY(u.runUntil([&] { return u[0].room(kRoom).members.size() == 1; }, 10'000));
    const QString callee = u[1].address();
    const auto refused = [&] {
        for (const auto &r : u[1].status().rejects)
            if (r.first == QLatin1String("rpc-in-flight"))
                return r.second;
        return quint64(0);
    };
    const auto responses = [&] { return u.seen(0).rpcResponses; };
    for (int i = 0; i < kCap + 2; ++i)
        QVERIFY(u[0].callRpc(callee, QStringLiteral("hold"), i, 10'000).ok());
    const bool refusedAnswered = u.runUntil([&] { return responses().size() == 2; }, 1000);
    QVERIFY2(refusedAnswered,
             qPrintable(QStringLiteral("held %1, refused %2, responses %3")
                            .arg(held.size())
                            .arg(refused())
                            .arg(responses().size())));
    QCOMPARE(held.size(), kCap);
    QCOMPARE(refused(), quint64(2));
    for (const RpcResponse &r : responses()) {
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QLatin1String("busy")), qPrintable(r.error));
    }
    // Answering one held call frees one place.
    held.takeFirst()(Result<QJsonValue>(QJsonValue(7)));
    QVERIFY(u.runUntil([&] { return responses().size() == 3; }, 1000));
    QVERIFY(responses()[2].ok);
    QVERIFY(u[0].callRpc(callee, QStringLiteral("hold"), 99, 10'000).ok());
    u.run(500);
    QCOMPARE(held.size(), kCap);
    QCOMPARE(responses().size(), 3);
    // A procedure that drops its responders unanswered frees their places too.
    held.clear();
    QVERIFY(u[0].callRpc(callee, QStringLiteral("hold"), 100, 10'000).ok());
    u.run(500);
    QCOMPARE(held.size(), 1);
    QCOMPARE(refused(), quint64(2));
}

// Six sessions in a line (no peer exchange, so no shortcuts): an announce from one end reaches
// every node once with its hop count and the far end's reply comes back; a relayed message goes
// end to end through the four in between.
void gossipAndRelayChain(Universe &u)
{
    constexpr int n = 6;
    for (int i = 0; i < n; ++i) {
        u.add([i](EngineConfig &c) {
            c.swarm.pexMaxEntries = 0;
            if (i > 0)
                c.connectTo.append(HostPort{Universe::hostOf(i - 1), Universe::kPort});
        });
        QVERIFY(u[i].start().ok());
    }
    QVERIFY(u.runUntil(
        [&] {
            for (int i = 0; i < n; ++i)
                if (u[i].status().connected != (i == 0 || i == n - 1 ? 1 : 2))
                    return false;
            return true;
        },
        10'000));
    u[0].announce("ping", "are you there");
    QVERIFY(u.runUntil([&] { return u.seen(n - 1).gossipRequests.size() == 1; }, 5'000));
    for (int i = 1; i < n; ++i) {
        QCOMPARE(u.seen(i).gossipRequests.size(), 1);
        QCOMPARE(u.seen(i).gossipRequests[0].hops, i);
    }
    QVERIFY(u[n - 1].replyTo(u.seen(n - 1).gossipRequests[0], "pong", "here").ok());
    QVERIFY(u.runUntil([&] { return u.seen(0).gossipReplyHops.size() == 1; }, 5'000));
    QCOMPARE(u.seen(0).gossipReplyHops[0], n - 1);

    QVERIFY(u[0].relaySend(u[n - 1].id().toHex(), "through the line").ok());  // a key: its address is a hash
    QVERIFY(u.runUntil([&] { return u.seen(n - 1).relayed.size() == 1; }, 5'000));
    QCOMPARE(u.seen(n - 1).relayed[0].first, QByteArray("through the line"));
    QCOMPARE(u.seen(n - 1).relayed[0].second, n - 1);
}

// Five sessions on one LAN find each other by mDNS multicast alone.
void lanDiscovery(Universe &u)
{
    u.addStarted(5, [](EngineConfig &c) {
        c.lan.enabled = true;
        c.lan.interfaceName = QStringLiteral("mem0");
    });
    for (int i = 0; i < u.size(); ++i)
        u[i].joinRoom(kRoom);
    QVERIFY(u.runUntil(
        [&] {
            for (int i = 0; i < u.size(); ++i)
                if (u[i].status().connected != 4)
                    return false;
            return true;
        },
        10'000));

    // A stranger on the LAN multicasts garbage: every node drops it and counts it by its reason.
    std::unique_ptr<MemoryDatagramFactory> strangerNet(u.network().datagramsFor(QStringLiteral("10.9.254.1")));
    std::unique_ptr<DatagramSocket> stranger(strangerNet->create(nullptr));
    QVERIFY(stranger->send("not dns", QHostAddress(QStringLiteral("224.0.0.251")), 5353));
    u.run(100);
    for (int i = 0; i < u.size(); ++i) {
        const auto rejects = u[i].status().rejects;
        QVERIFY(std::any_of(rejects.begin(), rejects.end(),
                            [](const auto &r) { return r.first.startsWith(QLatin1String("lan/")) && r.second == 1; }));
    }
}

// Every node in `room` (a compatibility room's key) sees the two others as members.
bool everyoneHasTwo(Universe &u, const QString &room)
{
    for (int i = 0; i < u.size(); ++i)
        if (u[i].room(room).members.size() != 2)
            return false;
    return true;
}

// Three nodes on the LAN (mDNS on mem0) in one compatibility room: each finds the others and a
// line sent by one reaches the other two. Each backend listens on a port of its own on the
// node's host, a sibling of the session's carrier factory.
void compatRoom(Universe &u, const QString &room)
{
    u.addStarted(3, [](EngineConfig &c) {
        c.lan.enabled = true;
        c.lan.interfaceName = QStringLiteral("mem0");
        c.lsd.interfaceName = QStringLiteral("mem0");
    });
    for (int i = 0; i < u.size(); ++i)
        QVERIFY(u[i].join(*RoomRef::parse(room)).ok());
    QVERIFY(u.runUntil([&] { return everyoneHasTwo(u, room); }, 30'000));
    // Both sides of a pair dial at once; discovery-swarm keeps one connection per pair and drops
    // the other, with whatever was written to it (as the JavaScript module does). Let that settle.
    u.run(1000);
    QVERIFY(everyoneHasTwo(u, room));
    QVERIFY(u[1].sendMessage(room, QStringLiteral("hello from 1")).ok());
    QVERIFY(u.runUntil([&] { return everyoneGot(u, QStringLiteral("hello from 1"), 1); }, 10'000));
}

// discovery-swarm finds its peers over mDNS (domain dns-discovery.local).
void dswarmRoom(Universe &u)
{
    compatRoom(u, QStringLiteral("discovery-swarm:lab"));
}

// A session that maps its ports keeps them mapped on its router: mapped at start, renewed at half
// the lease, deleted when it stops; its reachability follows the router's answer.
void portMapping(Universe &u)
{
    u.router().setLeaseSeconds(120);
    u.add([](EngineConfig &c) { c.nat.portMapping = true; });
    QVERIFY(u[0].start().ok());
    QVERIFY(u.runUntil([&] { return u[0].status().reachability.mapping == MappingKind::Upnp; }, 1000));
    QCOMPARE(u.router().maps(), 1);
    QCOMPARE(u.router().calls()[0].request.tcpPort, Universe::kPort);
    const ReachabilitySnapshot mapped = u[0].status().reachability;
    QCOMPARE(mapped.externalIp, u.router().external());
    QCOMPARE(mapped.externalPort, Universe::kPort);

    u.add([](EngineConfig &c) { c.connectTo.append(HostPort{Universe::hostOf(0), Universe::kPort}); });
    QVERIFY(u[1].start().ok());
    QVERIFY(u.runUntil([&] { return u[1].status().connected == 1 && u[0].status().connected == 1; }, 5000));

    // Renewed at half the 120 s lease, to the millisecond, and not before.
    const qint64 firstAt = u.router().calls()[0].atMs;
    u.run(firstAt + 60'000 - 1 - u.now());
    QCOMPARE(u.router().maps(), 1);
    QVERIFY(u.runUntil([&] { return u.router().maps() == 2; }, 10));
    QCOMPARE(u.router().calls()[1].atMs - firstAt, 60'000);
    QCOMPARE(u.router().unmaps(), 0);

    u[0].stop();
    QCOMPARE(u.router().unmaps(), 1);
    u.run(120'000);
    QCOMPARE(u.router().maps(), 2);  // stopped: no more renewals
}

}  // namespace

// Where two traces of one seed part ways, for a failure message.
void reportDivergence(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < qMin(a.size(), b.size()); ++i)
        if (a[i] != b[i]) {
            std::fprintf(stderr, "traces part at line %lld:\n  %s\n  %s", qint64(i), qPrintable(a[i]),
                         qPrintable(b[i]));
            return;
        }
    std::fprintf(stderr, "one trace is the start of the other: %lld and %lld lines, the longer goes on with:\n  %s",
                 qint64(a.size()), qint64(b.size()),
                 qPrintable(a.size() > b.size() ? a.value(b.size()) : b.value(a.size())));
}

class TestVirtualSessions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Hash iteration order then repeats across processes too, not only within one.
        QHashSeed::setDeterministicGlobalSeed();
    }

    void scenario_data()
    {
        QTest::addColumn<void *>("scenario");
        QTest::newRow("dht-room-50") << reinterpret_cast<void *>(&dhtRoom);
        QTest::newRow("partition-heals") << reinterpret_cast<void *>(&partitionHeals);
        QTest::newRow("heartbeat-timeout") << reinterpret_cast<void *>(&heartbeatTimeout);
        QTest::newRow("rpc-timeouts") << reinterpret_cast<void *>(&rpcTimeouts);
        QTest::newRow("rpc-calls-held-capped") << reinterpret_cast<void *>(&rpcCallsHeldPerCallerAreCapped);
        QTest::newRow("gossip-relay-chain") << reinterpret_cast<void *>(&gossipAndRelayChain);
        QTest::newRow("lan-discovery") << reinterpret_cast<void *>(&lanDiscovery);
        QTest::newRow("discovery-swarm-room") << reinterpret_cast<void *>(&dswarmRoom);
        QTest::newRow("port-mapping") << reinterpret_cast<void *>(&portMapping);
    }

    // Two sessions join one room at the same instant, so each looks the other up while being
    // looked up: on every one of 30 seeds they end with exactly one connection each that stays
    // and carries chat. Found through LAN discovery and the DHT at once (each dials the other
    // twice), or through a DHT whose bootstrap node still lists eight nodes that have vanished
    // (every lookup waits on them), they connect within a second.
    void simultaneousJoinConnectsEveryTime_data()
    {
        QTest::addColumn<bool>("lan");
        QTest::addColumn<int>("vanished");
        QTest::newRow("lan+dht") << true << 0;
        QTest::newRow("dht, 40 vanished nodes") << false << 40;
    }

    void simultaneousJoinConnectsEveryTime()
    {
        QFETCH(bool, lan);
        QFETCH(int, vanished);
        qint64 slowest = 0;
        for (quint64 seed = 1; seed <= 30; ++seed) {
            const QString tag = QStringLiteral("seed %1").arg(seed);
            Universe u(seed);
            u.addDhtBootstrap();
            const auto configure = [&u, lan](EngineConfig &c) {
                u.dhtConfig(c);
                c.lan.enabled = lan;
                c.lan.interfaceName = QStringLiteral("mem0");
            };
            Session &first = u.add(configure);
            Session &second = u.add(configure);
            if (vanished) {
                // They join the bootstrap node's table, then drop off the net without a word.
                u.addStarted(vanished, configure);
                u.run(3000);
                QList<int> gone;
                for (int i = 2; i < u.size(); ++i)
                    gone << i;
                u.partition(gone, {0, 1});
            }
            QVERIFY(first.start().ok());
            QVERIFY(second.start().ok());
            u.run(5000);  // both DHT nodes bootstrapped, neither in a room yet
            first.joinRoom(kRoom);
            second.joinRoom(kRoom);
            const qint64 joinedAt = u.now();
            const auto bothConnected = [&] { return first.status().connected == 1 && second.status().connected == 1; };
            QVERIFY2(u.runUntil(bothConnected, 10'000), qPrintable(tag));
            slowest = std::max(slowest, u.now() - joinedAt);
            QVERIFY2(u.now() - joinedAt < 1'000,
                     qPrintable(QStringLiteral("%1: %2 ms").arg(tag).arg(u.now() - joinedAt)));
            u.run(30'000);  // announces and lookups go on: nothing flaps
            QVERIFY2(bothConnected(), qPrintable(tag));
            QVERIFY(first.sendMessage(kRoom, QStringLiteral("hi")).ok());
            QVERIFY(second.sendMessage(kRoom, QStringLiteral("hello")).ok());
            const auto got = [&](int i, const QString &text) {
                const auto &m = u.seen(i).messages;
                return std::any_of(m.begin(), m.end(), [&](const ChatMessage &c) { return c.text == text; });
            };
            QVERIFY2(u.runUntil([&] { return got(1, QStringLiteral("hi")) && got(0, QStringLiteral("hello")); }, 2'000),
                     qPrintable(tag));
        }
        std::printf("%s: slowest join %lld ms of virtual time\n", QTest::currentDataTag(), slowest);
    }

    // Two nodes run with one identity (a copied profile) in a room with two others, found through
    // LAN discovery and the DHT: both twins report the conflict within 30 s, and from then on
    // nobody's connections open and close again (no flapping), while the others still chat.
    void sameIdentityOnTwoNodesWarnsAndSettles()
    {
        for (quint64 seed = 1; seed <= 10; ++seed) {
            const QString tag = QStringLiteral("seed %1").arg(seed);
            Universe u(seed);
            u.addDhtBootstrap();
            const auto configure = [&u](EngineConfig &c) {
                u.dhtConfig(c);
                c.lan.enabled = true;
                c.lan.interfaceName = QStringLiteral("mem0");
            };
            u.add(configure);
            u.add([&](EngineConfig &c) {
                configure(c);
                const QString seedFile = QStringLiteral("identity.seed");
                QFile::remove(QDir(c.profileDir).filePath(seedFile));
                QVERIFY(QFile::copy(QDir(c.profileDir).filePath(QStringLiteral("../node-0/") + seedFile),
                                    QDir(c.profileDir).filePath(seedFile)));
            });
            u.add(configure);
            u.add(configure);
            QList<int> opened(4, 0), closed(4, 0), conflicts(4, 0);
            for (int i = 0; i < 4; ++i)
                QObject::connect(&u[i], &Session::eventsReady, &u[i], [&, i](const EventBatch &events) {
                    for (const Event &e : events) {
                        opened[i] += e.is<ConnectionOpened>();
                        closed[i] += e.is<ConnectionClosed>();
                        conflicts[i] += e.is<IdentityConflict>();
                    }
                });
            for (int i = 0; i < 4; ++i) {
                QVERIFY(u[i].start().ok());
                u[i].joinRoom(kRoom);
            }
            QVERIFY2(u.runUntil([&] { return conflicts[0] > 0 && conflicts[1] > 0; }, 30'000), qPrintable(tag));
            u.run(10'000);
            const QList<int> openedBefore = opened, closedBefore = closed;
            u.run(120'000);
            QCOMPARE(opened, openedBefore);
            QCOMPARE(closed, closedBefore);
            QVERIFY2(conflicts[0] <= 2 && conflicts[1] <= 2, qPrintable(tag));
            QCOMPARE(conflicts[2] + conflicts[3], 0);
            QVERIFY(u[2].sendMessage(kRoom, QStringLiteral("still here")).ok());
            QVERIFY2(u.runUntil(
                         [&] {
                             const auto &m = u.seen(3).messages;
                             return std::any_of(m.begin(), m.end(), [](const ChatMessage &c) {
                                 return c.text == QLatin1String("still here");
                             });
                         },
                         2'000),
                     qPrintable(tag));
        }
    }

    // Rates are sampled once a second only while the session is told someone watches them.
    // Bugout over BEP 14 local service discovery on the in-memory network. Not among the replayed
    // scenarios: Bugout's box key pair is made fresh by libsodium for every run (as bugout does),
    // so its message ids differ from run to run while everything else is the same.
    void bugoutRoomOverLocalServiceDiscovery()
    {
        Universe u(1);
        compatRoom(u, QStringLiteral("bugout:lab"));
        for (int i = 0; i < u.size(); ++i)
            QCOMPARE(u[i].room(QStringLiteral("bugout:lab")).members.size(), 2);
    }

    void ratesSampledOnlyWhileWatched()
    {
        Universe u(1);
        u.add();
        u.add([](EngineConfig &c) {
            c.sampleRates = false;
            c.connectTo.append(HostPort{Universe::hostOf(0), Universe::kPort});
        });
        QSignalSpy watched(&u[0], &Session::statsSampled), unwatched(&u[1], &Session::statsSampled);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(u[i].start().ok());
            u[i].joinRoom(kRoom);
        }
        QVERIFY(u.runUntil([&] { return u[0].room(kRoom).members.size() == 1; }, 10'000));
        watched.clear();
        u.run(5'000);
        QCOMPARE(watched.count(), 5);
        QCOMPARE(watched.last().first().value<StatsSample>().peers.size(), 1);
        QCOMPARE(unwatched.count(), 0);
        QVERIFY(!u[1].samplingRates());
        u[1].setSamplingRates(true);
        u.run(3'000);
        QCOMPARE(unwatched.count(), 3);
        QCOMPARE(unwatched.last().first().value<StatsSample>().peers.size(), 1);
        u[1].setSamplingRates(false);
        u.run(3'000);
        QCOMPARE(unwatched.count(), 3);
    }

    // Runs the scenario from seed 1 (timed), again from seed 1, then from seed 2.
    void scenario()
    {
        QFETCH(void *, scenario);
        const auto play = reinterpret_cast<Scenario>(scenario);
        QStringList first, again, other;
        {
            QElapsedTimer wall;
            wall.start();
            const std::clock_t cpu = std::clock();
            Universe u(1);
            play(u);
            if (QTest::currentTestFailed())
                return;
            const qint64 ms = wall.elapsed();
            qInfo("%s: %lld ms of virtual time in %lld ms of wall time (%lld ms of CPU), %lld trace lines",
                  QTest::currentDataTag(), u.now(), ms, qint64((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC),
                  qint64(u.trace().size()));
            first = u.trace();
        }
        {
            Universe u(1);
            play(u);
            again = u.trace();
            if (QTest::currentTestFailed()) {
                reportDivergence(first, again);
                return;
            }
        }
        QVERIFY(!first.isEmpty());
        QCOMPARE(again.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i)
            QCOMPARE(again[i], first[i]);
        {
            Universe u(2);
            play(u);
            other = u.trace();
            if (QTest::currentTestFailed()) {
                qInfo("seed 2: %lld ms of virtual time", u.now());
                return;
            }
        }
        QVERIFY(other != first);
    }
};

QTEST_GUILESS_MAIN(TestVirtualSessions)
#include "tst_virtual_sessions.moc"
