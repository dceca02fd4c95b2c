// Direct messages and history search in the window, on real sessions over 127.0.0.1: "Send
// direct message" opens a conversation whose messages go from sent to delivered, replies land
// there and not in the room, and Ctrl+F finds and jumps to messages of the current room.

#include "widget_lookup.h"
#include "main_window.h"
#include "models/chat_message_model.h"
#include "models/conversation_list_model.h"
#include "models/peer_table_model.h"
#include "models/roles.h"
#include "screenshot.h"
#include "engine_harness.h"
#include "views/chat_panel.h"
#include "widgets/chat_search_bar.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
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
const QString kRoom = QStringLiteral("dm-room");

}  // namespace

class TestConversations : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void directMessageIsDelivered();
    void findInHistory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::EngineClient> m_a;  // the window's, on its engine thread
    std::unique_ptr<TestPeer> m_b;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestConversations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_a = test::startEngine(TestPeer::configFor({}, m_dir->filePath(QStringLiteral("a"))));
    QVERIFY(m_a);
    m_b = std::make_unique<TestPeer>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("swarmscope.ini")), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(*m_a, *m_settings);
    swarmscope::test::prepareForScreenshot(*m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Shortcuts and "read while seen" need the active window (set directly: a bare X server
    // for screenshots has no window manager to activate it).
    QApplication::setActiveWindow(m_window.get());
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QVERIFY(m_window->joinRoom(kRoom));
    m_b->session().joinRoom(kRoom);
    m_b->session().connectTo(QStringLiteral("127.0.0.1"), m_a->listenPort());
    QTRY_VERIFY_WITH_TIMEOUT(m_a->room(kRoom).connectedMembers == 1, kNetTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_b->session().room(kRoom).connectedMembers == 1, kNetTimeoutMs);
}

void TestConversations::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_b.reset();
    m_a.reset();
    m_dir.reset();
}

void TestConversations::directMessageIsDelivered()
{
    MainWindow &window = *m_window;
    const QString bAddress = m_b->session().address();

    // "Send direct message" on B's row in the peers table opens the conversation.
    auto *peers = test::child<QTableView>(window, "peerTable");
    QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(peers->model(), PeerTableModel::Address, Roles::Raw, bAddress) >= 0,
                             kNetTimeoutMs);
    peers->selectionModel()->select(
        peers->model()->index(test::rowWhere(peers->model(), PeerTableModel::Address, Roles::Raw, bAddress), 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *direct = test::child<QAction>(window, "directMessagePeerAction");
    QVERIFY(direct && direct->isEnabled());
    direct->trigger();
    QCOMPARE(window.currentConversation(), bAddress);
    QVERIFY(window.currentRoom().isEmpty());
    auto *conversations = test::child<QListView>(window, "conversationList");
    QVERIFY(conversations && conversations->isVisible());
    QVERIFY(!conversations->accessibleName().isEmpty());
    QCOMPARE(test::rowWhere(conversations->model(), 0, Roles::Key, bAddress), 0);
    QVERIFY(window.windowTitle().contains(QStringLiteral("direct")));

    // Typed into the composer, the message goes to B alone and is shown as ours.
    auto *composer = test::child<QLineEdit>(window, "composerEdit");
    QVERIFY(composer && composer->isEnabled());
    QVERIFY(composer->placeholderText().contains(QStringLiteral("directly")));
    const QString text = QStringLiteral("just for you, B");
    QTest::keyClicks(composer, text);
    QTest::keyClick(composer, Qt::Key_Return);
    QTRY_VERIFY(composer->text().isEmpty());
    auto *chat = test::child<QListView>(window, "chatView");
    QTRY_VERIFY(test::rowWhere(chat->model(), 0, Roles::Body, text) >= 0);
    const int row = test::rowWhere(chat->model(), 0, Roles::Body, text);
    QVERIFY(chat->model()->index(row, 0).data(Roles::Own).toBool());
    const int sentState = chat->model()->index(row, 0).data(Roles::Delivery).toInt();
    QVERIFY(sentState == int(DeliveryState::Sent) || sentState == int(DeliveryState::Delivered));

    // B's receipt comes back: ✓✓ delivered.
    QTRY_COMPARE_WITH_TIMEOUT(
        chat->model()->index(test::rowWhere(chat->model(), 0, Roles::Body, text), 0).data(Roles::Delivery).toInt(),
        int(DeliveryState::Delivered), kNetTimeoutMs);
    QVERIFY(chat->model()
                ->index(test::rowWhere(chat->model(), 0, Roles::Body, text), 0)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QStringLiteral("delivered")));
    const auto bGotIt = [&] {
        for (const ChatMessage &m : m_b->messages)
            if (m.direct && m.text == text && m.fromAddress == m_a->address())
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(bGotIt(), kNetTimeoutMs);

    // B answers directly: the reply is in the conversation, not in the room.
    const QString reply = QStringLiteral("got it, thanks");
    QVERIFY(m_b->session().sendDirect(m_a->address(), reply).ok());
    QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(chat->model(), 0, Roles::Body, reply) >= 0, kNetTimeoutMs);
    auto *chatPanel = window.findChild<ChatPanel *>(QStringLiteral("chatPanel"));
    QVERIFY(chatPanel);
    QCOMPARE(test::rowWhere(chatPanel->modelFor(kRoom), 0, Roles::Body, reply), -1);
    QCOMPARE(test::rowWhere(chatPanel->modelFor(kRoom), 0, Roles::Body, text), -1);
    swarmscope::test::saveScreenshot(window, QStringLiteral("direct-messages"));

    // Back in the room, a reply raises the conversation's unread count.
    QVERIFY(window.joinRoom(kRoom));
    QCOMPARE(window.currentRoom(), kRoom);
    QVERIFY(window.currentConversation().isEmpty());
    QVERIFY(m_b->session().sendDirect(m_a->address(), QStringLiteral("one more")).ok());
    auto *list = conversations->model();
    QTRY_COMPARE_WITH_TIMEOUT(list->index(0, 0).data(Roles::Unread).toInt(), 1, kNetTimeoutMs);
    QCOMPARE(list->index(0, 0).data(Roles::Body).toString(), QStringLiteral("one more"));

    // "Send direct message to the author" on B's room message opens the same conversation.
    QVERIFY(m_b->session().sendMessage(kRoom, QStringLiteral("hello room")).ok());
    QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(chat->model(), 0, Roles::Body, QStringLiteral("hello room")) >= 0,
                             kNetTimeoutMs);
    chat->setCurrentIndex(
        chat->model()->index(test::rowWhere(chat->model(), 0, Roles::Body, QStringLiteral("hello room")), 0));
    auto *toAuthor = test::child<QAction>(window, "directMessageAuthorAction");
    QVERIFY(toAuthor && toAuthor->isEnabled());
    toAuthor->trigger();
    QCOMPARE(window.currentConversation(), bAddress);
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, 0).data(Roles::Unread).toInt(), 0);  // read now

    // Closing the conversation removes the entry, not the messages: reopened, it is whole.
    const int shown = chat->model()->rowCount();
    QVERIFY(shown >= 3);
    auto *close = test::child<QAction>(window, "closeConversationAction");
    QVERIFY(close && close->isEnabled());
    close->trigger();
    QCOMPARE(list->rowCount(), 0);
    QVERIFY(window.currentConversation().isEmpty());
    window.openConversation(bAddress);
    QCOMPARE(window.currentConversation(), bAddress);
    QCOMPARE(chat->model()->rowCount(), shown);

    // A second window on the same session restores the conversation from the history.
    QSettings other(m_dir->filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
    MainWindow second(*m_a, other);
    auto *secondList = test::child<QListView>(second, "conversationList");
    QTRY_COMPARE(test::rowWhere(secondList->model(), 0, Roles::Key, bAddress), 0);
}

