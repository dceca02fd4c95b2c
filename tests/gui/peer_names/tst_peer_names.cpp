// Names in the window: the identicon drawn from a key (same key, same picture; mirrored), the
// resolver every view asks (local name over the signed one over the short address, a suffix of
// the address when two read the same), the models that show them, and on real sessions over
// 127.0.0.1 "Rename…" from the peers table and from a chat bubble, kept in the profile.

#include "engine_harness.h"
#include "format/peer_names.h"
#include "format/units.h"
#include "main_window.h"
#include "models/chat_message_model.h"
#include "models/peer_table_model.h"
#include "models/roles.h"
#include "peer_naming.h"
#include "screenshot.h"
#include "views/chat_panel.h"
#include "widget_lookup.h"
#include "widgets/identicon.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
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
const QString kA = QStringLiteral("bVkaQ3xS1nGzJ8r4Yt2eWm9LpUcAhD5fK7");
const QString kB = QStringLiteral("bXyzR8mT2pHwN6s3Vq1dEk7JfLgBaC4uZ9");
const QString kC = QStringLiteral("bVkaZ5tN9wQ2mR8xLp3sHd6JgEcFb1uY7k");  // starts like kA

QByteArray bytesOf(const QImage &image)
{
    return QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
}

PeerSnapshot peer(quint64 id, const QString &address, const QString &name)
{
    PeerSnapshot p;
    p.connectionId = id;
    p.address = address;
    p.name = name;
    p.state = ConnectionState::Connected;
    return p;
}

ChatMessage said(const QString &from, const QString &name, int n)
{
    ChatMessage m;
    m.room = QStringLiteral("lobby");
    m.fromAddress = from;
    m.fromName = name;
    m.text = QStringLiteral("line %1").arg(n);
    m.id = QByteArray::number(n);
    m.timeMs = 1'700'000'000'000 + n;
    return m;
}

}  // namespace

class TestPeerNames : public QObject {
    Q_OBJECT

private slots:
    void identiconIsDeterministic();
    void identiconIsMirrored();
    void localNameWinsAndClearingRestores();
    void sameNamesGetAddressSuffixes();
    void modelsShowResolvedNamesAndIdenticons();
    void renameFromPeersTableAndBubble();
};

void TestPeerNames::identiconIsDeterministic()
{
    QCOMPARE(bytesOf(Identicon::image(kA, 40)), bytesOf(Identicon::image(kA, 40)));
    QVERIFY(bytesOf(Identicon::image(kA, 40)) != bytesOf(Identicon::image(kB, 40)));
    QVERIFY(bytesOf(Identicon::image(kA, 40)) != bytesOf(Identicon::image(kC, 40)));  // a shared start does not matter
    QVERIFY(Identicon::pattern(kA).foreground != Identicon::pattern(kB).foreground);
    // Cached: the same pixmap comes back for the same address and size.
    QCOMPARE(Identicon::pixmap(kA, 16).cacheKey(), Identicon::pixmap(kA, 16).cacheKey());
    QCOMPARE(Identicon::pixmap(kA, 16).size(), QSize(16, 16));
    QCOMPARE(Identicon::pixmap(kA, 16, 2.0).size(), QSize(32, 32));
}

void TestPeerNames::identiconIsMirrored()
{
    for (const QString &address : {kA, kB, kC}) {
        const Identicon::Pattern p = Identicon::pattern(address);
        int on = 0;
        for (int row = 0; row < Identicon::kGrid; ++row)
            for (int col = 0; col < Identicon::kGrid; ++col) {
                QCOMPARE(p.cells[row][col], p.cells[row][Identicon::kGrid - 1 - col]);
                on += p.cells[row][col] ? 1 : 0;
            }
        QVERIFY(on > 0 && on < Identicon::kGrid * Identicon::kGrid);
        for (int size : {16, 17, 23, 40}) {
            const QImage image = Identicon::image(address, size);
            QCOMPARE(image.size(), QSize(size, size));
            for (int y = 0; y < size; ++y)
                for (int x = 0; x < size / 2; ++x)
                    QCOMPARE(image.pixel(x, y), image.pixel(size - 1 - x, y));
        }
    }
}

