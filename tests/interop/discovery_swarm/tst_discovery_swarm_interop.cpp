#include "ds_js_peer.h"
#include "node_process.h"
#include "test_env.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace swarmscope;
using swarmscope::test::JsPeer;
using swarmscope::test::str;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kBackend = QStringLiteral("discovery-swarm");

// Our node in a discovery-swarm room.
struct OurNode {
    QTemporaryDir profile;
    test::NodeProcess node;

    bool start(const QString &room, const QStringList &extra)
    {
        return node.start(QStringList{QStringLiteral("--profile"), profile.path(), QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--join"),
                                      kBackend + QLatin1Char(':') + room}
                          + extra);
    }
    QJsonObject status()
    {
        const qsizetype before = node.events(QStringLiteral("status")).size();
        node.send(QStringLiteral("/status"));
        node.waitFor(QStringLiteral("status"), kTimeoutMs,
                     [&](const QJsonObject &) { return node.events(QStringLiteral("status")).size() > before; });
        return node.events(QStringLiteral("status")).value(node.events(QStringLiteral("status")).size() - 1);
    }
    QJsonObject backendStatus()
    {
        return status().value(QStringLiteral("backends")).toObject().value(kBackend).toObject();
    }
    QList<QJsonObject> peers()
    {
        const qsizetype before = node.events(QStringLiteral("peers")).size();
        node.send(QStringLiteral("/peers"));
        node.waitFor(QStringLiteral("peers"), kTimeoutMs,
                     [&](const QJsonObject &) { return node.events(QStringLiteral("peers")).size() > before; });
        QList<QJsonObject> out;
        for (const QJsonValue &v : node.events(QStringLiteral("peers")).last().value(QStringLiteral("peers")).toArray())
            if (v.toObject().value(QStringLiteral("backend")).toString() == kBackend)
                out.append(v.toObject());
        return out;
    }
    QString id()
    {
        const auto listening = node.waitFor(QStringLiteral("listening"), kTimeoutMs,
                                            [](const QJsonObject &e) { return str(e, "backend") == kBackend; });
        return listening ? str(*listening, "id") : QString();
    }
};

QString hexId(char fill)
{
    return QString::fromLatin1(QByteArray(32, fill).toHex());
}

}  // namespace

class TestDiscoverySwarmInterop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void findEachOtherThroughDht_data();
    void findEachOtherThroughDht();
    void findEachOtherThroughMdnsOnLo();
    void bothDialAndKeepOne_data();
    void bothDialAndKeepOne();
    void rejectsPeerWithOurId();
    void whitelistHolds();
    void maxConnectionsHolds();

private:
    quint16 startBootstrap(JsPeer &bootstrap);
};

void TestDiscoverySwarmInterop::initTestCase()
{
    if (test::nodeExecutable().isEmpty())
        QSKIP("node is not installed");
    if (!QFileInfo::exists(QDir(test::nodeModulesDir()).filePath(QStringLiteral("discovery-swarm/package.json"))))
        QSKIP("discovery-swarm is not installed (the npm_install fixture did not run)");
    QVERIFY2(QFileInfo::exists(test::NodeProcess::binary()), "SWARMSCOPE_NODE_BIN is not set");
}

quint16 TestDiscoverySwarmInterop::startBootstrap(JsPeer &bootstrap)
{
    if (!bootstrap.start({{QStringLiteral("mode"), QStringLiteral("bootstrap")}}))
        return 0;
    const auto ready = bootstrap.waitFor(QStringLiteral("ready"));
    if (!ready)
        return 0;
    // The DHT discovery-swarm itself nests: bittorrent-dht 7.
    if (!str(*ready, "version").startsWith(QLatin1String("7.")))
        return 0;
    return quint16(ready->value(QStringLiteral("port")).toInt());
}

// With uTP on (the package's default when utp-native loads), the JS swarm announces with
// implied_port from its uTP socket, which also carries its DHT, and dials TCP and uTP at once:
// TCP must win against us, who speak TCP only.
void TestDiscoverySwarmInterop::findEachOtherThroughDht_data()
{
    QTest::addColumn<bool>("utp");
    QTest::newRow("tcp only") << false;
    QTest::newRow("utp on") << true;
}

