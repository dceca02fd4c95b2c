// Our Bugout backend against the real npm bugout@0.0.13 (webtorrent 1.9.7) under Node, on
// 127.0.0.1 only: presence, messages, RPC (and its timeout), sealed messages, leave and timeout,
// server mode, relay.
#include "bittorrent/bt_wire.h"
#include "bittorrent/room_torrent.h"
#include "bugout/bugout_room.h"
#include "bugout/bugout_service.h"
#include "core/clock.h"
#include "core/random.h"
#include "crypto/identity.h"
#include "transport/tcp_carrier.h"
#include "bittorrent/lsd_announce.h"
#include "js_bugout.h"
#include "json_event.h"

#include <QJsonArray>
#include <QtTest>

#include <algorithm>

using namespace swarmscope;

namespace {

constexpr int kWaitMs = 20000;

struct EchoTap : FrameTap {
    void onFrame(const FrameRecord &f) override
    {
        if (qEnvironmentVariableIsSet("SWARMSCOPE_TEST_ECHO"))
            qInfo("us %s %s %d", f.direction == Direction::Outbound ? "->" : "<-", qPrintable(f.type), f.wireBytes);
    }
};

// One of our Bugout peers, in process, with every event it reports.
struct OurPeer {
    EchoTap tap;
    SystemClock clock;
    KeyPair keys = KeyPair::generate();
    Random random = Random::fromSystem();
    bugout::Service service{keys, clock, random, new TcpCarrierFactory};
    QList<test::JsonEvent> events;
    QList<RpcResponse> responses;

    OurPeer()
    {
        QObject::connect(&service, &bugout::Service::event, &service, [this](const Event &e) {
            events.append(test::JsonEvent::of(e));
            if (const auto *r = e.get<BugoutRpcResponded>())
                responses.append(r->response);
        });
        service.invokeProcedure = [this](const QString &name, const QString &, const QJsonValue &args,
                                         RpcRespond respond) {
            if (name == QLatin1String("echo")) {
                respond(args);
                return true;
            }
            if (name == QLatin1String("whoami")) {
                respond(QJsonValue(service.ownAddress()));
                return true;
            }
            return false;
        };
        QVERIFY(service.listen(QHostAddress::LocalHost, 0).ok());
        service.setTap(&tap);
    }
    QString address() const { return service.ownAddress(); }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(service.port()); }

    bool has(const QString &kind, const QString &field, const QJsonValue &value) const
    {
        for (const test::JsonEvent &e : events)
            if (e.kind == kind && e.fields.value(field) == value)
                return true;
        return false;
    }
    int count(const QString &kind, const QString &field = {}, const QJsonValue &value = {}) const
    {
        int n = 0;
        for (const test::JsonEvent &e : events)
            n += e.kind == kind && (field.isEmpty() || e.fields.value(field) == value);
        return n;
    }
};

// A JS peer "a" in that room that dials us; returns its address once both sides have seen each other.
QString jsDialsUs(OurPeer &us, JsBugout &js, const QString &room)
{
    const auto a = js.create(QStringLiteral("a"), room);
    if (!a)
        return {};
    const QString jsAddress = a->value("address").toString();
    js.command({{"cmd", "addPeer"}, {"name", "a"}, {"addr", us.hostPort()}});
    if (!QTest::qWaitFor([&] { return us.has("seen", "address", jsAddress); }, kWaitMs)
        || !js.waitFor("a", "seen", "address", us.address()))
        return {};
    return jsAddress;
}

// Us in a room with a JS peer "a" that dialled us.
struct UsAndJs {
    OurPeer us;
    JsBugout js;
    bugout::Room *room = nullptr;
    QString jsAddress;

    bool start(const QString &identifier)
    {
        room = us.service.join(identifier);
        if (!js.start())
            return false;
        jsAddress = jsDialsUs(us, js, identifier);
        return !jsAddress.isEmpty();
    }
};

}  // namespace

