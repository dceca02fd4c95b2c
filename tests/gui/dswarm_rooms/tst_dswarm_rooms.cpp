// A discovery-swarm room in the window: joined through the join box's backend choice, marked in
// the rooms list, lines in the chat both ways, its peer in the peers table, its stream in the
// packet inspector decoded as the user chooses; a join its backend refuses.

#include "inspector/packet_cbor_model.h"
#include "inspector/packet_inspector_panel.h"
#include "inspector/packet_list_model.h"
#include "main_window.h"
#include "models/chat_message_model.h"
#include "models/peer_table_model.h"
#include "models/roles.h"
#include "models/room_list_model.h"
#include "engine_harness.h"
#include "session.h"
#include "views/chat_panel.h"
#include "views/rooms_panel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kKey = QStringLiteral("discovery-swarm:gui-room");

quint16 portOf(Session &s, const QString &room)
{
    for (const BackendStatus &b : s.status().backends)
        for (const auto &[name, port] : b.listening)
            if (name == room)
                return port;
    return 0;
}
}  // namespace

class TestDswarmRooms : public QObject {
    Q_OBJECT

private slots:
    void joinChatAndInspect();
    void refusedJoinIsTakenOut();
};

void TestDswarmRooms::joinChatAndInspect()
{
    QTemporaryDir dir;
    auto a = test::startEngine(test::TestPeer::configFor({}, dir.filePath(QStringLiteral("a"))));
    QVERIFY(a);
    test::TestPeer b;
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(*a, settings);
    window.show();
    auto *panel = window.findChild<PacketInspectorPanel *>();
    QVERIFY(panel);
    panel->setCapturing(true);

    // The join box: pick the backend, type the name.
    QSignalSpy joined(a.get(), &EngineClient::roomJoined);
    auto *box = window.findChild<QComboBox *>(QStringLiteral("joinBackendBox"));
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("joinRoomEdit"));
    auto *join = window.findChild<QPushButton *>(QStringLiteral("joinRoomButton"));
    QVERIFY(box && edit && join);
    box->setCurrentIndex(box->findData(int(RoomBackend::DiscoverySwarm)));
    edit->setText(QStringLiteral("gui-room"));
    QTest::mouseClick(join, Qt::LeftButton);
    auto *rooms = window.findChild<RoomsPanel *>();
    const int row = rooms->model()->rowOf(kKey);
    QVERIFY(row >= 0);  // at once, before the engine answers
    const QModelIndex index = rooms->model()->index(row);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("gui-room"));
    QCOMPARE(index.data(Roles::Backend).toString(), QStringLiteral("discovery-swarm"));
    QCOMPARE(rooms->currentRoom(), kKey);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 1, kTimeoutMs);
    QCOMPARE(joined.first().first().value<RoomSnapshot>().backend, RoomBackend::DiscoverySwarm);
    QVERIFY(test::onEngine(*a, [](Session &s) { return s.rooms(); }).contains(kKey));

    // A second peer joins the same swarm and dials us.
    QVERIFY(b->join(*RoomRef::parse(kKey)).ok());
    const quint16 port = test::onEngine(*a, [](Session &s) { return portOf(s, QStringLiteral("gui-room")); });
    QVERIFY(port);
    QVERIFY(b->connectTo(kKey, QStringLiteral("127.0.0.1"), port).ok());
    auto *peers = window.findChild<PeerTableModel *>();
    QVERIFY(peers);
    QTRY_COMPARE_WITH_TIMEOUT(peers->rowCount(), 1, kTimeoutMs);
    // Lines go to open connections only: wait for the id exchange on both sides.
    QTRY_COMPARE_WITH_TIMEOUT(test::onEngine(*a, [](Session &s) { return s.status().connected; }), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(b->status().connected, 1, kTimeoutMs);

    // Lines both ways, in the chat: B's arrives, ours goes out through the composer.
    QVERIFY(b->sendMessage(kKey, QStringLiteral("{\"hello\":\"window\"}")).ok());
    auto *chat = window.findChild<ChatPanel *>();
    QTRY_VERIFY_WITH_TIMEOUT(chat->modelFor(kKey) && chat->modelFor(kKey)->rowCount() == 1, kTimeoutMs);
    auto *composer = window.findChild<QLineEdit *>(QStringLiteral("composerEdit"));
    QVERIFY(composer && composer->isEnabled());
    QTest::keyClicks(composer, QStringLiteral("hello back"));
    QTest::keyClick(composer, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(b.messages.size(), 1, kTimeoutMs);
    QCOMPARE(b.messages.first().text, QStringLiteral("hello back"));
    QTRY_COMPARE_WITH_TIMEOUT(chat->modelFor(kKey)->rowCount(), 2, kTimeoutMs);

    // The packet inspector: the handshake and the stream chunk; the chunk read as JSON lines.
    const auto rowOf = [&](const QString &type, Direction direction) {
        for (int r = 0; r < panel->model()->rowCount(); ++r)
            if (panel->model()->frameAt(r).type == type && panel->model()->frameAt(r).direction == direction)
                return r;
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("stream"), Direction::Inbound) >= 0, kTimeoutMs);
    QVERIFY(rowOf(QStringLiteral("handshake"), Direction::Inbound) >= 0);
    panel->selectRow(rowOf(QStringLiteral("handshake"), Direction::Inbound));
    QVERIFY(panel->fieldsModel()->findTopLevel(QStringLiteral("id")).isValid());
    panel->selectRow(rowOf(QStringLiteral("stream"), Direction::Inbound));
    QCOMPARE(panel->model()->frameAt(rowOf(QStringLiteral("stream"), Direction::Inbound)).payload,
             QByteArray("{\"hello\":\"window\"}\n"));
    panel->viewAsBox()->setCurrentIndex(2);  // JSON lines: the object's key becomes a field
    QVERIFY(panel->fieldsModel()->rowCount() >= 1);
    const QModelIndex first = panel->fieldsModel()->index(0, PacketCborModel::Field);
    QVERIFY(panel->fieldsModel()->rowCount(first) >= 1);
    QCOMPARE(panel->fieldsModel()->index(0, PacketCborModel::Field, first).data().toString(), QStringLiteral("hello"));
    panel->viewAsBox()->setCurrentIndex(0);  // text lines: the line itself
    QVERIFY(panel->fieldsModel()->index(0, PacketCborModel::Value).data().toString().contains(QLatin1String("hello")));

    // A line cut by a TCP read (two chunks of one stream) shows whole in the chunk that completes
    // it, after a note of the bytes carried over; a chunk of another stream in between does not mix in.
    FrameRecord head = panel->model()->frameAt(rowOf(QStringLiteral("stream"), Direction::Inbound));
    head.connectionId = 990001;
    head.payload = "{\"cut\":";
    FrameRecord other = head;
    other.connectionId = 990002;
    other.payload = "unrelated\n";
    FrameRecord tail = head;
    tail.payload = "\"across reads\"}\n";
    const int before = panel->model()->rowCount();
    emit a->framesCaptured({head, other, tail});
    QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), before + 3, kTimeoutMs);
    int tailRow = -1;
    for (int r = 0; r < panel->model()->rowCount(); ++r)
        if (panel->model()->frameAt(r).payload == tail.payload)
            tailRow = r;
    QVERIFY(tailRow >= 0);
    panel->viewAsBox()->setCurrentIndex(2);
    panel->selectRow(tailRow);
    QCOMPARE(panel->fieldsModel()->rowCount(), 2);
    const QModelIndex carried = panel->fieldsModel()->index(0, PacketCborModel::Field);
    QCOMPARE(panel->fieldsModel()->index(0, PacketCborModel::Field, carried).data().toString(),
             QStringLiteral("(carried over)"));
    const QModelIndex whole = panel->fieldsModel()->index(1, PacketCborModel::Field);
    QCOMPARE(panel->fieldsModel()->index(0, PacketCborModel::Field, whole).data().toString(), QStringLiteral("cut"));
    QCOMPARE(panel->fieldsModel()->index(0, PacketCborModel::Value, whole).data().toString(),
             QStringLiteral("\"across reads\""));
}

// A join its backend refuses (here: the Bugout room's BitTorrent port is held by another
// listener) takes the room out of the list again and says why in the status bar.
void TestDswarmRooms::refusedJoinIsTakenOut()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    EngineConfig config = test::TestPeer::configFor({}, dir.filePath(QStringLiteral("a")));
    config.bittorrentPort = holder.serverPort();
    config.lsd.enabled = false;
    auto a = test::startEngine(config);
    QVERIFY(a);
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(*a, settings);
    window.show();
    QSignalSpy failed(a.get(), &EngineClient::roomJoinFailed);
    window.joinRoom(QStringLiteral("bugout:some-room"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kTimeoutMs);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("bugout:some-room"));
    auto *rooms = window.findChild<RoomsPanel *>();
    QCOMPARE(rooms->model()->rowOf(QStringLiteral("bugout:some-room")), -1);
    QVERIFY(a->rooms().isEmpty());
    QVERIFY(test::onEngine(*a, [](Session &s) { return s.rooms(); }).isEmpty());
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("bugout:some-room")));
}

QTEST_MAIN(TestDswarmRooms)
#include "tst_dswarm_rooms.moc"
