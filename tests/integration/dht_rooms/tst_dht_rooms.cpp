// Rooms found over a local DHT (LAN discovery off): 30 engines in one process join one room and
// all connect; a pair that joins at the same instant finds each other within 2 s.
#include "dht/dht_node.h"
#include "session_harness.h"

#include <QElapsedTimer>
#include <QTest>

using namespace swarmscope;
using swarmscope::test::TestPeer;

class TestDhtRooms : public QObject {
    Q_OBJECT

private slots:
    void thirtyEnginesJoinOneRoom()
    {
        TestPeer::Options o;
        o.dht = true;
        o.swarm.maxInboundPerIp = 0;  // all of them come from 127.0.0.1
        TestPeer first(o);
        QVERIFY(first->dht());
        QTRY_VERIFY_WITH_TIMEOUT(first->dht()->isReady(), 5000);
        o.dhtBootstrap = {{QStringLiteral("127.0.0.1"), first->dht()->port()}};
        std::vector<std::unique_ptr<TestPeer>> peers;
        for (int i = 0; i < 29; ++i)
            peers.push_back(std::make_unique<TestPeer>(o));
        for (auto &p : peers)
            QTRY_VERIFY_WITH_TIMEOUT(p->session().dht()->isReady(), 10000);

        first->joinRoom(QStringLiteral("thirty"));
        for (auto &p : peers)
            p->session().joinRoom(QStringLiteral("thirty"));
        // Everyone ends up connected to the room, with the DHT as the source of its dials.
        const auto everyoneIn = [&] {
            if (first->room(QStringLiteral("thirty")).connectedMembers < 1)
                return false;
            for (auto &p : peers)
                if (p->session().room(QStringLiteral("thirty")).connectedMembers < 1)
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(everyoneIn(), 30000);
        int fromDht = 0;
        for (auto &p : peers)
            for (const QJsonObject &e : p->events(QStringLiteral("peer")))
                fromDht += e.value(QStringLiteral("source")).toString() == QLatin1String("dht");
        QVERIFY(fromDht >= 29);
        // A message from the last one reaches the first through the swarm.
        QVERIFY(peers.back()->session().sendMessage(QStringLiteral("thirty"), QStringLiteral("roll call")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!first.messages.isEmpty(), 10000);
        QCOMPARE(first.messages.first().text, QStringLiteral("roll call"));
    }

    void simultaneousJoinFindsEachOtherWithinTwoSeconds()
    {
        TestPeer::Options o;
        o.dht = true;
        TestPeer boot(o);
        QTRY_VERIFY_WITH_TIMEOUT(boot->dht()->isReady(), 5000);
        o.dhtBootstrap = {{QStringLiteral("127.0.0.1"), boot->dht()->port()}};
        for (int trial = 0; trial < 5; ++trial) {
            TestPeer a(o), b(o);
            QTRY_VERIFY_WITH_TIMEOUT(a->dht()->isReady() && b->dht()->isReady(), 5000);
            const QString room = QStringLiteral("same instant %1").arg(trial);
            QElapsedTimer t;
            t.start();
            a->joinRoom(room);
            b->joinRoom(room);
            QTRY_VERIFY_WITH_TIMEOUT(a.connected() == 1 && b.connected() == 1, 5000);
            qInfo("trial %d: connected after %lld ms", trial, t.elapsed());
            QVERIFY2(t.elapsed() < 2000, qPrintable(QStringLiteral("took %1 ms").arg(t.elapsed())));
        }
    }
};

QTEST_GUILESS_MAIN(TestDhtRooms)
#include "tst_dht_rooms.moc"