void TestPeerNames::localNameWinsAndClearingRestores()
{
    PeerNames names;
    QSignalSpy changed(&names, &PeerNames::changed);
    QCOMPARE(names.display(kA), Units::shortAddress(kA));
    QCOMPARE(names.display(kA, QStringLiteral("alice")), QStringLiteral("alice"));  // not learned yet
    QVERIFY(!names.isNamed(kA));
    names.learn(kA, QStringLiteral("alice"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(names.display(kA), QStringLiteral("alice"));
    names.learn(kA, QString());  // a relayed message without a name keeps the one learned
    QCOMPARE(names.display(kA), QStringLiteral("alice"));

    names.setLocalName(kA, QStringLiteral("  Mum "));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(names.display(kA), QStringLiteral("Mum"));
    QCOMPARE(names.display(kA, QStringLiteral("alice")), QStringLiteral("Mum"));
    QCOMPARE(names.signedName(kA), QStringLiteral("alice"));
    names.setLocalName(kA, QString());
    QCOMPARE(names.display(kA), QStringLiteral("alice"));

    // A local name for someone without a signed one; clearing shows the address again.
    names.setLocalNames({{kB, QStringLiteral("Bob")}});
    QCOMPARE(names.display(kB), QStringLiteral("Bob"));
    QVERIFY(names.isNamed(kB));
    names.setLocalNames({});
    QCOMPARE(names.display(kB), Units::shortAddress(kB));
}

void TestPeerNames::sameNamesGetAddressSuffixes()
{
    PeerNames names;
    names.learn(kA, QStringLiteral("alice"));
    names.learn(kB, QStringLiteral("Alice"));  // case aside, the same
    QCOMPARE(names.display(kA), QStringLiteral("alice (bVka)"));
    QCOMPARE(names.display(kB), QStringLiteral("Alice (bXyz)"));
    QCOMPARE(names.base(kA), QStringLiteral("alice"));

    // A third whose address starts the same: the suffixes grow until they differ.
    names.learn(kC, QStringLiteral("alice"));
    QCOMPARE(names.display(kA), QStringLiteral("alice (bVkaQ)"));
    QCOMPARE(names.display(kC), QStringLiteral("alice (bVkaZ)"));
    QCOMPARE(names.display(kB), QStringLiteral("Alice (bXyz)"));

    // A local name that tells them apart drops the suffix; one that makes a clash adds it.
    names.setLocalName(kC, QStringLiteral("Carol"));
    QCOMPARE(names.display(kC), QStringLiteral("Carol"));
    QCOMPARE(names.display(kA), QStringLiteral("alice (bVka)"));
    names.setLocalName(kB, QStringLiteral("carol"));
    QCOMPARE(names.display(kA), QStringLiteral("alice"));
    QCOMPARE(names.display(kB), QStringLiteral("carol (bXyz)"));
    QCOMPARE(names.display(kC), QStringLiteral("Carol (bVka)"));
}

void TestPeerNames::modelsShowResolvedNamesAndIdenticons()
{
    PeerNames names;
    PeerTableModel peers;
    peers.setNames(&names);
    const QList<PeerSnapshot> rows{peer(1, kA, QStringLiteral("alice")), peer(2, kB, QStringLiteral("alice")),
                                   peer(3, kC, QString())};
    names.learnFrom(rows);
    peers.reset(rows);
    ChatMessageModel chat(QStringLiteral("lobby"));
    chat.setNames(&names);
    const QList<ChatMessage> messages{said(kA, QStringLiteral("alice"), 1), said(kB, QStringLiteral("alice"), 2)};
    names.learnFrom(messages);
    chat.append(messages);

    const auto shown = [&peers](int row) { return peers.index(row, PeerTableModel::Address).data().toString(); };
    QCOMPARE(shown(0), QStringLiteral("alice (bVka)"));
    QCOMPARE(shown(1), QStringLiteral("alice (bXyz)"));
    QCOMPARE(shown(2), kC);  // no name: the whole address, as before
    QCOMPARE(chat.index(0, 0).data(Roles::Author).toString(), QStringLiteral("alice (bVka)"));
    QVERIFY(chat.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(kA));
    for (int row = 0; row < 3; ++row)
        QVERIFY(!peers.index(row, PeerTableModel::Address).data(Qt::DecorationRole).value<QPixmap>().isNull());
    QVERIFY(peers.index(0, PeerTableModel::Endpoint).data(Qt::DecorationRole).isNull());
    QVERIFY(!chat.index(1, 0).data(Qt::DecorationRole).value<QPixmap>().isNull());

    // A rename shows at once in both, and the tables say so.
    QSignalSpy tableChanged(&peers, &QAbstractItemModel::dataChanged);
    QSignalSpy chatLaidOut(&chat, &QAbstractItemModel::layoutChanged);
    names.setLocalName(kB, QStringLiteral("Bob"));
    QVERIFY(!tableChanged.isEmpty());
    QVERIFY(!chatLaidOut.isEmpty());
    QCOMPARE(shown(1), QStringLiteral("Bob"));
    QCOMPARE(shown(0), QStringLiteral("alice"));
    QCOMPARE(chat.index(1, 0).data(Roles::Author).toString(), QStringLiteral("Bob"));
    QVERIFY(peers.index(1, 0).data(Roles::FilterText).toString().contains(QStringLiteral("Bob")));
    names.setLocalName(kB, QString());
    QCOMPARE(shown(1), QStringLiteral("alice (bXyz)"));
    QCOMPARE(chat.index(1, 0).data(Roles::Author).toString(), QStringLiteral("alice (bXyz)"));
}

// Two neighbours both call themselves "alice": the window tells them apart by address, and a
// rename from the peers table, then clearing it from a chat bubble, goes through the profile.
void TestPeerNames::renameFromPeersTableAndBubble()
{
    const QString room = QStringLiteral("names-room");
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
    QTRY_VERIFY_WITH_TIMEOUT(engine->room(room).connectedMembers == 2, kNetTimeoutMs);
    QVERIFY(b->sendMessage(room, QStringLiteral("Hi, I am alice.")).ok());
    QVERIFY(c->sendMessage(room, QStringLiteral("So am I!")).ok());
    auto *composer = test::child<QLineEdit>(window, "composerEdit");
    QVERIFY(composer);
    QTest::keyClicks(composer, QStringLiteral("Which of you is which?"));
    QTest::keyClick(composer, Qt::Key_Return);

    const QString bAddress = b->address();
    const QString cAddress = c->address();
    const QString bTold = QStringLiteral("alice (%1)").arg(bAddress.left(PeerNames::kSuffixChars));
    const QString cTold = QStringLiteral("alice (%1)").arg(cAddress.left(PeerNames::kSuffixChars));
    auto *chat = test::child<QListView>(window, "chatView");
    auto *table = test::child<QTableView>(window, "peerTable");
    QVERIFY(chat && table);
    const auto authorOf = [chat](const QString &text) {
        const int row = test::rowWhere(chat->model(), 0, Roles::Body, text);
        return row < 0 ? QString() : chat->model()->index(row, 0).data(Roles::Author).toString();
    };
    const auto tableName = [table](const QString &address) {
        const int row = test::rowWhere(table->model(), PeerTableModel::Address, Roles::Raw, address);
        return row < 0 ? QString() : table->model()->index(row, PeerTableModel::Address).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(authorOf(QStringLiteral("So am I!")), cTold, kNetTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(authorOf(QStringLiteral("Hi, I am alice.")), bTold, kNetTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tableName(bAddress), bTold, kNetTimeoutMs);
    QCOMPARE(tableName(cAddress), cTold);
    const int bRow = test::rowWhere(table->model(), PeerTableModel::Address, Roles::Raw, bAddress);
    QVERIFY(!table->model()->index(bRow, PeerTableModel::Address).data(Qt::DecorationRole).value<QPixmap>().isNull());
    QVERIFY(!chat->model()
                 ->index(test::rowWhere(chat->model(), 0, Roles::Body, QStringLiteral("So am I!")), 0)
                 .data(Qt::DecorationRole)
                 .value<QPixmap>()
                 .isNull());
    // The bubbles are laid out again once names arrive, and shown.
    const auto bubbleShown = [chat](const QString &text) {
        const QRect r = chat->visualRect(chat->model()->index(test::rowWhere(chat->model(), 0, Roles::Body, text), 0));
        return r.height() > 0 && chat->viewport()->rect().intersects(r);
    };
    QTRY_VERIFY(bubbleShown(QStringLiteral("Hi, I am alice.")));
    QTRY_VERIFY(bubbleShown(QStringLiteral("Which of you is which?")));
    test::saveScreenshot(window, QStringLiteral("names"));

    // Rename… on b's row in the peers table: the local name wins in the table and the bubbles.
    table->selectionModel()->select(table->model()->index(bRow, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *renamePeer = window.findChild<QAction *>(QStringLiteral("renamePeerAction"));
    QVERIFY(renamePeer && table->actions().contains(renamePeer));
    renamePeer->trigger();
    auto *dialog = window.findChild<QInputDialog *>(QStringLiteral("renameDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->labelText().contains(bAddress));
    dialog->setTextValue(QStringLiteral("Alice from work"));
    dialog->accept();
    QTRY_COMPARE(tableName(bAddress), QStringLiteral("Alice from work"));
    QCOMPARE(authorOf(QStringLiteral("Hi, I am alice.")), QStringLiteral("Alice from work"));
    QCOMPARE(authorOf(QStringLiteral("So am I!")), QStringLiteral("alice"));  // no longer a clash
    QCOMPARE(tableName(cAddress), QStringLiteral("alice"));
    QTRY_VERIFY(bubbleShown(QStringLiteral("So am I!")));
    QCOMPARE(test::onEngine(*engine, [](Session &s) { return s.localNames(); }),
             (QHash<QString, QString>{{bAddress, QStringLiteral("Alice from work")}}));

    // Rename the author… on b's bubble, emptied: their own name is back, with its suffix.
    const int bubble = test::rowWhere(chat->model(), 0, Roles::Body, QStringLiteral("Hi, I am alice."));
    chat->setCurrentIndex(chat->model()->index(bubble, 0));
    auto *renameAuthor = window.findChild<QAction *>(QStringLiteral("renameAuthorAction"));
    QVERIFY(renameAuthor && chat->actions().contains(renameAuthor) && renameAuthor->isEnabled());
    renameAuthor->trigger();
    dialog = window.findChild<QInputDialog *>(QStringLiteral("renameDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->textValue(), QStringLiteral("Alice from work"));
    dialog->setTextValue(QString());
    dialog->accept();
    QTRY_COMPARE(authorOf(QStringLiteral("Hi, I am alice.")), bTold);
    QCOMPARE(tableName(bAddress), bTold);
    QCOMPARE(test::onEngine(*engine, [](Session &s) { return s.localNames(); }), (QHash<QString, QString>{}));

    // A name that breaks the display-name rules is refused and changes nothing.
    auto *naming = window.findChild<PeerNaming *>(QStringLiteral("peerNaming"));
    QVERIFY(naming);
    QSignalSpy answered(naming, &PeerNaming::statusMessage);
    naming->rename(cAddress, QStringLiteral("two\nlines"));
    QTRY_COMPARE(answered.size(), 1);
    QVERIFY(answered.constFirst().constFirst().toString().contains(QStringLiteral("control characters")));
    QVERIFY(test::onEngine(*engine, [](Session &s) { return s.localNames().isEmpty(); }));
    QCOMPARE(tableName(cAddress), cTold);
}

QTEST_MAIN(TestPeerNames)
#include "tst_peer_names.moc"
