// The window's session lives on a thread of its own: commands from the GUI thread reach it there,
// answers and batches come back to the GUI thread, and shutdown destroys it on its thread.

#include "engine_harness.h"
#include "main_window.h"
#include "models/roles.h"
#include "widget_lookup.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {
constexpr int kNetTimeoutMs = 15000;
}  // namespace

class TestEngineThread : public QObject {
    Q_OBJECT

private slots:
    void sessionLivesOffTheGuiThread()
    {
        QTemporaryDir dir;
        auto engine = test::startLocalEngine(dir.filePath(QStringLiteral("a")));
        QVERIFY(engine);
        QVERIFY(engine->onWorkerThread());
        QVERIFY(engine->engineThread() != qApp->thread());
        QCOMPARE(engine->thread(), qApp->thread());  // the client itself is the GUI's

        // The session object belongs to the engine thread, and code posted to it runs there.
        struct Where {
            QThread *session = nullptr;
            QThread *running = nullptr;
        };
        const Where where = test::onEngine(*engine, [](Session &s) {
            return Where{s.thread(), QThread::currentThread()};
        });
        QCOMPARE(where.session, engine->engineThread());
        QCOMPARE(where.running, engine->engineThread());
    }

    void commandsGoThereAndAnswersComeBack()
    {
        QTemporaryDir dir;
        auto engine = test::startLocalEngine(dir.filePath(QStringLiteral("a")));
        QVERIFY(engine);
        auto peer = test::startLocalSession(dir.filePath(QStringLiteral("b")), engine->listenPort());
        QVERIFY(peer);
        QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
        MainWindow window(*engine, settings);
        window.show();

        // A join from the window: the engine joins on its thread and answers with the room's
        // snapshot (its topic is the engine's work), delivered on the GUI thread.
        QSignalSpy joined(engine.get(), &EngineClient::roomJoined);
        const QString room = QStringLiteral("threads");
        QVERIFY(window.joinRoom(room));
        QTRY_COMPARE(joined.count(), 1);
        const auto snapshot = joined.first().at(0).value<RoomSnapshot>();
        QCOMPARE(snapshot.name, room);
        QCOMPARE(snapshot.topic, Session::roomTopic(room));
        QVERIFY(test::onEngine(*engine, [](Session &s) { return s.rooms(); }).contains(room));

        // A command with an answer: the callback runs on the GUI thread.
        peer->joinRoom(room);
        QTRY_VERIFY_WITH_TIMEOUT(engine->room(room).connectedMembers > 0, kNetTimeoutMs);
        bool peerGot = false;
        connect(peer.get(), &Session::eventsReady, this, [&](const EventBatch &batch) {
            for (const Event &e : batch)
                peerGot = peerGot || e.is<MessageReceived>();
        });
        QThread *answeredOn = nullptr;
        std::optional<Result<ChatMessage>> sent;
        engine->sendMessage(room, QStringLiteral("across threads"), this, [&](const Result<ChatMessage> &r) {
            answeredOn = QThread::currentThread();
            sent = r;
        });
        QTRY_VERIFY(sent.has_value());
        QCOMPARE(answeredOn, qApp->thread());
        QVERIFY(sent->ok());
        QCOMPARE((*sent)->text, QStringLiteral("across threads"));
        QTRY_VERIFY_WITH_TIMEOUT(peerGot, kNetTimeoutMs);

        // Batches arrive on the GUI thread: the peer's message lands in the window's chat.
        QThread *batchOn = nullptr;
        connect(engine.get(), &EngineClient::eventsReady, this, [&](const EventBatch &batch) {
            for (const Event &e : batch)
                if (e.is<MessageReceived>())
                    batchOn = QThread::currentThread();
        });
        QVERIFY(peer->sendMessage(room, QStringLiteral("and back")));
        auto *chat = test::child<QListView>(window, "chatView");
        QTRY_VERIFY_WITH_TIMEOUT(test::rowWhere(chat->model(), 0, Roles::Body, QStringLiteral("and back")) >= 0,
                                 kNetTimeoutMs);
        QCOMPARE(batchOn, qApp->thread());

        // An answer for a widget that is gone is dropped, not delivered to a dangling object.
        auto *gone = new QObject;
        bool called = false;
        engine->history(room, gone, [&](const QList<ChatMessage> &) { called = true; });
        delete gone;
        bool after = false;
        engine->history(room, this, [&](const QList<ChatMessage> &) { after = true; });
        QTRY_VERIFY(after);  // answers come in order: the first one had its turn
        QVERIFY(!called);
    }

    void shutdownDestroysTheSessionOnItsThread()
    {
        QTemporaryDir dir;
        auto engine = test::startLocalEngine(dir.filePath(QStringLiteral("a")));
        QVERIFY(engine);
        QThread *engineThread = engine->engineThread();
        auto destroyedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
        test::onEngine(*engine, [destroyedOn](Session &s) {
            QObject::connect(&s, &QObject::destroyed, [destroyedOn] { *destroyedOn = QThread::currentThread(); });
        });
        QPointer<QThread> thread(engineThread);
        engine.reset();  // blocks until the session is gone and the thread has finished
        QCOMPARE(destroyedOn->load(), engineThread);
        QVERIFY(thread.isNull());  // the thread object went with the client
    }

    void callerThreadPlacementKeepsTheOldArrangement()
    {
        QTemporaryDir dir;
        auto engine = test::startEngine(test::localConfig(dir.filePath(QStringLiteral("a"))),
                                        EngineClient::Placement::CallerThread);
        QVERIFY(engine);
        QVERIFY(!engine->onWorkerThread());
        QCOMPARE(engine->engineThread(), qApp->thread());
        QCOMPARE(test::onEngine(*engine, [](Session &s) { return s.thread(); }), qApp->thread());
    }
};

QTEST_MAIN(TestEngineThread)
#include "tst_engine_thread.moc"
