#include "core/random.h"
#include "transport/udp_datagram.h"
#include "core/clock.h"
#include "discovery/lan_discovery.h"
#include "test_env.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <memory>

using namespace swarmscope;

namespace {

constexpr int kNodeTimeoutMs = 20000;

// The npm dns-discovery package on loopback multicast, driven through dns_discovery_peer.js.
class JsPeer {
public:
    ~JsPeer() { stop(); }

    bool start(quint16 mdnsPort, const QString &domain, const QByteArray &key, const QString &mode,
               quint16 announcePort = 0)
    {
        // SWARMSCOPE_INTEROP_DIR is this test's source folder.
        const QString script =
            QDir(qEnvironmentVariable("SWARMSCOPE_INTEROP_DIR")).filePath(QStringLiteral("dns_discovery_peer.js"));
        if (!QFileInfo::exists(script)) {
            qWarning() << "missing" << script;
            return false;
        }
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this]() { readLines(); });
        m_process.start(test::nodeExecutable(),
                        {script, QString::number(mdnsPort), domain, QString::fromLatin1(key.toHex()), mode,
                         QString::number(announcePort)});
        return m_process.waitForStarted(kNodeTimeoutMs);
    }

    void requery() { m_process.write("again\n"); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();  // the script destroys its sockets and exits
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool ready() const { return m_ready; }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    bool found(const QByteArray &key, const QString &host, int port) const
    {
        for (const QJsonObject &o : m_peers) {
            if (o.value(QStringLiteral("id")).toString() == QString::fromLatin1(key.toHex())
                && o.value(QStringLiteral("host")).toString() == host
                && o.value(QStringLiteral("port")).toInt() == port)
                return true;
        }
        return false;
    }
    const QList<QJsonObject> &peers() const { return m_peers; }

private:
    void readLines()
    {
        while (m_process.canReadLine()) {
            const QJsonObject o = QJsonDocument::fromJson(m_process.readLine()).object();
            const QString event = o.value(QStringLiteral("event")).toString();
            if (event == QStringLiteral("ready"))
                m_ready = true;
            else if (event == QStringLiteral("peer"))
                m_peers.append(o);
            else
                qWarning() << "node:" << o;
        }
    }

    QProcess m_process;
    bool m_ready = false;
    QList<QJsonObject> m_peers;
};

struct Seen {
    QString domain;
    QHostAddress host;
    quint16 port = 0;
};

}  // namespace

class TestLanDnsDiscovery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void bothFindEachOther_data();
    void bothFindEachOther();
    void jsAnswersOurLookup();

private:
    std::unique_ptr<LanDiscovery> makeLan(quint16 port, QList<Seen> &seen);
    SystemClock m_clock;
    Random m_random{1};
    UdpDatagramFactory m_udp;
};

void TestLanDnsDiscovery::initTestCase()
{
    if (test::nodeExecutable().isEmpty())
        QSKIP("node is not installed");
    if (!QFileInfo::exists(QDir(test::nodeModulesDir()).filePath(QStringLiteral("dns-discovery/package.json"))))
        QSKIP("dns-discovery is not installed (the npm_install fixture did not run)");
}

std::unique_ptr<LanDiscovery> TestLanDnsDiscovery::makeLan(quint16 port, QList<Seen> &seen)
{
    LanConfig config;
    config.interfaceName = QStringLiteral("lo");
    config.port = port;
    auto lan = std::make_unique<LanDiscovery>(config, m_clock, m_random, m_udp);
    QObject::connect(lan.get(), &LanDiscovery::peerFound, lan.get(),
                     [&seen](const QByteArray &, const QString &domain, const QHostAddress &host, quint16 p) {
                         seen.append(Seen{domain, host, p});
                     });
    return lan;
}

void TestLanDnsDiscovery::bothFindEachOther_data()
{
    QTest::addColumn<QString>("domain");
    QTest::newRow("dns-discovery.local") << QStringLiteral("dns-discovery.local");
    QTest::newRow("swarmscope.local") << QStringLiteral("swarmscope.local");
}

void TestLanDnsDiscovery::bothFindEachOther()
{
    QFETCH(QString, domain);
    const quint16 port = test::uniqueLanPort();
    const QByteArray key = QCryptographicHash::hash("test", QCryptographicHash::Sha1);
    QCOMPARE(key.toHex(), QByteArray("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"));

    QList<Seen> seen;
    auto lan = makeLan(port, seen);
    const Status started = lan->start();
    QVERIFY2(started.ok(), qPrintable(started.error().detail));
    lan->announce(key, domain, 3001);

    // The JS side queries on announce; we answer it, and it answers its own query for us.
    JsPeer js;
    QVERIFY(js.start(port, domain, key, QStringLiteral("announce"), 4001));
    QTRY_VERIFY_WITH_TIMEOUT(js.ready() || !js.running(), kNodeTimeoutMs);
    QVERIFY(js.ready());
    QTRY_VERIFY_WITH_TIMEOUT(js.found(key, QStringLiteral("127.0.0.1"), 3001), kNodeTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), kNodeTimeoutMs);
    for (const Seen &s : std::as_const(seen)) {
        QCOMPARE(s.domain, domain);
        QCOMPARE(s.host, QHostAddress(QStringLiteral("127.0.0.1")));
        QCOMPARE(s.port, 4001);
    }
    // JS never reports its own announcement back: the token filters the echo on its side too.
    for (const QJsonObject &o : js.peers())
        QCOMPARE(o.value(QStringLiteral("port")).toInt(), 3001);

    // Our query is answered by the JS side.
    seen.clear();
    lan->queryNow(key, domain);
    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), kNodeTimeoutMs);
    QCOMPARE(seen.first().port, 4001);
    QVERIFY(lan->rejectsByReason().isEmpty());
}

void TestLanDnsDiscovery::jsAnswersOurLookup()
{
    // JS serves only its own domain: our lookup under the other one goes unanswered.
    const quint16 port = test::uniqueLanPort();
    const QByteArray key = QCryptographicHash::hash("lookup-only", QCryptographicHash::Sha1);
    const QString domain = QStringLiteral("dns-discovery.local");

    QList<Seen> seen;
    auto lan = makeLan(port, seen);
    QVERIFY(lan->start().ok());
    lan->lookup(key, QStringLiteral("swarmscope.local"));

    JsPeer js;
    QVERIFY(js.start(port, domain, key, QStringLiteral("announce"), 4002));
    QTRY_VERIFY_WITH_TIMEOUT(js.ready() || !js.running(), kNodeTimeoutMs);
    QVERIFY(js.ready());
    lan->lookup(key, domain);
    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), kNodeTimeoutMs);
    for (const Seen &s : std::as_const(seen)) {
        QCOMPARE(s.domain, domain);
        QCOMPARE(s.port, 4002);
    }
    // We only look up, so the JS side has nobody to find.
    js.requery();
    lan->queryNow(key, domain);
    const qsizetype before = seen.size();
    QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= before + 2, kNodeTimeoutMs);
    QVERIFY(js.peers().isEmpty());
}

QTEST_GUILESS_MAIN(TestLanDnsDiscovery)
#include "tst_lan_dns_discovery.moc"
