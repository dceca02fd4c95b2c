// peernet-style gossip on an in-memory network and a virtual clock: a 50-node swarm where one
// announce reaches every node exactly once and every reply comes back to the origin, hop limits,
// forged hop counts, oversized fields, per-neighbour intake limits and bounded caches.
#include "events/event_json.h"
#include "core/random.h"
#include "virtual_time.h"
#include "core/clock.h"
#include "crypto/key_pair.h"
#include "gossip/gossip.h"
#include "swarm/swarm.h"
#include "transport/memory_network.h"
#include "wire/message_codec.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace swarmscope;

namespace {

constexpr quint16 kPort = 7000;

struct ReplySeen {
    QByteArray request;
    QByteArray type;
    QByteArray data;
    int hops = 0;
};

// One swarm on the memory network; with a Gossip unless it plays a hostile peer.
class Node {
public:
    Node(MemoryNetwork &net, int index, bool withGossip = true, GossipOptions options = {})
        : host(QStringLiteral("10.0.%1.%2").arg(index / 200).arg(index % 200 + 1))
        , random(quint64(index + 1))
    {
        ConnectionLimits limits;
        limits.handshakeTimeoutMs = 3000;
        limits.pingIntervalMs = 600000;
        swarm = std::make_unique<Swarm>(keys, net.clock(), net.factoryFor(host), limits, SwarmOptions{},
                                        QStringLiteral("test"));
        swarm->listen(QHostAddress::Any, kPort);
        QObject::connect(swarm.get(), &Swarm::rejected, [this](ErrorCode c) { swarmRejects.append(c); });
        if (!withGossip)
            return;
        gossip = std::make_unique<Gossip>(*swarm, net.clock(), random, options);
        QObject::connect(gossip.get(), &Gossip::request, [this](const GossipRequest &r) {
            requests.append(r);
            if (onRequest)
                onRequest(r);
        });
        QObject::connect(gossip.get(), &Gossip::event, [this](const Event &e) {
            if (const auto *r = e.get<GossipReply>(); r && r->role == ReplyRole::Received)
                replies.append({r->request, r->type, r->data, r->hops});
            events += eventJsonLines(e);
        });
        QObject::connect(gossip.get(), &Gossip::rejected, [this](ErrorCode c) { gossipRejects.append(c); });
    }
    void link(const Node &other) { swarm->dial(other.host, kPort); }
    int open() const { return int(swarm->openConnections().size()); }
    Connection *to(const Node &other) const { return swarm->connectionTo(other.keys.publicKey); }
    int count(const QString &kind) const
    {
        return int(std::count_if(events.begin(), events.end(), [&](const QJsonObject &e) {
            return e.value(QStringLiteral("event")).toString() == kind;
        }));
    }

    KeyPair keys = KeyPair::generate();
    QString host;
    Random random;
    std::unique_ptr<Swarm> swarm;
    std::unique_ptr<Gossip> gossip;
    QList<GossipRequest> requests;
    QList<ReplySeen> replies;
    QList<QJsonObject> events;
    QList<ErrorCode> gossipRejects;
    QList<ErrorCode> swarmRejects;
    std::function<void(const GossipRequest &)> onRequest;
};

using test::run;
using test::runUntil;

// A line n0 - n1 - ... - n(k-1).
std::vector<std::unique_ptr<Node>> line(MemoryNetwork &net, int k, GossipOptions options = {})
{
    std::vector<std::unique_ptr<Node>> nodes;
    for (int i = 0; i < k; ++i)
        nodes.push_back(std::make_unique<Node>(net, i, true, options));
    for (int i = 0; i + 1 < k; ++i)
        nodes[i]->link(*nodes[i + 1]);
    return nodes;
}

bool allLinked(const std::vector<std::unique_ptr<Node>> &nodes)
{
    for (size_t i = 0; i < nodes.size(); ++i) {
        const int want = (i == 0 || i + 1 == nodes.size()) ? 1 : 2;
        if (nodes[i]->open() != want)
            return false;
    }
    return true;
}

}  // namespace

