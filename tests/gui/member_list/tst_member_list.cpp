// The member list beside the chat. On fed snapshots: connected members first, then by name, names
// resolved like every view (suffixes for look-alikes), identicons, the address in the tooltip,
// and the actions only with a member picked. On real sessions over 127.0.0.1: the window's list
// shows the room's members, follows a member's live rename, and Block, Rename… and a double
// click reach the engine and the conversations.

#include "engine_harness.h"
#include "format/peer_names.h"
#include "main_window.h"
#include "models/member_list_model.h"
#include "models/roles.h"
#include "screenshot.h"
#include "views/member_list_panel.h"
#include "widget_lookup.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPixmap>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;
using swarmscope::test::TestPeer;

namespace {

constexpr int kNetTimeoutMs = 15000;
const QString kA = QStringLiteral("bVkaQ3xS1nGzJ8r4Yt2eWm9LpUcAhD5fK7");
const QString kB = QStringLiteral("bXyzR8mT2pHwN6s3Vq1dEk7JfLgBaC4uZ9");
const QString kC = QStringLiteral("bQrsZ5tN9wQ2mR8xLp3sHd6JgEcFb1uY7k");

QStringList shown(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data().toString();
    return out;
}

int rowOf(const QAbstractItemModel *model, const QString &address)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(Roles::PeerAddress).toString() == address)
            return row;
    return -1;
}

}  // namespace

