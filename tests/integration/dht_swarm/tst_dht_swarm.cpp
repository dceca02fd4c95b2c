#include "core/random.h"
#include "transport/udp_datagram.h"
#include "core/clock.h"
#include "transport/memory_datagram.h"
#include "transport/memory_network.h"
#include "virtual_time.h"
#include "dht/dht_node.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <vector>

using namespace swarmscope;

namespace {

// Local test networks put every node on 127.0.0.1, so the per-IP defences key on IP:port here
// (DhtConfig::enforceIpLimits); the defences themselves are covered by tst_dht_routing.
DhtConfig localConfig(quint16 bootstrapPort)
{
    DhtConfig c;
    c.bindHost = QHostAddress::LocalHost;
    c.enforceIpLimits = false;
    if (bootstrapPort)
        c.bootstrap = {{QStringLiteral("127.0.0.1"), bootstrapPort}};
    return c;
}

QByteArray infohashOf(const QByteArray &name)
{
    return QCryptographicHash::hash(name, QCryptographicHash::Sha1);
}

struct Found {
    QByteArray infohash;
    quint16 port = 0;
    qint64 atMs = 0;
};

}  // namespace

class TestDhtSwarm : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void thirtyNodesAnnounceAndLookup();
    void simultaneousPairsWithinTwoSeconds();
    void roundsRepeatUntilRemoved();
    void savedTableBootstraps();

private:
    // Starts n nodes, the first standalone and every other bootstrapping from it; waits for ready.
    bool startNetwork(int n);
    DhtNode *node(int i) { return m_nodes[size_t(i)].get(); }

    SystemClock m_clock;

    Random m_random{1};

    UdpDatagramFactory m_udp;
    std::vector<std::unique_ptr<DhtNode>> m_nodes;
};

void TestDhtSwarm::init()
{
    m_nodes.clear();
}

void TestDhtSwarm::cleanup()
{
    m_nodes.clear();
}

bool TestDhtSwarm::startNetwork(int n)
{
    int ready = 0;
    for (int i = 0; i < n; ++i) {
        auto node =
            std::make_unique<DhtNode>(localConfig(i == 0 ? 0 : m_nodes.front()->port()), m_clock, m_random, m_udp);
        connect(node.get(), &DhtNode::ready, this, [&ready](int) { ++ready; });
        if (!node->start().ok())
            return false;
        m_nodes.push_back(std::move(node));
    }
    QElapsedTimer t;
    t.start();
    while (ready < n && t.elapsed() < 10000)
        QTest::qWait(5);
    return ready == n;
}

void TestDhtSwarm::thirtyNodesAnnounceAndLookup()
{
    QVERIFY(startNetwork(30));
    // Everyone knows somebody; the first node, asked by all, knows the most.
    for (const auto &n : m_nodes)
        QVERIFY(n->stats().routingTableSize >= 1);
    QVERIFY(node(0)->stats().routingTableSize >= 16);

    const QByteArray ih = infohashOf("thirty");
    QSignalSpy announced(node(5), &DhtNode::lookupDone);
    node(5)->announce(ih, 5555);
    QTRY_COMPARE_WITH_TIMEOUT(announced.count(), 1, 5000);

    QList<Found> found;
    connect(node(20), &DhtNode::peerFound, this, [&found](const QByteArray &h, const QHostAddress &, quint16 port) {
        found.append({h, port, 0});
    });
    QSignalSpy done(node(20), &DhtNode::lookupDone);
    node(20)->lookup(ih);
    QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), 5000);
    QCOMPARE(found.first().infohash, ih);
    QCOMPARE(found.first().port, 5555);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
    QCOMPARE(done.first().at(1).toInt(), 1);
    QVERIFY(done.first().at(2).toInt() > 0);

    // Ten announcers of one infohash are all found by a lookup.
    const QByteArray many = infohashOf("many");
    int rounds = 0;
    for (int i = 10; i < 20; ++i) {
        connect(node(i), &DhtNode::lookupDone, this, [&rounds](const QByteArray &, int, int) { ++rounds; });
        node(i)->announce(many, quint16(6000 + i));
    }
    QTRY_VERIFY_WITH_TIMEOUT(rounds >= 10, 5000);
    QSet<quint16> ports;
    connect(node(29), &DhtNode::peerFound, this, [&](const QByteArray &h, const QHostAddress &host, quint16 port) {
        if (h == many && host == QHostAddress(QHostAddress::LocalHost))
            ports.insert(port);
    });
    node(29)->lookup(many);
    QTRY_COMPARE_WITH_TIMEOUT(ports.size(), 10, 10000);
    // A well-behaved network rejects nothing.
    for (const auto &n : m_nodes) {
        const auto rejects = n->stats().rejects;
        QVERIFY2(rejects.value(QStringLiteral("rate-limited")) == 0, "rate limit hit in a normal network");
        QVERIFY2(rejects.value(QStringLiteral("bad-token")) == 0, "announce refused");
    }
}

