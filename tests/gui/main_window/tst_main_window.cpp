// The main window on a real Session (on its engine thread), talking to a second Session over TCP
// on 127.0.0.1.

#include "engine_harness.h"
#include "widget_lookup.h"
#include "main_window.h"
#include "models/roles.h"
#include "session.h"
#include "widgets/address_label.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {

constexpr int kNetTimeoutMs = 15000;
const QString kRoom = QStringLiteral("gui-test-room");

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chatsWithASecondSession();
    void shortcutsAndAccessibleNames();
    void layoutIsSavedPerProfile();
    void sendErrorsGoToTheStatusBar();
    void aSecondNodeWithOurIdentityIsShown();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

void TestMainWindow::chatsWithASecondSession()
{
    auto a = test::startLocalEngine(m_dir->filePath(QStringLiteral("a")));
    QVERIFY(a);
    auto b = test::startLocalSession(m_dir->filePath(QStringLiteral("b")), a->listenPort());
    QVERIFY(b);
    QSettings settings(m_dir->filePath(QStringLiteral("a/swarmscope.ini")), QSettings::IniFormat);
    MainWindow window(*a, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The status bar shows our own address.
    auto *address = test::child<AddressLabel>(window, "ownAddressLabel");
    QVERIFY(address);
    QCOMPARE(address->address(), a->address());

    // Join by typing the room's name.
    auto *joinEdit = test::child<QLineEdit>(window, "joinRoomEdit");
    QVERIFY(joinEdit);
    QTest::keyClicks(joinEdit, kRoom);
    QTest::keyClick(joinEdit, Qt::Key_Return);
    QCOMPARE(window.currentRoom(), kRoom);
    QVERIFY(test::onEngine(*a, [](Session &s) { return s.rooms(); }).contains(kRoom));
    QVERIFY(joinEdit->text().isEmpty());
    auto *roomList = test::child<QListView>(window, "roomList");
    QVERIFY(roomList);
    QCOMPARE(test::rowWhere(roomList->model(), 0, Qt::DisplayRole, kRoom), 0);
    QVERIFY(window.windowTitle().contains(kRoom));

    // B shows up in the peers table with its proven address.
    auto *peerTable = test::child<QTableView>(window, "peerTable");
    QVERIFY(peerTable);
    QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(peerTable->model(), 0, Roles::Raw, b->address()) >= 0, kNetTimeoutMs);
    auto *connected = test::child<QLabel>(window, "connectedLabel");
    QVERIFY(connected);
    QTRY_VERIFY_WITH_TIMEOUT(connected->text().startsWith(QLatin1Char('1')), kNetTimeoutMs);

    // B joins and, once it sees A in the room, writes.
    b->joinRoom(kRoom);
    QTRY_VERIFY_WITH_TIMEOUT(b->room(kRoom).connectedMembers > 0, kNetTimeoutMs);
    const QString fromB = QStringLiteral("hello from B");
    const Result<ChatMessage> sent = b->sendMessage(kRoom, fromB);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().detail));

    auto *chatView = test::child<QListView>(window, "chatView");
    QVERIFY(chatView);
    QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(chatView->model(), 0, Roles::Body, fromB) >= 0, kNetTimeoutMs);
    const QModelIndex received = chatView->model()->index(test::rowWhere(chatView->model(), 0, Roles::Body, fromB), 0);
    QVERIFY(!received.data(Roles::Own).toBool());
    QCOMPARE(received.data(Qt::ToolTipRole).toString().isEmpty(), false);

    // A answers through the composer; Enter sends.
    QSignalSpy bReceived(b.get(), &Session::eventsReady);
    auto *composer = test::child<QLineEdit>(window, "composerEdit");
    QVERIFY(composer);
    QVERIFY(composer->isEnabled());
    const QString fromA = QStringLiteral("hi from A, through the window");
    QTest::keyClicks(composer, fromA);
    QTest::keyClick(composer, Qt::Key_Return);
    QTRY_VERIFY(composer->text().isEmpty());
    QTRY_VERIFY(test::rowWhere(chatView->model(), 0, Roles::Body, fromA) >= 0);
    const int ownRow = test::rowWhere(chatView->model(), 0, Roles::Body, fromA);
    QVERIFY(chatView->model()->index(ownRow, 0).data(Roles::Own).toBool());

    const auto bGotIt = [&] {
        for (const QList<QVariant> &args : std::as_const(bReceived)) {
            for (const Event &e : args.at(0).value<EventBatch>()) {
                const auto *got = e.get<MessageReceived>();
                if (got && got->message.text == fromA && got->message.room == kRoom
                    && got->message.fromAddress == a->address())
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(bGotIt(), kNetTimeoutMs);

    // The event log saw the connection.
    auto *eventLog = test::child<QTableView>(window, "eventLogView");
    QVERIFY(eventLog);
    QTRY_VERIFY_WITH_TIMEOUT(eventLog->model()->rowCount() > 0, kNetTimeoutMs);

    // Another window on the same session starts from the stored history.
    {
        QSettings other(m_dir->filePath(QStringLiteral("a/other.ini")), QSettings::IniFormat);
        MainWindow second(*a, other);
        QCOMPARE(second.currentRoom(), kRoom);
        auto *view = test::child<QListView>(second, "chatView");
        QTRY_VERIFY(test::rowWhere(view->model(), 0, Roles::Body, fromB) >= 0);
        QTRY_VERIFY(test::rowWhere(view->model(), 0, Roles::Body, fromA) >= 0);
    }

    // B leaves: its row disappears from the peers table.
    b.reset();
    QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(peerTable->model(), 0, Roles::Raw, a->address()) < 0
                                 && peerTable->model()->rowCount() == 0,
                             kNetTimeoutMs);
}

void TestMainWindow::shortcutsAndAccessibleNames()
{
    auto a = test::startLocalEngine(m_dir->filePath(QStringLiteral("a")));
    QVERIFY(a);
    QSettings settings(m_dir->filePath(QStringLiteral("a/swarmscope.ini")), QSettings::IniFormat);
    MainWindow window(*a, settings);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    auto *joinEdit = test::child<QLineEdit>(window, "joinRoomEdit");
    auto *composer = test::child<QLineEdit>(window, "composerEdit");
    QVERIFY(joinEdit && composer);
    QVERIFY(!composer->isEnabled());  // no room yet

    QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
    QTRY_VERIFY(joinEdit->hasFocus());
    QTest::keyClicks(joinEdit, QStringLiteral("shortcuts"));
    QTest::keyClick(joinEdit, Qt::Key_Enter);
    QCOMPARE(window.currentRoom(), QStringLiteral("shortcuts"));

    joinEdit->setFocus();
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(composer->hasFocus());

    // Every widget people interact with has a name for screen readers.
    for (const char *name : {"joinRoomEdit", "joinRoomButton", "roomList", "chatView", "composerEdit", "sendButton",
                             "peerTable", "peerFilterEdit", "eventLogView", "eventFilterEdit", "ownAddressLabel"}) {
        auto *w = test::child<QWidget>(window, name);
        QVERIFY2(w, name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }

    // Leaving empties the chat and disables the composer again.
    window.leaveRoom(QStringLiteral("shortcuts"));
    QVERIFY(!a->rooms().contains(QStringLiteral("shortcuts")));
    QVERIFY(!test::onEngine(*a, [](Session &s) { return s.rooms(); }).contains(QStringLiteral("shortcuts")));
    QVERIFY(window.currentRoom().isEmpty());
    QVERIFY(!composer->isEnabled());

    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::layoutIsSavedPerProfile()
{
    auto a = test::startLocalEngine(m_dir->filePath(QStringLiteral("a")));
    QVERIFY(a);
    const QString ini = m_dir->filePath(QStringLiteral("a/swarmscope.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        MainWindow window(*a, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        test::child<QDockWidget>(window, "eventLogDock")->hide();
        window.close();
    }
    {
        QSettings settings(ini, QSettings::IniFormat);
        QVERIFY(settings.contains(QStringLiteral("mainWindow/geometry")));
        QVERIFY(settings.contains(QStringLiteral("mainWindow/state")));
        MainWindow window(*a, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(900, 640));
        QVERIFY(test::child<QDockWidget>(window, "peersDock")->isVisible());
        QVERIFY(!test::child<QDockWidget>(window, "eventLogDock")->isVisible());
    }
    // Another profile keeps its own layout.
    QSettings other(m_dir->filePath(QStringLiteral("b/swarmscope.ini")), QSettings::IniFormat);
    QVERIFY(!other.contains(QStringLiteral("mainWindow/geometry")));
}

void TestMainWindow::sendErrorsGoToTheStatusBar()
{
    auto a = test::startLocalEngine(m_dir->filePath(QStringLiteral("a")));
    QVERIFY(a);
    QSettings settings(m_dir->filePath(QStringLiteral("a/swarmscope.ini")), QSettings::IniFormat);
    MainWindow window(*a, settings);
    window.show();
    QVERIFY(window.joinRoom(QStringLiteral("quiet")));
    QCOMPARE(window.currentRoom(), QStringLiteral("quiet"));

    // The engine leaves the room behind the window's back; the next send is refused.
    // Posted, not waited for: the send below reaches the engine after it.
    a->post([](Session &s) { s.leaveRoom(QStringLiteral("quiet")); });
    auto *composer = test::child<QLineEdit>(window, "composerEdit");
    QVERIFY(composer);
    QTest::keyClicks(composer, QStringLiteral("anyone?"));
    QTest::keyClick(composer, Qt::Key_Return);
    QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("not in that room")),
                 qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(composer->text(), QStringLiteral("anyone?"));  // kept for another try

    // Then the engine's room list catches up and the room goes from the window too.
    QTRY_VERIFY_WITH_TIMEOUT(window.currentRoom().isEmpty(), kNetTimeoutMs);
    QCOMPARE(test::child<QListView>(window, "roomList")->model()->rowCount(), 0);
    QVERIFY(!composer->isEnabled());
}

void TestMainWindow::aSecondNodeWithOurIdentityIsShown()
{
    auto a = test::startLocalEngine(m_dir->filePath(QStringLiteral("a")));
    QVERIFY(a);
    QSettings settings(m_dir->filePath(QStringLiteral("a/swarmscope.ini")), QSettings::IniFormat);
    MainWindow window(*a, settings);
    window.show();
    // A copy of A's profile dials A.
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("b"))));
    QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("a/identity.seed")),
                        m_dir->filePath(QStringLiteral("b/identity.seed"))));
    auto twin = test::startLocalSession(m_dir->filePath(QStringLiteral("b")), a->listenPort());
    QVERIFY(twin);
    QCOMPARE(twin->address(), a->address());
    QTRY_VERIFY2_WITH_TIMEOUT(
        window.statusBar()->currentMessage().contains(QStringLiteral("runs with this profile's identity")),
        qPrintable(window.statusBar()->currentMessage()), kNetTimeoutMs);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("127.0.0.1")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
