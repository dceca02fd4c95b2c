// A JS discovery-swarm app (the real npm package under Node) and the Swarmscope window in one
// swarm: joined through the join box, lines both ways in the chat view, the JS peer in the peers
// table under its discovery-swarm id, and its stream in the packet inspector.

#include "ds_js_peer.h"
#include "engine_harness.h"
#include "inspector/packet_inspector_panel.h"
#include "inspector/packet_list_model.h"
#include "main_window.h"
#include "models/chat_message_model.h"
#include "models/peer_table_model.h"
#include "session.h"
#include "views/chat_panel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;
using swarmscope::test::JsPeer;
using swarmscope::test::str;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kName = QStringLiteral("window-room");
const QString kKey = QStringLiteral("discovery-swarm:") + kName;

quint16 portOf(Session &s, const QString &room)
{
    for (const BackendStatus &b : s.status().backends)
        for (const auto &[name, port] : b.listening)
            if (name == room)
                return port;
    return 0;
}
}  // namespace

class TestDiscoverySwarmWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void jsAppAndWindowChat();
};

void TestDiscoverySwarmWindow::initTestCase()
{
    if (test::nodeExecutable().isEmpty())
        QSKIP("node is not installed");
    if (!QFileInfo::exists(QDir(test::nodeModulesDir()).filePath(QStringLiteral("discovery-swarm/package.json"))))
        QSKIP("discovery-swarm is not installed (the npm_install fixture did not run)");
}

void TestDiscoverySwarmWindow::jsAppAndWindowChat()
{
    QTemporaryDir dir;
    auto engine = test::startEngine(test::TestPeer::configFor({}, dir.filePath(QStringLiteral("profile"))));
    QVERIFY(engine);
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(*engine, settings);
    window.show();
    auto *inspector = window.findChild<PacketInspectorPanel *>();
    QVERIFY(inspector);
    inspector->setCapturing(true);

    // The user joins the app's swarm by its name, choosing the backend in the join box.
    QSignalSpy joined(engine.get(), &EngineClient::roomJoined);
    auto *box = window.findChild<QComboBox *>(QStringLiteral("joinBackendBox"));
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("joinRoomEdit"));
    auto *join = window.findChild<QPushButton *>(QStringLiteral("joinRoomButton"));
    QVERIFY(box && edit && join);
    box->setCurrentIndex(box->findData(int(RoomBackend::DiscoverySwarm)));
    edit->setText(kName);
    QTest::mouseClick(join, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, kTimeoutMs);
    const quint16 port = test::onEngine(*engine, [](Session &s) { return portOf(s, kName); });
    QVERIFY(port);

    // The JS app: no DHT, no mDNS; it dials the window's swarm port as addPeer does.
    JsPeer js;
    QVERIFY(js.start({{QStringLiteral("mode"), QStringLiteral("swarm")}, {QStringLiteral("name"), kName}}));
    const auto listening = js.waitFor(QStringLiteral("listening"));
    QVERIFY(listening);
    const QString jsId = str(*listening, "id");
    QCOMPARE(jsId.size(), 64);
    js.command({{QStringLiteral("cmd"), QStringLiteral("connect")},
                {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                {QStringLiteral("port"), int(port)}});
    QVERIFY(js.waitFor(QStringLiteral("connection")));

    // The JS peer in the peers table, under the id it sent in the handshake.
    auto *peers = window.findChild<PeerTableModel *>();
    QVERIFY(peers);
    QTRY_VERIFY_WITH_TIMEOUT(peers->rowCount() == 1 && peers->peerAt(0).state == ConnectionState::Connected,
                             kTimeoutMs);
    QCOMPARE(peers->peerAt(0).address, jsId);
    QCOMPARE(peers->peerAt(0).host, QStringLiteral("127.0.0.1"));
    QVERIFY(peers->peerAt(0).rooms.contains(kName) || peers->peerAt(0).rooms.contains(kKey));

    // The app's line shows in the chat view; the user's answer reaches the app newline-terminated.
    js.send(QStringLiteral("hello from node"));
    auto *chat = window.findChild<ChatPanel *>();
    QVERIFY(chat);
    QTRY_VERIFY_WITH_TIMEOUT(chat->modelFor(kKey) && chat->modelFor(kKey)->rowCount() == 1, kTimeoutMs);
    QCOMPARE(chat->modelFor(kKey)->messageAt(0).text, QStringLiteral("hello from node"));
    QCOMPARE(chat->modelFor(kKey)->messageAt(0).fromAddress, jsId);
    QVERIFY(!chat->modelFor(kKey)->messageAt(0).own);
    auto *composer = window.findChild<QLineEdit *>(QStringLiteral("composerEdit"));
    QVERIFY(composer && composer->isEnabled());
    QTest::keyClicks(composer, QStringLiteral("hello from the window"));
    QTest::keyClick(composer, Qt::Key_Return);
    const auto line = js.waitFor(QStringLiteral("line"));
    QVERIFY(line);
    QCOMPARE(str(*line, "text"), QStringLiteral("hello from the window"));
    QTRY_COMPARE_WITH_TIMEOUT(chat->modelFor(kKey)->rowCount(), 2, kTimeoutMs);
    QVERIFY(chat->modelFor(kKey)->messageAt(1).own);

    // The inspector caught the app's stream chunk as it came off the wire.
    bool seen = false;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 for (int r = 0; r < inspector->model()->rowCount(); ++r)
                                     seen = seen
                                         || (inspector->model()->frameAt(r).type == QLatin1String("stream")
                                             && inspector->model()->frameAt(r).payload == "hello from node\n");
                                 return seen;
                             }()),
                             kTimeoutMs);
}

QTEST_MAIN(TestDiscoverySwarmWindow)
#include "tst_discovery_swarm_window.moc"
