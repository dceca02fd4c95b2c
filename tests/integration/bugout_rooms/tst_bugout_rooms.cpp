// Bugout's room features natively: remote procedures with results, errors and timeouts, direct
// messages sealed to one member (carriers cannot read them), receipts, the outbox for members who
// are away, heartbeat timeouts, server mode and history that survives a restart.
#include "session_harness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using swarmscope::test::TestPeer;

namespace {
constexpr int kWait = 10000;

void joinAll(std::initializer_list<TestPeer *> peers, const QString &room)
{
    for (TestPeer *p : peers)
        p->session().joinRoom(room);
}

QStringList directTexts(const TestPeer &p)
{
    QStringList out;
    for (const ChatMessage &m : p.messages)
        if (m.direct)
            out << m.text;
    return out;
}
}  // namespace

class TestBugoutRooms : public QObject {
    Q_OBJECT

private slots:
    void rpcResultErrorAndListing()
    {
        TestPeer a, b;
        joinAll({&a, &b}, QStringLiteral("rpc"));
        b->registerProcedure(QStringLiteral("add"), QStringLiteral("Adds two numbers."),
                             [](const QString &, const QJsonValue &args) -> Result<QJsonValue> {
                                 const QJsonArray n = args.toArray();
                                 if (n.size() != 2)
                                     return makeError(ErrorCode::Invalid, QStringLiteral("need two numbers"));
                                 return QJsonValue(n[0].toDouble() + n[1].toDouble());
                             });
        a->connectTo(QStringLiteral("127.0.0.1"), b->listenPort());
        QTRY_VERIFY_WITH_TIMEOUT(a->room(QStringLiteral("rpc")).connectedMembers == 1, kWait);

        const auto responses = [&a] { return a.typed<RpcResponded>(); };
        auto ok = a->callRpc(b->address(), QStringLiteral("add"), QJsonArray{2, 40});
        QVERIFY(ok.ok());
        QTRY_COMPARE_WITH_TIMEOUT(responses().size(), 1, kWait);
        auto r = responses().first().response;
        QCOMPARE(r.callId, *ok);
        QVERIFY(r.ok);
        QCOMPARE(r.result.toDouble(), 42.0);
        QCOMPARE(r.peerAddress, b->address());

        QVERIFY(a->callRpc(b->address(), QStringLiteral("add"), QJsonArray{1}).ok());
        QVERIFY(a->callRpc(b->address(), QStringLiteral("nope"), QJsonValue()).ok());
        QVERIFY(a->callRpc(b->address(), Rpc::kListProcedures, QJsonValue()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(responses().size(), 4, kWait);
        QCOMPARE(responses()[1].response.error, QStringLiteral("need two numbers"));
        QCOMPARE(responses()[2].response.error, QStringLiteral("No such API call."));
        const QJsonArray listing = responses()[3].response.result.toArray();
        QCOMPARE(listing.size(), 1);
        QCOMPARE(listing[0].toObject().value(QStringLiteral("doc")).toString(), QStringLiteral("Adds two numbers."));
        // The callee saw each call as an "rpc" event; the caller got "rpc-response" events.
        QCOMPARE(b.count(QStringLiteral("rpc")), 4);
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("rpc-response")), 4, kWait);
        // ...and the callee reported each answer it sent, with the time it took.
        const QList<QJsonObject> answered = b.events(QStringLiteral("rpc-answered"));
        QCOMPARE(answered.size(), 4);
        QCOMPARE(answered[0].value(QStringLiteral("to")).toString(), a->address());
        QCOMPARE(answered[0].value(QStringLiteral("id")).toDouble(), double(*ok));
        QCOMPARE(answered[0].value(QStringLiteral("result")).toDouble(), 42.0);
        QVERIFY(answered[0].value(QStringLiteral("latencyMs")).toDouble() >= 0);
        QCOMPARE(answered[1].value(QStringLiteral("error")).toString(), QStringLiteral("need two numbers"));
        QCOMPARE(answered[2].value(QStringLiteral("name")).toString(), QStringLiteral("nope"));
        QCOMPARE(answered[2].value(QStringLiteral("error")).toString(), QStringLiteral("No such API call."));
    }

