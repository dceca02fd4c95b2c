// swarmscope-node in Bugout rooms with real npm bugout@0.0.13 peers on 127.0.0.1: the JSON-lines
// events (pings, connections, wireleft) and commands (a typed /join), manual peers both ways, and
// discovery through our DHT (either side dialling) or BEP 14 with no manual peer.
#include "js_bugout.h"
#include "node_process.h"

#include "bittorrent/room_torrent.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace swarmscope;
using test::NodeProcess;

namespace {

constexpr int kWaitMs = 20000;

bool isBugout(const QJsonObject &e)
{
    return e.value("backend").toString() == QStringLiteral("bugout");
}

// Starts a node in the given Bugout room; returns its BitTorrent port and address.
struct Node {
    QTemporaryDir dir;
    NodeProcess process;
    quint16 btPort = 0;
    quint16 dhtPort = 0;
    QString address;

    bool start(const QStringList &extra)
    {
        // LAN discovery (mDNS and BEP 14) stays off unless a test names the interface.
        const QStringList lan = extra.contains("--lan-interface") ? QStringList{} : QStringList{"--no-lan"};
        if (!process.start(QStringList{"--profile", dir.path(), "--listen", "127.0.0.1:0"} + lan + extra))
            return false;
        // The BitTorrent listener opens with the first Bugout room.
        if (extra.contains("--join") && !waitForBitTorrentPort())
            return false;
        process.send("/status");
        const auto status = process.waitFor("status", kWaitMs);
        if (!status)
            return false;
        address = status->value("address").toString();
        dhtPort = quint16(status->value("dht").toObject().value("port").toInt());
        return !extra.contains("--join") || btPort > 0;
    }
    bool waitForBitTorrentPort()
    {
        const auto listening = process.waitFor("listening", kWaitMs, [](const QJsonObject &e) {
            return e.value("transport").toString() == QStringLiteral("bittorrent");
        });
        btPort = listening ? quint16(listening->value("port").toInt()) : 0;
        return btPort > 0;
    }
    // Counts the Bugout events of that kind with that field value printed so far.
    int count(const QString &kind, const QString &field, const QJsonValue &value)
    {
        const QList<QJsonObject> all = process.allEvents();
        return int(std::count_if(all.cbegin(), all.cend(), [&](const QJsonObject &e) {
            return e.value("event").toString() == kind && isBugout(e) && e.value(field) == value;
        }));
    }
    std::optional<QJsonObject> waitFor(const QString &kind, const QString &field, const QJsonValue &value)
    {
        return process.waitFor(kind, kWaitMs,
                               [&](const QJsonObject &e) { return isBugout(e) && e.value(field) == value; });
    }
};

// A JS peer of that name in the room that dials the node; its "ready" event once both sides
// have seen each other.
std::optional<QJsonObject> jsDialsNode(JsBugout &js, Node &node, const QString &name, const QString &room,
                                       const QJsonObject &extra = {})
{
    const auto ready = js.create(name, room, extra);
    if (!ready)
        return std::nullopt;
    js.command({{"cmd", "addPeer"}, {"name", name}, {"addr", QStringLiteral("127.0.0.1:%1").arg(node.btPort)}});
    if (!node.waitFor("seen", "address", ready->value("address")) || !js.waitFor(name, "seen", "address", node.address))
        return std::nullopt;
    return ready;
}

}  // namespace