void TestDiscoverySwarmInterop::findEachOtherThroughDht()
{
    QFETCH(bool, utp);
    JsPeer bootstrap;
    const quint16 dhtPort = startBootstrap(bootstrap);
    QVERIFY(dhtPort);
    const QString bootstrapAt = QStringLiteral("127.0.0.1:%1").arg(dhtPort);

    JsPeer js;
    QVERIFY(js.start({{QStringLiteral("mode"), QStringLiteral("swarm")},
                      {QStringLiteral("name"), QStringLiteral("dht-room")},
                      {QStringLiteral("bootstrap"), QJsonArray{bootstrapAt}},
                      {QStringLiteral("utp"), utp}}));
    QVERIFY(js.waitFor(QStringLiteral("joined")));  // announced
    const auto listening = js.waitFor(QStringLiteral("listening"));
    QVERIFY(listening);
    const QString jsId = str(*listening, "id");
    QCOMPARE(listening->value(QStringLiteral("utp")).toBool(), utp);  // utp-native loaded when asked for

    OurNode ours;
    QVERIFY(ours.start(QStringLiteral("dht-room"),
                       {QStringLiteral("--no-lan"), QStringLiteral("--dht-bootstrap"), bootstrapAt}));
    const QString ourId = ours.id();
    QCOMPARE(ourId.size(), 64);
    const auto peer = ours.node.waitFor(QStringLiteral("peer"), kTimeoutMs,
                                        [](const QJsonObject &e) { return str(e, "backend") == kBackend; });
    QVERIFY2(peer, qPrintable(ours.node.stderrText()));
    QCOMPARE(str(*peer, "source"), QStringLiteral("dht"));
    const auto connection = ours.node.waitFor(QStringLiteral("connection"), kTimeoutMs,
                                              [](const QJsonObject &e) { return str(e, "backend") == kBackend; });
    QVERIFY(connection);
    QCOMPARE(str(*connection, "id"), jsId);
    QCOMPARE(str(*connection, "room"), QStringLiteral("dht-room"));
    QVERIFY(js.waitFor(QStringLiteral("connection"), [&](const QJsonObject &e) { return str(e, "id") == ourId; }));

    // Lines both ways: theirs become message events, ours arrive newline-terminated.
    js.send(QStringLiteral("hello from discovery-swarm"));
    const auto message = ours.node.waitFor(QStringLiteral("message"), kTimeoutMs,
                                           [](const QJsonObject &e) { return str(e, "backend") == kBackend; });
    QVERIFY(message);
    QCOMPARE(str(*message, "text"), QStringLiteral("hello from discovery-swarm"));
    QCOMPARE(str(*message, "from"), jsId);
    QCOMPARE(str(*message, "host"), QStringLiteral("127.0.0.1"));
    QVERIFY(message->value(QStringLiteral("port")).toInt() > 0);
    ours.node.send(QStringLiteral("hello from swarmscope"));
    const auto line = js.waitFor(QStringLiteral("line"));
    QVERIFY(line);
    QCOMPARE(str(*line, "text"), QStringLiteral("hello from swarmscope"));
    QCOMPARE(str(*line, "from"), ourId);

    const QJsonObject counts = ours.backendStatus();
    QCOMPARE(counts.value(QStringLiteral("connected")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("connecting")).toInt(), 0);
    QCOMPARE(counts.value(QStringLiteral("queued")).toInt(), 0);
    QCOMPARE(js.status().value(QStringLiteral("connected")).toInt(), 1);
}

