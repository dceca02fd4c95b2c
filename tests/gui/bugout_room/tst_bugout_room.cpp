// The window in a Bugout room with a real npm bugout@0.0.13 peer under Node, on 127.0.0.1 only (no
// trackers, no DHT, no LSD): joined through the join box's backend choice, marked in the rooms list,
// chat both ways in the chat view, calls both ways in the RPC dock, and the JS peer's BitTorrent
// wire in the peers table with its peer id and client.

#include "js_bugout.h"

#include "main_window.h"
#include "models/chat_message_model.h"
#include "models/peer_table_model.h"
#include "models/roles.h"
#include "models/room_list_model.h"
#include "models/rpc_traffic_model.h"
#include "engine_harness.h"
#include "session.h"
#include "views/chat_panel.h"
#include "views/rooms_panel.h"
#include "views/rpc_panel.h"
#include "widget_lookup.h"

#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kRoom = QStringLiteral("gui-bugout-room");
const QString kKey = QStringLiteral("bugout:gui-bugout-room");

EngineConfig bugoutConfig(const QString &profileDir)
{
    EngineConfig config = test::TestPeer::configFor({}, profileDir);
    config.lsd.enabled = false;  // nothing but the manual peer
    return config;
}

int rowWithText(const QAbstractItemModel *model, const QString &text)
{
    return test::rowWhere(model, ChatMessageModel::Text, Roles::Raw, text);
}
}  // namespace

class TestBugoutRoom : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void windowAndJsChatAndCall();
};

void TestBugoutRoom::initTestCase()
{
    if (test::nodeExecutable().isEmpty())
        QSKIP("node is not installed");
}

