#include "core/random.h"
#include "transport/udp_datagram.h"
#include "core/clock.h"
#include "dht/dht_node.h"
#include "test_env.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace swarmscope;

namespace {

constexpr int kTimeoutMs = 20000;

// A network of npm bittorrent-dht nodes on 127.0.0.1, driven through dht_peer.mjs.
class JsNetwork {
public:
    ~JsNetwork() { stop(); }

    bool start(const QString &package)
    {
        const QString script =
            QDir(qEnvironmentVariable("SWARMSCOPE_INTEROP_DIR")).filePath(QStringLiteral("dht_peer.mjs"));
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this]() { readLines(); });
        m_process.start(test::nodeExecutable(), {script, test::nodeModulesDir(), package});
        if (!m_process.waitForStarted(kTimeoutMs))
            return false;
        return waitFor(QStringLiteral("started")).has_value();
    }

    void command(const QJsonObject &cmd) { m_process.write(QJsonDocument(cmd).toJson(QJsonDocument::Compact) + '\n'); }

    // Creates count nodes: with bootstrap empty, a JS-only network bootstrapped from its node 0.
    QList<quint16> create(int count, const QStringList &bootstrap = {})
    {
        QJsonObject cmd{{QStringLiteral("cmd"), QStringLiteral("create")}, {QStringLiteral("count"), count}};
        cmd.insert(QStringLiteral("bootstrap"),
                   bootstrap.isEmpty() ? QJsonValue(false) : QJsonValue(QJsonArray::fromStringList(bootstrap)));
        const int before = int(m_events.size());
        command(cmd);
        const auto created = waitFor(QStringLiteral("created"), before);
        QList<quint16> ports;
        if (created)
            for (const QJsonValue &v : created->value(QStringLiteral("ports")).toArray())
                ports.append(quint16(v.toInt()));
        m_nodes += int(ports.size());
        return ports;
    }

    void announce(int node, const QByteArray &infohash, quint16 port)
    {
        command({{QStringLiteral("cmd"), QStringLiteral("announce")},
                 {QStringLiteral("node"), node},
                 {QStringLiteral("infohash"), QString::fromLatin1(infohash.toHex())},
                 {QStringLiteral("port"), port}});
    }

    void lookup(int node, const QByteArray &infohash)
    {
        command({{QStringLiteral("cmd"), QStringLiteral("lookup")},
                 {QStringLiteral("node"), node},
                 {QStringLiteral("infohash"), QString::fromLatin1(infohash.toHex())}});
    }

    std::optional<QJsonObject> waitFor(const QString &event, int from = 0,
                                       const std::function<bool(const QJsonObject &)> &pred = {})
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            for (qsizetype i = from; i < m_events.size(); ++i)
                if (m_events[i].value(QStringLiteral("event")).toString() == event && (!pred || pred(m_events[i])))
                    return m_events[i];
            if (t.elapsed() > kTimeoutMs || m_process.state() == QProcess::NotRunning)
                return std::nullopt;
            QTest::qWait(5);
        }
    }

    bool foundPeer(const QByteArray &infohash, quint16 port) const
    {
        for (const QJsonObject &e : m_events)
            if (e.value(QStringLiteral("event")).toString() == QStringLiteral("peer")
                && e.value(QStringLiteral("infohash")).toString() == QString::fromLatin1(infohash.toHex())
                && e.value(QStringLiteral("host")).toString() == QStringLiteral("127.0.0.1")
                && e.value(QStringLiteral("port")).toInt() == port)
                return true;
        return false;
    }

    int eventCount() const { return int(m_events.size()); }
    QString errors() const
    {
        QStringList out;
        for (const QJsonObject &e : m_events)
            if (e.value(QStringLiteral("event")).toString() == QStringLiteral("error"))
                out.append(e.value(QStringLiteral("message")).toString());
        return out.join(QStringLiteral("; "));
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();  // the script destroys its nodes and exits
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    void readLines()
    {
        while (m_process.canReadLine()) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_process.readLine());
            if (doc.isObject())
                m_events.append(doc.object());
        }
    }

    QProcess m_process;
    QList<QJsonObject> m_events;
    int m_nodes = 0;
};

DhtConfig localConfig(const QList<quint16> &bootstrapPorts = {})
{
    DhtConfig c;
    c.bindHost = QHostAddress::LocalHost;
    c.enforceIpLimits = false;  // every node here is 127.0.0.1
    for (quint16 p : bootstrapPorts)
        c.bootstrap.append({QStringLiteral("127.0.0.1"), p});
    return c;
}

QByteArray infohashOf(const QString &name)
{
    return QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
}

// Nodes a DHT node has heard of: in its buckets, or in the replacement cache of a full bucket
// that cannot split. Of 11 random ids, 9 or more share the far half about 3 % of the time, so
// the buckets alone may hold fewer than all of them.
int knownNodes(const DhtNode &node)
{
    int known = 0;
    for (const DhtBucketSnapshot &b : node.buckets())
        known += int(b.nodes.size() + b.replacements.size());
    return known;
}
}  // namespace

class TestDhtBittorrentDht : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void ourNodeJoinsJsNetwork_data() { packages(); }
    void ourNodeJoinsJsNetwork();
    void jsNodesJoinOurs_data() { packages(); }
    void jsNodesJoinOurs();

private:
    void packages();
    SystemClock m_clock;
    Random m_random{1};
    UdpDatagramFactory m_udp;
};