class TestBugoutInterop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (test::nodeExecutable().isEmpty())
            QSKIP("node is not installed");
    }

    void infoHashMatchesWebTorrent()
    {
        JsBugout js;
        QVERIFY(js.start());
        for (const QString &id :
             {QStringLiteral("compat-room"), QStringLiteral("dht-room"), QStringLiteral("ünïcode room ✓")}) {
            const auto ready = js.create(id, id);
            QVERIFY(ready);
            QCOMPARE(QString::fromLatin1(bt::RoomTorrent::of(id).infoHash.toHex()),
                     ready->value("infoHash").toString());
        }
    }

    // BEP 14 byte for byte with webtorrent's bittorrent-lsd, no socket involved: its announce is
    // the one we write, we read its announce, and it reads ours (and refuses what we refuse).
    void lsdAnnouncesMatchBittorrentLsd()
    {
        JsBugout js;
        QVERIFY(js.start());
        const QByteArray infoHash = bt::RoomTorrent::of(QStringLiteral("lsd-room")).infoHash;
        const QByteArray cookie = "bittorrent-lsd-2d5757303130392d616263646566676869";
        js.command({{"cmd", "lsdFormat"},
                    {"port", 51413},
                    {"infoHash", QString::fromLatin1(infoHash.toHex())},
                    {"cookie", QString::fromLatin1(cookie)}});
        const auto theirs = js.waitFor("lsd-format");
        QVERIFY(theirs);
        const QByteArray jsText = QByteArray::fromBase64(theirs->value("text").toString().toLatin1());
        const QByteArray host = "239.192.152.143:6771";
        QCOMPARE(bt::formatLsdAnnounces(host, 51413, {infoHash}, cookie), QList<QByteArray>{jsText});
        const bt::LsdParsed read = bt::parseLsdAnnounce(jsText);
        QVERIFY(read.ok());
        QCOMPARE(read.announce.port, quint16(51413));
        QCOMPARE(read.announce.infoHashes, QList<QByteArray>{infoHash});
        QCOMPARE(read.announce.cookie, cookie);

        const auto jsParse = [&](const QByteArray &text) {
            js.command({{"cmd", "lsdParse"}, {"text", QString::fromLatin1(text.toBase64())}});
            const auto r = js.waitFor("lsd-parse", [&](const QJsonObject &) { return true; });
            return r ? *r : QJsonObject{};
        };
        const QList<QByteArray> two = {infoHash, bt::RoomTorrent::of(QStringLiteral("other")).infoHash};
        const QJsonObject parsed = jsParse(bt::formatLsdAnnounces(host, 6881, two, "swarmscope-00112233").first());
        const QJsonObject announce = parsed.value("parsed").toObject();
        QCOMPARE(announce.value("port").toString(), QStringLiteral("6881"));
        QCOMPARE(announce.value("infoHash").toArray(),
                 (QJsonArray{QString::fromLatin1(two[0].toHex()), QString::fromLatin1(two[1].toHex())}));
        QCOMPARE(announce.value("cookie").toString(), QStringLiteral("swarmscope-00112233"));
    }

    // JS dials us (torrent.addPeer), as a Bugout app given our host:port would.
    void chatBothWaysWhenJsDialsUs()
    {
        UsAndJs t;
        QVERIFY(t.start(QStringLiteral("compat-room")));
        auto &[us, js, room, jsAddress] = t;
        QTRY_VERIFY_WITH_TIMEOUT(us.has("wireseen", "client", QStringLiteral("WebTorrent 1.9")), kWaitMs);

        QVERIFY(room->send(QJsonValue(QStringLiteral("hello-from-us"))).ok());
        QVERIFY(js.waitFor("a", "message", "message", QStringLiteral("hello-from-us")));
        QVERIFY(room->send(QJsonObject{{"n", 42}}).ok());
        QVERIFY(js.waitFor("a", "message", "message", QJsonObject{{"n", 42}}));

        js.command({{"cmd", "send"}, {"name", "a"}, {"message", "hello-from-js"}});
        QTRY_VERIFY_WITH_TIMEOUT(us.has("message", "text", QStringLiteral("hello-from-js")), kWaitMs);
        js.command({{"cmd", "send"}, {"name", "a"}, {"message", QJsonArray{1, 2, 3}}});
        QTRY_VERIFY_WITH_TIMEOUT(us.has("message", "json", QJsonArray{1, 2, 3}), kWaitMs);
        // Messages carry the backend and the same fields as native rooms.
        for (const test::JsonEvent &e : us.events)
            if (e.kind == QLatin1String("message")) {
                QCOMPARE(e.fields.value("backend").toString(), QStringLiteral("bugout"));
                QCOMPARE(e.fields.value("from").toString(), jsAddress);
                QCOMPARE(e.fields.value("room").toString(), QStringLiteral("compat-room"));
            }
        // JS relays our own packets back to us: echoes are dropped as duplicates, never shown.
        QCOMPARE(us.count("message", "from", us.address()), 0);
    }

    // We dial JS, as torrent.addPeer does; RPC both ways and an unknown call.
    void rpcBothWaysWhenWeDial()
    {
        OurPeer us;
        bugout::Room *room = us.service.join(QStringLiteral("rpc-room"));
        JsBugout js;
        QVERIFY(js.start());
        const auto a = js.create(QStringLiteral("a"), QStringLiteral("rpc-room"));
        QVERIFY(a);
        const QString jsAddress = a->value("address").toString();
        QVERIFY(
            us.service
                .connectTo(QStringLiteral("rpc-room"), QStringLiteral("127.0.0.1"), quint16(a->value("port").toInt()))
                .ok());
        QTRY_VERIFY_WITH_TIMEOUT(us.has("seen", "address", jsAddress), kWaitMs);
        QVERIFY(js.waitFor("a", "seen", "address", us.address()));

        js.command({{"cmd", "rpc"},
                    {"name", "a"},
                    {"address", us.address()},
                    {"call", "echo"},
                    {"args", QJsonObject{{"x", "y"}}}});
        QVERIFY(js.waitFor("a", "rpc-result", "result", QJsonObject{{"x", "y"}}));
        QTRY_VERIFY_WITH_TIMEOUT(us.has("rpc", "name", QStringLiteral("echo")), kWaitMs);
        js.command({{"cmd", "rpc"}, {"name", "a"}, {"address", us.address()}, {"call", "nope"}, {"args", 1}});
        QVERIFY(js.waitFor("a", "rpc-result", "result", QJsonObject{{"error", "No such API call."}}));

        auto call = room->rpc(jsAddress, QStringLiteral("ping"), QJsonValue(7), 10000);
        QVERIFY(call.ok());
        QTRY_VERIFY_WITH_TIMEOUT(!us.responses.isEmpty(), kWaitMs);
        QVERIFY(us.responses[0].ok);
        QCOMPARE(us.responses[0].callId, *call);
        QCOMPARE(us.responses[0].result.toObject().value("pong"), QJsonValue(7));
        QCOMPARE(us.responses[0].result.toObject().value("from").toString(), us.address());

        QVERIFY(room->rpc(jsAddress, QStringLiteral("missing"), QJsonValue(), 10000).ok());
        QTRY_VERIFY_WITH_TIMEOUT(us.responses.size() == 2, kWaitMs);
        QVERIFY(!us.responses[1].ok);
        QCOMPARE(us.responses[1].error, QStringLiteral("No such API call."));

        // A null result reaches us (a JS caller would drop it: Bugout calls back only for truthy ones).
        QVERIFY(room->rpc(jsAddress, QStringLiteral("nothing"), QJsonValue(), 10000).ok());
        QTRY_VERIFY_WITH_TIMEOUT(us.responses.size() == 3, kWaitMs);
        QVERIFY(us.responses[2].ok);
        QVERIFY(us.responses[2].result.isNull());
    }

    // A JS procedure that does not answer in time: the call ends with a "timeout" response, the
    // answer that comes later is dropped, and the next call on the same wire still works.
    void rpcTimesOutAndTheNextCallWorks()
    {
        UsAndJs t;
        QVERIFY(t.start(QStringLiteral("rpc-timeout-room")));
        auto &[us, js, room, jsAddress] = t;

        const auto held = room->rpc(jsAddress, QStringLiteral("held"), QJsonValue(QStringLiteral("first")), 1000);
        QVERIFY(held.ok());
        QVERIFY(js.waitFor("a", "held", "args", QStringLiteral("first")));
        QTRY_VERIFY_WITH_TIMEOUT(us.has("rpc-response", "id", double(*held)), kWaitMs);
        const auto timedOut = std::find_if(us.events.cbegin(), us.events.cend(), [](const test::JsonEvent &e) {
            return e.kind == QLatin1String("rpc-response");
        });
        QCOMPARE(timedOut->fields.value("error").toString(), QStringLiteral("timeout"));
        QVERIFY(!timedOut->fields.contains("result"));
        QCOMPARE(timedOut->fields.value("name").toString(), QStringLiteral("held"));
        QCOMPARE(timedOut->fields.value("from").toString(), jsAddress);
        QCOMPARE(timedOut->fields.value("backend").toString(), QStringLiteral("bugout"));
        QCOMPARE(timedOut->fields.value("room").toString(), QStringLiteral("rpc-timeout-room"));
        QCOMPARE(us.responses.size(), 1);
        QVERIFY(!us.responses[0].ok);

        // The late answer leaves before the next call's on the same wire, so it has arrived by then.
        js.command({{"cmd", "answerHeld"}, {"name", "a"}});
        QVERIFY(js.waitFor("answered-held"));
        const auto next = room->rpc(jsAddress, QStringLiteral("ping"), QJsonValue(QStringLiteral("second")), 10000);
        QVERIFY(next.ok());
        QTRY_VERIFY_WITH_TIMEOUT(us.responses.size() == 2, kWaitMs);
        QVERIFY(us.responses[1].ok);
        QCOMPARE(us.responses[1].callId, *next);
        QCOMPARE(us.responses[1].result.toObject().value("pong"), QJsonValue(QStringLiteral("second")));
        QCOMPARE(us.count("rpc-response"), 2);
        QCOMPARE(us.count("rpc-response", "id", double(*held)), 1);
    }

    void sealedMessagesBothWays()
    {
        UsAndJs t;
        QVERIFY(t.start(QStringLiteral("dm-room")));
        auto &[us, js, room, jsAddress] = t;

        QVERIFY(room->sendTo(jsAddress, QJsonValue(QStringLiteral("secret-to-js"))).ok());
        QVERIFY(js.waitFor("a", "message", "message", QStringLiteral("secret-to-js")));
        js.command({{"cmd", "send"}, {"name", "a"}, {"address", us.address()}, {"message", "secret-to-us"}});
        QTRY_VERIFY_WITH_TIMEOUT(us.has("message", "text", QStringLiteral("secret-to-us")), kWaitMs);
        for (const test::JsonEvent &e : us.events)
            if (e.kind == QLatin1String("message"))
                QVERIFY(e.fields.value("direct").toBool());
        QVERIFY(!room->sendTo(QStringLiteral("bKVQVMYC1RzxaCZTefauR1Seis6NEPJx7s"), QJsonValue(1)).ok());  // never seen
    }

    void leftOnCloseAndHeartbeatTimeout()
    {
        OurPeer us;
        us.service.setHeartbeat(500);
        us.service.join(QStringLiteral("hb-room"));
        JsBugout js;
        QVERIFY(js.start());
        const auto a = js.create(QStringLiteral("a"), QStringLiteral("hb-room"), {{"heartbeat", 500}});
        const auto b = js.create(QStringLiteral("b"), QStringLiteral("hb-room"), {{"heartbeat", 500}});
        QVERIFY(a && b);
        js.command({{"cmd", "addPeer"}, {"name", "a"}, {"addr", us.hostPort()}});
        js.command({{"cmd", "addPeer"}, {"name", "b"}, {"addr", us.hostPort()}});
        QTRY_VERIFY_WITH_TIMEOUT(us.has("seen", "address", a->value("address")), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(us.has("seen", "address", b->value("address")), kWaitMs);

        // a leaves properly: "x" reaches us.
        js.command({{"cmd", "close"}, {"name", "a"}});
        QTRY_VERIFY_WITH_TIMEOUT(us.has("left", "address", a->value("address")), kWaitMs);
        QCOMPARE(us.count("timeout", "address", a->value("address")), 0);
        // b vanishes without a word: the heartbeat times it out.
        js.command({{"cmd", "kill"}, {"name", "b"}});
        QTRY_VERIFY_WITH_TIMEOUT(us.has("timeout", "address", b->value("address")), kWaitMs);
        QVERIFY(us.has("left", "address", b->value("address")));

        // And JS times us out when we go quiet: a fresh JS peer sees us, then we leave without "x".
        const auto c = js.create(QStringLiteral("c"), QStringLiteral("hb-room"), {{"heartbeat", 500}});
        QVERIFY(c);
        js.command({{"cmd", "addPeer"}, {"name", "c"}, {"addr", us.hostPort()}});
        QVERIFY(js.waitFor("c", "seen", "address", us.address()));
        for (bt::Wire *w : us.service.wires())
            w->close(QStringLiteral("test"));
        us.service.setHeartbeat(0);
        QVERIFY(js.waitFor("c", "timeout", "address", us.address()));
    }

    void jsLeavesOnOurClose()
    {
        OurPeer us;
        us.service.join(QStringLiteral("bye-room"));
        JsBugout js;
        QVERIFY(js.start());
        QVERIFY(!jsDialsUs(us, js, QStringLiteral("bye-room")).isEmpty());
        us.service.leave(QStringLiteral("bye-room"));
        QVERIFY(js.waitFor("a", "left", "address", us.address()));
    }

    // Server mode: the room is named by an address; its owner is the server.
    void serverModeBothWays()
    {
        JsBugout js;
        QVERIFY(js.start());
        {  // JS joins our address: we are the server.
            OurPeer us;
            us.service.join(QString());  // new Bugout(): our own address
            QVERIFY(us.service.room(us.address()));
            QVERIFY(us.service.room(us.address())->serverMode());
            const auto a = js.create(QStringLiteral("a"), us.address());
            QVERIFY(a);
            js.command({{"cmd", "addPeer"}, {"name", "a"}, {"addr", us.hostPort()}});
            QVERIFY(js.waitFor("a", "server", "address", us.address()));
            js.command(
                {{"cmd", "rpc"}, {"name", "a"}, {"address", us.address()}, {"call", "whoami"}, {"args", QJsonValue()}});
            QVERIFY(js.waitFor("a", "rpc-result", "result", us.address()));
        }
        {  // We join a JS server's address.
            OurPeer us;
            const auto s = js.create(QStringLiteral("s"), QString());
            QVERIFY(s);
            const QString serverAddress = s->value("address").toString();
            QCOMPARE(s->value("identifier").toString(), serverAddress);
            us.service.join(serverAddress);
            QVERIFY(us.service.connectTo(serverAddress, QStringLiteral("127.0.0.1"), quint16(s->value("port").toInt()))
                        .ok());
            QTRY_VERIFY_WITH_TIMEOUT(us.has("server", "address", serverAddress), kWaitMs);
        }
    }

    // JS a – us – JS b, with a and b not connected to each other: we carry everything between them.
    void weRelayBetweenTwoJsPeers()
    {
        OurPeer us;
        us.service.join(QStringLiteral("relay-room"));
        JsBugout js;
        QVERIFY(js.start());
        const auto a = js.create(QStringLiteral("a"), QStringLiteral("relay-room"));
        const auto b = js.create(QStringLiteral("b"), QStringLiteral("relay-room"));
        QVERIFY(a && b);
        js.command({{"cmd", "addPeer"}, {"name", "a"}, {"addr", us.hostPort()}});
        js.command({{"cmd", "addPeer"}, {"name", "b"}, {"addr", us.hostPort()}});
        QVERIFY(js.waitFor("a", "seen", "address", b->value("address")));
        QVERIFY(js.waitFor("b", "seen", "address", a->value("address")));
        js.command({{"cmd", "send"}, {"name", "a"}, {"message", "a-to-room"}});
        QVERIFY(js.waitFor("b", "message", "message", QStringLiteral("a-to-room")));
        js.command({{"cmd", "send"}, {"name", "b"}, {"address", a->value("address")}, {"message", "b-to-a-sealed"}});
        QVERIFY(js.waitFor("a", "message", "message", QStringLiteral("b-to-a-sealed")));
        js.command(
            {{"cmd", "rpc"}, {"name", "a"}, {"address", b->value("address")}, {"call", "ping"}, {"args", "via-us"}});
        QVERIFY(js.waitFor("rpc-result", [](const QJsonObject &e) {
            return e.value("name") == QStringLiteral("a")
                && e.value("result").toObject().value("pong") == QStringLiteral("via-us");
        }));
        // Only one wire each: they reached each other through us.
        QCOMPARE(us.service.wires().size(), 2);
        QCOMPARE(js.count("a", "wireseen"), 1);
    }
};

QTEST_GUILESS_MAIN(TestBugoutInterop)
#include "tst_bugout_interop.moc"
