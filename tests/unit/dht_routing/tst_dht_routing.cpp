#include "core/random.h"
#include "transport/udp_datagram.h"
#include "core/random.h"
#include "core/clock.h"
#include "dht/dht_node.h"
#include "dht/lookup.h"
#include "dht/peer_store.h"
#include "dht/routing_table.h"
#include "dht/source_rate_limiter.h"
#include "dht/write_tokens.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QUdpSocket>
#include <QtTest>

#include <algorithm>

using namespace swarmscope;

namespace {

Random g_random{42};

DhtEndpoint ep(quint32 a, quint32 b, quint32 c, quint32 d, quint16 port = 6881)
{
    return DhtEndpoint{(a << 24) | (b << 16) | (c << 8) | d, port};
}

// A distinct IP in a distinct /24 for every n.
DhtEndpoint spreadEp(int n)
{
    return ep(10, quint32(n >> 8) & 0xff, quint32(n) & 0xff, 1);
}

NodeId idWithFirstByte(quint8 first, quint8 last = 0)
{
    QByteArray b(20, '\0');
    b[0] = char(first);
    b[19] = char(last);
    return *NodeId::fromBytes(b);
}

void checkInvariants(const RoutingTable &t)
{
    const auto &buckets = t.buckets();
    for (int i = 0; i < buckets.size(); ++i) {
        QVERIFY(buckets[i].nodes.size() <= t.config().k);
        QVERIFY(buckets[i].replacements.size() <= t.config().replacements);
        for (const RoutingNode &n : buckets[i].nodes) {
            const int cpl = t.self().commonPrefixBits(n.id);
            if (i < buckets.size() - 1)
                QCOMPARE(cpl, i);
            else
                QVERIFY(cpl >= i);
        }
    }
}

}  // namespace

class TestDhtRouting : public QObject {
    Q_OBJECT

private slots:
    void nodeIdBasics();
    void bucketsSplitAndHoldK();
    void manyNodesKeepInvariants();
    void rebasingKeepsWhatWasLearnt();
    void replacementCache();
    void unconfirmedNeverDisplaces();
    void oneEntryPerIp();
    void twoPerSubnetPerBucket();
    void idConflict();
    void closestIsExact();
    void tokenRotation();
    void rateLimiter();
    void nodeIgnoresFloodingSource();
    void peerStoreBounds();
    void lookupKeepsAlphaInFlight();
    void lookupStartsFromSeeds();
};

void TestDhtRouting::nodeIdBasics()
{
    const NodeId a = NodeId::random(g_random);
    QCOMPARE(a.commonPrefixBits(a), NodeId::Bits);
    QVERIFY(a.distance(a).isZero());
    for (int prefix : {0, 1, 7, 8, 9, 63, 159}) {
        const NodeId b = NodeId::randomWithPrefix(a, prefix, g_random);
        QCOMPARE(a.commonPrefixBits(b), prefix);
    }
    QVERIFY(!NodeId::fromBytes(QByteArray(19, 'x')));
    QCOMPARE(NodeId::fromBytes(QByteArray(20, 'x'))->toBytes(), QByteArray(20, 'x'));
    const NodeId target = idWithFirstByte(0);
    QVERIFY(target.closer(idWithFirstByte(1), idWithFirstByte(2)));
    QVERIFY(!target.closer(idWithFirstByte(0x80), idWithFirstByte(0x7f)));
}

