// Several engines in one process on real loopback sockets: they connect, prove identities, keep
// one connection per pair and exchange room messages (directly, over a chain, and via mDNS on lo).
#include "session_harness.h"
#include "test_env.h"

#include <QSignalSpy>
#include <QTest>

using namespace swarmscope;
using swarmscope::test::TestPeer;

namespace {
constexpr int kWait = 10000;

QStringList texts(const QList<ChatMessage> &messages)
{
    QStringList out;
    for (const ChatMessage &m : messages)
        out << m.text;
    return out;
}
}  // namespace

class TestSessionChat : public QObject {
    Q_OBJECT

private slots:
    void twoPeersChatOverTcp()
    {
        TestPeer a, b;
        a->joinRoom(QStringLiteral("lobby"));
        b->joinRoom(QStringLiteral("lobby"));
        b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        QTRY_COMPARE_WITH_TIMEOUT(a.connected(), 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(b.connected(), 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("seen")), 1, kWait);
        QCOMPARE(a.events(QStringLiteral("seen")).first().value(QStringLiteral("address")).toString(), b->address());

        // The connection event names the proven peer on both sides.
        QCOMPARE(a.events(QStringLiteral("connection")).first().value(QStringLiteral("address")).toString(),
                 b->address());
        QCOMPARE(b.events(QStringLiteral("connection")).first().value(QStringLiteral("address")).toString(),
                 a->address());

        auto sent = b->sendMessage(QStringLiteral("lobby"), QStringLiteral("hello from b"));
        QVERIFY(sent.ok());
        QCOMPARE(sent->state, DeliveryState::Sent);
        QTRY_COMPARE_WITH_TIMEOUT(a.messages.size(), 1, kWait);
        const ChatMessage &got = a.messages.first();
        QCOMPARE(got.text, QStringLiteral("hello from b"));
        QCOMPARE(got.fromAddress, b->address());
        QCOMPARE(got.room, QStringLiteral("lobby"));
        QCOMPARE(got.id, sent->id);
        QVERIFY(b.messages.isEmpty());  // our own message is not delivered back to us

        // Peer snapshots carry real traffic counters and, after a ping, an RTT.
        QTRY_VERIFY_WITH_TIMEOUT(a->peers().size() == 1 && a->peers().first().rttUs >= 0, kWait);
        const PeerSnapshot p = a->peers().first();
        QCOMPARE(p.address, b->address());
        QCOMPARE(p.direction, Direction::Inbound);
        QVERIFY(p.bytesIn > 0 && p.bytesOut > 0);
        QCOMPARE(p.rooms, QStringList{QStringLiteral("lobby")});
    }