void TestDhtSwarm::simultaneousPairsWithinTwoSeconds()
{
    constexpr int kPairs = 20;
    QVERIFY(startNetwork(2 * kPairs + 1));
    QList<qint64> foundAt(kPairs * 2, -1);
    QElapsedTimer clock;
    for (int p = 0; p < kPairs; ++p) {
        for (int side = 0; side < 2; ++side) {
            DhtNode *self = node(1 + 2 * p + side);
            DhtNode *partner = node(1 + 2 * p + (1 - side));
            const int slot = 2 * p + side;
            const quint16 partnerPort = partner->port();
            connect(self, &DhtNode::peerFound, this,
                    [&foundAt, &clock, slot, partnerPort](const QByteArray &, const QHostAddress &, quint16 port) {
                        if (port == partnerPort && foundAt[slot] < 0)
                            foundAt[slot] = clock.elapsed();
                    });
        }
    }
    // Both sides of every pair join a fresh infohash at the same instant.
    clock.start();
    for (int p = 0; p < kPairs; ++p) {
        const QByteArray ih =
            infohashOf("pair-" + QByteArray::number(p) + "-" + QByteArray::number(clock.msecsSinceReference()));
        node(1 + 2 * p)->announce(ih, 0, true);
        node(2 + 2 * p)->announce(ih, 0, true);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(foundAt.begin(), foundAt.end(), [](qint64 t) { return t >= 0; }), 5000);
    const qint64 worst = *std::max_element(foundAt.begin(), foundAt.end());
    qInfo() << "all" << kPairs << "pairs found each other; slowest side after" << worst << "ms";
    QVERIFY2(worst < 2000, qPrintable(QStringLiteral("slowest pair took %1 ms").arg(worst)));
}

// On virtual time over the in-memory network, so that "no further round" is checked over a
// stretch of the node's own time rather than by waiting.
void TestDhtSwarm::roundsRepeatUntilRemoved()
{
    ManualClock clock;
    MemoryNetwork net(clock);
    std::vector<std::unique_ptr<MemoryDatagramFactory>> datagrams;
    std::vector<std::unique_ptr<DhtNode>> nodes;
    int ready = 0;
    for (int i = 0; i < 8; ++i) {
        const QString host = QStringLiteral("10.7.0.%1").arg(i + 1);
        datagrams.emplace_back(net.datagramsFor(host));
        DhtConfig config;
        config.port = 6881;
        if (i > 0)
            config.bootstrap = {{QStringLiteral("10.7.0.1"), 6881}};
        nodes.push_back(std::make_unique<DhtNode>(config, clock, m_random, *datagrams.back()));
        connect(nodes.back().get(), &DhtNode::ready, this, [&ready](int) { ++ready; });
        QVERIFY(nodes.back()->start().ok());
    }
    QVERIFY(test::fastForwardUntil(
        clock, [&] { return ready == 8; }, 10'000));
    DhtNode &announcer = *nodes[3], &seeker = *nodes[6];
    const QByteArray ih = infohashOf("alone");
    QSignalSpy done(&announcer, &DhtNode::lookupDone);
    announcer.announce(ih, 4444);
    // Nobody else is there: the quick retries (250, 500, 1000 ms ...) run.
    QVERIFY(test::fastForwardUntil(
        clock, [&] { return done.count() >= 3; }, 5'000));
    for (const auto &args : std::as_const(done)) {
        QCOMPARE(args.at(0).toByteArray(), ih);
        QCOMPARE(args.at(1).toInt(), 0);  // our own announcement is not a peer
    }
    QCOMPARE(announcer.trackedInfohashes(), QList<QByteArray>{ih});
    announcer.remove(ih);
    QVERIFY(announcer.runningLookups().isEmpty());
    QVERIFY(announcer.trackedInfohashes().isEmpty());
    const int rounds = int(done.count());
    test::fastForward(clock, 30 * 60'000);  // half an hour: past every retry and the long interval
    QCOMPARE(int(done.count()), rounds);
    // Another node looking for it finds the announcement, and stops retrying once it did.
    announcer.announce(ih, 4444);
    QVERIFY(test::fastForwardUntil(
        clock, [&] { return done.count() > rounds; }, 5'000));
    QSignalSpy found(&seeker, &DhtNode::peerFound);
    QSignalSpy otherDone(&seeker, &DhtNode::lookupDone);
    seeker.lookup(ih);
    QVERIFY(test::fastForwardUntil(
        clock, [&] { return otherDone.count() == 1; }, 3'000));
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().at(1).value<QHostAddress>(), QHostAddress(QStringLiteral("10.7.0.4")));
    QCOMPARE(found.first().at(2).toInt(), 4444);
    test::fastForward(clock, 9 * 60'000);  // past the quick retries, short of the 10-minute interval
    QCOMPARE(otherDone.count(), 1);  // found: the next round is the long interval away
}

void TestDhtSwarm::savedTableBootstraps()
{
    QVERIFY(startNetwork(10));
    const QList<DhtNodeInfo> saved = node(0)->exportNodes();
    QVERIFY(saved.size() >= 9);
    for (const DhtNodeInfo &n : saved) {
        QCOMPARE(n.id.size(), 20);
        QCOMPARE(n.host, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(n.port != 0);
        QVERIFY(qAbs(n.lastSeenMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }
    // A node without a bootstrap list starts from the saved table alone.
    DhtNode fresh(localConfig(0), m_clock, m_random, m_udp);
    fresh.importNodes(saved);
    QSignalSpy ready(&fresh, &DhtNode::ready);
    QVERIFY(fresh.start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 5000);
    QVERIFY(ready.first().first().toInt() >= 9);
    const QByteArray ih = infohashOf("saved");
    node(4)->announce(ih, 4040);
    QSignalSpy found(&fresh, &DhtNode::peerFound);
    fresh.lookup(ih);
    QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), 5000);
    QCOMPARE(found.first().at(2).value<quint16>(), quint16(4040));
    // Its buckets show where everyone went.
    int inBuckets = 0;
    for (const DhtBucketSnapshot &b : fresh.buckets())
        inBuckets += int(b.nodes.size());
    QCOMPARE(inBuckets, fresh.stats().routingTableSize);
}

QTEST_MAIN(TestDhtSwarm)
#include "tst_dht_swarm.moc"
