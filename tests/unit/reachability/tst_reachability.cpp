// What the engine concludes from observed addresses: agreement needed, forged reports ignored,
// NAT behaviour from local vs external ports, public/private from mappings and dial-backs.
#include "nat/dial_back_schedule.h"
#include "nat/reachability.h"

#include <QTest>

using namespace swarmscope;

namespace {
AddressObservation seen(const QString &observer, const QString &observerIp, const QString &external, quint16 port,
                        quint16 localPort, AddressObservation::Via via = AddressObservation::Via::Hello)
{
    AddressObservation o;
    o.via = via;
    o.observer = observer;
    o.observerIp = QHostAddress(observerIp);
    o.external = QHostAddress(external);
    o.externalPort = port;
    o.localPort = localPort;
    return o;
}

PeerId peer(char fill)
{
    return PeerId::fromBytes(QByteArray(32, fill));
}
}  // namespace

class TestReachability : public QObject {
    Q_OBJECT

private slots:
    void startsUnknown()
    {
        ReachabilityTracker t;
        const ReachabilitySnapshot s = t.snapshot();
        QCOMPARE(s.status, ReachabilityStatus::Unknown);
        QCOMPARE(s.nat, NatBehaviour::Unknown);
        QVERIFY(s.external().isEmpty());
        QCOMPARE(mappingKindName(s.mapping), QStringLiteral("none"));
    }

    void oneObserverChangesNothing()
    {
        ReachabilityTracker t;
        t.setListenPort(7000);
        // One peer, however often and under however many keys from one host, is one voice.
        QVERIFY(!t.observe(
            seen(QStringLiteral("k1"), QStringLiteral("198.51.100.1"), QStringLiteral("192.0.2.66"), 5555, 41000)));
        QVERIFY(!t.observe(
            seen(QStringLiteral("k2"), QStringLiteral("198.51.100.1"), QStringLiteral("192.0.2.66"), 5555, 41001)));
        QVERIFY(!t.observe(
            seen(QStringLiteral("k3"), QStringLiteral("198.51.100.1"), QStringLiteral("192.0.2.66"), 5555, 41002)));
        QVERIFY(t.snapshot().externalIp.isNull());
        QCOMPARE(t.snapshot().nat, NatBehaviour::Unknown);
    }

    void forgedReportIsOutvoted()
    {
        ReachabilityTracker t;
        t.setListenPort(7000);
        t.observe(
            seen(QStringLiteral("liar"), QStringLiteral("198.51.100.9"), QStringLiteral("192.0.2.66"), 7000, 7000));
        t.observe(
            seen(QStringLiteral("a"), QStringLiteral("198.51.100.1"), QStringLiteral("203.0.113.2"), 41000, 41000));
        QVERIFY(t.snapshot().externalIp.isNull());  // one against one: nobody agrees yet
        QVERIFY(t.observe(seen(QStringLiteral("dht:198.51.100.2:6881"), QStringLiteral("198.51.100.2"),
                               QStringLiteral("203.0.113.2"), 7000, 7000, AddressObservation::Via::Dht)));
        QCOMPARE(t.snapshot().externalIp, QHostAddress(QStringLiteral("203.0.113.2")));
        QCOMPARE(t.snapshot().observers, 2);
        QCOMPARE(t.snapshot().nat, NatBehaviour::PortPreserving);
        QCOMPARE(t.snapshot().status, ReachabilityStatus::Private);  // NAT, nothing mapped
        QCOMPARE(t.snapshot().external(), QStringLiteral("203.0.113.2:7000"));
    }

