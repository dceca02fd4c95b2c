// What a profile keeps, in the window on real sessions over 127.0.0.1: the rooms come back after
// a restart of window and engine in the order they were joined, joined in the engine, with their
// history and unread counts, and leaving one forgets it; a blocked peer's messages never reach
// the chat (counted as "blocked") until unblocked from File ▸ Blocked Peers…; a room's history
// is exported as JSON; --minimized starts in the tray or minimized.

#include "engine_harness.h"
#include "history_exporter.h"
#include "main_window.h"
#include "models/chat_message_model.h"
#include "models/peer_table_model.h"
#include "models/roles.h"
#include "models/room_list_model.h"
#include "peer_blocking.h"
#include "tray_notifier.h"
#include "views/blocked_peers_dialog.h"
#include "views/chat_panel.h"
#include "views/rooms_panel.h"
#include "widget_lookup.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;
using swarmscope::test::TestPeer;

namespace {

constexpr int kNetTimeoutMs = 15000;

// One run of the window: its engine, settings and window, as gui_main.cpp builds them.
struct WindowRun {
    std::unique_ptr<EngineClient> engine;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MainWindow> window;

    explicit WindowRun(const QString &profile)
    {
        EngineConfig config = TestPeer::configFor({}, profile);
        config.rememberRooms = true;
        engine = test::startEngine(config);
        if (!engine)
            return;
        settings = std::make_unique<QSettings>(profile + QStringLiteral("/swarmscope.ini"), QSettings::IniFormat);
        window = std::make_unique<MainWindow>(*engine, *settings);
    }
    ~WindowRun()
    {
        if (window)
            window->saveSettings();  // what closing the window does
        window.reset();
        settings.reset();
        engine.reset();
    }
    RoomListModel *rooms() const { return window->findChild<RoomsPanel *>(QStringLiteral("roomsPanel"))->model(); }
    QStringList roomRows() const
    {
        QStringList names;
        for (int row = 0; row < rooms()->rowCount(); ++row)
            names.append(rooms()->nameAt(row));
        return names;
    }
    ChatPanel *chat() const { return window->findChild<ChatPanel *>(QStringLiteral("chatPanel")); }
    QStringList engineRooms()
    {
        return test::onEngine(*engine, [](Session &s) { return s.rooms(); });
    }
};

bool chatHas(ChatPanel *chat, const QString &room, const QString &text)
{
    return test::rowWhere(chat->modelFor(room), 0, Roles::Body, text) >= 0;
}

quint64 blockedRejects(EngineClient &engine)
{
    return test::onEngine(engine, [](Session &s) {
        for (const auto &[reason, count] : s.status().rejects)
            if (reason == QLatin1String("blocked"))
                return count;
        return quint64(0);
    });
}

}  // namespace

class TestRememberedRooms : public QObject {
    Q_OBJECT

private slots:
    void roomsStayAcrossRestart();
    void blockedPeerIsDroppedUntilUnblocked();
    void exportWritesJson();
    void minimizedStartsInTrayOrMinimized();
};