void TestDhtBittorrentDht::packages()
{
    QTest::addColumn<QString>("package");
    QTest::newRow("bittorrent-dht 11") << QStringLiteral("bittorrent-dht");
    QTest::newRow("bittorrent-dht 7") << QStringLiteral("bittorrent-dht7");
}

void TestDhtBittorrentDht::initTestCase()
{
    if (test::nodeExecutable().isEmpty())
        QFAIL("node is not installed (apt-get install nodejs npm)");
    for (const char *pkg : {"bittorrent-dht", "bittorrent-dht7"}) {
        const QString manifest =
            QDir(test::nodeModulesDir()).filePath(QLatin1StringView(pkg) + QStringLiteral("/package.json"));
        if (!QFileInfo::exists(manifest))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run the npm_install test first (%2)")
                                 .arg(QLatin1StringView(pkg), manifest)));
    }
}

// (a) Our node bootstraps into a 20-node JS network and finds a peer a JS node announced.
void TestDhtBittorrentDht::ourNodeJoinsJsNetwork()
{
    QFETCH(QString, package);
    JsNetwork js;
    QVERIFY(js.start(package));
    const QList<quint16> ports = js.create(20);
    QCOMPARE(ports.size(), 20);

    const QByteArray ih = infohashOf(QStringLiteral("js-announced-") + package);
    const int before = js.eventCount();
    js.announce(7, ih, 6881);
    const auto announced = js.waitFor(QStringLiteral("announced"), before);
    QVERIFY(announced);
    QVERIFY2(announced->value(QStringLiteral("error")).isNull(), qPrintable(js.errors()));

    DhtNode ours(localConfig({ports.first()}), m_clock, m_random, m_udp);
    QSignalSpy ready(&ours, &DhtNode::ready);
    QSignalSpy found(&ours, &DhtNode::peerFound);
    QVERIFY(ours.start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kTimeoutMs);
    QVERIFY2(ready.first().first().toInt() >= 8, qPrintable(QString::number(ready.first().first().toInt())));
    ours.lookup(ih);
    QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), kTimeoutMs);
    QCOMPARE(found.first().at(0).toByteArray(), ih);
    QCOMPARE(found.first().at(1).value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(found.first().at(2).value<quint16>(), quint16(6881));
    // Their answers parse: nothing of theirs was refused.
    const auto rejects = ours.stats().rejects;
    QVERIFY2(rejects.isEmpty(), qPrintable(QStringList(rejects.keys()).join(QLatin1Char(','))));
    QVERIFY(ours.stats().queriesOut.value(QStringLiteral("get_peers")) > 0);
}

// (b) JS nodes bootstrap from ours, announce, and we find them; (c) a JS lookup finds what we announced.
void TestDhtBittorrentDht::jsNodesJoinOurs()
{
    QFETCH(QString, package);
    DhtNode ours(localConfig(), m_clock, m_random, m_udp);
    QVERIFY(ours.start().ok());
    DhtNode second(localConfig({ours.port()}), m_clock, m_random, m_udp);
    QSignalSpy secondReady(&second, &DhtNode::ready);
    QVERIFY(second.start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(secondReady.count(), 1, kTimeoutMs);

    JsNetwork js;
    QVERIFY(js.start(package));
    const QList<quint16> ports = js.create(10, {QStringLiteral("127.0.0.1:%1").arg(ours.port())});
    QCOMPARE(ports.size(), 10);
    QTRY_VERIFY_WITH_TIMEOUT(knownNodes(ours) >= 10, kTimeoutMs);

    // (b)
    const QByteArray theirs = infohashOf(QStringLiteral("js-in-ours-") + package);
    int before = js.eventCount();
    js.announce(3, theirs, 6001);
    const auto announced = js.waitFor(QStringLiteral("announced"), before);
    QVERIFY(announced);
    QVERIFY2(announced->value(QStringLiteral("error")).isNull(), qPrintable(js.errors()));
    QSignalSpy found(&second, &DhtNode::peerFound);
    second.lookup(theirs);
    QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty(), kTimeoutMs);
    QCOMPARE(found.first().at(2).value<quint16>(), quint16(6001));
    // bittorrent-dht announces to every node that gave it a token: ours store it too.
    QTRY_VERIFY_WITH_TIMEOUT(ours.stats().storedInfohashes + second.stats().storedInfohashes >= 1, kTimeoutMs);

    // (c)
    const QByteArray mine = infohashOf(QStringLiteral("ours-in-js-") + package);
    QSignalSpy done(&second, &DhtNode::lookupDone);
    second.announce(mine, 7000);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), kTimeoutMs);
    before = js.eventCount();
    js.lookup(5, mine);
    QTRY_VERIFY_WITH_TIMEOUT(js.foundPeer(mine, 7000), kTimeoutMs);
    QVERIFY(js.waitFor(QStringLiteral("lookupDone"), before));
    for (const DhtNode *n : {&ours, &second}) {
        const auto rejects = n->stats().rejects;
        QVERIFY2(!rejects.contains(QStringLiteral("bad-token")), "a JS announce was refused");
        for (auto it = rejects.cbegin(); it != rejects.cend(); ++it)
            QVERIFY2(!it.key().startsWith(QStringLiteral("bencode")), qPrintable(it.key()));
    }
}

QTEST_MAIN(TestDhtBittorrentDht)
#include "tst_dht_bittorrent_dht.moc"