    void messagesOnlyReachTheirRoom()
    {
        TestPeer a, b;
        a->joinRoom(QStringLiteral("one"));
        b->joinRoom(QStringLiteral("two"));
        b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        QTRY_COMPARE_WITH_TIMEOUT(a.connected(), 1, kWait);
        QVERIFY(!b->sendMessage(QStringLiteral("one"), QStringLiteral("x")).ok());  // not a member
        QVERIFY(b->sendMessage(QStringLiteral("two"), QStringLiteral("for two only")).ok());
        // b joins "one" later: a sees b as a member then, and only then messages flow.
        b->joinRoom(QStringLiteral("one"));
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("seen")), 1, kWait);
        QVERIFY(b->sendMessage(QStringLiteral("one"), QStringLiteral("for one")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(a.messages.size(), 1, kWait);
        QCOMPARE(a.messages.first().text, QStringLiteral("for one"));
    }

    void chainFloodsExactlyOnce()
    {
        // a - b - c - d in a line, plus a shortcut a - c: every message arrives once everywhere.
        // Peer exchange is off so that the topology stays as built.
        TestPeer::Options o;
        o.peerExchange = false;
        TestPeer a(o), b(o), c(o), d(o);
        for (TestPeer *p : {&a, &b, &c, &d})
            p->session().joinRoom(QStringLiteral("chain"));
        b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        c->connectTo(QStringLiteral("127.0.0.1"), b->listenPort());
        d->connectTo(QStringLiteral("127.0.0.1"), c->listenPort());
        c->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        QTRY_VERIFY_WITH_TIMEOUT(a.connected() == 2 && b.connected() == 2 && c.connected() == 3 && d.connected() == 1,
                                 kWait);
        // A connection carries room messages once the peer's hello named the room: wait for that
        // at both senders, not only for the connections.
        QTRY_VERIFY_WITH_TIMEOUT(d->room(QStringLiteral("chain")).connectedMembers == 1
                                     && a->room(QStringLiteral("chain")).connectedMembers == 2,
                                 kWait);

        QVERIFY(a->sendMessage(QStringLiteral("chain"), QStringLiteral("from a")).ok());
        QVERIFY(d->sendMessage(QStringLiteral("chain"), QStringLiteral("from d")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(d.messages.size() == 1 && a.messages.size() == 1 && b.messages.size() == 2
                                     && c.messages.size() == 2,
                                 kWait);
        QCOMPARE(texts(d.messages), QStringList{QStringLiteral("from a")});
        QCOMPARE(texts(a.messages), QStringList{QStringLiteral("from d")});
        QCOMPARE(d.messages.first().fromAddress, a->address());
        QCOMPARE(d.messages.first().hops, 1);  // relayed, not from a neighbour
        // A later marker flushes every path; duplicates over the second path must not show up.
        QVERIFY(b->sendMessage(QStringLiteral("chain"), QStringLiteral("marker")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(a.messages.size() == 2 && c.messages.size() == 3 && d.messages.size() == 2, kWait);
        QStringList atC = texts(c.messages);
        atC.sort();
        QCOMPARE(atC, (QStringList{QStringLiteral("from a"), QStringLiteral("from d"), QStringLiteral("marker")}));
        QCOMPARE(b.messages.size(), 2);
        // d learned about a through a's message.
        QVERIFY(d->room(QStringLiteral("chain")).members.contains(a->address()));
    }

    void simultaneousDialKeepsOneConnectionOnBothSides()
    {
        for (int round = 0; round < 10; ++round) {
            TestPeer a, b;
            a->connectTo(QStringLiteral("127.0.0.1"), b->listenPort());
            b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
            QTRY_VERIFY_WITH_TIMEOUT(
                a.connected() == 1 && b.connected() == 1 && a->peers().size() == 1 && b->peers().size() == 1, kWait);
            // Both kept the same TCP connection: its ports mirror each other.
            const PeerSnapshot pa = a->peers().first(), pb = b->peers().first();
            QCOMPARE(pa.direction == Direction::Outbound, pb.direction == Direction::Inbound);
            if (pa.direction == Direction::Outbound)
                QCOMPARE(pa.port, b->listenPort());
            else
                QCOMPARE(pb.port, a->listenPort());
        }
    }

    void leavingRoomAndClosingAreSeen()
    {
        TestPeer a, b;
        a->joinRoom(QStringLiteral("r"));
        b->joinRoom(QStringLiteral("r"));
        b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("seen")), 1, kWait);
        b->leaveRoom(QStringLiteral("r"));
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("left")), 1, kWait);
        QCOMPARE(a->room(QStringLiteral("r")).members.size(), 0);
        b->stop();
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("connection-closed")), 1, kWait);
        QCOMPARE(a.connected(), 0);
    }

    void lanDiscoveryConnectsTwoAndThree()
    {
        const quint16 port = test::uniqueLanPort();
        TestPeer::Options o;
        o.lan = true;
        o.lanPort = port;
        TestPeer a(o), b(o);
        a->joinRoom(QStringLiteral("lan room"));
        b->joinRoom(QStringLiteral("lan room"));
        QTRY_VERIFY_WITH_TIMEOUT(a.connected() == 1 && b.connected() == 1, kWait);
        QCOMPARE(a->peers().first().address, b->address());
        QVERIFY(a.count(QStringLiteral("peer")) >= 1 || b.count(QStringLiteral("peer")) >= 1);

        TestPeer c(o);
        c->joinRoom(QStringLiteral("lan room"));
        QTRY_VERIFY_WITH_TIMEOUT(a.connected() == 2 && b.connected() == 2 && c.connected() == 2, kWait);
        QVERIFY(c->sendMessage(QStringLiteral("lan room"), QStringLiteral("found you")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(a.messages.size() == 1 && b.messages.size() == 1, kWait);
        QCOMPARE(a.messages.first().fromAddress, c->address());
        QCOMPARE(b.messages.first().text, QStringLiteral("found you"));
    }

    void lanDoesNotConnectDifferentRooms()
    {
        const quint16 port = test::uniqueLanPort();
        TestPeer::Options o;
        o.lan = true;
        o.lanPort = port;
        TestPeer a(o), b(o), c(o);
        a->joinRoom(QStringLiteral("alpha"));
        b->joinRoom(QStringLiteral("beta"));
        c->joinRoom(QStringLiteral("alpha"));
        QTRY_VERIFY_WITH_TIMEOUT(a.connected() == 1 && c.connected() == 1, kWait);
        QCOMPARE(b.connected(), 0);
        QCOMPARE(b.count(QStringLiteral("connecting")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionChat)
#include "tst_session_chat.moc"