void TestRememberedRooms::roomsStayAcrossRestart()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("a"));
    const QStringList kept{QStringLiteral("zulu"), QStringLiteral("discovery-swarm:beta"), QStringLiteral("alpha")};
    TestPeer b;
    {
        WindowRun run(profile);
        QVERIFY(run.window);
        run.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(run.window.get()));
        for (const QString &room : {QStringLiteral("zulu"), QStringLiteral("discovery-swarm:beta"),
                                    QStringLiteral("passing"), QStringLiteral("alpha")})
            QVERIFY(run.window->joinRoom(room));
        run.window->leaveRoom(QStringLiteral("passing"));
        QTRY_COMPARE_WITH_TIMEOUT(run.engineRooms(), kept, kNetTimeoutMs);
        QCOMPARE(run.roomRows(), kept);

        // Something to keep: our line in alpha, and a line from b in zulu while alpha is shown.
        QVERIFY(test::onEngine(*run.engine, [](Session &s) {
            return s.sendMessage(QStringLiteral("alpha"), QStringLiteral("said before")).ok();
        }));
        b->joinRoom(QStringLiteral("zulu"));
        b->connectTo(QStringLiteral("127.0.0.1"), run.engine->listenPort());
        QTRY_VERIFY_WITH_TIMEOUT(b->room(QStringLiteral("zulu")).connectedMembers == 1, kNetTimeoutMs);
        QCOMPARE(run.window->currentRoom(), QStringLiteral("alpha"));
        QVERIFY(b->sendMessage(QStringLiteral("zulu"), QStringLiteral("unread one")).ok());
        QVERIFY(b->sendMessage(QStringLiteral("zulu"), QStringLiteral("unread two")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(run.rooms()->unreadOf(QStringLiteral("zulu")), 2, kNetTimeoutMs);
    }
    {
        // A new engine and window on the same profile: the rooms are back, in order, joined.
        WindowRun run(profile);
        QVERIFY(run.window);
        QCOMPARE(run.engine->rooms(), kept);
        QCOMPARE(run.engineRooms(), kept);
        QCOMPARE(test::onEngine(*run.engine, [](Session &s) { return s.rememberedRooms(); }), kept);
        QCOMPARE(run.roomRows(), kept);
        QCOMPARE(run.window->currentRoom(), QStringLiteral("alpha"));
        QCOMPARE(run.rooms()->unreadOf(QStringLiteral("zulu")), 2);
        QCOMPARE(run.rooms()->unreadOf(QStringLiteral("alpha")), 0);
        QTRY_VERIFY(chatHas(run.chat(), QStringLiteral("alpha"), QStringLiteral("said before")));
        QTRY_VERIFY(chatHas(run.chat(), QStringLiteral("zulu"), QStringLiteral("unread two")));
        QCOMPARE(test::onEngine(*run.engine, [](Session &s) { return s.room(QStringLiteral("zulu")).topic.size(); }),
                 32);

        // Leaving forgets.
        run.window->leaveRoom(QStringLiteral("zulu"));
        QTRY_COMPARE(run.engineRooms(), kept.mid(1));
    }
    {
        WindowRun run(profile);
        QVERIFY(run.window);
        QCOMPARE(run.roomRows(), kept.mid(1));
        QCOMPARE(run.engineRooms(), kept.mid(1));
    }
}

