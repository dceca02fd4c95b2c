// One peer selection for the whole window, offscreen on real sessions over 127.0.0.1: a peer
// the user picks in any dock (a click in the event log, a key press in the queue, the graph,
// the stats dock's list) becomes the current row of the peers table, the queue, the RPC
// traffic, the packet list and the event log, is the RPC dock's member to call and the graph's
// and stats dock's selection; the other peer's rows stay untinted.
#include "inspector/connection_stats_dock.h"
#include "inspector/packet_inspector_panel.h"
#include "inspector/swarm_graph_dock.h"
#include "inspector/swarm_graph_view.h"
#include "main_window.h"
#include "models/roles.h"
#include "selection/peer_row_delegate.h"
#include "selection/peer_selection.h"
#include "screenshot.h"
#include "engine_harness.h"
#include "views/event_log_panel.h"
#include "views/peers_panel.h"
#include "views/queue_panel.h"
#include "views/rpc_panel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {

const QString kRoom = QStringLiteral("selection-room");

QString currentPeer(const QAbstractItemView *view)
{
    return view->currentIndex().siblingAtColumn(0).data(Roles::PeerAddress).toString();
}

bool hasRowOf(const QAbstractItemView *view, const QString &address)
{
    const QAbstractItemModel *m = view->model();
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, 0).data(Roles::PeerAddress).toString() == address)
            return true;
    return false;
}

// Whether the view tints rows of address and leaves rows of other peers alone.
bool tintsOnly(const QAbstractItemView *view, const QString &address)
{
    const auto *delegate = qobject_cast<const PeerRowDelegate *>(view->itemDelegate());
    if (!delegate)
        return false;
    const QAbstractItemModel *m = view->model();
    bool any = false;
    for (int row = 0; row < m->rowCount(); ++row) {
        const QModelIndex index = m->index(row, 1);
        const bool about = index.siblingAtColumn(0).data(Roles::PeerAddress).toString() == address;
        if (delegate->isMarked(index) != about)
            return false;
        any = any || about;
    }
    return any;
}

void raise(QWidget *panel)
{
    for (QWidget *w = panel; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
            return;
        }
    }
}

}  // namespace

