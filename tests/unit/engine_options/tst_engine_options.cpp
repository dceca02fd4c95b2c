// The command-line options swarmscope and swarmscope-node share, mapped onto EngineConfig: the
// DHT defaults, SWARMSCOPE_OFFLINE=1 keeping everything on this machine, and the error texts.
#include "engine_options.h"

#include <QCommandLineParser>
#include <QTest>

using namespace swarmscope;

namespace {

struct Parsed {
    EngineConfig config;
    std::optional<QString> error;
};

Parsed parse(const QStringList &args, EngineOptions::Defaults defaults = {})
{
    const EngineOptions options(defaults);
    QCommandLineParser p;
    options.addTo(p);
    Parsed out;
    if (!p.parse(QStringList{QStringLiteral("app")} + args)) {
        out.error = p.errorText();
        return out;
    }
    out.error = options.applyNetwork(p, out.config);
    if (!out.error)
        out.error = options.applyDiscovery(p, out.config);
    return out;
}

class OfflineScope {
public:
    explicit OfflineScope(bool offline) : m_old(qgetenv("SWARMSCOPE_OFFLINE"))
    {
        if (offline)
            qputenv("SWARMSCOPE_OFFLINE", "1");
        else
            qunsetenv("SWARMSCOPE_OFFLINE");
    }
    ~OfflineScope() { qputenv("SWARMSCOPE_OFFLINE", m_old); }

private:
    QByteArray m_old;
};

}  // namespace

class TestEngineOptions : public QObject {
    Q_OBJECT

private slots:
    void defaultsOnline()
    {
        OfflineScope scope(false);
        const Parsed r = parse({});
        QVERIFY(!r.error);
        QVERIFY(r.config.dht.enabled);
        QCOMPARE(r.config.dht.bootstrap, DhtConfig::defaultBootstrap());
        QCOMPARE(r.config.dht.bindHost, QHostAddress(QHostAddress::AnyIPv4));
        QVERIFY(r.config.dht.enforceIpLimits);
        QVERIFY(r.config.lan.enabled);
        QVERIFY(r.config.lan.interfaceName.isEmpty());
        QCOMPARE(r.config.lan.port, quint16(5353));
        QCOMPARE(r.config.listenPort, quint16(0));
    }

    void offlineStaysOnThisMachine()
    {
        OfflineScope scope(true);
        const Parsed r = parse({});
        QVERIFY(!r.error);
        QVERIFY(r.config.dht.enabled);
        QVERIFY(r.config.dht.bootstrap.isEmpty());
        QCOMPARE(r.config.dht.bindHost, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(!r.config.dht.enforceIpLimits);
        QCOMPARE(r.config.lan.interfaceName, QStringLiteral("lo"));

        // Given values win, offline or not.
        const Parsed given =
            parse({QStringLiteral("--dht-bootstrap"), QStringLiteral("127.0.0.1:6881"),
                   QStringLiteral("--dht-bootstrap"), QStringLiteral("127.0.0.1:6882"), QStringLiteral("--dht-port"),
                   QStringLiteral("7000"), QStringLiteral("--lan-interface"), QStringLiteral("eth9")});
        QVERIFY(!given.error);
        QCOMPARE(given.config.dht.bootstrap.size(), 2);
        QCOMPARE(given.config.dht.bootstrap.at(1), (QPair<QString, quint16>{QStringLiteral("127.0.0.1"), 6882}));
        QCOMPARE(given.config.dht.port, quint16(7000));
        QCOMPARE(given.config.lan.interfaceName, QStringLiteral("eth9"));
    }

    void switchesAndAddresses()
    {
        OfflineScope scope(true);
        const Parsed r =
            parse({QStringLiteral("--no-dht"), QStringLiteral("--no-lan"), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:4000"), QStringLiteral("--connect"), QStringLiteral("[::1]:5000")});
        QVERIFY(!r.error);
        QVERIFY(!r.config.dht.enabled);
        QVERIFY(!r.config.lan.enabled);
        QCOMPARE(r.config.listenHost, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(r.config.listenPort, quint16(4000));
        QCOMPARE(r.config.connectTo.size(), 1);
        QCOMPARE(r.config.connectTo.first().port, quint16(5000));

        // "localhost" is accepted only where the executable asks for it (the GUI does).
        QCOMPARE(*parse({QStringLiteral("--listen"), QStringLiteral("localhost:1")}).error,
                 QStringLiteral("--listen host must be an IP address, got 'localhost'"));
        const Parsed gui = parse({QStringLiteral("--listen"), QStringLiteral("localhost:1")},
                                 EngineOptions::Defaults{.acceptLocalhost = true});
        QVERIFY(!gui.error);
        QCOMPARE(gui.config.listenHost, QHostAddress(QHostAddress::LocalHost));
    }

    void errorsNameTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nope")}
                                << QStringLiteral("--listen expects host:port, got 'nope'");
        QTest::newRow("connect") << QStringList{QStringLiteral("--connect"), QStringLiteral("1.2.3.4")}
                                 << QStringLiteral("--connect expects host:port, got '1.2.3.4'");
        QTest::newRow("lan-port") << QStringList{QStringLiteral("--lan-port"), QStringLiteral("0")}
                                  << QStringLiteral("--lan-port expects a port number, got '0'");
        QTest::newRow("dht-port") << QStringList{QStringLiteral("--dht-port"), QStringLiteral("70000")}
                                  << QStringLiteral("--dht-port expects a port number, got '70000'");
        QTest::newRow("dht-bootstrap") << QStringList{QStringLiteral("--dht-bootstrap"), QStringLiteral("router")}
                                       << QStringLiteral("--dht-bootstrap expects host:port, got 'router'");
    }

    void errorsNameTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Parsed r = parse(args);
        QVERIFY(r.error);
        QCOMPARE(*r.error, error);
    }
};

QTEST_GUILESS_MAIN(TestEngineOptions)
#include "tst_engine_options.moc"
