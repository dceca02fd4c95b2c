#include "backend_log.h"
#include "core/clock.h"
#include "dswarm/dswarm_backend.h"
#include "dswarm/dswarm_swarm.h"
#include "transport/memory_network.h"
#include "virtual_time.h"

#include <QtTest>

#include <memory>

using namespace swarmscope;

// discovery-swarm rooms on a MemoryNetwork and a ManualClock: the paths that hang on time (the
// reconnect waits, the connect timeout, the byte rate over a sampled second) happen at exact
// virtual instants, with no real socket and no real wait.
namespace {

const QString kRoom = QStringLiteral("room");

using Printed = test::PrintedEvent;

// One backend on host `host` of the network, with what it reports.
struct Node : test::BackendLog {
    QString host;
    std::unique_ptr<MemoryCarrierFactory> carriers;  // the host's; each swarm listens on a sibling
    std::unique_ptr<DswarmBackend> backend;  // last: it reports while it shuts down

    Node(ManualClock &clock, MemoryNetwork &net, QString h, char idFill, const DswarmOptions &options = {})
        : host(std::move(h))
        , carriers(net.factoryFor(host))
    {
        backend = std::make_unique<DswarmBackend>(QByteArray(32, idFill), clock, options, QHostAddress(host), nullptr,
                                                  nullptr, *carriers);
        watch(backend.get(), clock);
    }
    quint16 join()
    {
        if (!backend->join(kRoom, {}))
            return 0;
        return status().listening.value(0).second;
    }
};

}  // namespace

class TestDswarmVirtual : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        clock = std::make_unique<ManualClock>();
        net = std::make_unique<MemoryNetwork>(*clock);
    }
    void cleanup()
    {
        test::deliverPosted();  // carriers closed gracefully go before the network they live on
        net.reset();
        test::deliverPosted();
        clock.reset();
    }
    void dropsAPeerAfterTheReconnectWaits();
    void timesOutADialThatIsNeverAnswered();
    void rejectsAPeerFoundAgainAsDuplicate();
    void ratesCountTheBytesOfASampledSecond();

private:
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<MemoryNetwork> net;
};

// discovery-swarm's RECONNECT_WAIT: a peer that keeps failing is dialled again after each wait,
// then dropped ("drop"), after which it may be discovered afresh.
void TestDswarmVirtual::dropsAPeerAfterTheReconnectWaits()
{
    DswarmOptions options;
    options.reconnectWaitMs = {100, 250};
    Node a(*clock, *net, QStringLiteral("10.0.0.1"), '\x11', options);
    QVERIFY(a.join());
    QVERIFY(a.backend->dial(kRoom, QStringLiteral("10.0.0.9"), 4000).ok());  // nobody listens there
    QVERIFY(test::fastForwardUntil(*clock, [&] { return !a.of(QStringLiteral("drop")).isEmpty(); }));

    const QList<Printed> connecting = a.of(QStringLiteral("connecting"));
    const QList<Printed> failed = a.of(QStringLiteral("connect-failed"));
    QCOMPARE(connecting.size(), 3);
    QCOMPARE(failed.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(connecting[i].num("retries"), i);
        QCOMPARE(failed[i].fields.value(QStringLiteral("timedout")).toBool(), false);  // refused, not silent
        QCOMPARE(failed[i].str("backend"), QStringLiteral("discovery-swarm"));
    }
    // Each retry comes exactly one wait after the failure before it.
    QCOMPARE(connecting[1].atMs - failed[0].atMs, 100);
    QCOMPARE(connecting[2].atMs - failed[1].atMs, 250);

    const Printed drop = a.of(QStringLiteral("drop")).first();
    QCOMPARE(drop.atMs, failed[2].atMs);  // no wait is left: dropped at once
    QCOMPARE(drop.str("backend"), QStringLiteral("discovery-swarm"));
    QCOMPARE(drop.str("room"), kRoom);
    QCOMPARE(drop.str("host"), QStringLiteral("10.0.0.9"));
    QCOMPARE(drop.num("port"), 4000);
    QCOMPARE(drop.num("retries"), 2);
    QCOMPARE(a.of(QStringLiteral("drop")).size(), 1);
    QCOMPARE(a.status().queued, 0);
    QCOMPARE(a.status().connecting, 0);
    QCOMPARE(a.rejects(QStringLiteral("connect-failed")), 3u);

    // Nothing is left scheduled for it, and found again it is a new peer, not a duplicate.
    test::fastForward(*clock, 60000);
    QCOMPARE(a.of(QStringLiteral("connecting")).size(), 3);
    QVERIFY(a.backend->dial(kRoom, QStringLiteral("10.0.0.9"), 4000).ok());
    QCOMPARE(a.of(QStringLiteral("peer")).size(), 2);
    QVERIFY(a.of(QStringLiteral("peer-rejected")).isEmpty());
    QCOMPARE(a.of(QStringLiteral("connecting")).size(), 4);
    QCOMPARE(a.of(QStringLiteral("connecting")).last().num("retries"), 0);
}