void TestConversations::findInHistory()
{
    MainWindow &window = *m_window;
    const QStringList lines{QStringLiteral("the blue key is under the mat"), QStringLiteral("thanks"),
                            QStringLiteral("which key? the BLUE one?"), QStringLiteral("yes")};
    for (const QString &line : lines)
        QVERIFY(m_b->session().sendMessage(kRoom, line).ok());
    auto *chat = test::child<QListView>(window, "chatView");
    QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(chat->model(), 0, Roles::Body, lines.last()) >= 0, kNetTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(chat->model(), 0, Roles::Body, lines.at(2)) >= 0, kNetTimeoutMs);

    // Ctrl+F opens the find bar with the focus in it.
    auto *bar = test::child<ChatSearchBar>(window, "chatSearchBar");
    auto *edit = test::child<QLineEdit>(window, "chatSearchEdit");
    auto *result = test::child<QLabel>(window, "chatSearchResultLabel");
    QVERIFY(bar && edit && result);
    QVERIFY(!bar->isVisible());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(bar->isVisible());
    QTRY_VERIFY(edit->hasFocus());
    QVERIFY(!edit->accessibleName().isEmpty());

    // Typing searches the stored history (case-insensitive): two matches, the newest current.
    QTest::keyClicks(edit, QStringLiteral("blue"));
    QTRY_COMPARE(result->text(), QStringLiteral("2 of 2"));
    const int first = test::rowWhere(chat->model(), 0, Roles::Body, lines.at(0));
    const int second = test::rowWhere(chat->model(), 0, Roles::Body, lines.at(2));
    QCOMPARE(chat->currentIndex().row(), second);
    QVERIFY(chat->model()->index(first, 0).data(Roles::SearchMatch).toBool());
    QVERIFY(chat->model()->index(second, 0).data(Roles::SearchMatch).toBool());
    QVERIFY(!chat->model()
                 ->index(test::rowWhere(chat->model(), 0, Roles::Body, lines.at(1)), 0)
                 .data(Roles::SearchMatch)
                 .toBool());

    // Enter goes to the next match (wrapping), Shift+Enter back.
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(result->text(), QStringLiteral("1 of 2"));
    QCOMPARE(chat->currentIndex().row(), first);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(chat->currentIndex().row(), second);
    swarmscope::test::saveScreenshot(window, QStringLiteral("history-search"));

    // Nothing found says so; Escape closes the bar and clears the marks.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("purple"));
    QTRY_COMPARE(result->text(), QStringLiteral("No matches"));
    edit->setText(QStringLiteral("blue"));
    QTRY_COMPARE(result->text(), QStringLiteral("2 of 2"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(!chat->model()->index(first, 0).data(Roles::SearchMatch).toBool());
}

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"
