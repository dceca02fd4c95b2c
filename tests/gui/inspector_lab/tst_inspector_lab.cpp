// The lab dock drives a real lab offscreen; the swarm graph follows it into lab mode and back.
#include "inspector/lab_dock.h"
#include "inspector/swarm_graph_dock.h"
#include "lab/lab.h"
#include "main_window.h"
#include "screenshot.h"
#include "engine_harness.h"

#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;

class TestInspectorLab : public QObject {
    Q_OBJECT

private slots:
    void startPartitionHealStop()
    {
        QTemporaryDir dir;
        auto self = test::startEngine(test::TestPeer::configFor({}, dir.path()));
        QVERIFY(self);
        LabDock dock(*self);
        SwarmGraphDock graph(*self);
        graph.resize(500, 400);
        graph.show();
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.setNodeCount(20);
        dock.setLatency(2);
        dock.setLoss(1);
        dock.setRoom(QStringLiteral("gui-lab"));
        QSignalSpy converged(self.get(), &ui::EngineClient::labConverged);
        dock.findChild<QPushButton *>(QStringLiteral("labStart"))->click();
        QTRY_VERIFY(self->labState().running);
        QTRY_VERIFY_WITH_TIMEOUT(converged.count() == 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(dock.statusText().contains(QString::number(converged.first().first().toLongLong())),
                                 2000);
        QVERIFY(graph.labMode());
        QTRY_COMPARE_WITH_TIMEOUT(graph.view()->nodeCount(), 20, 3000);
        auto *partition = dock.findChild<QPushButton *>(QStringLiteral("labPartition"));
        partition->click();
        QTRY_VERIFY(self->labState().partitioned);
        QTRY_VERIFY_WITH_TIMEOUT(self->labGraph().components().size() >= 2, 5000);
        partition->click();
        QTRY_VERIFY(!self->labState().partitioned);
        graph.grab();
        dock.findChild<QPushButton *>(QStringLiteral("labStop"))->click();
        QTRY_VERIFY(!self->labState().running);
        QVERIFY(!graph.labMode());
        QTRY_COMPARE_WITH_TIMEOUT(graph.view()->nodeCount(), 1, 3000);  // back to self only
    }

    void mainWindowWithLabSwarm()
    {
        // The window's own lab: 20 nodes converge and the graph dock shows them all.
        QTemporaryDir dir;
        auto self = test::startEngine(test::TestPeer::configFor({}, dir.filePath(QStringLiteral("self"))));
        QVERIFY(self);
        QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        MainWindow window(*self, settings);
        test::prepareForScreenshot(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dock = window.findChild<LabDock *>();
        auto *graph = window.findChild<SwarmGraphDock *>();
        QVERIFY(dock && graph);
        dock->setNodeCount(20);
        dock->setLatency(5);
        dock->setRoom(QStringLiteral("lab"));
        QSignalSpy converged(self.get(), &ui::EngineClient::labConverged);
        dock->findChild<QPushButton *>(QStringLiteral("labStart"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(converged.count() == 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(graph->isVisible() && graph->view()->nodeCount() == 20, 5000);
        if (test::screenshotsWanted()) {
            window.resizeDocks({graph}, {430}, Qt::Vertical);
            QTest::qWait(2500);  // let the force layout come to rest for the picture
            test::saveScreenshot(window, QStringLiteral("lab-swarm"));
        }
        dock->findChild<QPushButton *>(QStringLiteral("labStop"))->click();
        QTRY_VERIFY(!self->labState().running);
    }
};

QTEST_MAIN(TestInspectorLab)
#include "tst_inspector_lab.moc"