// CONNECTION_TIMEOUT: a dial whose SYN is lost is given up after connectTimeoutMs exactly, and
// reported as timed out; the peer never saw it.
void TestDswarmVirtual::timesOutADialThatIsNeverAnswered()
{
    DswarmOptions options;
    options.connectTimeoutMs = 700;
    options.reconnectWaitMs = {};  // one dial, then drop
    Node a(*clock, *net, QStringLiteral("10.0.0.1"), '\x11', options),
        b(*clock, *net, QStringLiteral("10.0.0.2"), '\x22');
    QVERIFY(a.join());
    const quint16 portB = b.join();
    QVERIFY(portB);
    net->partition({a.host}, {b.host});
    QVERIFY(a.backend->dial(kRoom, b.host, portB).ok());
    QVERIFY(test::fastForwardUntil(*clock, [&] { return !a.of(QStringLiteral("connect-failed")).isEmpty(); }));

    const Printed connecting = a.of(QStringLiteral("connecting")).first();
    const Printed failed = a.of(QStringLiteral("connect-failed")).first();
    QCOMPARE(failed.atMs - connecting.atMs, 700);
    QCOMPARE(failed.fields.value(QStringLiteral("timedout")).toBool(), true);
    QCOMPARE(failed.str("backend"), QStringLiteral("discovery-swarm"));
    QCOMPARE(failed.str("room"), kRoom);
    QCOMPARE(failed.str("host"), b.host);
    QCOMPARE(failed.num("port"), portB);
    QCOMPARE(a.of(QStringLiteral("drop")).size(), 1);
    QVERIFY(a.of(QStringLiteral("handshaking")).isEmpty());
    QCOMPARE(a.status().connecting, 0);

    // Healed, the lost SYN's retransmission finds nobody waiting for it: b never hears of a.
    net->heal();
    test::fastForward(*clock, 5000);
    QVERIFY(b.of(QStringLiteral("handshaking")).isEmpty());
    QCOMPARE(b.status().connected, 0);
}

// discovery-swarm's "duplicate": a peer discovered again while it is being dialled, or while we
// keep a connection to it, is refused instead of dialled a second time.
void TestDswarmVirtual::rejectsAPeerFoundAgainAsDuplicate()
{
    Node a(*clock, *net, QStringLiteral("10.0.0.1"), '\x11'), b(*clock, *net, QStringLiteral("10.0.0.2"), '\x22');
    QVERIFY(a.join());
    const quint16 portB = b.join();
    const QByteArray infohash = DswarmSwarm::infohashOf(kRoom);

    // Found by the DHT twice in a row: the second time it is still being dialled.
    QVERIFY(a.backend->onDhtPeer(infohash, QHostAddress(b.host), portB));
    QVERIFY(a.backend->onDhtPeer(infohash, QHostAddress(b.host), portB));
    QCOMPARE(a.of(QStringLiteral("connecting")).size(), 1);
    QCOMPARE(a.of(QStringLiteral("peer-rejected")).size(), 1);
    const Printed dialling = a.of(QStringLiteral("peer-rejected")).first();
    QCOMPARE(dialling.str("reason"), QStringLiteral("duplicate"));
    QCOMPARE(dialling.str("backend"), QStringLiteral("discovery-swarm"));
    QCOMPARE(dialling.str("room"), kRoom);
    QCOMPARE(dialling.str("host"), b.host);
    QCOMPARE(dialling.num("port"), portB);

    QVERIFY(test::fastForwardUntil(*clock, [&] { return a.status().connected == 1 && b.status().connected == 1; }));
    // Found again (by the LAN now, or by hand) while connected: refused each time, no new dial.
    QVERIFY(a.backend->onLanPeer(infohash, QHostAddress(b.host), portB));
    QVERIFY(a.backend->dial(kRoom, b.host, portB).ok());
    test::fastForward(*clock, 1000);
    QCOMPARE(a.of(QStringLiteral("peer-rejected")).size(), 3);
    for (const Printed &e : a.of(QStringLiteral("peer-rejected")))
        QCOMPARE(e.str("reason"), QStringLiteral("duplicate"));
    QCOMPARE(a.rejects(QStringLiteral("duplicate")), 3u);
    QCOMPARE(a.of(QStringLiteral("connecting")).size(), 1);
    QCOMPARE(a.status().connected, 1);
    QCOMPARE(a.backend->peers().size(), 1);
    QVERIFY(b.of(QStringLiteral("redundant-connection")).isEmpty());
}

