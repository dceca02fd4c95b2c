// The rate series keeps five minutes of one-second samples and an hour of twelve-second
// averages in fixed rings; no application object is needed.
#include "stats/rate_series.h"

#include <QTest>

using namespace swarmscope;
using W = RateSeries::Window;

class TestRateSeries : public QObject {
    Q_OBJECT

private slots:
    void ringKeepsTheNewest()
    {
        SampleRing<int, 4> r;
        QVERIFY(r.empty());
        for (int i = 1; i <= 6; ++i)
            r.push(i);
        QCOMPARE(r.size(), std::size_t(4));
        QCOMPARE(r.at(0), 3);
        QCOMPARE(r.back(), 6);
        r.clear();
        QCOMPARE(r.size(), std::size_t(0));
    }

    void fineWindowHoldsFiveMinutes()
    {
        RateSeries s;
        for (int i = 0; i < 1000; ++i)
            s.add(qint64(i) * 1000, i);
        QCOMPARE(s.size(W::FiveMinutes), std::size_t(300));
        const auto pts = s.points(W::FiveMinutes);
        QCOMPARE(pts.front().timeMs, qint64(700'000));
        QCOMPARE(pts.back().value, 999.0);
        QCOMPARE(s.last(), 999.0);
        QCOMPARE(s.maximum(W::FiveMinutes), 999.0);
        QCOMPARE(RateSeries::spanMs(W::FiveMinutes), qint64(300'000));
    }

    void coarseWindowAveragesTwelveSeconds()
    {
        RateSeries s;
        for (int i = 0; i < 24; ++i)
            s.add(qint64(i) * 1000, i < 12 ? 10.0 : 20.0);
        auto pts = s.points(W::OneHour);
        QCOMPARE(pts.size(), std::size_t(2));  // one closed bucket and the open one
        QCOMPARE(pts[0].timeMs, qint64(0));
        QCOMPARE(pts[0].value, 10.0);
        QCOMPARE(pts[1].timeMs, qint64(12'000));
        QCOMPARE(pts[1].value, 20.0);
        s.add(24'000, 2.0);
        pts = s.points(W::OneHour);
        QCOMPARE(pts.size(), std::size_t(3));
        QCOMPARE(pts.back().value, 2.0);
    }

    void coarseWindowHoldsOneHour()
    {
        RateSeries s;
        for (qint64 t = 0; t < 2 * 3600; ++t)
            s.add(t * 1000, double(t % 7));
        QCOMPARE(s.size(W::OneHour), std::size_t(300));
        const auto pts = s.points(W::OneHour);
        QCOMPARE(pts.size(), std::size_t(300));
        QVERIFY(pts.back().timeMs - pts.front().timeMs <= RateSeries::spanMs(W::OneHour));
        for (std::size_t i = 1; i < pts.size(); ++i)
            QVERIFY(pts[i].timeMs > pts[i - 1].timeMs);
    }

    void gapsAndOutOfOrderSamples()
    {
        RateSeries s;
        s.add(5000, 1);
        s.add(4000, 99);  // older: ignored
        QCOMPARE(s.size(W::FiveMinutes), std::size_t(1));
        s.add(100'000, 3);  // a gap closes the first bucket
        const auto pts = s.points(W::OneHour);
        QCOMPARE(pts.size(), std::size_t(2));
        QCOMPARE(pts[0].value, 1.0);
        QCOMPARE(pts[1].timeMs, qint64(96'000));
        s.clear();
        QCOMPARE(s.size(W::OneHour), std::size_t(0));
        QCOMPARE(s.maximum(W::OneHour), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestRateSeries)
#include "tst_rate_series.moc"