void TestDhtRouting::bucketsSplitAndHoldK()
{
    RoutingTable t(idWithFirstByte(0));  // every id's common prefix with ours = its leading zero bits
    for (int i = 0; i < 8; ++i)
        QCOMPARE(t.nodeSeen(idWithFirstByte(0x80, quint8(i)), spreadEp(i), 0, true).outcome,
                 RoutingTable::Outcome::Added);
    QCOMPARE(t.bucketCount(), 1);
    QCOMPARE(t.size(), 8);
    // A ninth far node splits the (last) bucket, still lands in the full far bucket: cached.
    QCOMPARE(t.nodeSeen(idWithFirstByte(0x81), spreadEp(8), 0, true).outcome, RoutingTable::Outcome::Cached);
    QCOMPARE(t.bucketCount(), 2);
    QCOMPARE(t.size(), 8);
    // Closer ids go to the new buckets, which split in turn.
    for (int i = 0; i < 8; ++i)
        QCOMPARE(t.nodeSeen(idWithFirstByte(0x40, quint8(i)), spreadEp(100 + i), 0, true).outcome,
                 RoutingTable::Outcome::Added);
    QCOMPARE(t.nodeSeen(idWithFirstByte(0x20), spreadEp(200), 0, true).outcome, RoutingTable::Outcome::Added);
    QCOMPARE(t.bucketCount(), 3);
    QCOMPARE(t.size(), 17);
    QCOMPARE(t.buckets()[0].nodes.size(), 8);
    QCOMPARE(t.buckets()[0].replacements.size(), 1);
    QCOMPARE(t.buckets()[1].nodes.size(), 8);
    QCOMPARE(t.buckets()[2].nodes.size(), 1);
    checkInvariants(t);
    // Seen again: updated, not duplicated.
    QCOMPARE(t.nodeSeen(idWithFirstByte(0x80, 3), spreadEp(3), 50, true).outcome, RoutingTable::Outcome::Updated);
    QCOMPARE(t.size(), 17);
    QCOMPARE(t.find(idWithFirstByte(0x80, 3))->lastSeenMs, 50);
}

void TestDhtRouting::manyNodesKeepInvariants()
{
    RoutingTable t(NodeId::random(g_random));
    for (int i = 0; i < 3000; ++i)
        t.nodeSeen(NodeId::random(g_random), spreadEp(i), i, true);
    checkInvariants(t);
    QVERIFY(t.bucketCount() > 5);
    QVERIFY(t.size() <= 8 * t.bucketCount());
    QVERIFY(t.size() >= 8 * (t.bucketCount() - 2));
    // Exactly the ids the table holds are found, each once.
    for (const RoutingNode &n : t.nodes())
        QVERIFY(t.find(n.id));
}

void TestDhtRouting::rebasingKeepsWhatWasLearnt()
{
    RoutingTable t(NodeId::random(g_random));
    for (int i = 0; i < 600; ++i)
        t.nodeSeen(NodeId::random(g_random), spreadEp(i), i, i % 3 != 0);
    const QList<RoutingNode> members = t.nodes();
    for (qsizetype i = 0; i < members.size(); i += 5)
        t.nodeFailed(members[i].id, members[i].endpoint);
    const NodeId newSelf = NodeId::random(g_random);
    const RoutingTable r = t.rebasedOn(newSelf);
    QCOMPARE(r.self(), newSelf);
    checkInvariants(r);
    // What the new layout holds (in buckets or caches: buckets far from the new id have room for
    // fewer) is what the old one knew, with its state.
    QHash<QByteArray, RoutingNode> before;
    for (const RoutingTable::Bucket &b : t.buckets())
        for (const QList<RoutingNode> *list : {&b.nodes, &b.replacements})
            for (const RoutingNode &n : *list)
                before.insert(n.id.toBytes(), n);
    int kept = 0, failing = 0;
    for (const RoutingTable::Bucket &b : r.buckets())
        for (const QList<RoutingNode> *list : {&b.nodes, &b.replacements})
            for (const RoutingNode &m : *list) {
                QVERIFY(before.contains(m.id.toBytes()));
                const RoutingNode &n = before[m.id.toBytes()];
                QCOMPARE(m.endpoint, n.endpoint);
                QCOMPARE(m.lastSeenMs, n.lastSeenMs);
                QCOMPARE(m.failures, n.failures);
                QCOMPARE(m.confirmed, n.confirmed);
                ++kept;
                failing += m.failures > 0;
            }
    QVERIFY(r.size() > 2 * r.config().k);  // several buckets filled around the new id
    QVERIFY(kept > r.size());  // and caches too
    QVERIFY(failing > 0);
    // A node that holds the new id is not a node of ours any more.
    const NodeId known = t.nodes().first().id;
    QVERIFY(!t.rebasedOn(known).find(known));
}