// The rate the peers table shows for a connection: the bytes counted between two samples, over
// the virtual time between them (DswarmBackend::sampleRates, which the session calls each second).
void TestDswarmVirtual::ratesCountTheBytesOfASampledSecond()
{
    Node a(*clock, *net, QStringLiteral("10.0.0.1"), '\x11'), b(*clock, *net, QStringLiteral("10.0.0.2"), '\x22');
    QVERIFY(a.join());
    const quint16 portB = b.join();
    QVERIFY(a.backend->dial(kRoom, b.host, portB).ok());
    QVERIFY(test::fastForwardUntil(*clock, [&] { return a.status().connected == 1 && b.status().connected == 1; }));
    const auto sample = [&](Node &n) {
        StatsSample s;
        n.backend->sampleRates(clock->monotonicMs(), s);
        return s;
    };
    sample(a);
    sample(b);

    // 20 lines of 99 characters and a newline: 2000 bytes from a to b within one second.
    for (int i = 0; i < 20; ++i)
        QVERIFY(a.backend->send(kRoom, QString(99, QLatin1Char('x'))).ok());
    test::fastForward(*clock, 1000);
    QCOMPARE(b.messages.size(), 20);
    const StatsSample sa = sample(a), sb = sample(b);
    QCOMPARE(sa.peers.size(), 1);
    QCOMPARE(sb.peers.size(), 1);
    QCOMPARE(sa.peers.first().bytesOutPerSec, 2000.0);
    QCOMPARE(sa.peers.first().bytesInPerSec, 0.0);
    QCOMPARE(sb.peers.first().bytesInPerSec, 2000.0);
    QCOMPARE(sb.peers.first().bytesOutPerSec, 0.0);
    QCOMPARE(sb.bytesInPerSec, 2000.0);
    QCOMPARE(sb.peers.first().address, QString::fromLatin1(QByteArray(32, '\x11').toHex()));
    // The peers table's row shows the same rate and totals (33 handshake bytes included).
    const PeerSnapshot row = b.backend->peers().first();
    QCOMPARE(row.bytesInPerSec, 2000.0);
    QCOMPARE(row.bytesIn, quint64(33 + 2000));
    QCOMPARE(row.connectionId, sb.peers.first().connectionId);

    // Half as much in the next two seconds is half the bytes over twice the time.
    for (int i = 0; i < 10; ++i)
        QVERIFY(b.backend->send(kRoom, QString(99, QLatin1Char('y'))).ok());
    test::fastForward(*clock, 2000);
    const StatsSample later = sample(b);
    QCOMPARE(later.peers.first().bytesInPerSec, 0.0);
    QCOMPARE(later.peers.first().bytesOutPerSec, 500.0);
    QCOMPARE(sample(a).peers.first().bytesInPerSec, 500.0);
}

QTEST_GUILESS_MAIN(TestDswarmVirtual)
#include "tst_dswarm_virtual.moc"
