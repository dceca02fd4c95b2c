// The large swarm graph's drawing helpers without a widget: EdgeRaster puts exactly the pixels
// of a line into the image (clipped, blended when translucent), and GraphDetail keeps the
// nodes in focus apart, merges the others by screen square and group, and draws one line per
// pair of drawn things.
#include "inspector/edge_raster.h"
#include "inspector/graph_detail.h"

#include <QTest>

using namespace swarmscope::ui;

namespace {
QImage blank(int w, int h)
{
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

int inked(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != 0 ? 1 : 0;
    return n;
}
}  // namespace

class TestGraphDrawing : public QObject {
    Q_OBJECT

private slots:
    void aLineSetsItsPixelsAndNoOthers()
    {
        QImage image = blank(20, 10);
        EdgeRaster raster(image);
        raster.line({2, 3}, {12, 3}, qRgb(10, 20, 30));  // horizontal: 11 pixels, ends included
        QCOMPARE(inked(image), 11);
        for (int x = 2; x <= 12; ++x)
            QCOMPARE(image.pixel(x, 3), qRgb(10, 20, 30));
        raster.line({5, 0}, {5, 9}, qRgb(200, 0, 0));  // vertical, crossing the first at (5, 3)
        QCOMPARE(inked(image), 11 + 10 - 1);
        QCOMPARE(image.pixel(5, 3), qRgb(200, 0, 0));
        raster.line({1, 1}, {1, 1}, qRgb(0, 0, 255));  // a point
        QCOMPARE(image.pixel(1, 1), qRgb(0, 0, 255));
        QImage diagonal = blank(10, 10);
        EdgeRaster(diagonal).line({0, 0}, {9, 9}, qRgb(1, 2, 3));
        QCOMPARE(inked(diagonal), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(diagonal.pixel(i, i), qRgb(1, 2, 3));
    }

    // Ends far outside the image cost nothing and write nothing outside; a line wholly outside
    // writes nothing at all; nonsense coordinates are ignored.
    void linesAreClippedToTheImage()
    {
        QImage image = blank(40, 30);
        EdgeRaster raster(image);
        raster.line({-1e9, 15}, {1e9, 15}, qRgb(9, 9, 9));
        QCOMPARE(inked(image), 40);
        for (int x = 0; x < 40; ++x)
            QCOMPARE(image.pixel(x, 15), qRgb(9, 9, 9));
        raster.line({-50, -50}, {-10, -20}, qRgb(9, 9, 9));
        raster.line({100, 0}, {100, 29}, qRgb(9, 9, 9));
        raster.line({qInf(), 0}, {3, 3}, qRgb(9, 9, 9));
        raster.line({qQNaN(), 0}, {3, 3}, qRgb(9, 9, 9));
        QCOMPARE(inked(image), 40);
        raster.line({-1e6, -1e6}, {1e6, 1e6}, qRgb(7, 7, 7));  // through the corner
        QCOMPARE(image.pixel(0, 0), qRgb(7, 7, 7));
        QCOMPARE(image.pixel(29, 29), qRgb(7, 7, 7));
    }

    // A translucent colour blends over what is there (source over, premultiplied), so lines of
    // peer exchange stay faint over connections.
    void translucentLinesBlend()
    {
        QImage image(4, 1, QImage::Format_ARGB32_Premultiplied);
        image.fill(qRgb(0, 0, 200));
        EdgeRaster(image).line({0, 0}, {1, 0}, qRgba(255, 0, 0, 128));
        const QRgb p = image.pixel(0, 0);
        QVERIFY(qAbs(qRed(p) - 128) <= 1);
        QCOMPARE(qGreen(p), 0);
        QVERIFY(qAbs(qBlue(p) - 100) <= 1);
        QCOMPARE(qAlpha(p), 255);
        QCOMPARE(image.pixel(2, 0), qRgb(0, 0, 200));
        EdgeRaster(image).line({3, 0}, {3, 0}, qRgba(255, 0, 0, 0));  // invisible: untouched
        QCOMPARE(image.pixel(3, 0), qRgb(0, 0, 200));
    }

    // Nodes in focus stay apart; the others merge per screen square and group; edges inside a
    // cluster vanish; many edges between two clusters are one line.
    void distantNodesMergeAndTheirEdgesCollapse()
    {
        // 0: in focus at (5, 5). 1-3: one square (20..40). 4: same square, another group.
        // 5: alone in a far square.
        const QList<QPointF> at{{5, 5}, {21, 21}, {25, 30}, {38, 38}, {30, 30}, {200, 200}};
        const QList<bool> alone{true, false, false, false, false, false};
        const QList<int> groups{0, 0, 0, 0, 1, 0};
        const QList<GraphDetail::Edge> edges{
            {0, 1, 1}, {0, 2, 2},  // focus to one cluster: one line, in the first edge's colour
            {1, 2, 3},  // inside the cluster: no line
            {1, 5, 4}, {2, 5, 5},  {3, 5, 6},  // cluster to the far node: one line
            {4, 5, 7},  // the other group's cluster to the far node
            {0, 9, 8}, {-1, 2, 9},  // nodes that do not exist: ignored
        };
        GraphDetail detail;
        detail.build(at, alone, groups, edges, 20);
        QCOMPARE(detail.aloneNodes(), QList<int>{0});
        QCOMPARE(detail.clusters().size(), 3);
        const int big = detail.clusterOf(1);
        QVERIFY(big >= 0);
        QCOMPARE(detail.clusterOf(2), big);
        QCOMPARE(detail.clusterOf(3), big);
        QVERIFY(detail.clusterOf(4) >= 0 && detail.clusterOf(4) != big);
        QCOMPARE(detail.clusterOf(0), -1);
        QCOMPARE(detail.clusters()[big].count, 3);
        QCOMPARE(detail.clusters()[big].centre, QPointF((21 + 25 + 38) / 3.0, (21 + 30 + 38) / 3.0));
        QCOMPARE(detail.drawnAt(0), QPointF(5, 5));
        QCOMPARE(detail.drawnAt(2), detail.clusters()[big].centre);
        QCOMPARE(detail.lines().size(), 3);
        QCOMPARE(detail.lines()[0].color, QRgb(1));
        QCOMPARE(detail.lines()[0].from, QPointF(5, 5));
        QCOMPARE(detail.lines()[0].edges, 2);
        QCOMPARE(detail.lines()[1].color, QRgb(4));
        QCOMPARE(detail.lines()[1].edges, 3);
        QCOMPARE(detail.lines()[2].color, QRgb(7));
        QCOMPARE(detail.lines()[2].edges, 1);
    }
};

QTEST_GUILESS_MAIN(TestGraphDrawing)
#include "tst_graph_drawing.moc"
