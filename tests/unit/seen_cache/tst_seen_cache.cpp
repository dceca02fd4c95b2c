// The loop-busting cache stays bounded in size and age; the virtual clock drives timers.
#include "core/clock.h"
#include "rooms/seen_cache.h"

#include <QTest>

using namespace swarmscope;

class TestSeenCache : public QObject {
    Q_OBJECT

private slots:
    void repeatsAreDetected()
    {
        SeenCache c(10, 1000);
        QVERIFY(c.insert("a", 0));
        QVERIFY(!c.insert("a", 1));
        QVERIFY(c.contains("a", 2));
    }

    void boundedBySize()
    {
        SeenCache c(100, 1'000'000);
        for (int i = 0; i < 10000; ++i)
            c.insert(QByteArray::number(i), i);
        QCOMPARE(c.size(), 100);
        QVERIFY(!c.contains("0", 10000));
        QVERIFY(c.contains("9999", 10000));
    }

    void expiresByAge()
    {
        SeenCache c(100, 1000);
        c.insert("old", 0);
        QVERIFY(c.contains("old", 999));
        QVERIFY(!c.contains("old", 1000));
        QVERIFY(c.insert("old", 1500));  // news again once forgotten
    }

    void manualClockRunsTimersInOrder()
    {
        ManualClock clock;
        QList<int> fired;
        clock.schedule(300, [&] { fired << 3; });
        clock.schedule(100, [&] { fired << 1; });
        const auto cancelled = clock.schedule(200, [&] { fired << 2; });
        clock.cancel(cancelled);
        clock.advance(150);
        QCOMPARE(fired, QList<int>{1});
        clock.advance(1000);
        QCOMPARE(fired, (QList<int>{1, 3}));
        QCOMPARE(clock.monotonicMs(), 1150);
        QCOMPARE(clock.pending(), 0);
    }

    void scopedTimerCancelsOnDestruction()
    {
        ManualClock clock;
        bool fired = false;
        {
            ScopedTimer t(clock);
            t.start(10, [&] { fired = true; });
            QVERIFY(t.active());
        }
        clock.advance(100);
        QVERIFY(!fired);
    }
};

QTEST_APPLESS_MAIN(TestSeenCache)
#include "tst_seen_cache.moc"
