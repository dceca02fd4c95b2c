// Files in the window (offscreen, the session on its engine thread): an offer from a second
// session shows as a bubble, Accept is clicked and the progress bar reaches 100 %; a file offered
// from the chat (what the button and a drop do) reaches the other session.
#include "engine_harness.h"
#include "files/file_hasher.h"
#include "main_window.h"
#include "session.h"
#include "transfers/file_transfer_card.h"
#include "transfers/file_transfers_view.h"
#include "views/chat_panel.h"
#include "widget_lookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {
constexpr int kWait = 20000;
const QString kRoom = QStringLiteral("gui-files");

QString writeFile(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(64 * 1024, Qt::Uninitialized);
    for (int i = 0; i < block.size(); ++i)
        block[i] = char(i * 13);
    for (qint64 left = size; left > 0; left -= block.size())
        f.write(block.constData(), std::min<qint64>(left, block.size()));
    return path;
}
// The window on session A (its engine thread) and a plain session B connected to it.
class Setup {
public:
    Setup()
    {
        a = test::startLocalEngine(dir.filePath(QStringLiteral("a")));
        if (!a)
            return;
        b = test::startLocalSession(dir.filePath(QStringLiteral("b")), a->listenPort());
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("a/swarmscope.ini")), QSettings::IniFormat);
        window = std::make_unique<MainWindow>(*a, *settings);
        window->show();
    }
    bool started() { return b && QTest::qWaitForWindowExposed(window.get()); }
    struct Parts {
        QTemporaryDir &dir;
        ui::EngineClient &a;
        std::unique_ptr<Session> &b;
        MainWindow &window;
    };
    Parts parts() { return {dir, *a, b, *window}; }

private:
    QTemporaryDir dir;
    std::unique_ptr<ui::EngineClient> a;
    std::unique_ptr<Session> b;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MainWindow> window;
};
}  // namespace

class TestFileTransferGui : public QObject {
    Q_OBJECT

private slots:
    void offerAcceptedInTheWindowReaches100Percent()
    {
        Setup setup;
        QVERIFY(setup.started());
        auto [dir, a, b, window] = setup.parts();
        auto *joinEdit = test::child<QLineEdit>(window, "joinRoomEdit");
        QVERIFY(joinEdit);
        QTest::keyClicks(joinEdit, kRoom);
        QTest::keyClick(joinEdit, Qt::Key_Return);
        b->joinRoom(kRoom);
        QTRY_VERIFY_WITH_TIMEOUT(b->room(kRoom).connectedMembers > 0, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(test::onEngine(a, [](Session &s) { return s.room(kRoom).connectedMembers; }) > 0,
                                 kWait);

        // B offers a file to the room: A's window shows who, what and how big, and asks.
        const qint64 size = 2 * 1024 * 1024 + 5;
        const QString path = writeFile(dir.filePath(QStringLiteral("holiday.png")), size);
        const auto id = b->sendFile(kRoom, path);
        QVERIFY(id.ok());
        auto *view = test::child<FileTransfersView>(window, "fileTransfers");
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->card(*id) != nullptr, kWait);
        FileTransferCard *card = view->card(*id);
        QVERIFY(view->isVisible());
        auto *accept = card->findChild<QPushButton *>(QStringLiteral("fileAccept"));
        auto *decline = card->findChild<QPushButton *>(QStringLiteral("fileDecline"));
        QVERIFY(accept && decline);
        QVERIFY(accept->isVisible() && decline->isVisible());
        const QString shown = card->findChildren<QLabel *>().first()->text();
        QCOMPARE(shown, QStringLiteral("holiday.png"));
        const FileTransferItem *item = view->transfers().find(*id);
        QCOMPARE(item->peer, b->address());
        QCOMPARE(item->type, QStringLiteral("image/png"));

        QTest::mouseClick(accept, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(card->progressBar()->value(), 100, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(view->transfers().find(*id)->state, FileTransferItem::State::Done, kWait);
        QVERIFY(!accept->isVisible());
        const QString saved = view->transfers().find(*id)->path;
        QCOMPARE(*files::hashFile(saved), *files::hashFile(path));
        auto *status = card->findChild<QLabel *>(QStringLiteral("fileStatus"));
        QVERIFY(status->text().contains(saved));
    }

    void fileOfferedFromTheChatReachesThePeer()
    {
        Setup setup;
        QVERIFY(setup.started());
        auto [dir, a, b, window] = setup.parts();
        auto *sendFile = test::child<QToolButton>(window, "sendFileButton");
        QVERIFY(sendFile);
        QVERIFY(!sendFile->isEnabled());  // nowhere to send it yet
        auto *joinEdit = test::child<QLineEdit>(window, "joinRoomEdit");
        QTest::keyClicks(joinEdit, kRoom);
        QTest::keyClick(joinEdit, Qt::Key_Return);
        QVERIFY(sendFile->isEnabled());
        b->joinRoom(kRoom);
        QTRY_VERIFY_WITH_TIMEOUT(test::onEngine(a, [](Session &s) { return s.room(kRoom).connectedMembers; }) > 0,
                                 kWait);

        QString offered;
        connect(b.get(), &Session::eventsReady, this, [&](const EventBatch &events) {
            for (const Event &e : events)
                if (const auto *offer = e.get<FileOfferReceived>())
                    offered = QString::fromLatin1(offer->offer.id.toHex());
        });
        const QString path = writeFile(dir.filePath(QStringLiteral("notes.txt")), 300 * 1024);
        auto *chat = test::child<ChatPanel>(window, "chatPanel");
        chat->offerFile(path);  // what the button's dialog and a drop do
        QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty(), kWait);
        auto *view = test::child<FileTransfersView>(window, "fileTransfers");
        QTRY_VERIFY_WITH_TIMEOUT(view->card(offered) != nullptr, kWait);
        QVERIFY(b->acceptFile(offered, dir.filePath(QStringLiteral("b-downloads"))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(view->transfers().find(offered)->state, FileTransferItem::State::Done, kWait);
        QCOMPARE(view->card(offered)->progressBar()->value(), 100);
        QCOMPARE(*files::hashFile(dir.filePath(QStringLiteral("b-downloads/notes.txt"))), *files::hashFile(path));
    }
};

QTEST_MAIN(TestFileTransferGui)
#include "tst_file_transfer_gui.moc"