class TestBugoutNode : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (test::nodeExecutable().isEmpty())
            QSKIP("node is not installed");
    }

    void nodeAndJsChatAndCall()
    {
        Node node;
        QVERIFY2(node.start({"--no-dht", "--join", "bugout:node-room"}), qPrintable(node.process.stderrText()));
        QVERIFY(node.waitFor("joined", "room", "node-room"));
        JsBugout js;
        QVERIFY(js.start());
        const auto a = jsDialsNode(js, node, "a", "node-room");
        QVERIFY(a);
        const QString jsAddress = a->value("address").toString();

        node.process.send("hello from the node");
        QVERIFY(js.waitFor("a", "message", "message", QStringLiteral("hello from the node")));
        js.command({{"cmd", "send"}, {"name", "a"}, {"message", "hello node"}});
        const auto msg = node.waitFor("message", "text", QStringLiteral("hello node"));
        QVERIFY(msg);
        QCOMPARE(msg->value("from").toString(), jsAddress);
        QCOMPARE(msg->value("room").toString(), QStringLiteral("node-room"));
        js.command({{"cmd", "send"}, {"name", "a"}, {"message", QJsonObject{{"k", true}}}});
        QVERIFY(node.waitFor("message", "json", QJsonObject{{"k", true}}));

        node.process.send(QStringLiteral("/send %1 sealed for you").arg(jsAddress));
        QVERIFY(js.waitFor("a", "message", "message", QStringLiteral("sealed for you")));

        // The built-in procedures answer Bugout's rpc; ours reach JS procedures.
        js.command(
            {{"cmd", "rpc"}, {"name", "a"}, {"address", node.address}, {"call", "whoami"}, {"args", QJsonValue()}});
        QVERIFY(js.waitFor("a", "rpc-result", "result", node.address));
        js.command({{"cmd", "rpc"},
                    {"name", "a"},
                    {"address", node.address},
                    {"call", "echo"},
                    {"args", QJsonArray{1, "two"}}});
        QVERIFY(js.waitFor("a", "rpc-result", "result", QJsonArray{1, "two"}));
        node.process.send(QStringLiteral("/rpc %1 ping {\"q\":1}").arg(jsAddress));
        const auto response = node.waitFor("rpc-response", "name", QStringLiteral("ping"));
        QVERIFY(response);
        QCOMPARE(response->value("result").toObject().value("pong"), QJsonValue(QJsonObject{{"q", 1}}));
        node.process.send(QStringLiteral("/rpc %1 unheard-of").arg(jsAddress));
        const auto unknown = node.waitFor("rpc-response", "name", QStringLiteral("unheard-of"));
        QVERIFY(unknown);
        QCOMPARE(unknown->value("error").toString(), QStringLiteral("No such API call."));

        // Leaving says so.
        node.process.send("/leave bugout:node-room");
        QVERIFY(js.waitFor("a", "left", "address", node.address));
    }

    void nodeDialsJsWithConnect()
    {
        Node node;
        QVERIFY(node.start({"--no-dht", "--join", "bugout:dial-room", "--heartbeat", "500"}));
        JsBugout js;
        QVERIFY(js.start());
        const auto a = js.create("a", "dial-room", {{"heartbeat", 500}});
        QVERIFY(a);
        node.process.send(QStringLiteral("/connect 127.0.0.1:%1").arg(a->value("port").toInt()));
        QVERIFY(node.waitFor("seen", "address", a->value("address")));
        QVERIFY(node.waitFor("wireseen", "client", QStringLiteral("WebTorrent 1.9")));
        js.command({{"cmd", "kill"}, {"name", "a"}});
        QVERIFY2(node.waitFor("timeout", "address", a->value("address")), qPrintable(node.process.stderrText()));
        QVERIFY(node.waitFor("left", "address", a->value("address")));
    }

    // The node's /peers rows for BitTorrent wires carry the remote peer id and the client it names.
    void peersShowTheBitTorrentPeerId()
    {
        Node node;
        QVERIFY(node.start({"--no-dht", "--join", "bugout:peer-id-room"}));
        JsBugout js;
        QVERIFY(js.start());
        const auto a = js.create("a", "peer-id-room");
        QVERIFY(a);
        node.process.send(QStringLiteral("/connect 127.0.0.1:%1").arg(a->value("port").toInt()));
        const auto wire = node.waitFor("wireseen", "client", QStringLiteral("WebTorrent 1.9"));
        QVERIFY(wire);
        QVERIFY(node.waitFor("seen", "address", a->value("address")));
        node.process.send("/peers");
        const auto peers = node.process.waitFor("peers", kWaitMs);
        QVERIFY(peers);
        const QJsonArray rows = peers->value("peers").toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value("backend").toString(), QStringLiteral("bugout"));
        QCOMPARE(row.value("peerId").toString(), wire->value("peerId").toString());
        QVERIFY2(row.value("peerId").toString().startsWith(QString::fromLatin1(QByteArray("-WW0109-").toHex())),
                 qPrintable(row.value("peerId").toString()));
        QCOMPARE(row.value("client").toString(), QStringLiteral("WebTorrent 1.9"));
        QCOMPARE(row.value("address").toString(), a->value("address").toString());
        QCOMPARE(row.value("source").toString(), QStringLiteral("manual"));
        QCOMPARE(row.value("rooms").toArray(), QJsonArray{"peer-id-room"});
    }

    // BEP 14 with no DHT and no manual peer: the JS peer's webtorrent LSD (kept on lo) announces
    // the room's infohash, the node's LSD on lo hears it and dials; the wire's source says so.
    void discoveryThroughLocalServiceDiscovery()
    {
        const QString room = QStringLiteral("lsd-room-%1").arg(QCoreApplication::applicationPid());
        Node node;
        QVERIFY2(node.start({"--no-dht", "--lan-interface", "lo", "--join", "bugout:" + room}),
                 qPrintable(node.process.stderrText()));
        const auto lsd = node.process.waitFor("listening", kWaitMs, [](const QJsonObject &e) {
            return e.value("transport").toString() == QStringLiteral("lsd");
        });
        QVERIFY(lsd);
        QCOMPARE(lsd->value("port").toInt(), 6771);
        JsBugout js;
        QVERIFY(js.start());
        const auto a = js.create("a", room, {{"lsd", true}});
        QVERIFY(a);
        QVERIFY(node.waitFor("seen", "address", a->value("address")));
        QVERIFY(js.waitFor("a", "seen", "address", node.address));
        node.process.send("/peers");
        const auto peers = node.process.waitFor("peers", kWaitMs);
        QVERIFY(peers);
        QCOMPARE(peers->value("peers").toArray().first().toObject().value("source").toString(), QStringLiteral("lsd"));
    }

    // No manual peer: the JS peer's webtorrent DHT is bootstrapped from the node's DHT node; the
    // node announces and looks up the room's infohash and dials what it finds.
    void discoveryThroughTheDht()
    {
        Node node;
        QVERIFY(node.start({"--join", "bugout:dht-room"}));
        QVERIFY(node.dhtPort > 0);
        JsBugout js;
        QVERIFY(js.start());
        const auto a = js.create("a", "dht-room",
                                 {{"dhtBootstrap", QJsonArray{QStringLiteral("127.0.0.1:%1").arg(node.dhtPort)}}});
        QVERIFY(a);
        QVERIFY(node.waitFor("seen", "address", a->value("address")));
        QVERIFY(js.waitFor("a", "seen", "address", node.address));
        js.command({{"cmd", "send"}, {"name", "a"}, {"message", "found you"}});
        QVERIFY(node.waitFor("message", "text", QStringLiteral("found you")));
    }

    // Bugout's "p" both ways: each side pings a member it has just seen, and the heartbeat keeps
    // pinging; the node prints every ping it gets, the JS side reports ours.
    void pingsBothWays()
    {
        Node node;
        QVERIFY(node.start({"--no-dht", "--join", "bugout:ping-room", "--heartbeat", "300"}));
        JsBugout js;
        QVERIFY(js.start());
        const auto a = jsDialsNode(js, node, "a", "ping-room", {{"heartbeat", 300}});
        QVERIFY(a);
        const QString jsAddress = a->value("address").toString();
        const auto ping = node.waitFor("ping", "address", jsAddress);
        QVERIFY(ping);
        QCOMPARE(ping->value("room").toString(), QStringLiteral("ping-room"));
        QVERIFY(js.waitFor("a", "ping", "address", node.address));
        // More than the one ping on first sight: the heartbeats of both sides arrive too.
        QTRY_VERIFY_WITH_TIMEOUT(node.count("ping", "address", jsAddress) >= 3, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(js.count("a", "ping") >= 3, kWaitMs);
    }

    // Bugout's "connections" and "wireleft" on both sides as wires come and go: a JS peer that
    // leaves closes its wire (the node reports it left and the wire count drops), and the node
    // leaving the room closes the other JS peer's wire (the room gone, the node reports no more).
    void connectionsAndWireleftBothWays()
    {
        Node node;
        QVERIFY(node.start({"--no-dht", "--join", "bugout:wires-room"}));
        JsBugout js;
        QVERIFY(js.start());
        const auto a = jsDialsNode(js, node, "a", "wires-room");
        QVERIFY(a);
        QVERIFY(node.waitFor("connections", "count", 1));
        QVERIFY(node.waitFor("wireseen", "wires", 1));
        QVERIFY(js.waitFor("a", "connections", "count", 1));
        const auto b = jsDialsNode(js, node, "b", "wires-room");
        QVERIFY(b);
        const auto second = node.waitFor("connections", "count", 2);
        QVERIFY(second);
        QCOMPARE(second->value("room").toString(), QStringLiteral("wires-room"));
        QVERIFY(js.waitFor("b", "connections", "count", 1));

        js.command({{"cmd", "close"}, {"name", "a"}});
        const auto left = node.waitFor("left", "address", a->value("address"));
        QVERIFY(left);
        QCOMPARE(left->value("reason").toString(), QStringLiteral("leave"));
        const auto wireLeft = node.waitFor("wireleft", "wires", 1);
        QVERIFY(wireLeft);
        QCOMPARE(wireLeft->value("host").toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(wireLeft->value("room").toString(), QStringLiteral("wires-room"));
        // Once on the way up, once on the way down.
        QTRY_VERIFY_WITH_TIMEOUT(node.count("connections", "count", 1) >= 2, kWaitMs);
        QVERIFY(js.waitFor("b", "left", "address", a->value("address")));  // relayed by the node

        node.process.send("/leave bugout:wires-room");
        QVERIFY(js.waitFor("b", "left", "address", node.address));
        QVERIFY(js.waitFor("b", "wireleft", "count", 0));
        QVERIFY(js.waitFor("b", "connections", "count", 0));
        QVERIFY(node.waitFor("room-left", "room", QStringLiteral("wires-room")));
    }

    // The JS peer only looks the room up (it never announces it, so the node cannot find it):
    // it connects because the node's DHT announce reached its DHT node.
    void jsFindsOurDhtAnnounce()
    {
        Node node;
        QVERIFY(node.start({}));
        QVERIFY(node.dhtPort > 0);
        JsBugout js;
        QVERIFY(js.start());
        const QString room = QStringLiteral("dht-announce-room");
        const auto a = js.create(
            "a", room,
            {{"dhtBootstrap", QJsonArray{QStringLiteral("127.0.0.1:%1").arg(node.dhtPort)}}, {"dhtLookupOnly", true}});
        QVERIFY(a);
        // The JS DHT node has bootstrapped from ours, so ours knows it before the room is joined.
        QVERIFY(js.waitFor("a", "dht-ready", "name", "a"));
        node.process.send("/join bugout:" + room);
        QVERIFY(node.waitForBitTorrentPort());
        const auto announce = js.waitFor("a", "dht-announce", "port", node.btPort);
        QVERIFY(announce);
        QCOMPARE(announce->value("infoHash").toString(), a->value("infoHash").toString());
        QCOMPARE(announce->value("host").toString(), QStringLiteral("127.0.0.1"));
        js.command({{"cmd", "dhtLookup"}, {"name", "a"}});
        QVERIFY(js.waitFor("a", "dht-peer", "port", node.btPort));
        QVERIFY(node.waitFor("seen", "address", a->value("address")));
        QVERIFY(js.waitFor("a", "seen", "address", node.address));
        const auto peers = node.process.ask("/peers", "peers");
        QVERIFY(peers);
        const QJsonArray rows = peers->value("peers").toArray();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value("direction").toString(), QStringLiteral("inbound"));
        QCOMPARE(rows.first().toObject().value("address").toString(), a->value("address").toString());
        js.command({{"cmd", "send"}, {"name", "a"}, {"message", "found your announce"}});
        QVERIFY(node.waitFor("message", "text", QStringLiteral("found your announce")));
    }

    // "/join bugout:ID" typed into a running node opens the BitTorrent listener and the room, which
    // then carries messages both ways with a JS peer.
    void joinTypedIntoARunningNode()
    {
        Node node;
        QVERIFY(node.start({"--no-dht"}));
        QCOMPARE(node.btPort, quint16(0));
        node.process.send("/join bugout:typed-room");
        const auto joined = node.waitFor("joined", "room", "typed-room");
        QVERIFY(joined);
        QCOMPARE(joined->value("infohash").toString(),
                 QString::fromLatin1(bt::RoomTorrent::of(QStringLiteral("typed-room")).infoHash.toHex()));
        QCOMPARE(joined->value("server").toBool(), false);
        QVERIFY(node.waitForBitTorrentPort());
        const auto status = node.process.ask("/status", "status");
        QVERIFY(status);
        QCOMPARE(status->value("rooms").toArray(), QJsonArray{"bugout:typed-room"});
        QCOMPARE(status->value("bittorrentPort").toInt(), int(node.btPort));

        JsBugout js;
        QVERIFY(js.start());
        const auto a = jsDialsNode(js, node, "a", "typed-room");
        QVERIFY(a);
        QCOMPARE(a->value("infoHash").toString(), joined->value("infohash").toString());
        node.process.send("typed into the room");
        QVERIFY(js.waitFor("a", "message", "message", QStringLiteral("typed into the room")));
        js.command({{"cmd", "send"}, {"name", "a"}, {"message", "answer from js"}});
        const auto msg = node.waitFor("message", "text", QStringLiteral("answer from js"));
        QVERIFY(msg);
        QCOMPARE(msg->value("room").toString(), QStringLiteral("typed-room"));
        QCOMPARE(msg->value("from").toString(), a->value("address").toString());
    }
};

QTEST_GUILESS_MAIN(TestBugoutNode)
#include "tst_bugout_node.moc"
