// peer-relay style routing on an in-memory network and a virtual clock: a chain a-b-c-d-e where
// only neighbours are connected. Delivery through relays, reverse-path learning, hop limits,
// loops and repeated nonces, the relay service's rate limits, and the datagram socket.
#include "events/event_json.h"
#include "core/random.h"
#include "virtual_time.h"
#include "core/clock.h"
#include "crypto/key_pair.h"
#include "relay/relay_router.h"
#include "relay/relay_socket.h"
#include "swarm/swarm.h"
#include "transport/memory_network.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace swarmscope;

namespace {

constexpr quint16 kPort = 7000;

struct Delivery {
    PeerId from;
    QByteArray data;
    int hops = 0;
};

class Node {
public:
    Node(MemoryNetwork &net, const QString &name, bool withRouter = true, RelayOptions options = {},
         const KeyPair &given = KeyPair::generate())
        : keys(given)
        , host(QStringLiteral("10.0.0.%1").arg(++s_next))
        , name(name)
    {
        ConnectionLimits limits;
        limits.handshakeTimeoutMs = 3000;
        limits.pingIntervalMs = 600000;
        swarm = std::make_unique<Swarm>(keys, net.clock(), net.factoryFor(host), limits, SwarmOptions{},
                                        QStringLiteral("test"));
        swarm->listen(QHostAddress::Any, kPort);
        if (!withRouter)
            return;
        router = std::make_unique<RelayRouter>(keys.publicKey, *swarm, net.clock(), random, options);
        watchRouter();
        QObject::connect(router.get(), &RelayRouter::rejected, [this](ErrorCode c) { rejects.append(c); });
    }
    void watchRouter()
    {
        QObject::connect(router.get(), &RelayRouter::event, [this](const Event &e) {
            if (const auto *got = e.get<RelayReceived>())
                received.append({got->from, got->data, got->hops});
            events += eventJsonLines(e);
        });
    }
    void link(const Node &other) { swarm->dial(other.host, kPort); }
    int open() const { return int(swarm->openConnections().size()); }
    Connection *to(const Node &other) const { return swarm->connectionTo(other.keys.publicKey); }
    const PeerId &id() const { return keys.publicKey; }
    QList<QJsonObject> eventsOf(const QString &kind) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &e : events)
            if (e.value(QStringLiteral("event")).toString() == kind)
                out.append(e);
        return out;
    }

    static inline int s_next = 0;
    KeyPair keys;
    QString host;
    Random random{quint64(s_next)};  // after host: a seed of its own, or two nodes would draw the same nonces
    QString name;
    std::unique_ptr<Swarm> swarm;
    std::unique_ptr<RelayRouter> router;
    QList<Delivery> received;
    QList<QJsonObject> events;
    QList<ErrorCode> rejects;
};

using test::run;
using test::runUntil;

// a - b - c - d - e: only neighbours are connected.
struct Chain {
    explicit Chain(MemoryNetwork &net, RelayOptions options = {}, int length = 5)
    {
        for (int i = 0; i < length; ++i)
            nodes.push_back(std::make_unique<Node>(net, QString(QChar(u'a' + i)), true, options));
        for (int i = 0; i + 1 < length; ++i)
            nodes[i]->link(*nodes[i + 1]);
    }
    bool linked() const
    {
        for (size_t i = 0; i < nodes.size(); ++i)
            if (nodes[i]->open() != ((i == 0 || i + 1 == nodes.size()) ? 1 : 2))
                return false;
        return true;
    }
    Node &operator[](int i) { return *nodes[size_t(i)]; }
    std::vector<std::unique_ptr<Node>> nodes;
};

QStringList nextOf(const QJsonObject &e)
{
    QStringList out;
    for (const QJsonValue &v : e.value(QStringLiteral("next")).toArray())
        out << v.toString();
    return out;
}

}  // namespace

class TestRelay : public QObject {
    Q_OBJECT

private slots:
    void deliversAlongTheChainAndRepliesUseTheLearnedPath()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Chain chain(net);
        QVERIFY(runUntil(clock, [&] { return chain.linked(); }));
        Node &a = chain[0], &e = chain[4];

