// The remote-procedure dock on real sessions over 127.0.0.1: A's window lists B's procedures
// with their docs, calls one and shows the result with its latency, shows a timeout for a
// procedure that never answers, refuses arguments that are not JSON, and lists B's calls to A.

#include "widget_lookup.h"
#include "main_window.h"
#include "models/procedure_list_model.h"
#include "models/roles.h"
#include "models/rpc_traffic_model.h"
#include "screenshot.h"
#include "engine_harness.h"
#include "views/rpc_panel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace swarmscope;
using namespace swarmscope::ui;
using swarmscope::test::TestPeer;

namespace {

constexpr int kNetTimeoutMs = 15000;
const QString kRoom = QStringLiteral("rpc-dock-room");

}  // namespace

class TestRpcDock : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsCallsAndTimesOut();
    void argumentsMustBeJson();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::EngineClient> m_a;  // the window's, on its engine thread
    std::unique_ptr<TestPeer> m_b;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    RpcPanel *m_panel = nullptr;
};

void TestRpcDock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_a = test::startEngine(TestPeer::configFor({}, m_dir->filePath(QStringLiteral("a"))));
    QVERIFY(m_a);
    m_b = std::make_unique<TestPeer>();
    m_b->session().registerProcedure(QStringLiteral("add"), QStringLiteral("Adds two numbers."),
                                     [](const QString &, const QJsonValue &args) -> Result<QJsonValue> {
                                         const QJsonArray n = args.toArray();
                                         if (n.size() != 2)
                                             return makeError(ErrorCode::Invalid, QStringLiteral("need two numbers"));
                                         return QJsonValue(n[0].toDouble() + n[1].toDouble());
                                     });
    // Bugout's callback style allows never answering: the caller times out.
    m_b->session().registerAsyncProcedure(QStringLiteral("never"), QStringLiteral("Never answers."),
                                          [](const QString &, const QJsonValue &, RpcRespond) {});
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("swarmscope.ini")), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(*m_a, *m_settings);
    swarmscope::test::prepareForScreenshot(*m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("rpcDock"));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    m_panel = m_window->findChild<RpcPanel *>(QStringLiteral("rpcPanel"));
    QVERIFY(m_panel);
    QTRY_VERIFY(m_panel->isVisible());

    QVERIFY(m_window->joinRoom(kRoom));
    m_b->session().joinRoom(kRoom);
    m_b->session().connectTo(QStringLiteral("127.0.0.1"), m_a->listenPort());
    QTRY_VERIFY_WITH_TIMEOUT(m_a->room(kRoom).members.contains(m_b->session().address()), kNetTimeoutMs);
}

void TestRpcDock::cleanup()
{
    m_panel = nullptr;
    m_window.reset();
    m_settings.reset();
    m_b.reset();
    m_a.reset();
    m_dir.reset();
}

