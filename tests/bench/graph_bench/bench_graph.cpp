// Swarm graph at 200 nodes, offscreen: milliseconds per frame (two layout steps and a repaint
// into a QImage) from a cold start to rest, and the longest event-loop stall while a QLineEdit
// receives typed keys and the live view animates, re-heats and flashes edges.
#include "inspector/edge_raster.h"
#include "inspector/swarm_graph_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>

using namespace swarmscope::ui;

namespace {

GraphData makeGraph(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    GraphData g;
    for (int i = 0; i < n; ++i)
        g.nodes.append({QStringLiteral("node-%1").arg(i), QString::number(i), i == 0, false, i % 2});
    for (int i = 1; i < n; ++i)
        for (int k = 0; k < 4; ++k) {  // about 8 connections a node, as the lab makes them
            const int j = int(random.bounded(quint32(i)));
            g.edges.append({g.nodes[i].key, g.nodes[j].key, GraphData::Edge::Kind::Memory});
        }
    return g;
}

}  // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int n = argc > 1 && argv[1][0] != '-' ? QString::fromLocal8Bit(argv[1]).toInt() : 200;

    // 1. Frames into a QImage until the layout rests.
    SwarmGraphView offscreen;
    offscreen.setGraph(makeGraph(n, 1));
    QImage image(1200, 900, QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer t;
    int frames = 0;
    double total = 0, worst = 0, first = 0, layoutMs = 0;
    bool moving = true;
    while (moving && frames < 2000) {
        t.start();
        moving = offscreen.layoutEngine().step();
        moving = offscreen.layoutEngine().step() || moving;
        layoutMs += t.nsecsElapsed() / 1e6;
        QPainter p(&image);
        offscreen.paintGraph(p, image.rect());
        p.end();
        const double ms = t.nsecsElapsed() / 1e6;
        total += ms;
        if (frames == 0)
            first = ms;  // includes the painter's one-time set-up (glyph and gradient caches)
        else
            worst = std::max(worst, ms);
        ++frames;
    }
    std::printf("graph_bench: %d nodes, %lld edges\n", n, qlonglong(makeGraph(n, 1).edges.size()));
    std::printf("frames to rest: %d, mean %.2f ms/frame (layout %.2f, painting %.2f), worst %.2f ms/frame after the "
                "first (first %.2f ms)\n",
                frames, total / frames, layoutMs / frames, (total - layoutMs) / frames, worst, first);
    // "--save PATH" keeps the resting picture, with one peer selected as a user would click it.
    if (const int save = app.arguments().indexOf(QStringLiteral("--save")); save > 0) {
        offscreen.setSelectedKey(QStringLiteral("node-%1").arg(n / 2));
        image.fill(Qt::white);
        QPainter p(&image);
        offscreen.paintGraph(p, image.rect());
        p.end();
        image.save(app.arguments().value(save + 1));
    }
    const SwarmGraphView::FrameStats drawn = offscreen.lastFrame();
    std::printf("last frame: %s, %d nodes alone, %d clusters, %d lines\n",
                drawn.aggregated ? "aggregated" : "every node", drawn.aloneNodes, drawn.clusters, drawn.lines);

    // 2. The edges alone: the graph's lines through QPainter's one-pixel pen and through
    // EdgeRaster, which the level of detail uses, into the same image; the best of five.
    {
        const GraphLayout &layout = offscreen.layoutEngine();
        const QTransform centre = QTransform::fromTranslate(image.width() / 2.0, image.height() / 2.0);
        QList<QLineF> lines;
        for (const auto &[a, b] : layout.edges())
            lines.append(QLineF(centre.map(layout.nodes()[a].pos), centre.map(layout.nodes()[b].pos)));
        double painter = 1e9, raster = 1e9;
        for (int round = 0; round < 5; ++round) {
            image.fill(Qt::white);
            t.start();
            QPainter p(&image);
            p.setPen(QPen(QColor(40, 130, 170), 0));
            p.drawLines(lines);
            p.end();
            painter = std::min(painter, t.nsecsElapsed() / 1e6);
            image.fill(Qt::white);
            t.start();
            EdgeRaster edges(image);
            for (const QLineF &l : std::as_const(lines))
                edges.line(l.p1(), l.p2(), qRgb(40, 130, 170));
            raster = std::min(raster, t.nsecsElapsed() / 1e6);
        }
        std::printf("%lld edges alone: QPainter one-pixel pen %.2f ms, EdgeRaster %.2f ms\n", qlonglong(lines.size()),
                    painter, raster);
    }

    // 3. The live view animating next to a line edit that receives typed keys.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *edit = new QLineEdit(&window);
    auto *view = new SwarmGraphView(&window);
    layout->addWidget(edit);
    layout->addWidget(view, 1);
    window.resize(1200, 900);
    window.show();
    view->setGraph(makeGraph(n, 2));
    edit->setFocus();
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.elapsed(), maxStall = 0;
    int keys = 0, step = 0;
    QTimer typer;
    typer.setInterval(5);
    QObject::connect(&typer, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        maxStall = std::max(maxStall, now - last);
        last = now;
        QTest::keyClick(edit, char('a' + keys % 26));
        ++keys;
    });
    QTimer churn;  // the swarm changes: a peer comes or goes and traffic flashes edges
    churn.setInterval(250);
    QObject::connect(&churn, &QTimer::timeout, [&] {
        ++step;
        view->setGraph(makeGraph(n - (step % 3), 2));
        for (int i = 1; i < 20; ++i)
            view->flashEdge(QStringLiteral("node-%1").arg(i), QStringLiteral("node-%1").arg(i / 2));
    });
    typer.start();
    churn.start();
    QTimer::singleShot(4000, &app, &QApplication::quit);
    app.exec();
    std::printf("typing for 4 s while the view animates: %d keys, longest event-loop stall %lld ms, line edit holds "
                "%lld chars\n",
                keys, qlonglong(maxStall), qlonglong(edit->text().size()));
    return 0;
}
