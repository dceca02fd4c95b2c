// BEP 42 in the DHT node: the routing table prefers ids that follow their address, the node's
// own id follows the external address once it is known, enforcement ignores nodes that do not
// comply, and the DHT takes the TCP port's number when it is free. Nodes run on the in-memory
// network and a virtual clock.
#include "core/clock.h"
#include "core/random.h"
#include "dht/dht_node.h"
#include "dht/routing_table.h"
#include "dht/secure_node_id.h"
#include "transport/memory_datagram.h"
#include "transport/memory_network.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace swarmscope;

namespace {

Random g_random{4242};

// A public address in a /24 of its own for every n (the table allows two per /24 per bucket).
QHostAddress publicIp(int n)
{
    return QHostAddress(quint32((20u << 24) | (quint32(n) << 8) | 1u));
}

DhtEndpoint endpointOf(const QHostAddress &ip)
{
    return *DhtEndpoint::from(ip, 6881);
}

// An id in bucket 0 of a table whose own id starts with 0x00 (the first bit set), that does or
// does not follow BEP 42 for ip.
NodeId farId(const QHostAddress &ip, bool verified)
{
    for (;;) {
        const NodeId id =
            verified ? bep42::idFor(ip, quint8(g_random.bounded(256)), g_random) : NodeId::random(g_random);
        if ((id.bytes()[0] & 0x80) && bep42::matches(id, ip) == verified)
            return id;
    }
}

NodeId selfId()
{
    return *NodeId::fromBytes(QByteArray(20, '\0'));
}

// A table whose bucket 0 is full of confirmed nodes that do not follow BEP 42, seen at times 1..8,
// and no longer the last bucket (so it does not split).
RoutingTable unverifiedBucket(RoutingConfig config = {})
{
    RoutingTable t(selfId(), config);
    for (int i = 0; i < 8; ++i)
        t.nodeSeen(farId(publicIp(i), false), endpointOf(publicIp(i)), 1 + i, true);
    QByteArray near(20, '\0');
    near[0] = 0x40;
    t.nodeSeen(*NodeId::fromBytes(near), endpointOf(publicIp(99)), 9, true);  // the split
    return t;
}

// The same with nodes that do follow BEP 42.
RoutingTable verifiedBucket(RoutingConfig config = {})
{
    RoutingTable t(selfId(), config);
    for (int i = 0; i < 8; ++i)
        t.nodeSeen(farId(publicIp(i), true), endpointOf(publicIp(i)), 1 + i, true);
    QByteArray near(20, '\0');
    near[0] = 0x40;
    t.nodeSeen(*NodeId::fromBytes(near), endpointOf(publicIp(99)), 9, true);
    return t;
}

struct TestNode {
    std::unique_ptr<MemoryDatagramFactory> datagrams;
    std::unique_ptr<DhtNode> node;
};

TestNode makeNode(MemoryNetwork &net, ManualClock &clock, const QString &host, DhtConfig config = {})
{
    TestNode n;
    n.datagrams.reset(net.datagramsFor(host));
    config.enforceIpLimits = false;
    n.node = std::make_unique<DhtNode>(config, clock, g_random, *n.datagrams);
    return n;
}

}  // namespace

class TestDhtBep42 : public QObject {
    Q_OBJECT

private slots:
    void verifiedIdTakesAnUnverifiedPlace()
    {
        RoutingTable t = unverifiedBucket();
        QCOMPARE(t.buckets().size(), 2);
        QCOMPARE(t.buckets()[0].nodes.size(), 8);
        const QHostAddress ip = publicIp(50);
        const NodeId good = farId(ip, true);
        // Only heard of (it queried us): no place taken.
        QCOMPARE(t.nodeSeen(good, endpointOf(ip), 20, false).outcome, RoutingTable::Outcome::Cached);
        QVERIFY(t.buckets()[0].replacements.last().verified);
        // It answered: it takes the place of the unverified node heard from longest ago, which
        // waits in the cache.
        const NodeId oldest = t.buckets()[0].nodes.first().id;
        QCOMPARE(t.nodeSeen(good, endpointOf(ip), 21, true).outcome, RoutingTable::Outcome::Added);
        QVERIFY(t.find(good) && t.find(good)->verified);
        QCOMPARE(t.buckets()[0].nodes.size(), 8);
        QVERIFY(!t.find(oldest));
        bool cached = false;
        for (const RoutingNode &n : t.buckets()[0].replacements)
            cached = cached || n.id == oldest;
        QVERIFY(cached);
        // An unverified node that answers does not displace anybody.
        const QHostAddress other = publicIp(51);
        QCOMPARE(t.nodeSeen(farId(other, false), endpointOf(other), 22, true).outcome, RoutingTable::Outcome::Cached);
    }