void TestDhtRouting::replacementCache()
{
    RoutingTable t(idWithFirstByte(0));
    for (int i = 0; i < 8; ++i)
        t.nodeSeen(idWithFirstByte(0x80, quint8(i)), spreadEp(i), 0, true);
    // The cache keeps the 8 most recent candidates.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(t.nodeSeen(idWithFirstByte(0x90, quint8(i)), spreadEp(20 + i), 10 + i, true).outcome,
                 RoutingTable::Outcome::Cached);
    QCOMPARE(t.buckets()[0].replacements.size(), 8);
    QCOMPARE(t.buckets()[0].replacements.first().id, idWithFirstByte(0x90, 2));
    // A confirmed node fails twice: it goes, and the most recent replacement takes its place.
    const NodeId victim = idWithFirstByte(0x80, 5);
    QVERIFY(!t.nodeFailed(victim, spreadEp(5)));
    QCOMPARE(t.find(victim)->failures, 1);
    QVERIFY(t.nodeFailed(victim, spreadEp(5)));
    QVERIFY(!t.find(victim));
    QVERIFY(t.find(idWithFirstByte(0x90, 9)));
    QCOMPARE(t.size(), 8);
    QCOMPARE(t.buckets()[0].replacements.size(), 7);
    // Its IP is free again.
    QCOMPARE(t.nodeSeen(NodeId::randomWithPrefix(idWithFirstByte(0), 3, g_random), spreadEp(5), 0, true).outcome,
             RoutingTable::Outcome::Added);
    // An answer resets the failure count.
    t.nodeFailed(idWithFirstByte(0x80, 1), spreadEp(1));
    t.nodeSeen(idWithFirstByte(0x80, 1), spreadEp(1), 99, true);
    QCOMPARE(t.find(idWithFirstByte(0x80, 1))->failures, 0);
}

void TestDhtRouting::unconfirmedNeverDisplaces()
{
    RoutingTable t(idWithFirstByte(0));
    for (int i = 0; i < 8; ++i)
        t.nodeSeen(idWithFirstByte(0x80, quint8(i)), spreadEp(i), 0, true);
    t.nodeSeen(idWithFirstByte(0x81), spreadEp(50), 0, true);  // split first
    t.nodeFailed(idWithFirstByte(0x80, 0), spreadEp(0));
    // Heard of through a query only: cached, even though a slot holds a failing node.
    QCOMPARE(t.nodeSeen(idWithFirstByte(0xa0), spreadEp(60), 0, false).outcome, RoutingTable::Outcome::Cached);
    QVERIFY(t.find(idWithFirstByte(0x80, 0)));
    // A node that answered us does take the failing node's slot.
    QCOMPARE(t.nodeSeen(idWithFirstByte(0xb0), spreadEp(61), 0, true).outcome, RoutingTable::Outcome::Added);
    QVERIFY(!t.find(idWithFirstByte(0x80, 0)));
    // The cached unconfirmed node moves up once it answers and there is room.
    t.nodeFailed(idWithFirstByte(0x80, 1), spreadEp(1));
    QVERIFY(t.nodeFailed(idWithFirstByte(0x80, 1), spreadEp(1)));
    QVERIFY(t.find(idWithFirstByte(0x81)) || t.find(idWithFirstByte(0xa0)));
    // In an empty slot, an unconfirmed node is fine (the way a saved table is imported).
    RoutingTable fresh(NodeId::random(g_random));
    QCOMPARE(fresh.nodeSeen(NodeId::random(g_random), spreadEp(1), 0, false).outcome, RoutingTable::Outcome::Added);
    // Unconfirmed entries leave at their first timeout.
    const RoutingNode n = fresh.nodes().first();
    QVERIFY(fresh.nodeFailed(n.id, n.endpoint));
    QCOMPARE(fresh.size(), 0);
}