    void rpcTimesOut()
    {
        TestPeer a, b;
        joinAll({&a, &b}, QStringLiteral("slow"));
        // A procedure that never answers (Bugout's callback style allows it): the caller times out.
        b->registerAsyncProcedure(QStringLiteral("never"), QStringLiteral("Never answers."),
                                  [](const QString &, const QJsonValue &, RpcRespond) {});
        a->connectTo(QStringLiteral("127.0.0.1"), b->listenPort());
        QTRY_VERIFY_WITH_TIMEOUT(a->room(QStringLiteral("slow")).connectedMembers == 1, kWait);
        auto call = a->callRpc(b->address(), QStringLiteral("never"), QJsonValue(), 200);
        QVERIFY(call.ok());
        QTRY_COMPARE_WITH_TIMEOUT(a.typed<RpcResponded>().size(), 1, kWait);
        const RpcResponse r = a.typed<RpcResponded>().first().response;
        QVERIFY(!r.ok);
        QCOMPARE(r.error, QStringLiteral("timeout"));
        QVERIFY(r.latencyMs >= 200);
        QCOMPARE(b.count(QStringLiteral("rpc")), 1);  // it did arrive
        QCOMPARE(b.count(QStringLiteral("rpc-answered")), 0);  // and was never answered
    }

