// The lab: thirty real sessions on the in-process network converge, a partition splits the
// graph, healing joins it again, and stop() leaves nothing behind; all on virtual time.
#include "core/clock.h"
#include "lab/lab.h"
#include "session.h"
#include "virtual_time.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace swarmscope;
using swarmscope::test::fastForward;
using swarmscope::test::fastForwardUntil;

class TestLab : public QObject {
    Q_OBJECT

private slots:
    void rejectsBadArguments()
    {
        Lab lab;
        QVERIFY(!lab.start(0, 5, 0, QStringLiteral("r")).ok());
        QVERIFY(!lab.start(Lab::kMaxNodes + 1, 5, 0, QStringLiteral("r")).ok());
        QVERIFY(!lab.start(3, 5, 0, QStringLiteral("  ")).ok());
        QVERIFY(!lab.running());
    }

    void thirtyNodesConvergeSplitHealAndStop()
    {
        ManualClock clock;
        Lab lab(Lab::Options{}, World{&clock});
        QSignalSpy converged(&lab, &Lab::converged);
        QSignalSpy graphChanged(&lab, &Lab::graphChanged);
        QVERIFY(lab.start(30, 5, 2, QStringLiteral("lab-room")).ok());
        QVERIFY(!lab.start(3, 5, 0, QStringLiteral("again")).ok());
        QVERIFY(fastForwardUntil(clock, [&] { return converged.count() == 1; }, 90000));
        QVERIFY(converged.first().first().toLongLong() > 0);
        QCOMPARE(lab.size(), 30);
        LabGraph g = lab.graph();
        QCOMPARE(g.nodes.size(), 30);
        for (const LabNode &n : g.nodes) {
            QVERIFY(n.connections >= 1);
            QVERIFY(n.probeReceived);
            QVERIFY(n.host.startsWith(QLatin1String("10.77.")));
            QVERIFY(!n.address.isEmpty());
        }
        QCOMPARE(g.components().size(), 1);
        QVERIFY(graphChanged.count() >= 1);
        // Peer exchange found more than the bootstrap links.
        QVERIFY(g.connectedEdges() > 29);

        lab.partition(0.5);
        QVERIFY(lab.partitioned());
        QVERIFY(fastForwardUntil(clock, [&] { return lab.graph().components().size() >= 2; }, 20000));
        g = lab.graph();
        for (const LabEdge &e : g.edges)
            if (e.state == ConnectionState::Connected)
                QCOMPARE(e.from < 15, e.to < 15);  // nothing connected across the cut
        // It stays split (dials across the cut go nowhere).
        fastForward(clock, 500);
        for (const QList<int> &c : lab.graph().components())
            QVERIFY(std::all_of(c.begin(), c.end(), [&](int i) { return (i < 15) == (c.first() < 15); }));

        lab.heal();
        QVERIFY(!lab.partitioned());
        QVERIFY(fastForwardUntil(clock, [&] { return lab.graph().components().size() == 1; }, 90000));

        QPointer<Session> first = lab.session(0);
        QVERIFY(first);
        QSignalSpy stopped(&lab, &Lab::stopped);
        lab.stop();
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!lab.running());
        QVERIFY(first.isNull());
        QCOMPARE(lab.size(), 0);
        QVERIFY(lab.graph().nodes.isEmpty());
        QVERIFY(lab.graph().edges.isEmpty());
        // A second run on the same object works.
        QSignalSpy again(&lab, &Lab::converged);
        QVERIFY(lab.start(5, 1, 0, QStringLiteral("second")).ok());
        QVERIFY(fastForwardUntil(clock, [&] { return again.count() == 1; }, 90000));
        lab.stop();
    }
};

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