void TestDhtRouting::oneEntryPerIp()
{
    RoutingTable t(NodeId::random(g_random));
    QCOMPARE(t.nodeSeen(NodeId::random(g_random), ep(1, 2, 3, 4, 1000), 0, true).outcome, RoutingTable::Outcome::Added);
    const auto second = t.nodeSeen(NodeId::random(g_random), ep(1, 2, 3, 4, 2000), 0, true);
    QCOMPARE(second.outcome, RoutingTable::Outcome::Rejected);
    QCOMPARE(second.reason, QStringLiteral("ip-in-use"));
    QCOMPARE(t.size(), 1);
    // Off (local test networks), the table keys entries on IP:port.
    RoutingConfig loose;
    loose.enforceIpLimits = false;
    RoutingTable l(NodeId::random(g_random), loose);
    for (quint16 port = 1000; port < 1020; ++port)
        QVERIFY(l.nodeSeen(NodeId::random(g_random), ep(127, 0, 0, 1, port), 0, true).outcome
                != RoutingTable::Outcome::Rejected);
    QCOMPARE(l.nodeSeen(NodeId::random(g_random), ep(127, 0, 0, 1, 1000), 0, true).reason, QStringLiteral("ip-in-use"));
    // Unroutable addresses never enter.
    QCOMPARE(t.nodeSeen(NodeId::random(g_random), ep(0, 0, 0, 0), 0, true).reason, QStringLiteral("bad-address"));
    QCOMPARE(t.nodeSeen(NodeId::random(g_random), ep(1, 2, 3, 5, 0), 0, true).reason, QStringLiteral("bad-address"));
    QCOMPARE(t.nodeSeen(NodeId::random(g_random), ep(224, 0, 0, 251), 0, true).reason, QStringLiteral("bad-address"));
    QCOMPARE(t.nodeSeen(t.self(), ep(1, 2, 3, 9), 0, true).reason, QStringLiteral("self"));
}

void TestDhtRouting::twoPerSubnetPerBucket()
{
    RoutingTable t(idWithFirstByte(0));
    // Three far ids from one /24: two in the bucket, the third only in the cache...
    QCOMPARE(t.nodeSeen(idWithFirstByte(0x80, 1), ep(5, 6, 7, 1), 0, true).outcome, RoutingTable::Outcome::Added);
    QCOMPARE(t.nodeSeen(idWithFirstByte(0x80, 2), ep(5, 6, 7, 2), 0, true).outcome, RoutingTable::Outcome::Added);
    QCOMPARE(t.nodeSeen(idWithFirstByte(0x80, 3), ep(5, 6, 7, 3), 0, true).outcome, RoutingTable::Outcome::Cached);
    QCOMPARE(t.nodeSeen(idWithFirstByte(0x80, 4), ep(5, 6, 7, 4), 0, true).outcome, RoutingTable::Outcome::Cached);
    // ...which holds at most two of that /24 as well.
    const auto fifth = t.nodeSeen(idWithFirstByte(0x80, 5), ep(5, 6, 7, 5), 0, true);
    QCOMPARE(fifth.outcome, RoutingTable::Outcome::Rejected);
    QCOMPARE(fifth.reason, QStringLiteral("subnet-limit"));
    QCOMPARE(t.size(), 2);
    // Another /24 is fine.
    QCOMPARE(t.nodeSeen(idWithFirstByte(0x80, 6), ep(5, 6, 8, 1), 0, true).outcome, RoutingTable::Outcome::Added);
    // The limit is per bucket: the same /24 in another bucket is fine once the table split.
    for (int i = 0; i < 6; ++i)
        t.nodeSeen(idWithFirstByte(0x90, quint8(i)), spreadEp(300 + i), 0, true);
    t.nodeSeen(idWithFirstByte(0x91), spreadEp(400), 0, true);
    QVERIFY(t.bucketCount() >= 2);
    QCOMPARE(t.nodeSeen(idWithFirstByte(0x40, 1), ep(5, 6, 7, 9), 0, true).outcome, RoutingTable::Outcome::Added);
    checkInvariants(t);
}

void TestDhtRouting::idConflict()
{
    RoutingTable t(NodeId::random(g_random));
    const NodeId id = NodeId::random(g_random);
    t.nodeSeen(id, ep(9, 9, 9, 9), 0, true);
    QCOMPARE(t.nodeSeen(id, ep(8, 8, 8, 8), 0, true).reason, QStringLiteral("id-conflict"));
    QCOMPARE(t.find(id)->endpoint, ep(9, 9, 9, 9));
    // Once the old address stops answering, the id may move.
    t.nodeFailed(id, ep(9, 9, 9, 9));
    QCOMPARE(t.nodeSeen(id, ep(8, 8, 8, 8), 0, true).outcome, RoutingTable::Outcome::Updated);
    QCOMPARE(t.find(id)->endpoint, ep(8, 8, 8, 8));
    QCOMPARE(t.nodeSeen(NodeId::random(g_random), ep(9, 9, 9, 9), 0, true).outcome, RoutingTable::Outcome::Added);
}