class TestMemberList : public QObject {
    Q_OBJECT

private slots:
    void fedMembersAreOrderedAndNamed()
    {
        PeerNames names;
        MemberListPanel panel(&names);
        RoomSnapshot room;
        room.name = QStringLiteral("lobby");
        room.members = {kA, kB, kC};
        room.memberNames = {{kA, QStringLiteral("alice")}, {kC, QStringLiteral("Alice")}};
        names.learnFrom(QList<RoomSnapshot>{room});
        panel.showRoom(room, {kA, kB});

        const QString aTold = QStringLiteral("alice (%1)").arg(kA.left(PeerNames::kSuffixChars));
        const QString cTold = QStringLiteral("Alice (%1)").arg(kC.left(PeerNames::kSuffixChars));
        // Connected first (alice, then the unnamed b by its short address), then c.
        QCOMPARE(shown(panel.model()), (QStringList{aTold, names.display(kB), cTold}));
        const QModelIndex c = panel.model()->index(2, 0);
        QVERIFY(c.data(Qt::ToolTipRole).toString().startsWith(kC));
        QVERIFY(c.data(Qt::ForegroundRole).isValid());  // dimmed: reached through others
        QVERIFY(!panel.model()->index(0, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(!c.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("memberListTitle"))->text().contains(QStringLiteral("3")));

        // A local name reorders at once.
        names.setLocalName(kC, QStringLiteral("Aaron"));
        QCOMPARE(shown(panel.model()).last(), QStringLiteral("Aaron"));
        QCOMPARE(shown(panel.model()).first(), QStringLiteral("alice"));  // no longer a clash

        // Actions need a member picked; each asks for its own thing with that member's address.
        auto *block = panel.findChild<QAction *>(QStringLiteral("memberBlockAction"));
        auto *rename = panel.findChild<QAction *>(QStringLiteral("memberRenameAction"));
        auto *direct = panel.findChild<QAction *>(QStringLiteral("memberDirectMessageAction"));
        QVERIFY(block && rename && direct);
        QVERIFY(!block->isEnabled());
        QSignalSpy blocked(&panel, &MemberListPanel::blockRequested);
        QSignalSpy renamed(&panel, &MemberListPanel::renameRequested);
        QSignalSpy messaged(&panel, &MemberListPanel::directMessageRequested);
        panel.view()->setCurrentIndex(panel.model()->index(rowOf(panel.model(), kB), 0));
        QVERIFY(block->isEnabled());
        block->trigger();
        rename->trigger();
        direct->trigger();
        QCOMPARE(blocked.value(0).value(0).toString(), kB);
        QCOMPARE(renamed.value(0).value(0).toString(), kB);
        QCOMPARE(messaged.value(0).value(0).toString(), kB);

        // The pick survives an update; no room, no members.
        panel.showRoom(room, {kA});
        QCOMPARE(panel.view()->currentIndex().data(Roles::PeerAddress).toString(), kB);
        panel.showNoRoom();
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void windowListsMembersAndActsOnThem()
    {
        const QString room = QStringLiteral("members-room");
        QTemporaryDir dir;
        auto engine = test::startEngine(TestPeer::configFor({}, dir.filePath(QStringLiteral("a"))));
        QVERIFY(engine);
        TestPeer::Options named;
        named.name = QStringLiteral("alice");
        TestPeer b(named);
        TestPeer c(named);
        QSettings settings(dir.filePath(QStringLiteral("swarmscope.ini")), QSettings::IniFormat);
        MainWindow window(*engine, settings);
        test::prepareForScreenshot(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.joinRoom(room));
        for (TestPeer *p : {&b, &c}) {
            p->session().joinRoom(room);
            p->session().connectTo(QStringLiteral("127.0.0.1"), engine->listenPort());
        }
        auto *list = test::child<QListView>(window, "memberListView");
        QVERIFY(list && list->isVisible());
        const QString bAddress = b->address();
        const QString cAddress = c->address();
        const QString bTold = QStringLiteral("alice (%1)").arg(bAddress.left(PeerNames::kSuffixChars));
        const QString cTold = QStringLiteral("alice (%1)").arg(cAddress.left(PeerNames::kSuffixChars));
        QTRY_COMPARE_WITH_TIMEOUT(shown(list->model()).size(), 2, kNetTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(shown(list->model()).contains(bTold) && shown(list->model()).contains(cTold),
                                 kNetTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->index(0, 0).data(Roles::ConnectedCount).toBool()
                                     && list->model()->index(1, 0).data(Roles::ConnectedCount).toBool(),
                                 kNetTimeoutMs);
        test::saveScreenshot(window, QStringLiteral("member-list"));

        // c renames itself while connected: the list follows, and the clash is gone.
        QVERIFY(c->setDisplayName(QStringLiteral("carol")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(shown(list->model()).contains(QStringLiteral("carol")), kNetTimeoutMs);
        QVERIFY(shown(list->model()).contains(QStringLiteral("alice")));

        // Rename… from the list opens the window's rename dialog for that member.
        list->setCurrentIndex(list->model()->index(rowOf(list->model(), bAddress), 0));
        window.findChild<QAction *>(QStringLiteral("memberRenameAction"))->trigger();
        auto *dialog = window.findChild<QInputDialog *>(QStringLiteral("renameDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->labelText().contains(bAddress));
        dialog->setTextValue(QStringLiteral("Bea"));
        dialog->accept();
        QTRY_VERIFY(shown(list->model()).contains(QStringLiteral("Bea")));

        // A double click opens the direct conversation.
        list->setCurrentIndex(list->model()->index(rowOf(list->model(), bAddress), 0));
        emit list->doubleClicked(list->currentIndex());
        QCOMPARE(window.currentConversation(), bAddress);
        QCOMPARE(list->model()->rowCount(), 0);  // a conversation has no member list
        QVERIFY(window.joinRoom(room));  // back to the room
        QTRY_COMPARE(list->model()->rowCount(), 2);

        // Block from the list: the engine keeps it.
        list->setCurrentIndex(list->model()->index(rowOf(list->model(), cAddress), 0));
        window.findChild<QAction *>(QStringLiteral("memberBlockAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(test::onEngine(*engine, [cAddress](Session &s) { return s.isBlocked(cAddress); }),
                                 kNetTimeoutMs);

        // View › Members hides and shows it.
        auto *toggle = window.findChild<QAction *>(QStringLiteral("toggleMembersAction"));
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(!list->isVisible());
        toggle->trigger();
        QVERIFY(list->isVisible());
    }
};

QTEST_MAIN(TestMemberList)
#include "tst_member_list.moc"