    void ownAddressMeansNoNat()
    {
        ReachabilityTracker t;
        t.setLocalAddresses({QHostAddress(QStringLiteral("203.0.113.20"))});
        t.setListenPort(7000);
        t.observe(seen(QStringLiteral("a"), QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.20"), 7000, 0));
        t.observe(seen(QStringLiteral("b"), QStringLiteral("203.0.113.3"), QStringLiteral("203.0.113.20"), 7000, 0));
        QCOMPARE(t.snapshot().nat, NatBehaviour::None);
        QCOMPARE(t.snapshot().external(), QStringLiteral("203.0.113.20:7000"));
        QCOMPARE(t.snapshot().status, ReachabilityStatus::Unknown);  // a firewall may still drop: dial-back decides
        QVERIFY(t.setDialBack(true));
        QCOMPARE(t.snapshot().status, ReachabilityStatus::Public);
    }

    void differentPortPerDestinationIsAddressDependent()
    {
        ReachabilityTracker t;
        t.setListenPort(7000);
        t.observe(seen(QStringLiteral("a"), QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.2"), 34058, 7000,
                       AddressObservation::Via::Dht));
        t.observe(
            seen(QStringLiteral("b"), QStringLiteral("203.0.113.3"), QStringLiteral("203.0.113.2"), 44961, 41000));
        QCOMPARE(t.snapshot().nat, NatBehaviour::AddressDependent);
        QVERIFY(t.snapshot().external().isEmpty());  // no port anyone could dial
        QCOMPARE(t.snapshot().externalIp, QHostAddress(QStringLiteral("203.0.113.2")));
        QCOMPARE(t.snapshot().status, ReachabilityStatus::Private);
    }

    void anOccasionalChangedPortKeepsPortPreserving()
    {
        // Masquerade keeps ports "when it can": a port already taken (a redial soon after a close)
        // is changed once, which must not undo what two observers established.
        ReachabilityTracker t;
        t.setListenPort(7000);
        t.observe(seen(QStringLiteral("dht:a"), QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.3"), 7000,
                       7000, AddressObservation::Via::Dht));
        t.observe(
            seen(QStringLiteral("peer"), QStringLiteral("203.0.113.20"), QStringLiteral("203.0.113.3"), 41000, 41000));
        QCOMPARE(t.snapshot().nat, NatBehaviour::PortPreserving);
        t.observe(
            seen(QStringLiteral("peer"), QStringLiteral("203.0.113.20"), QStringLiteral("203.0.113.3"), 52011, 41000));
        QCOMPARE(t.snapshot().nat, NatBehaviour::PortPreserving);
    }

    void mappingGivesThePortAndDialBackDecides()
    {
        ReachabilityTracker t;
        t.setListenPort(7000);
        QVERIFY(
            t.setMapping(MappingKind::Upnp, QHostAddress(QStringLiteral("203.0.113.2")), 7000, QStringLiteral("IGD")));
        QCOMPARE(t.snapshot().external(), QStringLiteral("203.0.113.2:7000"));  // the router's word until peers agree
        QCOMPARE(t.snapshot().status, ReachabilityStatus::Unknown);
        t.observe(seen(QStringLiteral("a"), QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.2"), 7000, 7000));
        t.observe(
            seen(QStringLiteral("b"), QStringLiteral("203.0.113.3"), QStringLiteral("203.0.113.2"), 41000, 41000));
        QCOMPARE(t.snapshot().status, ReachabilityStatus::Unknown);  // mapped: not private by guess
        t.setDialBack(false);
        QCOMPARE(t.snapshot().status, ReachabilityStatus::Private);
        t.setDialBack(true);
        QCOMPARE(t.snapshot().status, ReachabilityStatus::Public);
        QCOMPARE(mappingKindName(t.snapshot().mapping), QStringLiteral("upnp"));
    }

    void aNewMappingForgetsTheLastDialBack()
    {
        ReachabilityTracker t;
        t.setListenPort(7000);
        t.setDialBack(false);
        QCOMPARE(t.snapshot().status, ReachabilityStatus::Private);
        t.setMapping(MappingKind::Upnp, QHostAddress(QStringLiteral("203.0.113.2")), 7000, QString());
        QVERIFY(t.forgetDialBack());
        QCOMPARE(t.snapshot().status, ReachabilityStatus::Unknown);
        QVERIFY(!t.snapshot().dialBack.has_value());
        QVERIFY(!t.forgetDialBack());
    }

    // One request at a time; a "no" or silence is asked again later, each time later; a "yes"
    // holds until the mapping changes; a peer is never asked twice within its rate limit.
    void dialBackIsAskedAgainUntilReachable()
    {
        DialBackSchedule d;
        const PeerId a = peer('a'), b = peer('b');
        QVERIFY(d.mayAsk(a, 0));
        d.asked(a, 0);
        QVERIFY(d.pending());
        QVERIFY(!d.mayAsk(b, 0));
        d.answered(false, 1000);
        QVERIFY(!d.pending());
        QVERIFY(!d.mayAsk(b, 1000 + DialBackSchedule::kFirstRetryMs - 1));
        QVERIFY(d.mayAsk(b, 1000 + DialBackSchedule::kFirstRetryMs));
        QCOMPARE(d.nextAttemptMs(b), 1000 + DialBackSchedule::kFirstRetryMs);
        d.asked(b, 16000);
        d.unanswered(26000);  // silence backs off like a "no", twice as long
        QCOMPARE(d.nextAttemptMs(a), 26000 + 2 * DialBackSchedule::kFirstRetryMs);
        d.asked(a, 56000);
        d.answered(true, 56500);
        QVERIFY(d.settled());
        QVERIFY(!d.mayAsk(b, 10'000'000));
    }

    void aNewMappingAsksAgainButNotTheSamePeerAtOnce()
    {
        DialBackSchedule d;
        const PeerId a = peer('a'), b = peer('b');
        d.asked(a, 0);
        d.answered(false, 500);
        d.restart();  // the mapping came up after the first answer
        QVERIFY(!d.pending() && !d.settled());
        QVERIFY(d.mayAsk(b, 600));
        QVERIFY(!d.mayAsk(a, 600));  // its server would refuse within its per-peer window
        QCOMPARE(d.nextAttemptMs(a), DialBackSchedule::kPerPeerMs);
        QVERIFY(d.mayAsk(a, DialBackSchedule::kPerPeerMs));
    }

    void retriesBackOffToACeiling()
    {
        DialBackSchedule d;
        const PeerId a = peer('a');
        qint64 now = 0;
        qint64 gap = 0;
        for (int i = 0; i < 20; ++i) {
            now = std::max(now, d.nextAttemptMs(a));
            QVERIFY(d.mayAsk(a, now));
            d.asked(a, now);
            d.answered(false, now);
            gap = d.nextAttemptMs(a) - now;
        }
        QCOMPARE(gap, DialBackSchedule::kMaxRetryMs);
    }

    void doubleNatMappingIsNotTheExternalAddress()
    {
        ReachabilityTracker t;
        t.setListenPort(7000);
        t.setMapping(MappingKind::NatPmp, QHostAddress(QStringLiteral("100.64.0.7")), 7000, QString());
        t.observe(
            seen(QStringLiteral("a"), QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.99"), 7000, 7000));
        t.observe(
            seen(QStringLiteral("b"), QStringLiteral("203.0.113.3"), QStringLiteral("203.0.113.99"), 41000, 41000));
        QCOMPARE(t.snapshot().externalIp, QHostAddress(QStringLiteral("203.0.113.99")));
        // The router's mapping ends at the carrier's NAT: the listen port is not reachable as mapped.
        QCOMPARE(t.snapshot().externalPort, quint16(7000));
        QCOMPARE(t.snapshot().status, ReachabilityStatus::Private);
    }

    void observersAreBounded()
    {
        ReachabilityTracker t;
        for (int i = 0; i < ReachabilityTracker::kMaxObservers * 3; ++i)
            t.observe(seen(QString::number(i), QStringLiteral("198.51.100.%1").arg(i % 250),
                           QStringLiteral("192.0.2.1"), 1, 1));
        QVERIFY(t.snapshot().observers <= ReachabilityTracker::kMaxObservers);
    }
};

QTEST_APPLESS_MAIN(TestReachability)
#include "tst_reachability.moc"
