// The doctor on loopback only: a free and a taken port, multicast on lo, a local DHT node that
// answers and a silent one, a listening and a closed manual peer, and a broken clock.
#include "core/clock.h"
#include "core/random.h"
#include "dht/dht_node.h"
#include "doctor/doctor.h"
#include "fake_router.h"
#include "transport/udp_datagram.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

using namespace swarmscope;

namespace {

EngineConfig baseConfig()
{
    EngineConfig c;
    c.listenHost = QHostAddress::LocalHost;
    c.listenPort = 0;
    c.lan.enabled = false;
    c.dht.enabled = false;
    return c;
}

QJsonObject checkOf(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &v : report.value(QStringLiteral("checks")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

// A clock whose readings stand still while its timers run in real time: what a broken system
// timer looks like to the doctor.
class FrozenClock final : public Clock {
public:
    explicit FrozenClock(qint64 wallMs) : m_wallMs(wallMs) {}
    qint64 monotonicMs() const override { return 0; }
    qint64 monotonicUs() const override { return 0; }
    qint64 wallMs() const override { return m_wallMs; }
    TimerId schedule(qint64 delayMs, std::function<void()> fn) override
    {
        return m_timers.schedule(delayMs, std::move(fn));
    }
    void cancel(TimerId id) override { m_timers.cancel(id); }

private:
    qint64 m_wallMs;
    SystemClock m_timers;
};

// Findings a report named that Doctor::findings() does not list (UIs could not translate them).
QStringList g_unlisted;

QJsonObject runReport(Doctor &doctor)
{
    QSignalSpy finished(&doctor, &Doctor::finished);
    doctor.run();
    if (!finished.wait(8000))
        return {};
    const QJsonObject report = finished.first().first().toJsonObject();
    const auto listed = Doctor::findings();
    for (const QJsonValue &v : report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        const std::pair key{c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("code")).toString()};
        if (!listed.contains(key))
            g_unlisted << key.first + QLatin1Char('/') + key.second;
    }
    return report;
}

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();  // closed again when s goes
}

}  // namespace

