// Hostile peers on real sockets: a failed handshake, an oversized frame, malformed CBOR, a forged
// signature and a silent dialler are each rejected with a reason, counted, and the node keeps
// serving honest peers.
#include "crypto/key_pair.h"
#include "crypto/secret_stream.h"
#include "raw_client.h"
#include "session_harness.h"
#include "wire/message_codec.h"
#include "wire/signed_envelope.h"

#include <QCborMap>
#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace swarmscope;
using swarmscope::test::RawClient;
using swarmscope::test::TestPeer;

namespace {
constexpr int kWait = 10000;

QString lastRejectReason(const TestPeer &p)
{
    const auto r = p.events(QStringLiteral("rejected"));
    return r.isEmpty() ? QString() : r.last().value(QStringLiteral("reason")).toString();
}

}  // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private:
    // After each attack an honest peer still connects and chats.
    void honestPeerStillServed(TestPeer &victim)
    {
        TestPeer honest;
        victim->joinRoom(QStringLiteral("room"));
        honest->joinRoom(QStringLiteral("room"));
        honest->connectTo(QStringLiteral("127.0.0.1"), victim->listenPort());
        QTRY_VERIFY_WITH_TIMEOUT(victim->room(QStringLiteral("room")).connectedMembers == 1, kWait);
        QVERIFY(honest->sendMessage(QStringLiteral("room"), QStringLiteral("still here")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!victim.messages.isEmpty(), kWait);
        QCOMPARE(victim.messages.last().text, QStringLiteral("still here"));
    }

private slots:
    void garbageHandshakeIsRejected()
    {
        TestPeer victim;
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, victim->listenPort());
        QVERIFY(s.waitForConnected(kWait));
        s.write(QByteArray::fromHex("200000") + QByteArray(32, 'x'));  // a 32-byte "handshake" of junk
        QTRY_COMPARE_WITH_TIMEOUT(lastRejectReason(victim), QStringLiteral("handshake-failed"), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState, kWait);
        QCOMPARE(victim.rejectCount(QStringLiteral("handshake-failed")), 1u);
        honestPeerStillServed(victim);
    }

    void oversizedFrameIsRejectedOnTheHeader()
    {
        TestPeer victim;
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, victim->listenPort());
        QVERIFY(s.waitForConnected(kWait));
        s.write(QByteArray::fromHex("ffffff"));  // announces a 16 MiB frame; no body follows
        QTRY_COMPARE_WITH_TIMEOUT(lastRejectReason(victim), QStringLiteral("frame-too-large"), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState, kWait);
        honestPeerStillServed(victim);
    }

    void silentDiallerTimesOut()
    {
        TestPeer::Options o;
        o.handshakeTimeoutMs = 300;
        TestPeer victim(o);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, victim->listenPort());
        QVERIFY(s.waitForConnected(kWait));
        QTRY_COMPARE_WITH_TIMEOUT(victim.count(QStringLiteral("handshake-timeout")), 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState, kWait);
        honestPeerStillServed(victim);
    }

    void malformedCborClosesWithReason()
    {
        TestPeer victim;
        RawClient attacker(victim->listenPort());
        QVERIFY(attacker.handshake());
        QTRY_COMPARE_WITH_TIMEOUT(victim.connected(), 1, kWait);
        attacker.sendPlain(QByteArray("\xa1\x61t", 3));  // a map cut short
        QVERIFY(attacker.waitClosed());
        QTRY_COMPARE_WITH_TIMEOUT(lastRejectReason(victim), QStringLiteral("malformed-message"), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(victim.connected(), 0, kWait);
        honestPeerStillServed(victim);
    }

    void unknownTypeIsCountedAndIgnored()
    {
        TestPeer victim;
        RawClient peer(victim->listenPort());
        QVERIFY(peer.handshake());
        QTRY_COMPARE_WITH_TIMEOUT(victim.connected(), 1, kWait);
        peer.sendPlain(QCborMap{{QStringLiteral("t"), 4242}}.toCborValue().toCbor());
        QTRY_COMPARE_WITH_TIMEOUT(victim.rejectCount(QStringLiteral("unknown-type")), 1u, kWait);
        QCOMPARE(victim.connected(), 1);  // still open
    }

    void inboundFloodFromOneAddressMeetsTheLimits()
    {
        TestPeer victim;
        const int perIp = victim->config().swarm.maxInboundPerIp;
        QVERIFY(perIp > 0 && perIp < 200);
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (int i = 0; i < 200; ++i) {
            flood.push_back(std::make_unique<QTcpSocket>());
            flood.back()->connectToHost(QHostAddress::LocalHost, victim->listenPort());
        }
        QTRY_COMPARE_WITH_TIMEOUT(int(victim.events(QStringLiteral("peer-rejected")).size()), 200 - perIp, kWait);
        for (const QJsonObject &e : victim.events(QStringLiteral("peer-rejected")))
            QCOMPARE(e.value(QStringLiteral("reason")).toString(), QStringLiteral("limit"));
        QCOMPARE(victim->status().handshaking, perIp);
        // Someone else, from another address, still gets in while the flood holds its slots.
        RawClient honest(victim->listenPort(), QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(honest.handshake());
        QTRY_COMPARE_WITH_TIMEOUT(victim.connected(), 1, kWait);
        QCOMPARE(victim->peers().size(), qsizetype(perIp + 1));
    }

    // A dial-back request names only a port: it is dialled at the address the asker is seen at,
    // never anywhere else (no amplification), once per peer in the rate window.
    void dialBackGoesOnlyToTheAsker()
    {
        TestPeer victim;
        QTcpServer asker, bystander;
        QVERIFY(asker.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
        QVERIFY(bystander.listen(QHostAddress(QStringLiteral("127.0.0.3")), asker.serverPort()));
        RawClient attacker(victim->listenPort(), QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(attacker.handshake());
        const QCborMap request{{QStringLiteral("t"), int(wire::Type::DialBack)},
                               {QStringLiteral("nonce"), QByteArray(16, 'n')},
                               {QStringLiteral("port"), asker.serverPort()},
                               {QStringLiteral("host"), QStringLiteral("127.0.0.3")}};  // means nothing
        attacker.sendPlain(request.toCborValue().toCbor());
        QTRY_VERIFY_WITH_TIMEOUT(asker.hasPendingConnections(), kWait);
        QVERIFY(!bystander.hasPendingConnections());
        // Our listener does not answer the handshake: the probe reports "not reachable".
        QTRY_COMPARE_WITH_TIMEOUT(victim.typed<DialBackServed>().size(), 1, kWait);
        const DialBackServed served = victim.typed<DialBackServed>().constFirst();
        QCOMPARE(served.host, QStringLiteral("127.0.0.2"));
        QVERIFY(!served.reachable);
        QVERIFY(victim.typed<DialBackAnswered>().isEmpty());
        // Asking again at once is dropped and counted.
        attacker.sendPlain(request.toCborValue().toCbor());
        QTRY_COMPARE_WITH_TIMEOUT(lastRejectReason(victim), QStringLiteral("dial-back-rate"), kWait);
        QVERIFY(!bystander.hasPendingConnections());
    }

    // A dial-back result nobody asked for changes nothing.
    void unaskedDialBackResultIsDropped()
    {
        TestPeer victim;
        RawClient attacker(victim->listenPort(), QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(attacker.handshake());
        const QCborMap result{{QStringLiteral("t"), int(wire::Type::DialBackResult)},
                              {QStringLiteral("nonce"), QByteArray(16, 'x')},
                              {QStringLiteral("ok"), true},
                              {QStringLiteral("detail"), QString()}};
        attacker.sendPlain(result.toCborValue().toCbor());
        QTRY_COMPARE_WITH_TIMEOUT(lastRejectReason(victim), QStringLiteral("dial-back-unexpected"), kWait);
        QCOMPARE(victim->reachability().status, ReachabilityStatus::Unknown);
        honestPeerStillServed(victim);
    }

    void forgedSignatureIsDropped()
    {
        TestPeer victim, alice;
        victim->joinRoom(QStringLiteral("room"));
        RawClient mallory(victim->listenPort());
        QVERIFY(mallory.handshake());
        // Announce membership, then send a message that claims to come from alice.
        mallory.sendPlain(
            wire::encode(wire::Hello{QStringLiteral("mallory"), 1, 0, {Session::roomTopic(QStringLiteral("room"))}}));
        QTRY_COMPARE_WITH_TIMEOUT(victim.count(QStringLiteral("seen")), 1, kWait);
        wire::RoomPayload p;
        p.room = Session::roomTopic(QStringLiteral("room"));
        p.from = alice->id();
        p.seq = 1;
        p.timeMs = QDateTime::currentMSecsSinceEpoch();
        p.body = "I am alice";
        mallory.sendPlain(wire::encode(wire::sealRoomMessage(p, mallory.keys())));
        // A message to a room the victim is not in is refused too.
        wire::RoomPayload q = p;
        q.from = mallory.keys().publicKey;
        q.room = Session::roomTopic(QStringLiteral("elsewhere"));
        mallory.sendPlain(wire::encode(wire::sealRoomMessage(q, mallory.keys())));
        QTRY_COMPARE_WITH_TIMEOUT(victim.rejectCount(QStringLiteral("wrong-room")), 1u, kWait);
        QCOMPARE(victim.rejectCount(QStringLiteral("bad-signature")), 1u);
        QVERIFY(victim.messages.isEmpty());

        // A correctly signed message from 1970 (a replay older than the replay cache) is refused.
        wire::RoomPayload stale = p;
        stale.from = mallory.keys().publicKey;
        stale.timeMs = 1;
        mallory.sendPlain(wire::encode(wire::sealRoomMessage(stale, mallory.keys())));
        QTRY_COMPARE_WITH_TIMEOUT(victim.rejectCount(QStringLiteral("stale")), 1u, kWait);

        // A correctly signed message from the same connection is delivered, once, even if repeated.
        wire::RoomPayload good = p;
        good.from = mallory.keys().publicKey;
        good.body = "honest now";
        const QByteArray bytes = wire::encode(wire::sealRoomMessage(good, mallory.keys()));
        mallory.sendPlain(bytes);
        mallory.sendPlain(bytes);
        mallory.sendPlain(wire::encode(wire::Ping{1, 1}));
        QTRY_COMPARE_WITH_TIMEOUT(victim.messages.size(), 1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(victim->peers().first().messagesIn >= 6, kWait);
        QCOMPARE(victim.messages.size(), 1);
        QCOMPARE(victim.messages.first().text, QStringLiteral("honest now"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