void TestDiscoverySwarmInterop::findEachOtherThroughMdnsOnLo()
{
    const quint16 mdnsPort = test::uniqueLanPort();
    OurNode ours;
    QVERIFY(ours.start(QStringLiteral("lan-room"),
                       {QStringLiteral("--no-dht"), QStringLiteral("--lan-interface"), QStringLiteral("lo"),
                        QStringLiteral("--lan-port"), QString::number(mdnsPort)}));
    const QString ourId = ours.id();
    QVERIFY(ours.node.waitFor(QStringLiteral("announce"), kTimeoutMs,
                              [](const QJsonObject &e) { return str(e, "backend") == kBackend; }));

    JsPeer js;
    QVERIFY(js.start({{QStringLiteral("mode"), QStringLiteral("swarm")},
                      {QStringLiteral("name"), QStringLiteral("lan-room")},
                      {QStringLiteral("mdnsPort"), mdnsPort},
                      {QStringLiteral("dnsInterval"), 60000}}));
    const QString jsId = str(*js.waitFor(QStringLiteral("listening")), "id");
    // The package's multicast query on lo is answered by us; it dials the port we announced.
    const auto connected =
        js.waitFor(QStringLiteral("connection"), [&](const QJsonObject &e) { return str(e, "id") == ourId; });
    QVERIFY(connected);
    QVERIFY(ours.node.waitFor(QStringLiteral("connection"), kTimeoutMs, [&](const QJsonObject &e) {
        return str(e, "backend") == kBackend && str(e, "id") == jsId;
    }));

    ours.node.send(QStringLiteral("over the LAN"));
    const auto line = js.waitFor(QStringLiteral("line"));
    QVERIFY(line);
    QCOMPARE(str(*line, "text"), QStringLiteral("over the LAN"));
    js.send(QStringLiteral("and back"));
    const auto message = ours.node.waitFor(QStringLiteral("message"), kTimeoutMs,
                                           [](const QJsonObject &e) { return str(e, "backend") == kBackend; });
    QVERIFY(message);
    QCOMPARE(str(*message, "text"), QStringLiteral("and back"));
    QCOMPARE(str(*message, "from"), jsId);
}

void TestDiscoverySwarmInterop::bothDialAndKeepOne_data()
{
    QTest::addColumn<char>("ourFill");
    QTest::addColumn<char>("jsFill");
    QTest::newRow("our id smaller") << '\x10' << '\x20';
    QTest::newRow("their id smaller") << '\x30' << '\x20';
}

void TestDiscoverySwarmInterop::bothDialAndKeepOne()
{
    QFETCH(char, ourFill);
    QFETCH(char, jsFill);
    JsPeer bootstrap;
    const quint16 dhtPort = startBootstrap(bootstrap);
    QVERIFY(dhtPort);
    const QString bootstrapAt = QStringLiteral("127.0.0.1:%1").arg(dhtPort);

    // Both announce and look up: we find them at our join and dial; their next lookup finds us
    // and they dial too. Each side now holds two connections to one id and must drop the same one.
    JsPeer js;
    QVERIFY(js.start({{QStringLiteral("mode"), QStringLiteral("swarm")},
                      {QStringLiteral("name"), QStringLiteral("both-room")},
                      {QStringLiteral("id"), hexId(jsFill)},
                      {QStringLiteral("bootstrap"), QJsonArray{bootstrapAt}}}));
    QVERIFY(js.waitFor(QStringLiteral("joined")));
    OurNode ours;
    QVERIFY(ours.start(QStringLiteral("both-room"),
                       {QStringLiteral("--no-lan"), QStringLiteral("--dht-bootstrap"), bootstrapAt,
                        QStringLiteral("--discovery-swarm-id"), hexId(ourFill)}));
    QVERIFY(ours.node.waitFor(QStringLiteral("connection"), kTimeoutMs,
                              [](const QJsonObject &e) { return str(e, "backend") == kBackend; }));
    QVERIFY(js.waitFor(QStringLiteral("connection")));
    const quint16 ourPort = quint16(ours.node
                                        .waitFor(QStringLiteral("listening"), kTimeoutMs,
                                                 [](const QJsonObject &e) { return str(e, "backend") == kBackend; })
                                        ->value(QStringLiteral("port"))
                                        .toInt());
    js.command({{QStringLiteral("cmd"), QStringLiteral("lookup")}});
    const auto toUs = [&](const QJsonObject &e) { return e.value(QStringLiteral("port")).toInt() == ourPort; };
    QVERIFY(js.waitFor(QStringLiteral("handshaking"), toUs));
    QVERIFY(ours.node.waitFor(QStringLiteral("redundant-connection"), kTimeoutMs,
                              [](const QJsonObject &e) { return str(e, "backend") == kBackend; }));

    // Settled: one connection on each side, and the same one: the one dialled by the smaller id.
    QTRY_COMPARE_WITH_TIMEOUT(js.status().value(QStringLiteral("connected")).toInt(), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(ours.peers().size(), 1, kTimeoutMs);
    QCOMPARE(ours.backendStatus().value(QStringLiteral("connected")).toInt(), 1);
    const bool weDialledTheKeeper = ourFill < jsFill;
    QCOMPARE(str(ours.peers().first(), "direction"),
             weDialledTheKeeper ? QStringLiteral("outbound") : QStringLiteral("inbound"));
    const QJsonArray kept = js.status().value(QStringLiteral("kept")).toArray();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().toObject().value(QStringLiteral("initiator")).toBool(), !weDialledTheKeeper);
    // The survivor carries lines.
    js.send(QStringLiteral("after dedup"));
    QVERIFY(ours.node.waitFor(QStringLiteral("message"), kTimeoutMs,
                              [](const QJsonObject &e) { return str(e, "text") == QLatin1String("after dedup"); }));
}