    void inFlightLimit()
    {
        TestPeer a, b;
        joinAll({&a, &b}, QStringLiteral("busy"));
        a->connectTo(QStringLiteral("127.0.0.1"), b->listenPort());
        QTRY_VERIFY_WITH_TIMEOUT(a->room(QStringLiteral("busy")).connectedMembers == 1, kWait);
        for (int i = 0; i < Rpc::kMaxInFlightPerPeer; ++i)
            QVERIFY(a->callRpc(b->address(), QStringLiteral("echo"), i).ok());
        auto over = a->callRpc(b->address(), QStringLiteral("echo"), 99);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, ErrorCode::LimitReached);
    }

    void directMessagesAreSealedFromCarriers()
    {
        // a - b - c: b carries a's message to c but cannot read it.
        TestPeer::Options o;
        o.peerExchange = false;
        TestPeer a(o), b(o), c(o);
        joinAll({&a, &b, &c}, QStringLiteral("dm"));
        b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        c->connectTo(QStringLiteral("127.0.0.1"), b->listenPort());
        QTRY_VERIFY_WITH_TIMEOUT(b.connected() == 2, kWait);
        // a learns about c from c's first room message.
        QVERIFY(c->sendMessage(QStringLiteral("dm"), QStringLiteral("hi all")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(a->room(QStringLiteral("dm")).members.contains(c->address()), kWait);

        const auto states = [&a] { return a.typed<DeliveryChanged>(); };
        auto sent = a->sendDirect(c->address(), QStringLiteral("for c only"));
        QVERIFY(sent.ok());
        QCOMPARE(sent->state, DeliveryState::Sent);
        QTRY_COMPARE_WITH_TIMEOUT(directTexts(c), QStringList{QStringLiteral("for c only")}, kWait);
        QCOMPARE(c.messages.last().fromAddress, a->address());
        QCOMPARE(c.messages.last().hops, 1);
        QVERIFY(directTexts(b).isEmpty());
        // The receipt comes back: delivered.
        QTRY_VERIFY_WITH_TIMEOUT(!states().isEmpty(), kWait);
        QCOMPARE(states().last().id, sent->id);
        QCOMPARE(states().last().state, DeliveryState::Delivered);
        QCOMPARE(a->history(QStringLiteral("dm")).last().state, DeliveryState::Delivered);
    }

    void outboxDeliversOnceTheMemberReturns()
    {
        TestPeer a;
        QTemporaryDir bProfile;
        a->joinRoom(QStringLiteral("later"));
        QString bAddress;
        {
            auto b = std::make_unique<TestPeer>(TestPeer::Options{}, bProfile.path());
            b->session().joinRoom(QStringLiteral("later"));
            b->session().connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
            QTRY_VERIFY_WITH_TIMEOUT(a->room(QStringLiteral("later")).connectedMembers == 1, kWait);
            bAddress = b->session().address();
            b->session().stop();
            QTRY_COMPARE_WITH_TIMEOUT(a.connected(), 0, kWait);
        }
        // b is away: the message waits.
        const auto states = [&a] { return a.typed<DeliveryChanged>(); };
        auto sent = a->sendDirect(bAddress, QStringLiteral("while you were out"), QStringLiteral("later"));
        QVERIFY(sent.ok());
        QCOMPARE(sent->state, DeliveryState::Sending);
        QCOMPARE(a->history(QStringLiteral("later")).last().state, DeliveryState::Sending);

        TestPeer b(TestPeer::Options{}, bProfile.path());  // same identity comes back
        QCOMPARE(b->address(), bAddress);
        b->joinRoom(QStringLiteral("later"));
        b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        QTRY_COMPARE_WITH_TIMEOUT(directTexts(b), QStringList{QStringLiteral("while you were out")}, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(states().size() >= 2, kWait);
        QCOMPARE(states().last().state, DeliveryState::Delivered);
        // Delivered once: a second visit does not resend it.
        b->leaveRoom(QStringLiteral("later"));
        b->joinRoom(QStringLiteral("later"));
        QVERIFY(b->sendMessage(QStringLiteral("later"), QStringLiteral("marker")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!a.messages.isEmpty() && a.messages.last().text == QLatin1String("marker"), kWait);
        QCOMPARE(directTexts(b).size(), 1);
    }

    void heartbeatTimesOutSilentMembers()
    {
        TestPeer a, b;
        joinAll({&a, &b}, QStringLiteral("hb"));
        a->setHeartbeat(100);
        b->setHeartbeat(100);
        b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        QTRY_VERIFY_WITH_TIMEOUT(a.count(QStringLiteral("ping")) >= 2, kWait);  // b's pings arrive
        QCOMPARE(a.count(QStringLiteral("timeout")), 0);
        b->setHeartbeat(0);  // b goes silent but stays connected
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("timeout")), 1, kWait);
        QCOMPARE(a.events(QStringLiteral("left")).last().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("timeout"));
        QCOMPARE(a.events(QStringLiteral("timeout")).first().value(QStringLiteral("address")).toString(), b->address());
    }

    void serverModeNamesTheProvenOwner()
    {
        TestPeer server, client, other;
        const QString room = server->address();
        joinAll({&server, &client, &other}, room);
        client->connectTo(QStringLiteral("127.0.0.1"), server->listenPort());
        other->connectTo(QStringLiteral("127.0.0.1"), client->listenPort());
        QTRY_COMPARE_WITH_TIMEOUT(client.count(QStringLiteral("server")), 1, kWait);
        QCOMPARE(client.events(QStringLiteral("server")).first().value(QStringLiteral("address")).toString(), room);
        // Another member in the same room is seen, but is not the server.
        QTRY_VERIFY_WITH_TIMEOUT(client.count(QStringLiteral("seen")) >= 2, kWait);
        QCOMPARE(client.count(QStringLiteral("server")), 1);
    }

    void historySurvivesARestartAndIsSearchable()
    {
        QTemporaryDir profile;
        {
            TestPeer a(TestPeer::Options{}, profile.path()), b;
            joinAll({&a, &b}, QStringLiteral("log"));
            b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
            QTRY_VERIFY_WITH_TIMEOUT(a->room(QStringLiteral("log")).connectedMembers == 1, kWait);
            QVERIFY(a->sendMessage(QStringLiteral("log"), QStringLiteral("the blue key is under the mat")).ok());
            QVERIFY(b->sendMessage(QStringLiteral("log"), QStringLiteral("thanks")).ok());
            QTRY_COMPARE_WITH_TIMEOUT(a.messages.size(), 1, kWait);
        }
        TestPeer again(TestPeer::Options{}, profile.path());
        const QList<ChatMessage> h = again->history(QStringLiteral("log"));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.first().text, QStringLiteral("the blue key is under the mat"));
        QVERIFY(h.first().own);
        QCOMPARE(h.last().text, QStringLiteral("thanks"));
        QCOMPARE(again->searchHistory(QStringLiteral("log"), QStringLiteral("blue key")).size(), 1);
        QCOMPARE(again->searchHistory(QStringLiteral("log"), QStringLiteral("100%")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBugoutRooms)
#include "tst_bugout_rooms.moc"
