// The swarm manager in the window, on real sessions over 127.0.0.1: the peers table shows the
// discovery source, queue state and retries; the queue dock lists the candidates; the context
// menu bans and disconnects; "Connect to…" dials; the status bar counts.

#include "widget_lookup.h"
#include "main_window.h"
#include "models/candidate_table_model.h"
#include "models/peer_table_model.h"
#include "models/roles.h"
#include "engine_harness.h"
#include "swarm_controller.h"
#include "views/connect_dialog.h"
#include "views/queue_panel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;
using swarmscope::test::TestPeer;

namespace {

constexpr int kNetTimeoutMs = 15000;

}  // namespace

class TestSwarmDock : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void peersShowSourceQueueAndRetries();
    void banFromTheContextMenuClosesTheConnection();
    void disconnectAndConnectTo();

private:
    MainWindow &window() { return *m_window; }
    QTableView *peerTable() { return test::child<QTableView>(*m_window, "peerTable"); }
    void selectPeer(const QString &address);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::EngineClient> m_a;  // the window's, on its engine thread
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestSwarmDock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_a = test::startEngine(TestPeer::configFor({}, m_dir->filePath(QStringLiteral("a"))));
    QVERIFY(m_a);
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("swarmscope.ini")), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(*m_a, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSwarmDock::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_a.reset();
    m_dir.reset();
}