class TestGossip : public QObject {
    Q_OBJECT

private slots:
    void fiftyNodesEachReachedOnceAndEveryReplyReturns()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        constexpr int kNodes = 50;
        std::vector<std::unique_ptr<Node>> nodes;
        for (int i = 0; i < kNodes; ++i)
            nodes.push_back(std::make_unique<Node>(net, i));
        // A ring plus two chords per node: six neighbours each, never more than the fanout, so
        // every request is passed to every neighbour but the one it came from.
        for (int i = 0; i < kNodes; ++i)
            for (int step : {1, 7, 17})
                nodes[i]->link(*nodes[(i + step) % kNodes]);
        QVERIFY(runUntil(clock, [&] {
            return std::all_of(nodes.begin(), nodes.end(), [](const auto &n) { return n->open() == 6; });
        }));

        for (int i = 1; i < kNodes; ++i) {
            Node *n = nodes[i].get();
            n->onRequest = [n](const GossipRequest &r) { QVERIFY(n->gossip->reply(r, "pong", n->host.toUtf8()).ok()); };
        }
        Node &origin = *nodes[0];
        const QByteArray id = origin.gossip->announce("ping", "who is there?", 0);
        QCOMPARE(id.size(), 16);
        run(clock, 200);

        QVERIFY(origin.requests.isEmpty());
        quint64 duplicates = 0;
        for (int i = 1; i < kNodes; ++i) {
            QCOMPARE(nodes[i]->requests.size(), 1);  // exactly once, however many paths led here
            const GossipRequest &r = nodes[i]->requests.first();
            QCOMPARE(r.id, id);
            QCOMPARE(r.type, QByteArray("ping"));
            QCOMPARE(r.data, QByteArray("who is there?"));
            QVERIFY(r.hops >= 1 && r.hops <= wire::kMaxGossipHops);
            duplicates += nodes[i]->gossip->duplicates();
            QCOMPARE(nodes[i]->count(QStringLiteral("rejected")), 0);
        }
        QVERIFY(duplicates > 0);  // the ring and the chords really did deliver copies

