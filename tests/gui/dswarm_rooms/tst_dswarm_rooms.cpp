// A discovery-swarm room in the window: joined through the join box's backend choice, marked in
// the rooms list, lines in the chat both ways, its peer in the peers table, its stream in the
// packet inspector decoded as the user chooses.

#include "inspector/packet_cbor_model.h"
#include "inspector/packet_inspector_panel.h"
#include "inspector/packet_list_model.h"
#include "main_window.h"
#include "models/chat_message_model.h"
#include "models/peer_table_model.h"
#include "models/roles.h"
#include "models/room_list_model.h"
#include "session_harness.h"
#include "views/chat_panel.h"
#include "views/rooms_panel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
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
} // namespace

class TestDswarmRooms : public QObject {
    Q_OBJECT

private slots:
    void joinChatAndInspect();
    void unsupportedBackendIsRefused();
};

void TestDswarmRooms::joinChatAndInspect()
{
    test::TestPeer a, b;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(a.session(), settings);
    window.show();
    auto *panel = window.findChild<PacketInspectorPanel *>();
    QVERIFY(panel);
    panel->setCapturing(true);

    // The join box: pick the backend, type the name.
    auto *box = window.findChild<QComboBox *>(QStringLiteral("joinBackendBox"));
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("joinRoomEdit"));
    auto *join = window.findChild<QPushButton *>(QStringLiteral("joinRoomButton"));
    QVERIFY(box && edit && join);
    box->setCurrentIndex(box->findData(int(RoomBackend::DiscoverySwarm)));
    edit->setText(QStringLiteral("gui-room"));
    QTest::mouseClick(join, Qt::LeftButton);
    QVERIFY(a->rooms().contains(kKey));
    auto *rooms = window.findChild<RoomsPanel *>();
    const int row = rooms->model()->rowOf(kKey);
    QVERIFY(row >= 0);
    const QModelIndex index = rooms->model()->index(row);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("gui-room"));
    QCOMPARE(index.data(Roles::Backend).toString(), QStringLiteral("discovery-swarm"));
    QCOMPARE(rooms->currentRoom(), kKey);

    // A second peer joins the same swarm and dials us.
    QVERIFY(b->join(*RoomRef::parse(kKey)).ok());
    const quint16 port = portOf(a.session(), QStringLiteral("gui-room"));
    QVERIFY(port);
    QVERIFY(b->connectTo(kKey, QStringLiteral("127.0.0.1"), port).ok());
    auto *peers = window.findChild<PeerTableModel *>();
    QVERIFY(peers);
    QTRY_COMPARE_WITH_TIMEOUT(peers->rowCount(), 1, kTimeoutMs);
    // Lines go to open connections only: wait for the id exchange on both sides.
    QTRY_COMPARE_WITH_TIMEOUT(a->status().connected, 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(b->status().connected, 1, kTimeoutMs);

    // Lines both ways, in the chat.
    QVERIFY(b->sendMessage(kKey, QStringLiteral("{\"hello\":\"window\"}")).ok());
    auto *chat = window.findChild<ChatPanel *>();
    QTRY_VERIFY_WITH_TIMEOUT(chat->modelFor(kKey) && chat->modelFor(kKey)->rowCount() == 1, kTimeoutMs);
    QVERIFY(a->sendMessage(kKey, QStringLiteral("hello back")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(b.messages.size(), 1, kTimeoutMs);
    QCOMPARE(b.messages.first().text, QStringLiteral("hello back"));

    // The packet inspector: the handshake and the stream chunk; the chunk read as JSON lines.
    const auto rowOf = [&](const QString &type, Direction dir) {
        for (int r = 0; r < panel->model()->rowCount(); ++r)
            if (panel->model()->frameAt(r).type == type && panel->model()->frameAt(r).direction == dir)
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
}

void TestDswarmRooms::unsupportedBackendIsRefused()
{
    test::TestPeer a;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    MainWindow window(a.session(), settings);
    window.show();
    if (a->backend(RoomBackend::Bugout))
        QSKIP("the Bugout backend is available");
    QVERIFY(!window.joinRoom(QStringLiteral("bugout:some-room")));
    QVERIFY(a->rooms().isEmpty());
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("bugout:some-room")));
}

QTEST_MAIN(TestDswarmRooms)
#include "tst_dswarm_rooms.moc"