void TestDhtRouting::closestIsExact()
{
    RoutingTable t(NodeId::random(g_random));
    for (int i = 0; i < 1000; ++i)
        t.nodeSeen(NodeId::random(g_random), spreadEp(i), 0, true);
    const QList<RoutingNode> all = t.nodes();
    for (int round = 0; round < 50; ++round) {
        const NodeId target =
            round % 2 ? NodeId::random(g_random) : NodeId::randomWithPrefix(t.self(), round, g_random);
        QList<RoutingNode> expected = all;
        std::sort(expected.begin(), expected.end(),
                  [&](const RoutingNode &a, const RoutingNode &b) { return target.closer(a.id, b.id); });
        const QList<RoutingNode> got = t.closest(target, 8);
        QCOMPARE(got.size(), 8);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(got[i].id, expected[i].id);
    }
    QCOMPARE(t.closest(NodeId::random(g_random), 5000).size(), all.size());
}

void TestDhtRouting::tokenRotation()
{
    ManualClock clock;
    WriteTokens tokens(clock);
    const quint32 ip = 0x0a000001;
    const QByteArray t0 = tokens.tokenFor(ip);
    QCOMPARE(t0.size(), WriteTokens::TokenBytes);
    QVERIFY(tokens.verify(ip, t0));
    QVERIFY(!tokens.verify(ip + 1, t0));  // bound to the querier's IP
    QVERIFY(!tokens.verify(ip, QByteArray(8, 'x')));
    QVERIFY(!tokens.verify(ip, t0.left(4)));
    clock.advance(5 * 60 * 1000 - 1);
    QCOMPARE(tokens.tokenFor(ip), t0);  // still the same secret
    clock.advance(1);  // rotated: the previous secret is still accepted
    const QByteArray t1 = tokens.tokenFor(ip);
    QVERIFY(t1 != t0);
    QVERIFY(tokens.verify(ip, t0));
    QVERIFY(tokens.verify(ip, t1));
    clock.advance(5 * 60 * 1000);  // rotated again: t0 is two secrets old and refused
    QVERIFY(!tokens.verify(ip, t0));
    QVERIFY(tokens.verify(ip, t1));
    const QByteArray t2 = tokens.tokenFor(ip);
    clock.advance(15 * 60 * 1000);  // a long idle gap: nothing handed out before is accepted
    QVERIFY(!tokens.verify(ip, t1));
    QVERIFY(!tokens.verify(ip, t2));
    QVERIFY(tokens.verify(ip, tokens.tokenFor(ip)));
}

