// The peer book in SQLite: save/remove/known/stats as peernet documents them, purge of peers
// that keep failing, bans that survive a restart, and a corrupt file refused, not replaced.
#include "core/clock.h"
#include "session.h"
#include "store/database.h"
#include "store/sql_peer_book.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;

class TestPeerBook : public QObject {
    Q_OBJECT

private slots:
    void saveKnownStatsRemove()
    {
        QTemporaryDir dir;
        ManualClock clock;
        auto db = Database::open(dir.filePath(QStringLiteral("book.db")));
        QVERIFY(db.ok());
        SqlPeerBook book(**db, clock);
        QVERIFY(book.init().ok());
        QVERIFY(book.save(QStringLiteral("10.0.0.1"), 7000, QStringLiteral("lan")).ok());
        QVERIFY(book.save(QStringLiteral("10.0.0.2"), 7000, QStringLiteral("pex")).ok());
        QVERIFY(book.save(QStringLiteral("10.0.0.1"), 7000, QStringLiteral("lan")).ok());  // no duplicate
        QCOMPARE(book.size(), 2);

        const PeerId key = PeerId::fromBytes(QByteArray(32, 'k'));
        book.recordConnection(QStringLiteral("10.0.0.2"), 7000, key, true);
        book.recordConnection(QStringLiteral("10.0.0.2"), 7000, key, true);
        book.recordConnection(QStringLiteral("10.0.0.1"), 7000, PeerId{}, false);
        book.recordNodes(QStringLiteral("10.0.0.2"), 7000, 5, 3);
        const auto s = book.stats(QStringLiteral("10.0.0.2"), 7000);
        QVERIFY(s);
        QCOMPARE(s->connectionsOk, 2u);
        QCOMPARE(s->connectionsFail, 0u);
        QCOMPARE(s->nodesRx, 5u);
        QCOMPARE(s->nodesTx, 3u);
        QCOMPARE(s->publicKeyHex, key.toHex());
        // known() puts peers that worked first.
        QCOMPARE(book.known(10).first().host, QStringLiteral("10.0.0.2"));

        QVERIFY(book.remove(QStringLiteral("10.0.0.2"), 7000).ok());
        QVERIFY(!book.stats(QStringLiteral("10.0.0.2"), 7000));
        // A removed peer is ignored for a day, then may be saved again.
        QVERIFY(book.save(QStringLiteral("10.0.0.2"), 7000, QStringLiteral("pex")).ok());
        QVERIFY(!book.stats(QStringLiteral("10.0.0.2"), 7000));
        clock.advance(PeerBook::kRemovedMs + 1);
        QVERIFY(book.save(QStringLiteral("10.0.0.2"), 7000, QStringLiteral("pex")).ok());
        QVERIFY(book.stats(QStringLiteral("10.0.0.2"), 7000));
    }

    void purgeDropsPeersThatKeepFailing()
    {
        QTemporaryDir dir;
        ManualClock clock;
        auto db = Database::open(dir.filePath(QStringLiteral("book.db")));
        SqlPeerBook book(**db, clock);
        QVERIFY(book.init().ok());
        for (int i = 0; i < 9; ++i)
            book.recordConnection(QStringLiteral("10.0.0.9"), 1, PeerId{}, false);
        book.recordConnection(QStringLiteral("10.0.0.9"), 1, PeerId{}, true);  // 10% success
        for (int i = 0; i < 3; ++i)
            book.recordConnection(QStringLiteral("10.0.0.8"), 1, PeerId{}, false);  // too few tries to judge
        book.recordConnection(QStringLiteral("10.0.0.7"), 1, PeerId{}, true);
        QCOMPARE(book.purge(0.2, 5), 1);
        QVERIFY(!book.stats(QStringLiteral("10.0.0.9"), 1));
        QVERIFY(book.stats(QStringLiteral("10.0.0.8"), 1));
        QVERIFY(book.stats(QStringLiteral("10.0.0.7"), 1));
    }

    void bansPersist()
    {
        QTemporaryDir dir;
        ManualClock clock;
        const PeerId key = PeerId::fromBytes(QByteArray(32, 'b'));
        {
            auto db = Database::open(dir.filePath(QStringLiteral("book.db")));
            SqlPeerBook book(**db, clock);
            QVERIFY(book.init().ok());
            book.setBanned(key, true);
        }
        auto db = Database::open(dir.filePath(QStringLiteral("book.db")));
        SqlPeerBook book(**db, clock);
        QVERIFY(book.init().ok());
        QCOMPARE(book.bannedKeys(), QList<PeerId>{key});
        book.setBanned(key, false);
        QVERIFY(book.bannedKeys().isEmpty());
    }

    void corruptDatabaseIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("swarmscope.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray junk = QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(4000, 'x');
        f.write(junk);
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::CorruptFile);
        // A session on that profile refuses to start, with a message, and leaves the file alone.
        EngineConfig config;
        config.profileDir = dir.path();
        config.lan.enabled = false;
        auto s = Session::create(config);
        QVERIFY(!s.ok());
        QVERIFY(s.error().detail.contains(QStringLiteral("refusing")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk);
    }
};

QTEST_GUILESS_MAIN(TestPeerBook)
#include "tst_peer_book.moc"
