// The resource manager's decisions on a virtual clock: per-address connections, the handshake
// rate per address, the pending-handshake budget (who makes room), the queue cap, and the counts.
#include "swarm/resource_manager.h"

#include <QTest>

using namespace swarmscope;
using Refusal = ResourceManager::Refusal;

class TestResourceManager : public QObject {
    Q_OBJECT

private slots:
    void connectionsPerAddressAreCapped()
    {
        ManualClock clock;
        ResourceManager m({}, clock);
        QVERIFY(!m.admitInbound(QStringLiteral("10.0.0.1"), 7, 8, {}).refusal);
        QCOMPARE(m.admitInbound(QStringLiteral("10.0.0.1"), 8, 8, {}).refusal,
                 std::optional(Refusal::ConnectionsPerIp));
        QVERIFY(!m.admitInbound(QStringLiteral("10.0.0.1"), 100, 0, {}).refusal);  // 0 = no cap
        QCOMPARE(m.refusals(Refusal::ConnectionsPerIp), 1u);
    }

    void handshakeRatePerAddressRefills()
    {
        ManualClock clock;
        ResourceLimits limits;
        limits.handshakesPerIpPerSecond = 3;
        ResourceManager m(limits, clock);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!m.admitInbound(QStringLiteral("10.0.0.1"), 0, 0, {}).refusal);
        QCOMPARE(m.admitInbound(QStringLiteral("10.0.0.1"), 0, 0, {}).refusal, std::optional(Refusal::HandshakeRate));
        QVERIFY(!m.admitInbound(QStringLiteral("10.0.0.2"), 0, 0, {}).refusal);  // another address
        clock.advance(1000);
        QVERIFY(!m.admitInbound(QStringLiteral("10.0.0.1"), 0, 0, {}).refusal);
        QCOMPARE(m.refusals(Refusal::HandshakeRate), 1u);
    }

    void fullBudgetDropsTheOldestOfTheBusiestAddress()
    {
        ManualClock clock;
        ResourceLimits limits;
        limits.maxPendingHandshakes = 4;
        ResourceManager m(limits, clock);
        const QList<ResourceManager::Pending> pending = {{1, QStringLiteral("10.0.0.9"), 1},
                                                         {2, QStringLiteral("10.0.0.5"), 2},
                                                         {3, QStringLiteral("10.0.0.5"), 3},
                                                         {4, QStringLiteral("10.0.0.7"), 4}};
        const auto a = m.admitInbound(QStringLiteral("10.0.0.3"), 0, 8, pending);
        QVERIFY(!a.refusal);
        QCOMPARE(a.evict, std::optional<quint64>(2));  // 10.0.0.5 holds two; 2 is its older one
        QVERIFY(!m.admitInbound(QStringLiteral("10.0.0.3"), 0, 8, pending.mid(0, 3)).evict);
        QCOMPARE(m.refusals(Refusal::PendingHandshakes), 1u);
    }

    void queueCapCountsOnce()
    {
        ManualClock clock;
        ResourceLimits limits;
        limits.maxQueuedBytesPerPeer = 1000;
        ResourceManager m(limits, clock);
        QVERIFY(!m.overQueued(1000));
        QVERIFY(m.overQueued(1001));
        QCOMPARE(m.nonZero(), (QList<QPair<QString, quint64>>{{QStringLiteral("queued-bytes"), 1}}));
    }
};

QTEST_GUILESS_MAIN(TestResourceManager)
#include "tst_resource_manager.moc"