        QVERIFY(a.router->send(e.id(), "hello e").ok());
        run(clock, 50);
        QCOMPARE(e.received.size(), 1);
        QCOMPARE(e.received.first().from, a.id());
        QCOMPARE(e.received.first().data, QByteArray("hello e"));
        QCOMPARE(e.received.first().hops, 4);
        QCOMPARE(a.eventsOf(QStringLiteral("relay-sent")).size(), 1);
        for (int i = 1; i <= 3; ++i)
            QCOMPARE(chain[i].eventsOf(QStringLiteral("relay-forwarded")).size(), 1);
        QCOMPARE(e.eventsOf(QStringLiteral("relay-message")).size(), 1);
        // d sends only to e once e is its neighbour, not to a second candidate.
        QCOMPARE(nextOf(chain[3].eventsOf(QStringLiteral("relay-forwarded")).first()),
                 QStringList{chain[3].to(e)->remoteAddress()});

        QVERIFY(e.router->send(a.id(), "hello a").ok());
        run(clock, 50);
        QCOMPARE(a.received.size(), 1);
        QCOMPARE(a.received.first().from, e.id());
        QCOMPARE(a.received.first().data, QByteArray("hello a"));
        QCOMPARE(a.received.first().hops, 4);
        // Every hop on the way back that is not next to a took the neighbour a's message had come
        // through (b is a's neighbour and sends to a directly).
        QVERIFY(e.eventsOf(QStringLiteral("relay-sent")).first().value(QStringLiteral("reverse")).toBool());
        QVERIFY(!chain[1].eventsOf(QStringLiteral("relay-forwarded")).last().value(QStringLiteral("reverse")).toBool());
        for (int i = 2; i <= 3; ++i)
            QVERIFY(
                chain[i].eventsOf(QStringLiteral("relay-forwarded")).last().value(QStringLiteral("reverse")).toBool());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(chain[i].eventsOf(QStringLiteral("rejected")).size(), 0);
    }

    void learnedReverseHopBeatsAnXorCloserDeadEnd()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Chain chain(net);
        Node &a = chain[0], &d = chain[3], &e = chain[4];
        // x hangs off e alone, and its id is XOR-closer to a than d's: without a learned path, e
        // (allowed a single next hop) picks x, which has nowhere to go.
        KeyPair xKeys = KeyPair::generate();
        while (!RelayRouter::closerTo(a.id(), xKeys.publicKey, d.id()))
            xKeys = KeyPair::generate();
        Node x(net, QStringLiteral("x"), true, {}, xKeys);
        x.link(e);
        RelayOptions single;
        single.maxNextHops = 1;
        e.router = std::make_unique<RelayRouter>(e.id(), *e.swarm, clock, e.random, single);
        e.watchRouter();
        QVERIFY(runUntil(clock, [&] { return e.open() == 2 && x.open() == 1 && a.open() == 1 && d.open() == 2; }));

        QVERIFY(e.router->send(a.id(), "before").ok());
        run(clock, 50);
        QVERIFY(a.received.isEmpty());
        QCOMPARE(x.router->rejectCount(QStringLiteral("no-route")), 1u);

        QVERIFY(a.router->send(e.id(), "teach").ok());
        run(clock, 50);
        QCOMPARE(e.received.size(), 1);

        QVERIFY(e.router->send(a.id(), "after").ok());
        run(clock, 50);
        QCOMPARE(a.received.size(), 1);
        QCOMPARE(a.received.first().data, QByteArray("after"));
        const QJsonObject sent = e.eventsOf(QStringLiteral("relay-sent")).last();
        QVERIFY(sent.value(QStringLiteral("reverse")).toBool());
        QCOMPARE(nextOf(sent), QStringList{e.to(d)->remoteAddress()});
        QCOMPARE(x.router->rejectCount(QStringLiteral("no-route")), 1u);  // x saw nothing new
    }

    void twoPathsDeliverOnce()
    {
        // a reaches d through b and through c (two next hops); d passes the first copy on.
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("a")), b(net, QStringLiteral("b")), c(net, QStringLiteral("c")),
            d(net, QStringLiteral("d")), e(net, QStringLiteral("e"));
        a.link(b);
        a.link(c);
        b.link(d);
        c.link(d);
        d.link(e);
        QVERIFY(runUntil(
            clock, [&] { return a.open() == 2 && d.open() == 3 && e.open() == 1 && b.open() == 2 && c.open() == 2; }));
        QVERIFY(a.router->send(e.id(), "once").ok());
        run(clock, 50);
        QCOMPARE(nextOf(a.eventsOf(QStringLiteral("relay-sent")).first()).size(), 2);
        QCOMPARE(e.received.size(), 1);
        QCOMPARE(e.received.first().hops, 3);
        QCOMPARE(d.router->duplicates(), 1u);
        QCOMPARE(d.eventsOf(QStringLiteral("relay-forwarded")).size(), 1);
        QCOMPARE(d.eventsOf(QStringLiteral("rejected")).size(), 0);
    }

    void hopLimitIsEnforced()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        RelayOptions o;
        o.hopLimit = 3;
        Chain chain(net, o);
        QVERIFY(runUntil(clock, [&] { return chain.linked(); }));
        QVERIFY(chain[0].router->send(chain[2].id(), "two hops").ok());
        QVERIFY(chain[0].router->send(chain[4].id(), "four hops").ok());
        run(clock, 50);
        QCOMPARE(chain[2].received.size(), 1);
        QVERIFY(chain[4].received.isEmpty());
        QCOMPARE(chain[3].router->rejectCount(QStringLiteral("hop-limit")), 1u);
        QVERIFY(chain[3].rejects.contains(ErrorCode::LimitReached));

        // A crafted envelope whose path is already 20 long is dropped under the default limit too.
        Node attacker(net, QStringLiteral("m"), false), victim(net, QStringLiteral("v")),
            beyond(net, QStringLiteral("w"));
        attacker.link(victim);
        victim.link(beyond);
        QVERIFY(runUntil(clock, [&] { return victim.open() == 2 && attacker.open() == 1; }));
        wire::Relay r{beyond.id().toBytes(), attacker.id().toBytes(), {}, "n-20", "x"};
        for (int i = 0; i < wire::kMaxRelayPath - 1; ++i)
            r.path.append(KeyPair::generate().publicKey.toBytes());
        r.path.append(attacker.id().toBytes());
        attacker.to(victim)->send(r);
        run(clock, 20);
        QVERIFY(beyond.received.isEmpty());
        QCOMPARE(victim.router->rejectCount(QStringLiteral("hop-limit")), 1u);
        QVERIFY(attacker.to(victim));  // dropped, not a protocol violation
    }

    void loopsAndRepeatedNoncesAreDropped()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node attacker(net, QStringLiteral("m"), false), victim(net, QStringLiteral("v")),
            target(net, QStringLiteral("t"));
        attacker.link(victim);
        victim.link(target);
        QVERIFY(runUntil(clock, [&] { return victim.open() == 2 && attacker.open() == 1 && target.open() == 1; }));
        const QByteArray m = attacker.id().toBytes(), v = victim.id().toBytes(), t = target.id().toBytes();
        Connection *c = attacker.to(victim);

        c->send(wire::Relay{t, m, {m}, "nonce-1", "first"});
        c->send(wire::Relay{t, m, {m}, "nonce-1", "again"});  // same nonce
        c->send(wire::Relay{t, m, {v, m}, "nonce-2", "loop"});  // victim already on the path
        c->send(wire::Relay{t, v, {m}, "nonce-3", "spoofed-self"});  // claims to come from the victim
        c->send(wire::Relay{t, m, {t}, "nonce-4", "bad path"});  // path does not end with the sender
        c->send(wire::Relay{t, m, {m}, QByteArray(), "no nonce"});
        run(clock, 20);
        QCOMPARE(target.received.size(), 1);
        QCOMPARE(target.received.first().data, QByteArray("first"));
        QCOMPARE(target.received.first().hops, 2);
        QCOMPARE(victim.router->duplicates(), 1u);  // normal with several next hops: counted, no event
        QCOMPARE(victim.router->rejectCount(QStringLiteral("loop")), 2u);
        QCOMPARE(victim.router->rejectCount(QStringLiteral("bad-path")), 1u);
        QCOMPARE(victim.router->rejectCount(QStringLiteral("malformed")), 1u);
        QCOMPARE(victim.rejects.count(ErrorCode::Duplicate), 2);
        QCOMPARE(victim.eventsOf(QStringLiteral("rejected")).size(), 4);
    }

    void relayServiceIsRateLimitedPerNeighbour()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("a")), c(net, QStringLiteral("c"));
        RelayOptions limited;
        limited.maxMessagesPerSecond = 5;
        limited.maxBytesPerSecond = 10000;
        Node b(net, QStringLiteral("b"), true, limited);
        a.link(b);
        b.link(c);
        QVERIFY(runUntil(clock, [&] { return b.open() == 2 && a.open() == 1 && c.open() == 1; }));

        for (int i = 0; i < 20; ++i)
            QVERIFY(a.router->send(c.id(), QByteArray::number(i)).ok());
        run(clock, 20);
        QCOMPARE(c.received.size(), 5);
        QCOMPARE(b.router->rejectCount(QStringLiteral("rate-limited")), 15u);
        QCOMPARE(b.rejects.count(ErrorCode::RateLimited), 15);
        QCOMPARE(b.eventsOf(QStringLiteral("rejected")).last().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("rate-limited"));

        // A second later the bucket is full again; now the byte limit bites first.
        run(clock, 1000);
        for (int i = 0; i < 5; ++i)
            QVERIFY(a.router->send(c.id(), QByteArray(4000, 'x')).ok());
        run(clock, 20);
        QCOMPARE(c.received.size(), 7);
        QCOMPARE(b.router->rejectCount(QStringLiteral("rate-limited")), 18u);
        QCOMPARE(b.router->relayedCount(), 7u);

        // Messages to b itself are not relay service and are not charged.
        for (int i = 0; i < 10; ++i)
            QVERIFY(a.router->send(b.id(), "direct").ok());
        run(clock, 20);
        QCOMPARE(b.received.size(), 10);
    }

    void noRouteIsReported()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node alone(net, QStringLiteral("alone")), other(net, QStringLiteral("other"));
        const Status st = alone.router->send(other.id(), "anyone?");
        QCOMPARE(st.error().code, ErrorCode::NotConnected);
        QCOMPARE(alone.router->rejectCount(QStringLiteral("no-route")), 1u);
        QCOMPARE(alone.router->send(alone.id(), "me").error().code, ErrorCode::Self);
        QCOMPARE(alone.router->send(other.id(), QByteArray(wire::kMaxRelayData + 1, 'x')).error().code,
                 ErrorCode::Invalid);
    }

    void socketRoundTrip()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Chain chain(net);
        QVERIFY(runUntil(clock, [&] { return chain.linked(); }));
        Node &a = chain[0], &e = chain[4];
        RelaySocket sa(*a.router), se(*e.router), other(*e.router);
        int listening = 0;
        QObject::connect(&se, &RelaySocket::listening, [&] { ++listening; });
        QVERIFY(sa.bind(5000).ok());
        QVERIFY(se.bind(6000).ok());
        QVERIFY(other.bind(6001).ok());
        QCOMPARE(listening, 1);
        QVERIFY(!se.bind(6002).ok());
        QCOMPARE(se.address().peer, e.id());
        QCOMPARE(se.address().port, quint16(6000));
        QCOMPARE(se.address().family, QStringLiteral("peer-relay"));

        struct Got {
            QByteArray data;
            PeerId peer;
            quint16 port;
        };
        QList<Got> atA, atE, atOther;
        QObject::connect(&sa, &RelaySocket::message, [&](const QByteArray &d, const PeerId &p, quint16 port) {
            atA.append({d, p, port});
        });
        QObject::connect(&se, &RelaySocket::message, [&](const QByteArray &d, const PeerId &p, quint16 port) {
            atE.append({d, p, port});
            QVERIFY(se.send("pong:" + d, p, port).ok());  // answer whoever asked
        });
        QObject::connect(&other, &RelaySocket::message, [&](const QByteArray &d, const PeerId &p, quint16 port) {
            atOther.append({d, p, port});
        });

        QVERIFY(sa.send("ping", e.id(), 6000).ok());
        QVERIFY(sa.send("nobody listens", e.id(), 7777).ok());
        run(clock, 100);
        QCOMPARE(atE.size(), 1);
        QCOMPARE(atE.first().data, QByteArray("ping"));
        QCOMPARE(atE.first().peer, a.id());
        QCOMPARE(atE.first().port, quint16(5000));
        QVERIFY(atOther.isEmpty());
        QCOMPARE(atA.size(), 1);
        QCOMPARE(atA.first().data, QByteArray("pong:ping"));
        QCOMPARE(atA.first().peer, e.id());
        QCOMPARE(atA.first().port, quint16(6000));

        // Plain relay data that is not a datagram is left alone (and counted) by the sockets.
        QVERIFY(a.router->send(e.id(), "x").ok());
        run(clock, 50);
        QCOMPARE(se.ignoredDatagrams(), 1u);
        QCOMPARE(atE.size(), 1);

        // An unbound socket binds itself on first send, as dgram does; a closed one refuses.
        RelaySocket fresh(*a.router);
        QVERIFY(fresh.send("hi", e.id(), 6000).ok());
        QVERIFY(fresh.isBound());
        run(clock, 50);
        QCOMPARE(atE.size(), 2);
        QCOMPARE(atE.last().port, fresh.address().port);
        int closed = 0;
        QObject::connect(&fresh, &RelaySocket::closed, [&] { ++closed; });
        fresh.close();
        fresh.close();
        QCOMPARE(closed, 1);
        QCOMPARE(fresh.send("late", e.id(), 6000).error().code, ErrorCode::Closed);
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
