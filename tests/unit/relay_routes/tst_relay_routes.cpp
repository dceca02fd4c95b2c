// The bounded state gossip and relay keep per request and per neighbour: the RouteTable (reverse
// paths) and the TokenBucket (intake limits), on plain millisecond timestamps.
#include "gossip/route_table.h"
#include "relay/token_bucket.h"

#include <QTest>

#include <limits>

using namespace swarmscope;

namespace {
PeerId peer(char b)
{
    return PeerId::fromBytes(QByteArray(32, b));
}
}  // namespace

class TestRelayRoutes : public QObject {
    Q_OBJECT

private slots:
    void routeIsRememberedUntilItsTtl()
    {
        RouteTable t(8, 1000);
        t.set("req", peer('a'), 0);
        QCOMPARE(t.get("req", 999).value_or(PeerId{}), peer('a'));
        QVERIFY(!t.get("req", 1000));
        QVERIFY(!t.get("other", 0));
    }

    void nullHopMeansOurs()
    {
        RouteTable t(8, 1000);
        t.set("mine", PeerId{}, 0);
        const auto hop = t.get("mine", 1);
        QVERIFY(hop.has_value());
        QCOMPARE(*hop, PeerId{});
    }

    void rewritingRefreshesAgeAndHop()
    {
        RouteTable t(8, 1000);
        t.set("req", peer('a'), 0);
        t.set("req", peer('b'), 800);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.get("req", 1500).value_or(PeerId{}), peer('b'));
    }

    void capacityEvictsLeastRecentlyWritten()
    {
        RouteTable t(3, 100000);
        t.set("1", peer('1'), 0);
        t.set("2", peer('2'), 1);
        t.set("3", peer('3'), 2);
        t.set("1", peer('1'), 3);  // now the newest
        t.set("4", peer('4'), 4);  // evicts "2"
        QCOMPARE(t.size(), 3);
        QVERIFY(!t.get("2", 5));
        QVERIFY(t.get("1", 5));
        QVERIFY(t.get("3", 5));
        QVERIFY(t.get("4", 5));
        t.remove("3");
        QCOMPARE(t.size(), 2);
        QCOMPARE(RouteTable(0, 1).capacity(), 1);  // never unbounded, never zero
    }

    void expiredEntriesLeaveOnTheNextWrite()
    {
        RouteTable t(100, 1000);
        for (int i = 0; i < 50; ++i)
            t.set(QByteArray::number(i), peer('x'), i);
        t.set("late", peer('y'), 1048);  // everything written before 49 has expired
        QCOMPARE(t.size(), 2);
    }

    void bucketBurstsThenHoldsTheRate()
    {
        TokenBucket b(10, 0);  // 10 per second, a burst of at most 10
        int taken = 0;
        while (b.take(1, 0))
            ++taken;
        QCOMPARE(taken, 10);
        QVERIFY(!b.take(1, 99));  // 0.99 tokens after 99 ms
        QVERIFY(b.take(1, 100));  // one token after 100 ms
        QVERIFY(!b.take(1, 100));
        QCOMPARE(b.available(100'000), 10.0);  // refills to one second's worth, no more
    }

    void failedTakeTouchesNothing()
    {
        TokenBucket b(4, 0);
        QVERIFY(!b.take(5, 0));  // more than it can ever hold
        QCOMPARE(b.available(0), 4.0);
        QVERIFY(b.take(4, 0));
        QVERIFY(!b.take(0.5, 0));
        QCOMPARE(b.available(250), 1.0);
    }

    void clockGoingBackDoesNotMintTokens()
    {
        TokenBucket b(10, 1000);
        QVERIFY(b.take(10, 1000));
        QCOMPARE(b.available(500), 0.0);
        QVERIFY(!b.take(1, 500));
    }

    void zeroRateMeansNoLimit()
    {
        TokenBucket b(0, 0);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(b.take(1000, 0));
        QCOMPARE(b.available(0), std::numeric_limits<double>::infinity());
    }
};

QTEST_GUILESS_MAIN(TestRelayRoutes)
#include "tst_relay_routes.moc"
