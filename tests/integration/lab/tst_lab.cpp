// The lab: thirty real sessions on the in-process network converge, a partition splits the
// graph, healing joins it again, and stop() leaves nothing behind; two hundred converge too, and
// nodes whose bootstrap nodes are full still get in. All on virtual time.
#include "core/clock.h"
#include "lab/lab.h"
#include "session.h"
#include "swarm/connection.h"
#include "virtual_time.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

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
        QVERIFY(fastForwardUntil(
            clock, [&] { return converged.count() == 1; }, 90000));
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
        // Connections across the cut time out one by one; the lab is split once the last has gone
        // (two components alone can come earlier, from a node cut off inside its own half).
        const auto crossesCut = [](const LabEdge &e) {
            return e.state == ConnectionState::Connected && (e.from < 15) != (e.to < 15);
        };
        QVERIFY(fastForwardUntil(
            clock,
            [&] {
                g = lab.graph();
                return g.components().size() >= 2 && std::none_of(g.edges.begin(), g.edges.end(), crossesCut);
            },
            20000));
        // It stays split (dials across the cut go nowhere).
        fastForward(clock, 500);
        for (const QList<int> &c : lab.graph().components())
            QVERIFY(std::all_of(c.begin(), c.end(), [&](int i) { return (i < 15) == (c.first() < 15); }));

        lab.heal();
        QVERIFY(!lab.partitioned());
        QVERIFY(fastForwardUntil(
            clock, [&] { return lab.graph().components().size() == 1; }, 90000));

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
        QVERIFY(fastForwardUntil(
            clock, [&] { return again.count() == 1; }, 90000));
        lab.stop();
    }

    // With this seed the first second leaves a node alone: its three bootstrap nodes were full when
    // it dialled, and a full node refuses newcomers for as long as it stays full. The lab mends it,
    // then one probe reaches all 200, each node sending it on at most once per neighbour.
    void twoHundredNodesConverge()
    {
        ManualClock clock;
        Lab::Options options;
        options.seed = 3;
        Lab lab(options, World{&clock});
        QSignalSpy converged(&lab, &Lab::converged);
        QVERIFY(lab.start(200, 5, 0, QStringLiteral("lab-200")).ok());
        QVERIFY(fastForwardUntil(
            clock, [&] { return converged.count() == 1; }, 60000));
        // A redundant stream being retired still counts as connected for up to its grace period;
        // once retirements are over, every node holds at most maxPeers.
        const auto withinLimits = [&] {
            for (const LabNode &n : lab.graph().nodes)
                if (n.connections > options.maxPeers)
                    return false;
            return true;
        };
        QVERIFY(fastForwardUntil(clock, withinLimits, 2 * Connection::kRetireGraceMs));
        const LabGraph g = lab.graph();
        QCOMPARE(g.nodes.size(), 200);
        QCOMPARE(g.components().size(), 1);
        for (const LabNode &n : g.nodes) {
            QVERIFY(n.connections >= 1);
            QVERIFY(n.connections <= options.maxPeers);
            QVERIFY(n.probeReceived);
        }
        const LabProbeFigures probe = lab.probeFigures();
        QCOMPARE(probe.probes, 1);
        QCOMPARE(probe.reached, 200);
        QVERIFY(probe.deliveredMs > 0);
        QCOMPARE(converged.first().first().toLongLong(), probe.sentMs + probe.deliveredMs);
        QVERIFY(probe.maxSends >= 1);
        QVERIFY(probe.maxSends <= options.maxPeers);
        lab.stop();
    }

    // Three slots and three bootstrap links per node: the first four nodes fill each other's slots
    // with links that are kept, and later nodes find their bootstrap nodes full of such links.
    // Mending has to take them in elsewhere and, for the first four, cut a kept link.
    void nodesWhoseBootstrapNodesAreFullGetIn()
    {
        ManualClock clock;
        Lab::Options options;
        options.maxPeers = 3;
        options.bootstrapLinks = 3;
        Lab lab(options, World{&clock});
        QSignalSpy converged(&lab, &Lab::converged);
        QVERIFY(lab.start(60, 5, 0, QStringLiteral("crowded")).ok());
        QVERIFY(fastForwardUntil(
            clock, [&] { return converged.count() == 1; }, 60000));
        const LabGraph g = lab.graph();
        QCOMPARE(g.components().size(), 1);
        for (const LabNode &n : g.nodes) {
            QVERIFY(n.connections >= 1);
            QVERIFY(n.connections <= 3);
        }
        QCOMPARE(lab.probeFigures().reached, 60);
        QVERIFY(lab.probeFigures().maxSends <= 3);
        lab.stop();
    }
};

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