void TestDiscoverySwarmInterop::rejectsPeerWithOurId()
{
    JsPeer bootstrap;
    const quint16 dhtPort = startBootstrap(bootstrap);
    QVERIFY(dhtPort);
    const QString bootstrapAt = QStringLiteral("127.0.0.1:%1").arg(dhtPort);
    const QString sameId = hexId('\x5a');

    JsPeer js;
    QVERIFY(js.start({{QStringLiteral("mode"), QStringLiteral("swarm")},
                      {QStringLiteral("name"), QStringLiteral("self-room")},
                      {QStringLiteral("id"), sameId},
                      {QStringLiteral("bootstrap"), QJsonArray{bootstrapAt}}}));
    QVERIFY(js.waitFor(QStringLiteral("joined")));
    OurNode ours;
    QVERIFY(ours.start(QStringLiteral("self-room"),
                       {QStringLiteral("--no-lan"), QStringLiteral("--dht-bootstrap"), bootstrapAt,
                        QStringLiteral("--discovery-swarm-id"), sameId}));
    const auto banned = ours.node.waitFor(QStringLiteral("peer-banned"), kTimeoutMs,
                                          [](const QJsonObject &e) { return str(e, "backend") == kBackend; });
    QVERIFY(banned);
    QCOMPARE(str(*banned, "reason"), QStringLiteral("detected-self"));
    QVERIFY(ours.node.events(QStringLiteral("connection")).isEmpty());
    QCOMPARE(
        ours.backendStatus().value(QStringLiteral("rejects")).toObject().value(QStringLiteral("detected-self")).toInt(),
        1);
    QCOMPARE(ours.backendStatus().value(QStringLiteral("connected")).toInt(), 0);
    QCOMPARE(js.status().value(QStringLiteral("connected")).toInt(), 0);
}

void TestDiscoverySwarmInterop::whitelistHolds()
{
    JsPeer bootstrap;
    const quint16 dhtPort = startBootstrap(bootstrap);
    QVERIFY(dhtPort);
    const QString bootstrapAt = QStringLiteral("127.0.0.1:%1").arg(dhtPort);

    OurNode ours;
    QVERIFY(ours.start(QStringLiteral("listed-room"),
                       {QStringLiteral("--no-lan"), QStringLiteral("--dht-bootstrap"), bootstrapAt,
                        QStringLiteral("--whitelist"), QStringLiteral("127.0.0.2")}));
    QVERIFY(ours.node.waitFor(QStringLiteral("updated"), kTimeoutMs,
                              [](const QJsonObject &e) { return str(e, "backend") == kBackend; }));  // announced
    // JS finds us and dials (and retries); we dial it by hand: all refused by the whitelist.
    JsPeer js;
    QVERIFY(js.start({{QStringLiteral("mode"), QStringLiteral("swarm")},
                      {QStringLiteral("name"), QStringLiteral("listed-room")},
                      {QStringLiteral("bootstrap"), QJsonArray{bootstrapAt}}}));
    const quint16 jsPort = quint16(js.waitFor(QStringLiteral("listening"))->value(QStringLiteral("port")).toInt());
    QVERIFY(js.waitFor(QStringLiteral("connecting")));
    QVERIFY(js.waitFor(QStringLiteral("connection-closed")));
    ours.node.send(QStringLiteral("/connect 127.0.0.1:%1").arg(jsPort));
    QVERIFY(ours.node.waitFor(QStringLiteral("peer-rejected"), kTimeoutMs,
                              [&](const QJsonObject &e) { return e.value(QStringLiteral("port")).toInt() == jsPort; }));
    QVERIFY(ours.backendStatus().value(QStringLiteral("rejects")).toObject().value(QStringLiteral("whitelist")).toInt()
            >= 2);
    for (const QJsonObject &e : ours.node.events(QStringLiteral("peer-rejected")))
        QCOMPARE(str(e, "reason"), QStringLiteral("whitelist"));
    QVERIFY(ours.node.events(QStringLiteral("connecting")).isEmpty());
    QVERIFY(ours.node.events(QStringLiteral("connection")).isEmpty());
    QVERIFY(js.events(QStringLiteral("connection")).isEmpty());
    QCOMPARE(js.status().value(QStringLiteral("connected")).toInt(), 0);
}