void TestRememberedRooms::blockedPeerIsDroppedUntilUnblocked()
{
    QTemporaryDir dir;
    const QString room = QStringLiteral("blocking");
    TestPeer b;
    WindowRun run(dir.filePath(QStringLiteral("a")));
    QVERIFY(run.window);
    MainWindow &window = *run.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.joinRoom(room));
    b->joinRoom(room);
    b->connectTo(QStringLiteral("127.0.0.1"), run.engine->listenPort());
    QTRY_VERIFY_WITH_TIMEOUT(run.engine->room(room).connectedMembers == 1, kNetTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(b->room(room).connectedMembers == 1, kNetTimeoutMs);
    const QString bAddress = b->address();

    // "Block" on b's row in the peers table.
    auto *peers = test::child<QTableView>(window, "peerTable");
    QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(peers->model(), PeerTableModel::Address, Roles::Raw, bAddress) >= 0,
                             kNetTimeoutMs);
    peers->selectionModel()->select(
        peers->model()->index(test::rowWhere(peers->model(), PeerTableModel::Address, Roles::Raw, bAddress), 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *blockPeer = test::child<QAction>(window, "blockPeerAction");
    QVERIFY(blockPeer);
    auto *blocking = window.findChild<PeerBlocking *>(QStringLiteral("peerBlocking"));
    QSignalSpy changed(blocking, &PeerBlocking::blockedChanged);
    blockPeer->trigger();
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{bAddress});

    // b's message is dropped by the engine and counted; a later one after unblocking arrives.
    QVERIFY(b->sendMessage(room, QStringLiteral("you will not see this")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(blockedRejects(*run.engine), quint64(1), kNetTimeoutMs);
    QVERIFY(!chatHas(run.chat(), room, QStringLiteral("you will not see this")));

    auto *listAction = test::child<QAction>(window, "blockedPeersAction");
    QVERIFY(listAction);
    listAction->trigger();
    auto *dialog = window.findChild<BlockedPeersDialog *>(QStringLiteral("blockedPeersDialog"));
    QVERIFY(dialog);
    auto *list = test::child<QListWidget>(*dialog, "blockedPeersList");
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), bAddress);
    auto *unblock = test::child<QPushButton>(*dialog, "unblockButton");
    QVERIFY(!unblock->isEnabled());
    list->item(0)->setSelected(true);
    QVERIFY(unblock->isEnabled());
    QSignalSpy listChanged(dialog, &BlockedPeersDialog::listChanged);
    unblock->click();
    QTRY_COMPARE(listChanged.size(), 1);
    QCOMPARE(list->count(), 0);
    QVERIFY(test::onEngine(*run.engine, [](Session &s) { return s.blockedPeers(); }).isEmpty());

    QVERIFY(b->sendMessage(room, QStringLiteral("now you do")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(chatHas(run.chat(), room, QStringLiteral("now you do")), kNetTimeoutMs);
    QCOMPARE(blockedRejects(*run.engine), quint64(1));
    QVERIFY(!chatHas(run.chat(), room, QStringLiteral("you will not see this")));

    // "Block the author" on b's bubble.
    auto *chatView = test::child<QListView>(window, "chatView");
    const int row = test::rowWhere(chatView->model(), 0, Roles::Body, QStringLiteral("now you do"));
    QVERIFY(row >= 0);
    chatView->setCurrentIndex(chatView->model()->index(row, 0));
    auto *blockAuthor = test::child<QAction>(window, "blockAuthorAction");
    QVERIFY(blockAuthor && blockAuthor->isEnabled());
    blockAuthor->trigger();
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).toStringList(), QStringList{bAddress});
}

void TestRememberedRooms::exportWritesJson()
{
    QTemporaryDir dir;
    WindowRun run(dir.filePath(QStringLiteral("a")));
    QVERIFY(run.window);
    QVERIFY(run.window->joinRoom(QStringLiteral("notes")));
    QTRY_VERIFY(run.engineRooms().contains(QStringLiteral("notes")));
    for (const QString &line : {QStringLiteral("first"), QStringLiteral("second")})
        QVERIFY(test::onEngine(*run.engine,
                               [line](Session &s) { return s.sendMessage(QStringLiteral("notes"), line).ok(); }));
    auto *exporter = run.window->findChild<HistoryExporter *>(QStringLiteral("historyExporter"));
    QVERIFY(exporter && exporter->action());
    QSignalSpy exported(exporter, &HistoryExporter::exported);
    const QString path = dir.filePath(QStringLiteral("notes.json"));
    exporter->exportRoom(QStringLiteral("notes"), path, HistoryFormat::Json);
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(2).toInt(), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("room")).toString(), QStringLiteral("notes"));
    const QJsonArray messages = doc.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("first"));
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("from")).toString(), run.engine->address());
}

void TestRememberedRooms::minimizedStartsInTrayOrMinimized()
{
    QTemporaryDir dir;
    WindowRun run(dir.filePath(QStringLiteral("a")));
    QVERIFY(run.window);
    const bool inTray = run.window->showAtStart(true);
    QCOMPARE(inTray, TrayNotifier::available());
    if (inTray)
        QVERIFY(!run.window->isVisible());
    else
        QTRY_VERIFY(run.window->isMinimized());
}

QTEST_MAIN(TestRememberedRooms)
#include "tst_remembered_rooms.moc"