void TestSwarmDock::selectPeer(const QString &address)
{
    QTableView *table = peerTable();
    const int row = test::rowWhere(table->model(), PeerTableModel::Address, Roles::Raw, address);
    QVERIFY(row >= 0);
    table->selectionModel()->select(table->model()->index(row, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestSwarmDock::peersShowSourceQueueAndRetries()
{
    TestPeer b;
    // A dials B by hand: source "manual" (shown as words) on both the peer row and the queue row.
    m_a->connectTo(QStringLiteral("127.0.0.1"), b->listenPort());
    QTableView *table = peerTable();
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(table->model(), PeerTableModel::Address, Roles::Raw, b->address()) >= 0,
                             kNetTimeoutMs);
    const int row = test::rowWhere(table->model(), PeerTableModel::Address, Roles::Raw, b->address());
    QCOMPARE(table->model()->index(row, PeerTableModel::Source).data(Roles::Raw).toString(), QStringLiteral("manual"));
    QCOMPARE(table->model()->index(row, PeerTableModel::Source).data().toString(), QStringLiteral("added by hand"));
    QTRY_COMPARE_WITH_TIMEOUT(
        table->model()
            ->index(test::rowWhere(table->model(), PeerTableModel::Address, Roles::Raw, b->address()),
                    PeerTableModel::QueueState)
            .data()
            .toString(),
        QStringLiteral("connected"), kNetTimeoutMs);
    QCOMPARE(table->model()->index(row, PeerTableModel::Retries).data().toInt(), 0);
    QVERIFY(table->model()->index(row, PeerTableModel::RateIn).data().toString().endsWith(QStringLiteral("/s")));
    for (int column :
         {PeerTableModel::QueueState, PeerTableModel::Retries, PeerTableModel::RateIn, PeerTableModel::RateOut})
        QVERIFY(!table->model()->headerData(column, Qt::Horizontal).toString().isEmpty());

    // The queue dock lists the endpoint with its source and state.
    auto *queueDock = test::child<QDockWidget>(window(), "queueDock");
    QVERIFY(queueDock);
    queueDock->show();
    queueDock->raise();
    auto *queue = test::child<QTableView>(window(), "queueTable");
    QVERIFY(queue);
    QTRY_VERIFY(queue->isVisible());
    const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(b->listenPort());
    QTRY_VERIFY_WITH_TIMEOUT(
        test::rowWhere(queue->model(), CandidateTableModel::Endpoint, Qt::DisplayRole, endpoint) >= 0, kNetTimeoutMs);
    const int q = test::rowWhere(queue->model(), CandidateTableModel::Endpoint, Qt::DisplayRole, endpoint);
    QCOMPARE(queue->model()->index(q, CandidateTableModel::Source).data(Roles::Raw).toString(),
             QStringLiteral("manual"));
    QCOMPARE(queue->model()->index(q, CandidateTableModel::Source).data().toString(), QStringLiteral("added by hand"));
    QTRY_COMPARE_WITH_TIMEOUT(
        queue->model()
            ->index(test::rowWhere(queue->model(), CandidateTableModel::Endpoint, Qt::DisplayRole, endpoint),
                    CandidateTableModel::State)
            .data()
            .toString(),
        QStringLiteral("connected"), kNetTimeoutMs);
    QCOMPARE(queue->model()->index(q, CandidateTableModel::Retries).data().toInt(), 0);

    // The status bar counts what is queued and connecting next to the connected peers.
    auto *counts = test::child<QLabel>(window(), "swarmCountsLabel");
    QVERIFY(counts);
    QTRY_COMPARE_WITH_TIMEOUT(counts->text(), QStringLiteral("0 queued · 0 connecting"), kNetTimeoutMs);
    QVERIFY(!counts->accessibleName().isEmpty());
    QTRY_VERIFY(test::child<QLabel>(window(), "connectedLabel")->text().startsWith(QLatin1Char('1')));

    // A candidate that cannot be reached waits for retries: the queue shows them growing.
    const quint16 dead = [] {
        QTcpServer probe;  // a port nobody listens on once the probe is gone
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }();
    m_a->connectTo(QStringLiteral("127.0.0.1"), dead);
    const QString deadEndpoint = QStringLiteral("127.0.0.1:%1").arg(dead);
    QTRY_VERIFY_WITH_TIMEOUT(
        test::rowWhere(queue->model(), CandidateTableModel::Endpoint, Qt::DisplayRole, deadEndpoint) >= 0,
        kNetTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        queue->model()
                ->index(test::rowWhere(queue->model(), CandidateTableModel::Endpoint, Qt::DisplayRole, deadEndpoint),
                        CandidateTableModel::Retries)
                .data()
                .toInt()
            >= 1,
        kNetTimeoutMs);
}

void TestSwarmDock::banFromTheContextMenuClosesTheConnection()
{
    TestPeer b;
    b->connectTo(QStringLiteral("127.0.0.1"), m_a->listenPort());
    QTRY_VERIFY_WITH_TIMEOUT(
        test::rowWhere(peerTable()->model(), PeerTableModel::Address, Roles::Raw, b->address()) >= 0, kNetTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_a->status().connected, 1, kNetTimeoutMs);

    // The steering actions are in the table's context menu and need a selected peer.
    auto *ban = test::child<QAction>(window(), "banPeerAction");
    QVERIFY(ban);
    QVERIFY(peerTable()->actions().contains(ban));
    for (const char *name : {"softBanPeerAction", "backoffPeerAction", "disconnectPeerAction", "copyPeerAddressAction",
                             "directMessagePeerAction", "connectToPeerAction"}) {
        auto *action = test::child<QAction>(window(), name);
        QVERIFY2(action && peerTable()->actions().contains(action), name);
        QVERIFY2(!action->text().isEmpty(), name);
    }
    QVERIFY(!ban->isEnabled());
    selectPeer(b->address());
    QVERIFY(ban->isEnabled());
    ban->trigger();

    // B's connection closes and stays closed: its key is refused even though it redials.
    QTRY_VERIFY_WITH_TIMEOUT(
        test::rowWhere(peerTable()->model(), PeerTableModel::Address, Roles::Raw, b->address()) < 0, kNetTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_a->status().connected, 0, kNetTimeoutMs);
    QTRY_VERIFY2(window().statusBar()->currentMessage().startsWith(QStringLiteral("Banned")),
                 qPrintable(window().statusBar()->currentMessage()));
    QVERIFY(!test::onEngine(*m_a, [](Session &s) { return s.ban(QStringLiteral("not a peer")); }));
}

void TestSwarmDock::disconnectAndConnectTo()
{
    TestPeer b;
    TestPeer c;
    b->connectTo(QStringLiteral("127.0.0.1"), m_a->listenPort());
    QTRY_VERIFY_WITH_TIMEOUT(
        test::rowWhere(peerTable()->model(), PeerTableModel::Address, Roles::Raw, b->address()) >= 0, kNetTimeoutMs);
    selectPeer(b->address());
    QSignalSpy bEvents(&b.session(), &Session::eventsReady);
    test::child<QAction>(window(), "disconnectPeerAction")->trigger();
    const auto bSawClose = [&] {
        for (const QList<QVariant> &args : std::as_const(bEvents)) {
            for (const Event &e : args.at(0).value<EventBatch>()) {
                if (e.is<ConnectionClosed>())
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(bSawClose(), kNetTimeoutMs);

    // "Connect to…" asks for host:port; OK is offered only for something that parses.
    auto *connect = test::child<QAction>(window(), "connectToPeerAction");
    QVERIFY(connect);
    connect->trigger();
    auto *controller = window().findChild<SwarmController *>(QStringLiteral("swarmController"));
    QVERIFY(controller);
    ConnectDialog *dialog = controller->connectDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("connectHostPortEdit"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("connectButtons"));
    QVERIFY(edit && buttons);
    QVERIFY(!edit->accessibleName().isEmpty());
    QTest::keyClicks(edit, QStringLiteral("127.0.0.1"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(edit, QStringLiteral(":%1").arg(c->listenPort()));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        test::rowWhere(peerTable()->model(), PeerTableModel::Address, Roles::Raw, c->address()) >= 0, kNetTimeoutMs);
    QTRY_VERIFY(!controller->connectDialog());  // closed and gone
}

QTEST_MAIN(TestSwarmDock)
#include "tst_swarm_dock.moc"
