// swarmscope-node in Bugout rooms with real npm bugout@0.0.13 peers on 127.0.0.1: the JSON-lines
// events and commands, manual peers both ways, and discovery through our DHT or BEP 14 with no
// manual peer.
#include "js_bugout.h"
#include "node_process.h"

#include <QTemporaryDir>
#include <QtTest>

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
        const auto listening = process.waitFor("listening", kWaitMs, [](const QJsonObject &e) {
            return e.value("transport").toString() == QStringLiteral("bittorrent");
        });
        if (!listening)
            return false;
        btPort = quint16(listening->value("port").toInt());
        process.send("/status");
        const auto status = process.waitFor("status", kWaitMs);
        if (!status)
            return false;
        address = status->value("address").toString();
        dhtPort = quint16(status->value("dht").toObject().value("port").toInt());
        return btPort > 0;
    }
    std::optional<QJsonObject> waitFor(const QString &kind, const QString &field, const QJsonValue &value)
    {
        return process.waitFor(kind, kWaitMs, [&](const QJsonObject &e) { return isBugout(e) && e.value(field) == value; });
    }
};

} // namespace

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
        const auto a = js.create("a", "node-room");
        QVERIFY(a);
        const QString jsAddress = a->value("address").toString();
        js.command({{"cmd", "addPeer"}, {"name", "a"}, {"addr", QStringLiteral("127.0.0.1:%1").arg(node.btPort)}});
        QVERIFY(node.waitFor("seen", "address", jsAddress));
        QVERIFY(js.waitFor("a", "seen", "address", node.address));

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
        js.command({{"cmd", "rpc"}, {"name", "a"}, {"address", node.address}, {"call", "whoami"}, {"args", QJsonValue()}});
        QVERIFY(js.waitFor("a", "rpc-result", "result", node.address));
        js.command({{"cmd", "rpc"}, {"name", "a"}, {"address", node.address}, {"call", "echo"}, {"args", QJsonArray{1, "two"}}});
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
        const auto a = js.create("a", "dht-room", {{"dhtBootstrap", QJsonArray{QStringLiteral("127.0.0.1:%1").arg(node.dhtPort)}}});
        QVERIFY(a);
        QVERIFY(node.waitFor("seen", "address", a->value("address")));
        QVERIFY(js.waitFor("a", "seen", "address", node.address));
        js.command({{"cmd", "send"}, {"name", "a"}, {"message", "found you"}});
        QVERIFY(node.waitFor("message", "text", QStringLiteral("found you")));
    }
};

QTEST_GUILESS_MAIN(TestBugoutNode)
#include "tst_bugout_node.moc"