void TestRpcDock::listsCallsAndTimesOut()
{
    // B became a member: the picker offers it.
    auto *peer = m_window->findChild<QComboBox *>(QStringLiteral("rpcPeerCombo"));
    QVERIFY(peer);
    QTRY_VERIFY_WITH_TIMEOUT(peer->findText(m_b->session().address()) >= 0, kNetTimeoutMs);
    m_panel->setPeer(m_b->session().address());

    // List procedures: names with their docs.
    auto *list = m_window->findChild<QPushButton *>(QStringLiteral("rpcListButton"));
    QVERIFY(list && list->isEnabled());
    QTest::mouseClick(list, Qt::LeftButton);
    auto *procedures = m_window->findChild<QTableView *>(QStringLiteral("rpcProcedureTable"));
    QVERIFY(procedures);
    QTRY_VERIFY_WITH_TIMEOUT(
        test::rowWhere(procedures->model(), ProcedureListModel::Name, Qt::DisplayRole, QStringLiteral("add")) >= 0,
        kNetTimeoutMs);
    const int add =
        test::rowWhere(procedures->model(), ProcedureListModel::Name, Qt::DisplayRole, QStringLiteral("add"));
    QCOMPARE(procedures->model()->index(add, ProcedureListModel::Doc).data().toString(),
             QStringLiteral("Adds two numbers."));
    QVERIFY(test::rowWhere(procedures->model(), ProcedureListModel::Name, Qt::DisplayRole, QStringLiteral("never"))
            >= 0);

    // Picking a procedure fills the editor; a call shows its result with a latency.
    procedures->setCurrentIndex(procedures->model()->index(add, 0));
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("rpcNameEdit"));
    auto *args = m_window->findChild<QPlainTextEdit *>(QStringLiteral("rpcArgsEdit"));
    auto *call = m_window->findChild<QPushButton *>(QStringLiteral("rpcCallButton"));
    QVERIFY(name && args && call);
    QCOMPARE(name->text(), QStringLiteral("add"));
    args->setPlainText(QStringLiteral("[2, 40]"));
    QVERIFY(call->isEnabled());
    QTest::mouseClick(call, Qt::LeftButton);

    RpcTrafficModel *traffic = m_panel->trafficModel();
    const auto rowOf = [&](const QString &procedure) {
        return test::rowWhere(traffic, RpcTrafficModel::Name, Qt::DisplayRole, procedure);
    };
    QTRY_VERIFY(rowOf(QStringLiteral("add")) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(traffic->index(rowOf(QStringLiteral("add")), RpcTrafficModel::Status).data().toString(),
                              QStringLiteral("ok"), kNetTimeoutMs);
    const int added = rowOf(QStringLiteral("add"));
    QCOMPARE(traffic->index(added, RpcTrafficModel::Result).data().toString(), QStringLiteral("42"));
    QCOMPARE(traffic->index(added, RpcTrafficModel::Args).data().toString(), QStringLiteral("[2,40]"));
    QVERIFY(traffic->index(added, RpcTrafficModel::Latency).data(Roles::Raw).toLongLong() >= 0);
    QVERIFY(traffic->index(added, RpcTrafficModel::Latency).data().toString().endsWith(QStringLiteral("ms")));
    QCOMPARE(traffic->index(added, RpcTrafficModel::Peer).data(Roles::Raw).toString(), m_b->session().address());
    // The listing call is in the traffic too, answered.
    QCOMPARE(traffic->statusAt(rowOf(Rpc::kListProcedures)), RpcTrafficModel::CallStatus::Ok);

    // The procedure's own error is shown as an error.
    args->setPlainText(QStringLiteral("[1]"));
    QTest::mouseClick(call, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        test::rowWhere(traffic, RpcTrafficModel::Result, Qt::DisplayRole, QStringLiteral("need two numbers")) >= 0,
        kNetTimeoutMs);
    QCOMPARE(traffic->statusAt(
                 test::rowWhere(traffic, RpcTrafficModel::Result, Qt::DisplayRole, QStringLiteral("need two numbers"))),
             RpcTrafficModel::CallStatus::Error);

    // A procedure that never answers: with a short timeout the row says "timeout".
    auto *timeout = m_window->findChild<QSpinBox *>(QStringLiteral("rpcTimeoutSpin"));
    QVERIFY(timeout);
    timeout->setValue(300);
    name->setText(QStringLiteral("never"));
    args->clear();
    QVERIFY(call->isEnabled());
    QTest::mouseClick(call, Qt::LeftButton);
    QTRY_VERIFY(rowOf(QStringLiteral("never")) >= 0);
    QCOMPARE(traffic->index(rowOf(QStringLiteral("never")), RpcTrafficModel::Status).data().toString(),
             QStringLiteral("pending"));
    QTRY_COMPARE_WITH_TIMEOUT(traffic->index(rowOf(QStringLiteral("never")), RpcTrafficModel::Status).data().toString(),
                              QStringLiteral("timeout"), kNetTimeoutMs);
    QVERIFY(traffic->index(rowOf(QStringLiteral("never")), RpcTrafficModel::Latency).data(Roles::Raw).toLongLong()
            >= 300);

    // B calls A: the call shows up as incoming (from the engine's "rpc" event), and our answer
    // completes it (the "rpc-answered" event) with what we sent and how long we took.
    const Result<quint64> fromB = m_b->session().callRpc(m_a->address(), Rpc::kListProcedures, QJsonValue());
    QVERIFY(fromB.ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        test::rowWhere(traffic, RpcTrafficModel::Direction, Qt::DisplayRole, QStringLiteral("in")) >= 0, kNetTimeoutMs);
    const int incoming = test::rowWhere(traffic, RpcTrafficModel::Direction, Qt::DisplayRole, QStringLiteral("in"));
    QTRY_COMPARE(traffic->statusAt(incoming), RpcTrafficModel::CallStatus::Ok);
    QCOMPARE(traffic->index(incoming, RpcTrafficModel::Peer).data(Roles::Raw).toString(), m_b->session().address());
    QCOMPARE(traffic->index(incoming, RpcTrafficModel::Name).data().toString(), Rpc::kListProcedures);
    QVERIFY(traffic->index(incoming, RpcTrafficModel::Latency).data(Roles::Raw).toLongLong() >= 0);

    // A call we take our time over stays "received" until we answer it.
    // The procedure runs on the engine thread; its responder stays there.
    auto respondLater = std::make_shared<RpcRespond>();
    auto asked = std::make_shared<std::atomic<bool>>(false);
    test::onEngine(*m_a, [respondLater, asked](Session &s) {
        s.registerAsyncProcedure(QStringLiteral("later"), QStringLiteral("Answers when told."),
                                 [respondLater, asked](const QString &, const QJsonValue &, RpcRespond respond) {
                                     *respondLater = std::move(respond);
                                     *asked = true;
                                 });
    });
    QVERIFY(m_b->session().callRpc(m_a->address(), QStringLiteral("later"), QJsonValue()).ok());
    const auto laterRow = [&] {
        return test::rowWhere(traffic, RpcTrafficModel::Name, Qt::DisplayRole, QStringLiteral("later"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(laterRow() >= 0 && *asked, kNetTimeoutMs);
    QCOMPARE(traffic->statusAt(laterRow()), RpcTrafficModel::CallStatus::Received);
    QVERIFY(traffic->index(laterRow(), RpcTrafficModel::Latency).data(Roles::Raw).toLongLong() < 0);
    m_a->post([respondLater](Session &) { (*respondLater)(QJsonValue(7)); });
    QTRY_COMPARE(traffic->statusAt(laterRow()), RpcTrafficModel::CallStatus::Ok);
    QCOMPARE(traffic->index(laterRow(), RpcTrafficModel::Result).data(Roles::Raw).toString(), QStringLiteral("7"));
    QVERIFY(traffic->index(laterRow(), RpcTrafficModel::Latency).data(Roles::Raw).toLongLong() >= 0);

    if (swarmscope::test::screenshotsWanted()) {
        procedures->setCurrentIndex(procedures->model()->index(add, 0));
        args->setPlainText(QStringLiteral("[2, 40]"));
        m_window->resizeDocks({m_window->findChild<QDockWidget *>(QStringLiteral("rpcDock"))}, {330}, Qt::Vertical);
        swarmscope::test::saveScreenshot(*m_window, QStringLiteral("rpc-dock"));
    }

    // Every widget of the dock has a name for screen readers.
    for (const char *widget : {"rpcPeerCombo", "rpcListButton", "rpcProcedureTable", "rpcNameEdit", "rpcArgsEdit",
                               "rpcTimeoutSpin", "rpcCallButton", "rpcTrafficTable", "rpcClearButton"}) {
        auto *w = m_window->findChild<QWidget *>(QString::fromLatin1(widget));
        QVERIFY2(w && !w->accessibleName().isEmpty(), widget);
    }
}

void TestRpcDock::argumentsMustBeJson()
{
    m_panel->setPeer(m_b->session().address());
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("rpcNameEdit"));
    auto *args = m_window->findChild<QPlainTextEdit *>(QStringLiteral("rpcArgsEdit"));
    auto *call = m_window->findChild<QPushButton *>(QStringLiteral("rpcCallButton"));
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("rpcArgsErrorLabel"));
    QVERIFY(name && args && call && error);
    name->setText(QStringLiteral("add"));
    args->setPlainText(QStringLiteral("[2, 40"));
    QVERIFY(!call->isEnabled());
    QVERIFY(!error->text().isEmpty());
    const int before = m_panel->trafficModel()->rowCount();
    QVERIFY(!m_panel->callFromEditor());  // nothing is sent
    QCOMPARE(m_panel->trafficModel()->rowCount(), before);

    args->setPlainText(QStringLiteral("1 2"));
    QVERIFY(!call->isEnabled());
    for (const QString &ok : {QStringLiteral("{\"a\": [1, 2]}"), QStringLiteral("\"text\""), QStringLiteral("42"),
                              QStringLiteral("null"), QStringLiteral("  ")}) {
        args->setPlainText(ok);
        QVERIFY2(call->isEnabled(), qPrintable(ok));
        QVERIFY(error->text().isEmpty());
    }
    QCOMPARE(RpcPanel::parseArguments(QStringLiteral("\"x\""))->toString(), QStringLiteral("x"));
    QVERIFY(RpcPanel::parseArguments(QString())->isNull());
    QVERIFY(!RpcPanel::parseArguments(QStringLiteral("{")));
}

QTEST_MAIN(TestRpcDock)
#include "tst_rpc_dock.moc"