        QCOMPARE(origin.replies.size(), kNodes - 1);
        QSet<QByteArray> from;
        for (const ReplySeen &r : std::as_const(origin.replies)) {
            QCOMPARE(r.request, id);
            QCOMPARE(r.type, QByteArray("pong"));
            from.insert(r.data);
            QVERIFY(r.hops >= 1);
        }
        QCOMPARE(from.size(), kNodes - 1);  // 49 distinct repliers, none lost, none twice
        QCOMPARE(origin.count(QStringLiteral("announce")), 1);
        QCOMPARE(origin.count(QStringLiteral("reply")), kNodes - 1);
    }

    void secondReplyToTheSameRequestArrives()
    {
        // peernet gave every reply the request's id, so relays dropped all but the first.
        ManualClock clock;
        MemoryNetwork net(clock);
        auto nodes = line(net, 3);
        QVERIFY(runUntil(clock, [&] { return allLinked(nodes); }));
        Node &c = *nodes[2];
        c.onRequest = [&c](const GossipRequest &r) {
            QVERIFY(c.gossip->reply(r, "row", "first").ok());
            QVERIFY(c.gossip->reply(r, "row", "second").ok());
        };
        const QByteArray id = nodes[0]->gossip->announce("search", "q");
        run(clock, 50);
        QCOMPARE(nodes[0]->replies.size(), 2);
        QCOMPARE(nodes[0]->replies[0].data, QByteArray("first"));
        QCOMPARE(nodes[0]->replies[1].data, QByteArray("second"));
        QCOMPARE(nodes[0]->replies[0].hops, 2);
        QCOMPARE(nodes[1]->count(QStringLiteral("reply")), 2);  // both forwarded by the middle node
    }

    void hopLimitIsRespected()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        auto nodes = line(net, 6);
        QVERIFY(runUntil(clock, [&] { return allLinked(nodes); }));
        nodes[3]->onRequest = [n = nodes[3].get()](const GossipRequest &r) {
            QVERIFY(n->gossip->reply(r, "here", "n3").ok());
        };
        const QByteArray id = nodes[0]->gossip->announce("probe", "x", 3);
        run(clock, 100);
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(nodes[i]->requests.size(), 1);
            QCOMPARE(nodes[i]->requests.first().hops, i);
            QCOMPARE(nodes[i]->requests.first().limit, 3);  // carried unchanged by every forwarder
        }
        QCOMPARE(nodes[4]->requests.size(), 0);
        QCOMPARE(nodes[5]->requests.size(), 0);
        QCOMPARE(nodes[4]->count(QStringLiteral("rejected")), 0);  // n3 did not even send it on
        QCOMPARE(nodes[0]->replies.size(), 1);
        QCOMPARE(nodes[0]->replies.first().hops, 3);
        QCOMPARE(nodes[0]->replies.first().request, id);
    }

    void forgedHopCountsAreDroppedAndCounted()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node attacker(net, 0, false), victim(net, 1), next(net, 2);
        attacker.link(victim);
        victim.link(next);
        QVERIFY(runUntil(clock, [&] { return victim.open() == 2 && attacker.open() == 1; }));
        Connection *c = attacker.to(victim);
        QVERIFY(c);

        c->send(wire::Announce{"forged-1", "t", "d", 3, 5});  // hops past the limit
        c->send(wire::Announce{"forged-2", "t", "d", 3, 3});  // would arrive at hop 4 of 3
        c->send(wire::Announce{"forged-3", "t", "d", 0, wire::kMaxGossipHops});  // past the global cap
        run(clock, 20);
        QVERIFY(victim.requests.isEmpty());
        QVERIFY(next.requests.isEmpty());
        QCOMPARE(victim.gossip->rejectCount(QStringLiteral("hop-limit")), 3u);
        QCOMPARE(victim.gossipRejects.count(ErrorCode::LimitReached), 3);
        QCOMPARE(victim.count(QStringLiteral("rejected")), 3);
        QCOMPARE(victim.events.last().value(QStringLiteral("reason")).toString(), QStringLiteral("hop-limit"));
        QCOMPARE(victim.gossip->seenRequestCount(), 0);  // a reject touches no state
        QCOMPARE(victim.gossip->routeCount(), 0);

        // An honest request one hop in: accepted, passed on with the hop counted and the limit kept.
        c->send(wire::Announce{"honest", "t", "d", 3, 1});
        run(clock, 20);
        QCOMPARE(victim.requests.size(), 1);
        QCOMPARE(victim.requests.first().hops, 2);
        QCOMPARE(next.requests.size(), 1);
        QCOMPARE(next.requests.first().hops, 3);
        QCOMPARE(next.requests.first().limit, 3);
        QVERIFY(attacker.to(victim));  // a dropped request is not a protocol violation
    }

    void oversizedFieldsAreRefusedByTheCodec()
    {
        const auto refused = [](const wire::Message &m) {
            const auto r = wire::decode(wire::encode(m));
            return !r.ok() && r.error().code == ErrorCode::MalformedMessage;
        };
        QVERIFY(!refused(wire::Announce{QByteArray(64, 'i'), QByteArray(64, 't'), QByteArray(1024, 'd'), 15, 15}));
        QVERIFY(refused(wire::Announce{QByteArray(65, 'i'), "t", "d", 0, 0}));
        QVERIFY(refused(wire::Announce{"i", QByteArray(65, 't'), "d", 0, 0}));
        QVERIFY(refused(wire::Announce{"i", "t", QByteArray(1025, 'd'), 0, 0}));
        QVERIFY(refused(wire::Announce{"i", "t", "d", 0, wire::kMaxGossipHops + 1}));
        QVERIFY(refused(wire::Announce{"i", "t", "d", wire::kMaxGossipHops + 1, 0}));
        QVERIFY(refused(wire::Announce{QByteArray(), "t", "d", 0, 0}));
        QVERIFY(refused(wire::Reply{QByteArray(65, 'i'), "r", "t", "d", 0}));
        QVERIFY(refused(wire::Reply{"i", "r", "t", QByteArray(1025, 'd'), 0}));

        // Locally, announce() refuses the same limits instead of sending what peers would refuse.
        ManualClock clock;
        MemoryNetwork net(clock);
        Node attacker(net, 0, false), victim(net, 1);
        for (int i = 0; i < 3; ++i)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("announce over the limits")));
        QVERIFY(victim.gossip->announce("t", QByteArray(1025, 'd')).isEmpty());
        QVERIFY(victim.gossip->announce(QByteArray(65, 't'), "d").isEmpty());
        QVERIFY(victim.gossip->announce("t", "d", 16).isEmpty());

        // On the wire: the connection is closed as malformed and the reject counted by the swarm.
        attacker.link(victim);
        QVERIFY(runUntil(clock, [&] { return victim.open() == 1 && attacker.open() == 1; }));
        attacker.to(victim)->send(wire::Announce{"i", "t", QByteArray(1025, 'd'), 0, 0});
        QVERIFY(runUntil(
            clock, [&] { return victim.swarmRejects.contains(ErrorCode::MalformedMessage); }, 1000));
        QVERIFY(victim.requests.isEmpty());
        QCOMPARE(victim.gossip->seenRequestCount(), 0);
    }

    void intakeIsRateLimitedPerNeighbour()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        GossipOptions o;
        o.maxRequestsPerSecond = 50;
        Node attacker(net, 0, false), victim(net, 1, true, o);
        attacker.link(victim);
        QVERIFY(runUntil(clock, [&] { return victim.open() == 1 && attacker.open() == 1; }));
        for (int i = 0; i < 80; ++i)
            attacker.to(victim)->send(wire::Announce{"burst-" + QByteArray::number(i), "t", "d", 0, 0});
        run(clock, 10);
        QCOMPARE(victim.requests.size(), 50);
        QCOMPARE(victim.gossip->rejectCount(QStringLiteral("rate-limited")), 30u);
        QCOMPARE(victim.gossipRejects.count(ErrorCode::RateLimited), 30);
        run(clock, 1000);
        for (int i = 80; i < 100; ++i)
            attacker.to(victim)->send(wire::Announce{"burst-" + QByteArray::number(i), "t", "d", 0, 0});
        run(clock, 10);
        QCOMPARE(victim.requests.size(), 70);
    }

    void seenCacheStaysBoundedUnderAFlood()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        GossipOptions o;
        o.seenCapacity = 1000;
        o.maxRoutes = 1000;
        o.maxRequestsPerSecond = 0;  // this test is about memory, not intake
        Node attacker(net, 0, false), victim(net, 1, true, o), next(net, 2, true, o);
        attacker.link(victim);
        victim.link(next);
        QVERIFY(runUntil(clock, [&] { return victim.open() == 2 && attacker.open() == 1; }));
        constexpr int kIds = 20000;
        int maxSeen = 0, maxRoutes = 0;
        for (int i = 0; i < kIds; ++i) {
            attacker.to(victim)->send(wire::Announce{"flood-" + QByteArray::number(i), "t", "d", 0, 0});
            if (i % 500 == 499) {
                run(clock, 2);
                maxSeen = qMax(maxSeen, qMax(victim.gossip->seenRequestCount(), next.gossip->seenRequestCount()));
                maxRoutes = qMax(maxRoutes, qMax(victim.gossip->routeCount(), next.gossip->routeCount()));
            }
        }
        run(clock, 5);
        QCOMPARE(victim.requests.size(), kIds);  // every distinct id handled once
        QCOMPARE(next.requests.size(), kIds);
        QVERIFY(maxSeen <= o.seenCapacity);
        QVERIFY(maxRoutes <= o.maxRoutes);
        QCOMPARE(victim.gossip->seenRequestCount(), o.seenCapacity);

        // The TTL empties it too.
        run(clock, 1);
        clock.advance(o.seenTtlMs + 1);
        attacker.to(victim)->send(wire::Announce{"after-ttl", "t", "d", 0, 0});
        run(clock, 5);
        QCOMPARE(victim.gossip->seenRequestCount(), 1);
    }

    void replyForAnUnknownRequestIsDropped()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node attacker(net, 0, false), victim(net, 1);
        attacker.link(victim);
        QVERIFY(runUntil(clock, [&] { return victim.open() == 1 && attacker.open() == 1; }));
        attacker.to(victim)->send(wire::Reply{"r1", "never-asked", "t", "d", 0});
        attacker.to(victim)->send(wire::Reply{QByteArray(), "x", "t", "d", 0});
        run(clock, 10);
        QVERIFY(victim.replies.isEmpty());
        QCOMPARE(victim.gossip->rejectCount(QStringLiteral("no-route")), 1u);
        QCOMPARE(victim.gossip->rejectCount(QStringLiteral("malformed")), 1u);
    }
};

QTEST_GUILESS_MAIN(TestGossip)
#include "tst_gossip.moc"