void TestBugoutRoom::windowAndJsChatAndCall()
{
    QTemporaryDir dir;
    auto a = test::startEngine(bugoutConfig(dir.filePath(QStringLiteral("a"))));
    QVERIFY(a);
    // What an app built on Swarmscope registers; Bugout callers reach it like native ones.
    test::onEngine(*a, [](Session &s) {
        s.registerProcedure(QStringLiteral("shout"), QStringLiteral("Upper-cases its argument."),
                            [](const QString &, const QJsonValue &args) -> Result<QJsonValue> {
                                return QJsonValue(args.toString().toUpper());
                            });
    });
    const QString ourAddress = a->address();
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(*a, settings);
    window.show();

    // The join box offers Bugout; the room is marked with it at once.
    QSignalSpy joined(a.get(), &EngineClient::roomJoined);
    auto *box = window.findChild<QComboBox *>(QStringLiteral("joinBackendBox"));
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("joinRoomEdit"));
    auto *join = window.findChild<QPushButton *>(QStringLiteral("joinRoomButton"));
    QVERIFY(box && edit && join);
    const int bugoutItem = box->findData(int(RoomBackend::Bugout));
    QVERIFY(bugoutItem >= 0);
    QCOMPARE(box->itemText(bugoutItem), QStringLiteral("Bugout room"));
    box->setCurrentIndex(bugoutItem);
    edit->setText(kRoom);
    QTest::mouseClick(join, Qt::LeftButton);
    auto *rooms = window.findChild<RoomsPanel *>();
    const int row = rooms->model()->rowOf(kKey);
    QVERIFY(row >= 0);
    QCOMPARE(rooms->model()->index(row).data(Qt::DisplayRole).toString(), kRoom);
    QCOMPARE(rooms->model()->index(row).data(Roles::Backend).toString(), QStringLiteral("bugout"));
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, kTimeoutMs);
    QCOMPARE(joined.first().first().value<RoomSnapshot>().backend, RoomBackend::Bugout);
    const quint16 btPort = test::onEngine(*a, [](Session &s) { return s.bittorrentPort(); });
    QVERIFY(btPort > 0);

    // A JS Bugout app in the same room dials our BitTorrent port (torrent.addPeer).
    JsBugout js;
    QVERIFY(js.start());
    const auto created = js.create(QStringLiteral("a"), kRoom);
    QVERIFY(created);
    const QString jsAddress = created->value("address").toString();
    js.command({{"cmd", "addPeer"}, {"name", "a"}, {"addr", QStringLiteral("127.0.0.1:%1").arg(btPort)}});
    QVERIFY(js.waitFor("a", "seen", "address", ourAddress));
    QTRY_VERIFY_WITH_TIMEOUT(a->room(kKey).members.contains(jsAddress), kTimeoutMs);

    // The peers table: the wire with the member's address, its BitTorrent peer id and client.
    auto *peers = window.findChild<PeerTableModel *>();
    QVERIFY(peers);
    QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(peers, PeerTableModel::Address, Qt::DisplayRole, jsAddress) >= 0,
                             kTimeoutMs);
    const int peerRow = test::rowWhere(peers, PeerTableModel::Address, Qt::DisplayRole, jsAddress);
    QCOMPARE(peers->index(peerRow, PeerTableModel::Client).data().toString(), QStringLiteral("WebTorrent 1.9"));
    const QString peerId = peers->index(peerRow, PeerTableModel::BtPeerId).data().toString();
    QVERIFY2(peerId.startsWith(QLatin1String("-WW0109-")) && peerId.size() == 8 + 24, qPrintable(peerId));
    QCOMPARE(peers->index(peerRow, PeerTableModel::BtPeerId).data(Roles::Raw).toString().size(), 40);

    // Chat both ways in the chat view.
    js.command({{"cmd", "send"}, {"name", "a"}, {"message", "hello window"}});
    auto *chat = window.findChild<ChatPanel *>();
    QVERIFY(chat);
    QTRY_VERIFY_WITH_TIMEOUT(
        chat->modelFor(kKey) && rowWithText(chat->modelFor(kKey), QStringLiteral("hello window")) >= 0, kTimeoutMs);
    QCOMPARE(rooms->currentRoom(), kKey);
    auto *composer = window.findChild<QLineEdit *>(QStringLiteral("composerEdit"));
    QVERIFY(composer && composer->isEnabled());
    QTest::keyClicks(composer, QStringLiteral("hello app"));
    QTest::keyClick(composer, Qt::Key_Return);
    QVERIFY(js.waitFor("a", "message", "message", QStringLiteral("hello app")));
    QTRY_VERIFY_WITH_TIMEOUT(rowWithText(chat->modelFor(kKey), QStringLiteral("hello app")) >= 0, kTimeoutMs);

    // Calls both ways, in the RPC dock: JS calls our procedure, we call JS's from the editor.
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("rpcDock"));
    QVERIFY(dock);
    dock->show();
    auto *panel = window.findChild<RpcPanel *>(QStringLiteral("rpcPanel"));
    QVERIFY(panel);
    RpcTrafficModel *traffic = panel->trafficModel();
    js.command({{"cmd", "rpc"}, {"name", "a"}, {"address", ourAddress}, {"call", "shout"}, {"args", "quiet"}});
    QVERIFY(js.waitFor("a", "rpc-result", "result", QStringLiteral("QUIET")));
    QTRY_VERIFY_WITH_TIMEOUT(
        test::rowWhere(traffic, RpcTrafficModel::Name, Qt::DisplayRole, QStringLiteral("shout")) >= 0, kTimeoutMs);
    const int theirs = test::rowWhere(traffic, RpcTrafficModel::Name, Qt::DisplayRole, QStringLiteral("shout"));
    QCOMPARE(traffic->index(theirs, RpcTrafficModel::Direction).data(Roles::Raw).toBool(), true);
    QCOMPARE(traffic->index(theirs, RpcTrafficModel::Peer).data(Roles::Raw).toString(), jsAddress);
    QTRY_COMPARE_WITH_TIMEOUT(traffic->index(theirs, RpcTrafficModel::Result).data(Roles::Raw).toString(),
                              QStringLiteral("\"QUIET\""), kTimeoutMs);
    // The built-in procedures answer in the window as in the node.
    js.command({{"cmd", "rpc"}, {"name", "a"}, {"address", ourAddress}, {"call", "whoami"}, {"args", QJsonValue()}});
    QVERIFY(js.waitFor("a", "rpc-result", "result", ourAddress));

    auto *peerCombo = window.findChild<QComboBox *>(QStringLiteral("rpcPeerCombo"));
    QVERIFY(peerCombo);
    QTRY_VERIFY_WITH_TIMEOUT(peerCombo->findText(jsAddress) >= 0, kTimeoutMs);
    panel->setPeer(jsAddress);
    auto *name = window.findChild<QLineEdit *>(QStringLiteral("rpcNameEdit"));
    auto *args = window.findChild<QPlainTextEdit *>(QStringLiteral("rpcArgsEdit"));
    auto *call = window.findChild<QPushButton *>(QStringLiteral("rpcCallButton"));
    QVERIFY(name && args && call);
    name->setText(QStringLiteral("ping"));
    args->setPlainText(QStringLiteral("{\"q\": 1}"));
    QVERIFY(call->isEnabled());
    QTest::mouseClick(call, Qt::LeftButton);
    QVERIFY(
        js.waitFor("rpc", [](const QJsonObject &e) { return e.value("call").toString() == QStringLiteral("ping"); }));
    const auto ours = [&] {
        return test::rowWhere(traffic, RpcTrafficModel::Name, Qt::DisplayRole, QStringLiteral("ping"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(ours() >= 0, kTimeoutMs);
    QCOMPARE(traffic->index(ours(), RpcTrafficModel::Direction).data(Roles::Raw).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(traffic->index(ours(), RpcTrafficModel::Status).data().toString(), QStringLiteral("ok"),
                              kTimeoutMs);
    const QJsonDocument result =
        QJsonDocument::fromJson(traffic->index(ours(), RpcTrafficModel::Result).data(Roles::Raw).toString().toUtf8());
    QCOMPARE(result.object().value("pong"), QJsonValue(QJsonObject{{"q", 1}}));
    QCOMPARE(result.object().value("from").toString(), ourAddress);
}

QTEST_MAIN(TestBugoutRoom)
#include "tst_bugout_room.moc"
