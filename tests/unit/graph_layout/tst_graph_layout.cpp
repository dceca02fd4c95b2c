// The swarm graph's force-directed layout without a widget: it settles, keeps positions across
// graph changes, honours the pinned node, pulls neighbours together and pushes strangers apart.
#include "inspector/graph_layout.h"

#include <QLineF>
#include <QTest>

using namespace swarmscope::ui;

namespace {
int settle(GraphLayout &layout, int maxSteps = 5000)
{
    int steps = 0;
    while (steps < maxSteps && layout.step())
        ++steps;
    return steps;
}

double distance(const GraphLayout &l, int a, int b)
{
    return QLineF(l.nodes()[a].pos, l.nodes()[b].pos).length();
}

QStringList keys(int n)
{
    QStringList k;
    for (int i = 0; i < n; ++i)
        k << QStringLiteral("n%1").arg(i);
    return k;
}
}  // namespace

class TestGraphLayout : public QObject {
    Q_OBJECT

private slots:
    void settlesAndStops()
    {
        GraphLayout l;
        QList<QPair<int, int>> ring;
        for (int i = 0; i < 30; ++i)
            ring.append({i, (i + 1) % 30});
        l.setGraph(keys(30), ring);
        QVERIFY(!l.settled());
        const int steps = settle(l);
        QVERIFY2(steps < 5000, "never came to rest");
        QVERIFY(l.settled());
        QVERIFY(!l.step());  // settled means still
        for (const GraphLayout::Node &n : l.nodes()) {
            QVERIFY(qIsFinite(n.pos.x()) && qIsFinite(n.pos.y()));
        }
    }

    void neighboursCloserThanStrangers()
    {
        // Two triangles joined by nothing: within a triangle nodes sit near the ideal length,
        // and the triangles drift apart.
        GraphLayout l;
        l.setGraph(keys(6), {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}});
        settle(l);
        const double within = distance(l, 0, 1);
        QVERIFY(within > l.idealLength() * 0.3);
        QVERIFY(within < l.idealLength() * 3);
        QVERIFY(distance(l, 0, 3) > within);
    }

    void pinnedNodeStaysPut()
    {
        GraphLayout l;
        l.setGraph(keys(10), {{0, 1}, {0, 2}, {0, 3}, {3, 4}}, QStringLiteral("n0"));
        const QPointF start = l.nodes()[l.indexOf(QStringLiteral("n0"))].pos;
        settle(l);
        const GraphLayout::Node &self = l.nodes()[l.indexOf(QStringLiteral("n0"))];
        QVERIFY(self.pinned);
        QCOMPARE(self.pos, start);
    }

    void positionsSurviveAGraphChange()
    {
        GraphLayout l;
        l.setGraph(keys(5), {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
        settle(l);
        const QPointF before = l.nodes()[l.indexOf(QStringLiteral("n2"))].pos;
        QStringList more = keys(5);
        more.prepend(QStringLiteral("new"));  // indices shift; keys do not
        l.setGraph(more, {{1, 2}, {2, 3}, {3, 4}, {4, 5}, {0, 3}});
        QCOMPARE(l.indexOf(QStringLiteral("n2")), 3);
        QCOMPARE(l.nodes()[3].pos, before);
        QVERIFY(!l.settled());  // warmed up to place the newcomer
        const QPointF newcomer = l.nodes()[0].pos;
        QVERIFY(QLineF(newcomer, l.nodes()[l.indexOf(QStringLiteral("n2"))].pos).length() < l.idealLength() * 4);
        settle(l);
        QVERIFY(l.settled());
        QCOMPARE(l.indexOf(QStringLiteral("gone")), -1);
    }

    void nodeAtFindsTheNearestWithinRadius()
    {
        GraphLayout l;
        l.setGraph(keys(3), {{0, 1}, {1, 2}});
        settle(l);
        const QPointF p = l.nodes()[1].pos;
        QCOMPARE(l.nodeAt(p + QPointF(1, 1), 5), 1);
        QCOMPARE(l.nodeAt(p + QPointF(1000, 1000), 5), -1);
    }

    void emptyGraphIsHarmless()
    {
        GraphLayout l;
        l.setGraph({}, {});
        settle(l);
        QCOMPARE(l.nodes().size(), 0);
        QCOMPARE(l.nodeAt({0, 0}, 10), -1);
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graph_layout.moc"
