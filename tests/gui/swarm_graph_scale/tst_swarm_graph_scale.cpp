// The swarm graph at a thousand nodes: above SwarmGraphView::kDetailAbove, self, the selection
// and their neighbours are drawn one by one and everything else merges into clusters, with one
// line per pair of drawn things; at 200 nodes every node is still drawn. What is drawn is read
// from the frame's statistics and from the painted pixels.
#include "inspector/swarm_graph_view.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace swarmscope::ui;

namespace {
QString key(int i)
{
    return QStringLiteral("bNode%1").arg(i);
}

// Node 0 is self, connected to nodes 1-8; every other node links to 4 earlier ones.
GraphData makeGraph(int n)
{
    QRandomGenerator random(7);
    GraphData g;
    for (int i = 0; i < n; ++i)
        g.nodes.append({key(i), QString::number(i), i == 0, false, 0});
    for (int i = 1; i <= 8; ++i)
        g.edges.append({key(0), key(i), GraphData::Edge::Kind::Tcp});
    for (int i = 9; i < n; ++i)
        for (int k = 0; k < 4; ++k)
            g.edges.append({key(i), key(1 + int(random.bounded(quint32(i - 1)))), GraphData::Edge::Kind::Memory});
    return g;
}

QImage paint(SwarmGraphView &view)
{
    QImage image(1200, 900, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    view.paintGraph(p, image.rect());
    return image;
}

int pixelsOf(const QImage &image, QColor colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y) == colour ? 1 : 0;
    return n;
}

void settle(SwarmGraphView &view)
{
    for (int i = 0; i < 3000 && view.layoutEngine().step(); ++i) {}
}

QList<int> neighboursOf(const GraphData &g, const QString &of)
{
    QList<int> out;
    for (const GraphData::Edge &e : g.edges)
        if (e.a == of || e.b == of)
            out.append((e.a == of ? e.b : e.a).mid(5).toInt());
    return out;
}
}  // namespace

class TestSwarmGraphScale : public QObject {
    Q_OBJECT

private slots:
    void aThousandNodesMergeAroundTheFocus()
    {
        const GraphData g = makeGraph(1000);
        SwarmGraphView view;
        view.setGraph(g);
        settle(view);
        const QImage image = paint(view);
        const SwarmGraphView::FrameStats frame = view.lastFrame();
        QVERIFY(frame.aggregated);
        QCOMPARE(frame.aloneNodes, 9);  // self and its 8 neighbours
        QVERIFY2(frame.clusters > 20 && frame.clusters < 400, qPrintable(QString::number(frame.clusters)));
        QVERIFY(frame.lines < g.edges.size());
        for (int i = 0; i <= 8; ++i)
            QVERIFY(view.drawnAlone(key(i)));
        QVERIFY(!view.drawnAlone(key(500)));
        // Self's links are drawn in full in their own colour (TCP green), on top of the faint rest.
        QVERIFY(pixelsOf(image, QColor(40, 150, 80)) > 50);

        // Selecting a node far away draws it and its neighbours one by one too.
        view.setSelectedKey(key(500));
        paint(view);
        QVERIFY(view.drawnAlone(key(500)));
        const QList<int> around = neighboursOf(g, key(500));
        QVERIFY(around.size() >= 4);
        for (int i : around)
            QVERIFY2(view.drawnAlone(key(i)), qPrintable(key(i)));
        QCOMPARE(view.lastFrame().aloneNodes,
                 9 + 1 + int(QSet<int>(around.begin(), around.end()).subtract({0, 1, 2, 3, 4, 5, 6, 7, 8}).size()));
    }

    // Traffic between two merged nodes still lights a line, between their clusters.
    void trafficBetweenClusteredNodesStillFlashes()
    {
        const GraphData g = makeGraph(1000);
        SwarmGraphView view;
        view.setGraph(g);
        settle(view);
        const QColor flash(255, 200, 0);
        QCOMPARE(pixelsOf(paint(view), flash), 0);
        // Two nodes that fall in different clusters.
        int far = -1;
        for (int i = 10; i < 1000 && far < 0; ++i)
            if (!view.drawnAlone(key(i)) && !view.drawnAlone(key(999)) && view.lastFrame().aggregated) {
                view.flashEdge(key(i), key(999));
                if (pixelsOf(paint(view), flash) > 0)
                    far = i;
            }
        QVERIFY(far > 0);
        QVERIFY(view.isLit(key(far), key(999)));
    }

    void twoHundredNodesAreAllDrawn()
    {
        SwarmGraphView view;
        view.setGraph(makeGraph(200));
        settle(view);
        paint(view);
        QVERIFY(!view.lastFrame().aggregated);
        QCOMPARE(view.lastFrame().aloneNodes, 200);
        QCOMPARE(view.lastFrame().clusters, 0);
        QVERIFY(view.drawnAlone(key(150)));
    }
};

QTEST_MAIN(TestSwarmGraphScale)
#include "tst_swarm_graph_scale.moc"