    void preferenceCanBeTurnedOff()
    {
        RoutingConfig config;
        config.preferVerifiedIds = false;
        RoutingTable t = unverifiedBucket(config);
        const QHostAddress ip = publicIp(50);
        QCOMPARE(t.nodeSeen(farId(ip, true), endpointOf(ip), 20, true).outcome, RoutingTable::Outcome::Cached);
    }

    void fullOfVerifiedNodesNobodyIsDisplaced()
    {
        RoutingTable t = verifiedBucket();
        const QHostAddress ip = publicIp(50);
        QCOMPARE(t.nodeSeen(farId(ip, true), endpointOf(ip), 20, true).outcome, RoutingTable::Outcome::Cached);
    }

    void verifiedReplacementIsPromotedFirst_data()
    {
        QTest::addColumn<bool>("prefer");
        QTest::newRow("preferring") << true;
        QTest::newRow("not preferring") << false;
    }

    void verifiedReplacementIsPromotedFirst()
    {
        QFETCH(bool, prefer);
        RoutingConfig config;
        config.preferVerifiedIds = prefer;
        RoutingTable t = verifiedBucket(config);
        const QHostAddress goodIp = publicIp(60), badIp = publicIp(61);
        const NodeId good = farId(goodIp, true), bad = farId(badIp, false);
        QCOMPARE(t.nodeSeen(good, endpointOf(goodIp), 20, true).outcome, RoutingTable::Outcome::Cached);
        QCOMPARE(t.nodeSeen(bad, endpointOf(badIp), 30, true).outcome, RoutingTable::Outcome::Cached);
        const RoutingNode victim = t.buckets()[0].nodes.first();
        QVERIFY(!t.nodeFailed(victim.id, victim.endpoint));
        QVERIFY(t.nodeFailed(victim.id, victim.endpoint));
        // Preferring, the verified candidate moves up though the other answered more recently.
        QCOMPARE(bool(t.find(good)), prefer);
        QCOMPARE(bool(t.find(bad)), !prefer);
    }

    void idFollowsTheExternalAddress()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        TestNode a = makeNode(net, clock, QStringLiteral("198.51.100.1"));
        TestNode b = makeNode(net, clock, QStringLiteral("198.51.100.2"));
        QVERIFY(a.node->start().ok() && b.node->start().ok());
        a.node->addNode(QHostAddress(QStringLiteral("198.51.100.2")), b.node->port());
        clock.advance(10);
        QCOMPARE(a.node->stats().routingTableSize, 1);