class TestDoctor : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY2(g_unlisted.isEmpty(), qPrintable(g_unlisted.join(QLatin1Char(' ')))); }

    void defaultsAreHealthyWithWarnings()
    {
        Doctor doctor(baseConfig());
        const QJsonObject report = runReport(doctor);
        QCOMPARE(report.value(QStringLiteral("checks")).toArray().size(), 9);
        QCOMPARE(checkOf(report, QStringLiteral("listen")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(checkOf(report, QStringLiteral("clock")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(checkOf(report, QStringLiteral("peers")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("none"));
        QCOMPARE(checkOf(report, QStringLiteral("lan-multicast")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("warn"));
        QCOMPARE(checkOf(report, QStringLiteral("dht")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("dht-off"));
        QCOMPARE(checkOf(report, QStringLiteral("relays")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("no-relay"));
        QCOMPARE(checkOf(report, QStringLiteral("hole-punch")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("unknown"));
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QVERIFY(report.value(QStringLiteral("ok")).toBool());
        QVERIFY(!checkOf(report, QStringLiteral("dht")).value(QStringLiteral("advice")).toString().isEmpty());
    }

    void takenPortFails()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        EngineConfig c = baseConfig();
        c.listenPort = holder.serverPort();
        Doctor doctor(c);
        const QJsonObject report = runReport(doctor);
        const QJsonObject listen = checkOf(report, QStringLiteral("listen"));
        QCOMPARE(listen.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(listen.value(QStringLiteral("code")).toString(), QStringLiteral("port-in-use"));
        // The values of the detail travel as args, for a translated rendering.
        const QJsonObject args = listen.value(QStringLiteral("args")).toObject();
        QCOMPARE(args.value(QStringLiteral("where")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(holder.serverPort()));
        QVERIFY(!args.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(!report.value(QStringLiteral("ok")).toBool());
        // The same port held by our own session is fine.
        Doctor::Options o;
        o.ownListenPort = holder.serverPort();
        Doctor own(c, o);
        QCOMPARE(checkOf(runReport(own), QStringLiteral("listen")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
    }

    void multicastOnLoopback()
    {
        EngineConfig c = baseConfig();
        c.lan.enabled = true;
        c.lan.interfaceName = QStringLiteral("lo");
        Doctor doctor(c);
        const QJsonObject check = checkOf(runReport(doctor), QStringLiteral("lan-multicast"));
        // Some containers have no multicast on lo; then the doctor must say so with advice.
        if (check.value(QStringLiteral("status")).toString() != QLatin1String("ok")) {
            QVERIFY(!check.value(QStringLiteral("advice")).toString().isEmpty());
            QSKIP(qPrintable(QStringLiteral("no multicast on lo here: ")
                             + check.value(QStringLiteral("detail")).toString()));
        }
        QCOMPARE(check.value(QStringLiteral("code")).toString(), QStringLiteral("echo"));

        c.lan.interfaceName = QStringLiteral("no-such-if0");
        Doctor missing(c);
        QCOMPARE(checkOf(runReport(missing), QStringLiteral("lan-multicast")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("no-interface"));
    }

    void dhtBootstrapPing()
    {
        ManualClock dhtClock;  // the answering node needs no timers to answer a ping
        DhtConfig dc;
        dc.bindHost = QHostAddress::LocalHost;
        dc.enforceIpLimits = false;
        Random random(1);
        UdpDatagramFactory udp;
        DhtNode node(dc, dhtClock, random, udp);
        QVERIFY(node.start().ok());
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));  // bound, never answers

        EngineConfig c = baseConfig();
        c.dht.enabled = true;
        c.dht.bindHost = QHostAddress::LocalHost;
        Doctor none(c);
        const QJsonObject noBootstrap = checkOf(runReport(none), QStringLiteral("dht"));
        QCOMPARE(noBootstrap.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QCOMPARE(noBootstrap.value(QStringLiteral("detail")).toString(), QStringLiteral("no bootstrap nodes"));

        c.dht.bootstrap = {{QStringLiteral("127.0.0.1"), node.port()}};
        Doctor good(c);
        QCOMPARE(checkOf(runReport(good), QStringLiteral("dht")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));

        c.dht.bootstrap.append({QStringLiteral("127.0.0.1"), silent.localPort()});
        Doctor::Options o;
        o.dhtTimeoutMs = 500;
        Doctor mixed(c, o);
        const QJsonObject some = checkOf(runReport(mixed), QStringLiteral("dht"));
        QCOMPARE(some.value(QStringLiteral("code")).toString(), QStringLiteral("some-silent"));
        const QJsonObject args = some.value(QStringLiteral("args")).toObject();
        QCOMPARE(args.value(QStringLiteral("silent")).toArray(),
                 QJsonArray{QStringLiteral("127.0.0.1:%1").arg(silent.localPort())});
        QCOMPARE(args.value(QStringLiteral("answered")).toArray().size(), 1);
        QCOMPARE(args.value(QStringLiteral("answered")).toArray().first()[QStringLiteral("node")].toString(),
                 QStringLiteral("127.0.0.1:%1").arg(node.port()));
        QCOMPARE(args.value(QStringLiteral("timeoutMs")).toInt(), 500);

        c.dht.bootstrap = {{QStringLiteral("127.0.0.1"), silent.localPort()}};
        Doctor bad(c, o);
        QCOMPARE(checkOf(runReport(bad), QStringLiteral("dht")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("fail"));
    }

    // Without a session's answer the doctor maps the ports itself on the router its world gives
    // (here the test's, so nothing leaves the process) and lets go of them when done.
    void mapsThroughTheGivenRouter()
    {
        EngineConfig c = baseConfig();
        c.listenPort = 7000;
        c.nat.portMapping = true;
        SystemClock clock;
        test::FakeRouter router(clock);
        World world;
        world.portMapping = &router;
        Doctor doctor(c, Doctor::Options{}, world);
        const QJsonObject mapping = checkOf(runReport(doctor), QStringLiteral("port-mapping"));
        QCOMPARE(mapping.value(QStringLiteral("code")).toString(), QStringLiteral("mapped"));
        QVERIFY(mapping.value(QStringLiteral("detail")).toString().contains(router.external().toString()));
        QCOMPARE(router.maps(), 1);
        QCOMPARE(router.calls()[0].request.tcpPort, quint16(7000));
        QTRY_COMPARE(router.unmaps(), 1);

        router.setRefusing(true);
        Doctor refused(c, Doctor::Options{}, world);
        const QJsonObject none = checkOf(runReport(refused), QStringLiteral("port-mapping"));
        QCOMPARE(none.value(QStringLiteral("code")).toString(), QStringLiteral("no-router"));
        QCOMPARE(router.maps(), 2);
        QCOMPARE(router.unmaps(), 1);  // nothing was mapped, nothing to delete
    }

    void reachabilityFromTheSession()
    {
        EngineConfig c = baseConfig();
        c.listenPort = 7000;
        c.nat.portMapping = true;
        Doctor::Options o;
        ReachabilitySnapshot r;
        r.status = ReachabilityStatus::Private;
        r.nat = NatBehaviour::AddressDependent;
        r.externalIp = QHostAddress(QStringLiteral("203.0.113.2"));
        r.mappingDetail = QStringLiteral("no UPnP router answered; no NAT-PMP answer from the gateway (-7)");
        o.reachability = r;
        Doctor symmetric(c, o);
        const QJsonObject report = runReport(symmetric);
        const QJsonObject nat = checkOf(report, QStringLiteral("nat"));
        QCOMPARE(nat.value(QStringLiteral("code")).toString(), QStringLiteral("address-dependent"));
        QCOMPARE(nat.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QVERIFY(nat.value(QStringLiteral("advice")).toString().contains(QLatin1String("relay")));
        QCOMPARE(nat.value(QStringLiteral("args")).toObject().value(QStringLiteral("external")).toString(),
                 QStringLiteral("203.0.113.2"));
        const QJsonObject mapping = checkOf(report, QStringLiteral("port-mapping"));
        QCOMPARE(mapping.value(QStringLiteral("code")).toString(), QStringLiteral("no-router"));
        QVERIFY(mapping.value(QStringLiteral("detail")).toString().contains(r.mappingDetail));
        QVERIFY(mapping.value(QStringLiteral("advice")).toString().contains(QLatin1String("7000")));
        // Private with no relay named: the doctor says to name one.
        const QJsonObject noRelay = checkOf(report, QStringLiteral("relays"));
        QCOMPARE(noRelay.value(QStringLiteral("code")).toString(), QStringLiteral("no-relay"));
        QVERIFY(noRelay.value(QStringLiteral("advice")).toString().contains(QLatin1String("--relay-node")));
        c.nat.relays = {QStringLiteral("203.0.113.10:7000")};
        Doctor noSlot(c, o);
        const QJsonObject refused = checkOf(runReport(noSlot), QStringLiteral("relays"));
        QCOMPARE(refused.value(QStringLiteral("code")).toString(), QStringLiteral("no-slot"));
        QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        r.relays = c.nat.relays;
        o.reachability = r;
        Doctor held(c, o);
        const QJsonObject slot = checkOf(runReport(held), QStringLiteral("relays"));
        QCOMPARE(slot.value(QStringLiteral("code")).toString(), QStringLiteral("slot-held"));
        QVERIFY(slot.value(QStringLiteral("detail")).toString().contains(QLatin1String("203.0.113.10:7000")));
        r.relays.clear();
        c.nat.relays.clear();

        r.status = ReachabilityStatus::Public;
        r.mapping = MappingKind::Upnp;
        r.externalPort = 7000;
        o.reachability = r;
        Doctor mapped(c, o);
        const QJsonObject good = runReport(mapped);
        QCOMPARE(checkOf(good, QStringLiteral("nat")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("public"));
        QCOMPARE(checkOf(good, QStringLiteral("port-mapping")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("mapped"));
        QCOMPARE(checkOf(good, QStringLiteral("relays")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("not-needed"));

        c.nat.portMapping = false;
        Doctor off(c);
        const QJsonObject offReport = runReport(off);
        QCOMPARE(checkOf(offReport, QStringLiteral("port-mapping")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("mapping-off"));
        // Without a session and without DHT answers, nobody told us our address.
        QCOMPARE(checkOf(offReport, QStringLiteral("nat")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("unknown"));
    }

    // The hole-punch check: what the session's attempts showed, else what the NAT's behaviour
    // predicts, each with advice when something is wrong.
    void holePunchVerdicts_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("nat");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("tried");
        QTest::addColumn<int>("punched");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("state");
        const int pub = int(ReachabilityStatus::Public), priv = int(ReachabilityStatus::Private);
        const int keeps = int(NatBehaviour::PortPreserving), changes = int(NatBehaviour::AddressDependent);
        QTest::newRow("public") << pub << int(NatBehaviour::None) << true << 0 << 0 << "not-needed"
                                << "ok";
        QTest::newRow("off") << priv << keeps << false << 0 << 0 << "off"
                             << "warn";
        QTest::newRow("punched") << priv << keeps << true << 3 << 2 << "punched"
                                 << "ok";
        QTest::newRow("failing") << priv << keeps << true << 3 << 0 << "failing"
                                 << "warn";
        QTest::newRow("symmetric") << priv << changes << true << 0 << 0 << "cannot"
                                   << "warn";
        QTest::newRow("untried") << priv << keeps << true << 0 << 0 << "should-work"
                                 << "ok";
        QTest::newRow("unknown") << int(ReachabilityStatus::Unknown) << int(NatBehaviour::Unknown) << true << 0 << 0
                                 << "unknown"
                                 << "warn";
    }

    void holePunchVerdicts()
    {
        QFETCH(int, status);
        QFETCH(int, nat);
        QFETCH(bool, enabled);
        QFETCH(int, tried);
        QFETCH(int, punched);
        QFETCH(QString, code);
        QFETCH(QString, state);
        ReachabilitySnapshot r;
        r.status = ReachabilityStatus(status);
        r.nat = NatBehaviour(nat);
        r.externalIp = QHostAddress(QStringLiteral("203.0.113.2"));
        Doctor::Options o;
        o.reachability = r;
        o.holePunch = HolePunchSummary{enabled, tried, punched,
                                       tried > punched ? QStringLiteral("connect: timed out") : QString()};
        Doctor doctor(baseConfig(), o);
        const QJsonObject check = checkOf(runReport(doctor), QStringLiteral("hole-punch"));
        QCOMPARE(check.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(check.value(QStringLiteral("status")).toString(), state);
        QCOMPARE(check.value(QStringLiteral("advice")).toString().isEmpty(), state == QLatin1String("ok"));
        if (code == QLatin1String("punched"))
            QVERIFY(check.value(QStringLiteral("detail")).toString().contains(QLatin1String("2 of 3")));
        if (code == QLatin1String("failing"))
            QVERIFY(check.value(QStringLiteral("detail")).toString().contains(QLatin1String("timed out")));
    }

    void manualPeers()
    {
        QTcpServer peer;
        QVERIFY(peer.listen(QHostAddress::LocalHost, 0));
        EngineConfig c = baseConfig();
        c.connectTo = {{QStringLiteral("127.0.0.1"), peer.serverPort()}};
        Doctor good(c);
        QCOMPARE(checkOf(runReport(good), QStringLiteral("peers")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        c.connectTo.append({QStringLiteral("127.0.0.1"), closedPort()});
        Doctor mixed(c);
        const QJsonObject check = checkOf(runReport(mixed), QStringLiteral("peers"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QVERIFY(!check.value(QStringLiteral("advice")).toString().isEmpty());
        c.connectTo.removeFirst();
        Doctor bad(c);
        QCOMPARE(checkOf(runReport(bad), QStringLiteral("peers")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("fail"));
    }

    void brokenClock()
    {
        FrozenClock stuck(0);  // 1970, and never advancing
        Doctor doctor(baseConfig(), Doctor::Options{}, World{&stuck});
        const QJsonObject check = checkOf(runReport(doctor), QStringLiteral("clock"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(check.value(QStringLiteral("code")).toString(), QStringLiteral("wall-insane"));
        FrozenClock frozen(1'700'000'000'000);  // sane date, but time stands still
        Doctor frozenDoctor(baseConfig(), Doctor::Options{}, World{&frozen});
        QCOMPARE(checkOf(runReport(frozenDoctor), QStringLiteral("clock")).value(QStringLiteral("code")).toString(),
                 QStringLiteral("monotonic-stuck"));
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