class TestPeerSelection : public QObject {
    Q_OBJECT

private slots:
    void hubEmitsOnlyOnChange()
    {
        PeerSelection selection;
        QSignalSpy changed(&selection, &PeerSelection::changed);
        selection.select(QStringLiteral("a"));
        selection.select(QStringLiteral("a"));
        selection.select(QString());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("a"));
        QCOMPARE(selection.current(), QString());
    }

    void aPickInOneDockIsFollowedByEveryDock()
    {
        test::TestPeer b, c;
        for (test::TestPeer *p : {&b, &c})
            p->session().joinRoom(kRoom);
        auto a = test::startEngine(test::TestPeer::configFor({}, m_dir.filePath(QStringLiteral("a"))));
        QVERIFY(a);
        a->joinRoom(kRoom);
        a->connectTo(QStringLiteral("127.0.0.1"), b->listenPort());
        a->connectTo(QStringLiteral("127.0.0.1"), c->listenPort());
        QSettings settings(m_dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        MainWindow window(*a, settings);
        window.resize(1200, 900);
        test::prepareForScreenshot(window);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        auto *peers = window.findChild<PeersPanel *>();
        auto *events = window.findChild<EventLogPanel *>();
        auto *queue = window.findChild<QueuePanel *>();
        auto *rpc = window.findChild<RpcPanel *>();
        auto *packets = window.findChild<PacketInspectorPanel *>();
        auto *graph = window.findChild<SwarmGraphDock *>(QStringLiteral("swarmGraphDock"));
        auto *stats = window.findChild<ConnectionStatsDock *>(QStringLiteral("connectionStatsDock"));
        auto *selection = window.findChild<PeerSelection *>(QStringLiteral("peerSelection"));
        QVERIFY(peers && events && queue && rpc && packets && graph && stats && selection);
        packets->setCapturing(true);
        stats->show();  // samples only while shown
        const QString addrB = b->address(), addrC = c->address();

        // Traffic about both peers in every dock: connections, queue entries, RPC calls, frames.
        QTRY_VERIFY_WITH_TIMEOUT(hasRowOf(peers->view(), addrB) && hasRowOf(peers->view(), addrC), 10000);
        raise(queue);
        QTRY_VERIFY_WITH_TIMEOUT(hasRowOf(queue->view(), addrB) && hasRowOf(queue->view(), addrC), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(a->room(kRoom).members.size() == 2, 10000);
        for (const QString &address : {addrB, addrC}) {
            rpc->setPeer(address);
            QVERIFY(rpc->listProcedures());
        }
        auto *traffic = rpc->findChild<QTableView *>(QStringLiteral("rpcTrafficTable"));
        QVERIFY(traffic);
        QTRY_VERIFY_WITH_TIMEOUT(hasRowOf(traffic, addrB) && hasRowOf(traffic, addrC), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(hasRowOf(packets->view(), addrB) && hasRowOf(packets->view(), addrC), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(hasRowOf(events->view(), addrB) && hasRowOf(events->view(), addrC), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(stats->findChild<QComboBox *>(QStringLiteral("statsPeerBox"))->count() == 3, 10000);

        // 1. The user clicks an event about B in the event log.
        raise(events);
        events->filterEdit()->setText(QStringLiteral("kind:connection"));
        events->applyFilter();
        const QModelIndex eventOfB = [&] {
            const QAbstractItemModel *m = events->view()->model();
            for (int row = 0; row < m->rowCount(); ++row)
                if (m->index(row, 0).data(Roles::PeerAddress).toString() == addrB)
                    return m->index(row, 1);
            return QModelIndex();
        }();
        QVERIFY(eventOfB.isValid());
        events->view()->scrollTo(eventOfB);
        QTest::mouseClick(events->view()->viewport(), Qt::LeftButton, {},
                          events->view()->visualRect(eventOfB).center());
        QCOMPARE(selection->current(), addrB);
        expectEveryDockOn(addrB, peers, queue, traffic, rpc, packets, events, graph, stats);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(tintsOnly(events->view(), addrB));
        QVERIFY(tintsOnly(packets->view(), addrB));
        QVERIFY(tintsOnly(traffic, addrB));
        if (test::screenshotsWanted()) {
            raise(packets);  // its frames of both peers show the tint best
            packets->view()->scrollTo(packets->view()->currentIndex(), QAbstractItemView::PositionAtCenter);
            test::saveScreenshot(window, QStringLiteral("peer-selection"));
        }

        // 2. A key press in the queue moves the pick to the row below or above: C.
        raise(queue);
        queue->view()->setFocus();
        QTRY_VERIFY(queue->view()->hasFocus());
        const int rowB = queue->view()->currentIndex().row();
        const int rowC = [&] {
            for (int row = 0; row < queue->view()->model()->rowCount(); ++row)
                if (queue->view()->model()->index(row, 0).data(Roles::PeerAddress).toString() == addrC)
                    return row;
            return -1;
        }();
        QVERIFY(rowC >= 0);
        const auto key = rowC > rowB ? Qt::Key_Down : Qt::Key_Up;
        for (int i = 0; i < std::abs(rowC - rowB); ++i)
            QTest::keyClick(queue->view(), key);
        QCOMPARE(selection->current(), addrC);
        expectEveryDockOn(addrC, peers, queue, traffic, rpc, packets, events, graph, stats);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(tintsOnly(traffic, addrC));

        // 3. A node clicked in the graph.
        emit graph->view()->nodeClicked(addrB);
        expectEveryDockOn(addrB, peers, queue, traffic, rpc, packets, events, graph, stats);
        if (QTest::currentTestFailed())
            return;

        // 4. "All peers" in the stats dock clears the pick everywhere.
        auto *box = stats->findChild<QComboBox *>(QStringLiteral("statsPeerBox"));
        box->setCurrentIndex(0);
        emit box->activated(0);
        QCOMPARE(selection->current(), QString());
        QVERIFY(!tintsOnly(events->view(), addrB));
        QCOMPARE(graph->view()->selectedKey(), QString());
    }

private:
    void expectEveryDockOn(const QString &address, PeersPanel *peers, QueuePanel *queue, QTableView *traffic,
                           RpcPanel *rpc, PacketInspectorPanel *packets, EventLogPanel *events, SwarmGraphDock *graph,
                           ConnectionStatsDock *stats)
    {
        QCOMPARE(currentPeer(peers->view()), address);
        QCOMPARE(currentPeer(queue->view()), address);
        QCOMPARE(currentPeer(traffic), address);
        QCOMPARE(currentPeer(packets->view()), address);
        QCOMPARE(currentPeer(events->view()), address);
        QCOMPARE(rpc->peer(), address);
        QCOMPARE(graph->view()->selectedKey(), address);
        QCOMPARE(stats->selectedPeer(), address);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPeerSelection)
#include "tst_peer_selection.moc"