        QSignalSpy changed(a.node.get(), &DhtNode::nodeIdChanged);
        const QByteArray before = a.node->nodeId();
        const QHostAddress external(QStringLiteral("203.0.113.7"));
        const quint64 findNodesBefore = a.node->stats().queriesOut.value(QStringLiteral("find_node"));
        a.node->setExternalAddress(external);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toByteArray(), before);
        QCOMPARE(changed.first().at(1).toByteArray(), a.node->nodeId());
        QVERIFY(bep42::matches(*NodeId::fromBytes(a.node->nodeId()), external));
        QVERIFY(a.node->idFollowsBep42());
        // Everyone known stays known, and a lookup of the new id goes out for the new neighbours.
        QCOMPARE(a.node->stats().routingTableSize, 1);
        QCOMPARE(a.node->stats().queriesOut.value(QStringLiteral("find_node")), findNodesBefore + 1);
        clock.advance(10);

        // The same address again changes nothing; a new one derives a new id.
        a.node->setExternalAddress(external);
        QCOMPARE(changed.count(), 1);
        const QHostAddress moved(QStringLiteral("198.51.100.200"));
        a.node->setExternalAddress(moved);
        QCOMPARE(changed.count(), 2);
        QVERIFY(bep42::matches(*NodeId::fromBytes(a.node->nodeId()), moved));
        // A private address is exempt: the id stays as it is.
        a.node->setExternalAddress(QHostAddress(QStringLiteral("192.168.1.9")));
        QCOMPARE(changed.count(), 2);
        QVERIFY(!a.node->idFollowsBep42());
    }

    void configuredIdIsKept()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        DhtConfig config;
        config.nodeId = QByteArray(20, '\x11');
        TestNode a = makeNode(net, clock, QStringLiteral("198.51.100.1"), config);
        QVERIFY(a.node->start().ok());
        QSignalSpy changed(a.node.get(), &DhtNode::nodeIdChanged);
        a.node->setExternalAddress(QHostAddress(QStringLiteral("203.0.113.7")));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(a.node->nodeId(), QByteArray(20, '\x11'));
    }

    void enforcementIgnoresNodesThatDoNotComply()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        const QHostAddress aIp(QStringLiteral("198.51.100.1"));
        DhtConfig plain;
        plain.nodeId = farId(aIp, false).toBytes();  // surely not BEP 42's
        TestNode a = makeNode(net, clock, aIp.toString(), plain);
        DhtConfig strict;
        strict.enforceNodeIds = true;
        TestNode b = makeNode(net, clock, QStringLiteral("198.51.100.2"), strict);
        QVERIFY(a.node->start().ok() && b.node->start().ok());
        QSignalSpy rejected(b.node.get(), &DhtNode::rejected);

        b.node->addNode(aIp, a.node->port());
        clock.advance(10);
        QCOMPARE(b.node->stats().routingTableSize, 0);
        QCOMPARE(b.node->stats().rejects.value(QStringLiteral("unverified-id")), quint64(1));
        // a, not enforcing, keeps b although b's random id does not follow BEP 42 either.
        QCOMPARE(a.node->stats().routingTableSize, 1);
        // a node with a complying id is heard.
        DhtConfig complying;
        complying.nodeId = farId(QHostAddress(QStringLiteral("198.51.100.3")), true).toBytes();
        TestNode c = makeNode(net, clock, QStringLiteral("198.51.100.3"), complying);
        QVERIFY(c.node->start().ok());
        b.node->addNode(QHostAddress(QStringLiteral("198.51.100.3")), c.node->port());
        clock.advance(10);
        QCOMPARE(b.node->stats().routingTableSize, 1);
        QCOMPARE(b.node->stats().rejects.value(QStringLiteral("unverified-id")), quint64(1));
    }

    void portFollowsTcpWhenFree()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        TestNode a = makeNode(net, clock, QStringLiteral("10.0.0.1"));
        QVERIFY(a.node->start(7100).ok());
        QCOMPARE(a.node->port(), quint16(7100));

        // Taken by another socket of the same host: any other port.
        std::unique_ptr<MemoryDatagramFactory> other(net.datagramsFor(QStringLiteral("10.0.0.2")));
        std::unique_ptr<DatagramSocket> squatter(other->create(nullptr));
        QVERIFY(squatter->bind(QHostAddress::AnyIPv4, 7200, false).ok());
        TestNode b = makeNode(net, clock, QStringLiteral("10.0.0.2"));
        QVERIFY(b.node->start(7200).ok());
        QVERIFY(b.node->port() != 0);
        QVERIFY(b.node->port() != 7200);

        // --dht-port given (even 0): the TCP port is not tried.
        DhtConfig chosen;
        chosen.portFollowsTcp = false;
        TestNode c = makeNode(net, clock, QStringLiteral("10.0.0.3"), chosen);
        QVERIFY(c.node->start(7300).ok());
        QVERIFY(c.node->port() != 7300);
        chosen.port = 7301;
        TestNode d = makeNode(net, clock, QStringLiteral("10.0.0.4"), chosen);
        QVERIFY(d.node->start(7300).ok());
        QCOMPARE(d.node->port(), quint16(7301));
    }
};

QTEST_GUILESS_MAIN(TestDhtBep42)
#include "tst_dht_bep42.moc"