void TestDiscoverySwarmInterop::maxConnectionsHolds()
{
    JsPeer bootstrap;
    const quint16 dhtPort = startBootstrap(bootstrap);
    QVERIFY(dhtPort);
    const QString bootstrapAt = QStringLiteral("127.0.0.1:%1").arg(dhtPort);

    // Two JS peers announce; we join with room for one connection.
    std::vector<std::unique_ptr<JsPeer>> jsPeers;
    for (int i = 0; i < 2; ++i) {
        jsPeers.push_back(std::make_unique<JsPeer>());
        QVERIFY(jsPeers.back()->start({{QStringLiteral("mode"), QStringLiteral("swarm")},
                                       {QStringLiteral("name"), QStringLiteral("full-room")},
                                       {QStringLiteral("bootstrap"), QJsonArray{bootstrapAt}}}));
        QVERIFY(jsPeers.back()->waitFor(QStringLiteral("joined")));
    }
    OurNode ours;
    QVERIFY(ours.start(QStringLiteral("full-room"),
                       {QStringLiteral("--no-lan"), QStringLiteral("--dht-bootstrap"), bootstrapAt,
                        QStringLiteral("--max-connections"), QStringLiteral("1")}));
    QVERIFY(ours.node.waitFor(QStringLiteral("peer"), kTimeoutMs, [&](const QJsonObject &) {
        return ours.node.events(QStringLiteral("peer")).size() >= 2;
    }));
    QVERIFY(ours.node.waitFor(QStringLiteral("connection"), kTimeoutMs,
                              [](const QJsonObject &e) { return str(e, "backend") == kBackend; }));
    // The second is never dialled while the first holds the slot; and a JS peer that dials us
    // (its lookup finds us now) is turned away.
    jsPeers[0]->command({{QStringLiteral("cmd"), QStringLiteral("lookup")}});
    jsPeers[1]->command({{QStringLiteral("cmd"), QStringLiteral("lookup")}});
    QTRY_VERIFY_WITH_TIMEOUT(ours.backendStatus()
                                     .value(QStringLiteral("rejects"))
                                     .toObject()
                                     .value(QStringLiteral("max-connections"))
                                     .toInt()
                                 >= 1,
                             kTimeoutMs);
    const QJsonObject counts = ours.backendStatus();
    QCOMPARE(counts.value(QStringLiteral("connected")).toInt(), 1);
    QCOMPARE(counts.value(QStringLiteral("queued")).toInt(), 1);
    QCOMPARE(ours.node.events(QStringLiteral("connecting")).size(), 1);
    // Of the two JS peers (connected to each other too), one holds a connection to us.
    const QString ourId = ours.id();
    int toUs = 0;
    for (const auto &js : jsPeers)
        for (const QJsonValue &k : js->status().value(QStringLiteral("kept")).toArray())
            toUs += k.toObject().value(QStringLiteral("id")).toString() == ourId ? 1 : 0;
    QCOMPARE(toUs, 1);
}

QTEST_GUILESS_MAIN(TestDiscoverySwarmInterop)
#include "tst_discovery_swarm_interop.moc"