void TestDhtRouting::rateLimiter()
{
    ManualClock clock;
    SourceRateLimiter limiter;
    const quint64 a = 1, b = 2;
    // 5 packets/s for a minute is fine.
    for (int i = 0; i < 300; ++i) {
        QCOMPARE(limiter.incoming(a, clock.monotonicMs()), SourceRateLimiter::Verdict::Accept);
        clock.advance(200);
    }
    // 50 packets within 10 s are fine; the 51st blocks the source.
    const qint64 start = clock.monotonicMs();
    clock.advance(10'000);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(limiter.incoming(b, clock.monotonicMs()), SourceRateLimiter::Verdict::Accept);
        clock.advance(100);
    }
    QCOMPARE(limiter.incoming(b, clock.monotonicMs()), SourceRateLimiter::Verdict::NewlyBlocked);
    QVERIFY(clock.monotonicMs() - start < 20'000);
    QCOMPARE(limiter.incoming(b, clock.monotonicMs()), SourceRateLimiter::Verdict::Blocked);
    QCOMPARE(limiter.incoming(a, clock.monotonicMs()), SourceRateLimiter::Verdict::Accept);  // others unaffected
    // Ignored for 300 s after its last packet.
    clock.advance(299'999);
    QVERIFY(limiter.isBlocked(b, clock.monotonicMs()));
    clock.advance(1);
    QVERIFY(!limiter.isBlocked(b, clock.monotonicMs()));
    QCOMPARE(limiter.incoming(b, clock.monotonicMs()), SourceRateLimiter::Verdict::Accept);
    // Sending while blocked extends the block.
    for (int i = 0; i < 60; ++i)
        limiter.incoming(b, clock.monotonicMs());
    QVERIFY(limiter.isBlocked(b, clock.monotonicMs()));
    clock.advance(200'000);
    QCOMPARE(limiter.incoming(b, clock.monotonicMs()), SourceRateLimiter::Verdict::Blocked);
    clock.advance(299'000);
    QVERIFY(limiter.isBlocked(b, clock.monotonicMs()));
    // The table of sources is bounded.
    for (quint64 s = 100; s < 5000; ++s)
        limiter.incoming(s, clock.monotonicMs());
    QVERIFY(limiter.trackedSources() <= limiter.config().maxSources);
}

void TestDhtRouting::nodeIgnoresFloodingSource()
{
    // The node on a ManualClock: a source over 5 packets/s (averaged over 10 s) gets no answers
    // for 300 s, and every dropped packet is counted.
    ManualClock clock;
    DhtConfig config;
    config.bindHost = QHostAddress::LocalHost;
    UdpDatagramFactory udp;
    DhtNode node(config, clock, g_random, udp);
    QVERIFY(node.start().ok());
    QSignalSpy rejected(&node, &DhtNode::rejected);
    QUdpSocket flooder;
    QVERIFY(flooder.bind(QHostAddress::LocalHost, 0));
    const QByteArray ping("d1:ad2:id20:abcdefghij0123456789e1:q4:ping1:t2:aa1:y1:qe");
    int answers = 0;
    auto drain = [&]() {
        while (flooder.hasPendingDatagrams()) {
            flooder.receiveDatagram();
            ++answers;
        }
        return answers;
    };
    for (int i = 0; i < 60; ++i)
        flooder.writeDatagram(ping, QHostAddress::LocalHost, node.port());
    QTRY_COMPARE_WITH_TIMEOUT(node.stats().datagramsIn, quint64(60), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(drain(), 50, 5000);
    QCOMPARE(node.stats().rejects.value(QStringLiteral("rate-limited")), quint64(10));
    QCOMPARE(node.stats().queriesIn.value(QStringLiteral("ping")), quint64(50));
    QCOMPARE(rejected.count(), 1);  // one event when the block starts, not one per packet
    QCOMPARE(rejected.first().first().toString(), QStringLiteral("rate-limited"));
    // 300 s of silence later it is heard again.
    clock.advance(300'001);
    flooder.writeDatagram(ping, QHostAddress::LocalHost, node.port());
    QTRY_COMPARE_WITH_TIMEOUT(drain(), 51, 5000);
    QCOMPARE(node.stats().queriesIn.value(QStringLiteral("ping")), quint64(51));
}

void TestDhtRouting::peerStoreBounds()
{
    PeerStore::Config c;
    c.maxPeersPerInfohash = 3;
    c.maxInfohashes = 2;
    c.ttlMs = 1000;
    PeerStore store(c);
    const QByteArray a(20, 'a'), b(20, 'b'), x(20, 'x');
    QCOMPARE(store.add(a, ep(1, 1, 1, 1), 0), PeerStore::Outcome::Added);
    QCOMPARE(store.add(a, ep(1, 1, 1, 1, 7000), 1), PeerStore::Outcome::Updated);  // one per IP: port replaced
    QCOMPARE(store.add(a, ep(1, 1, 1, 2), 2), PeerStore::Outcome::Added);
    QCOMPARE(store.add(a, ep(1, 1, 1, 3), 3), PeerStore::Outcome::Added);
    QCOMPARE(store.add(a, ep(1, 1, 1, 4), 4), PeerStore::Outcome::ReplacedOldest);
    QCOMPARE(store.peerCount(a), 3);
    QVERIFY(!store.peers(a, 10, 5, g_random).contains(ep(1, 1, 1, 1, 7000)));
    QCOMPARE(store.peers(a, 2, 5, g_random).size(), 2);
    QCOMPARE(store.add(b, ep(2, 2, 2, 2), 5), PeerStore::Outcome::Added);
    QCOMPARE(store.add(x, ep(3, 3, 3, 3), 6), PeerStore::Outcome::StorageFull);
    QCOMPARE(store.infohashCount(), 2);
    // Expired entries make room.
    QCOMPARE(store.add(x, ep(3, 3, 3, 3), 2000), PeerStore::Outcome::Added);
    QCOMPARE(store.peers(a, 10, 2000, g_random).size(), 0);
    QCOMPARE(store.infohashCount(), 1);
}

void TestDhtRouting::lookupKeepsAlphaInFlight()
{
    const NodeId target = NodeId::random(g_random);
    Lookup lookup(Lookup::Kind::GetPeers, target, 3, 8);
    QList<CompactNode> far;
    for (int i = 0; i < 20; ++i)
        lookup.addCandidate(NodeId::random(g_random), spreadEp(i));
    QList<Lookup::Candidate> first = lookup.next();
    QCOMPARE(first.size(), 3);
    QVERIFY(lookup.next().isEmpty());  // alpha = 3 in flight
    // The three closest go first.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(first[i].id, lookup.candidates()[i].id);
    // A slow query frees its slot.
    lookup.markSlow(first[0].endpoint);
    QCOMPARE(lookup.next().size(), 1);
    // An answer with closer nodes puts them first.
    QList<CompactNode> closer;
    for (int i = 0; i < 4; ++i)
        closer.append(CompactNode{NodeId::randomWithPrefix(target, 100 + i, g_random), spreadEp(500 + i)});
    lookup.onResponse(first[1].endpoint, first[1].id, closer, QByteArray("tok"));
    const QList<Lookup::Candidate> next = lookup.next();
    QCOMPARE(next.size(), 1);
    QCOMPARE(next[0].id, closer[3].id);  // the closest of all (longest prefix)
    // Keep answering until done: only the 8 closest live ones need to answer.
    int rounds = 0;
    while (!lookup.finished() && rounds++ < 100) {
        for (const Lookup::Candidate &c : lookup.candidates())
            if (c.state == Lookup::State::InFlight || c.state == Lookup::State::Slow)
                lookup.onResponse(c.endpoint, c.id, {}, QByteArray("t") + c.endpoint.toString().toLatin1());
        lookup.next();
    }
    QVERIFY(lookup.finished());
    const auto answered = lookup.closestResponded(8);
    QCOMPARE(answered.size(), 8);
    for (int i = 1; i < answered.size(); ++i)
        QVERIFY(target.closer(answered[i - 1].id, answered[i].id));
    QVERIFY(lookup.queried() < 20);  // the far ones were never asked
    // Failures drop out of the k closest.
    Lookup failing(Lookup::Kind::FindNode, target, 3, 8);
    failing.addCandidate(NodeId::random(g_random), spreadEp(1));
    const auto only = failing.next();
    QVERIFY(!failing.finished());
    failing.onFailure(only[0].endpoint);
    QVERIFY(failing.finished());
}

void TestDhtRouting::lookupStartsFromSeeds()
{
    const NodeId target = NodeId::random(g_random);
    Lookup lookup(Lookup::Kind::FindNode, target);
    QVERIFY(lookup.finished());  // nobody to ask
    lookup.addSeed(spreadEp(1));
    lookup.addSeed(spreadEp(2));
    lookup.addSeed(spreadEp(2));
    QCOMPARE(lookup.next().size(), 2);
    QVERIFY(!lookup.finished());
    const NodeId seedId = NodeId::random(g_random);
    lookup.onResponse(spreadEp(1), seedId, {CompactNode{NodeId::random(g_random), spreadEp(9)}}, {});
    lookup.onFailure(spreadEp(2));
    QCOMPARE(lookup.candidates().size(), 2);  // the seed (now known by id) and the node it named
    const auto next = lookup.next();
    QCOMPARE(next.size(), 1);
    QCOMPARE(next[0].endpoint, spreadEp(9));
    lookup.onResponse(spreadEp(9), next[0].id, {}, {});
    QVERIFY(lookup.finished());
}

QTEST_GUILESS_MAIN(TestDhtRouting)
#include "tst_dht_routing.moc"
