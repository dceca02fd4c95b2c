// The swarm manager on a virtual clock and an in-memory network: queue, retries, drop and forget
// timers, limits, filters, bans, backoff, deduplication, reconnection and peer exchange.
// Time only moves when the test says so; nothing sleeps.
#include "events/event_json.h"
#include "virtual_time.h"
#include "core/clock.h"
#include "crypto/key_pair.h"
#include "swarm/swarm.h"
#include "transport/memory_network.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace swarmscope;

namespace {

const QByteArray kTopic(32, 't');

class Node {
public:
    Node(MemoryNetwork &net, QString host, SwarmOptions options = {}, quint16 port = 7000,
         const KeyPair *sameKeysAs = nullptr)
        : keys(sameKeysAs ? *sameKeysAs : KeyPair::generate())
        , m_host(std::move(host))
    {
        ConnectionLimits limits;
        limits.handshakeTimeoutMs = 3000;
        limits.pingIntervalMs = 60000;
        swarm = std::make_unique<Swarm>(keys, net.clock(), net.factoryFor(m_host), limits, std::move(options),
                                        QStringLiteral("test"));
        QObject::connect(swarm.get(), &Swarm::event, [this](const Event &e) { events += eventJsonLines(e); });
        if (port)
            swarm->listen(QHostAddress::Any, port);
        swarm->join(kTopic);
    }
    int count(const QString &kind) const
    {
        return int(std::count_if(events.begin(), events.end(), [&](const QJsonObject &e) {
            return e.value(QStringLiteral("event")).toString() == kind;
        }));
    }
    QStringList reasons(const QString &kind) const
    {
        QStringList out;
        for (const QJsonObject &e : events)
            if (e.value(QStringLiteral("event")).toString() == kind)
                out << e.value(QStringLiteral("reason")).toString();
        return out;
    }
    int open() const { return int(swarm->openConnections().size()); }
    PeerCandidateInfo candidateFor(const Node &other, const QString &source = QStringLiteral("dht")) const
    {
        return {other.m_host, other.swarm->listenPort(), source, QString(), kTopic, false};
    }
    Swarm *operator->() { return swarm.get(); }
    const QString &host() const { return m_host; }

    KeyPair keys;
    std::unique_ptr<Swarm> swarm;
    QList<QJsonObject> events;

private:
    QString m_host;
};

// Advances virtual time in small steps, letting deferred deletes run.
using test::run;
using test::runUntil;

}  // namespace

class TestSwarmManager : public QObject {
    Q_OBJECT

private slots:
    void retriesOnTheDocumentedScheduleThenDrops()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("10.0.0.1"));
        a->addPeer({QStringLiteral("10.0.0.99"), 7000, QStringLiteral("dht"), QString(), kTopic, false});
        QCOMPARE(a.count(QStringLiteral("peer")), 1);
        run(clock, 10);
        QCOMPARE(a.count(QStringLiteral("connecting")), 1);
        QCOMPARE(a.count(QStringLiteral("connect-failed")), 1);
        // Retry 1 after 1000 ms, retry 2 after 5000 ms, retry 3 after 15000 ms, then drop.
        run(clock, 985);
        QCOMPARE(a.count(QStringLiteral("connecting")), 1);
        run(clock, 10);
        QCOMPARE(a.count(QStringLiteral("connecting")), 2);
        run(clock, 4990);
        QCOMPARE(a.count(QStringLiteral("connecting")), 2);
        run(clock, 20);
        QCOMPARE(a.count(QStringLiteral("connecting")), 3);
        run(clock, 14990);
        QCOMPARE(a.count(QStringLiteral("connecting")), 3);
        run(clock, 20);
        QCOMPARE(a.count(QStringLiteral("connecting")), 4);
        QCOMPARE(a.count(QStringLiteral("drop")), 1);
        QCOMPARE(a->queue().first().state, CandidateState::Dropped);
        // Rediscovery is ignored until the unresponsive peer is forgotten (7.5 s), then accepted.
        a->addPeer({QStringLiteral("10.0.0.99"), 7000, QStringLiteral("dht"), QString(), kTopic, false});
        QCOMPARE(a.count(QStringLiteral("peer")), 1);
        run(clock, 7600, 10);
        QVERIFY(a->queue().isEmpty());
        a->addPeer({QStringLiteral("10.0.0.99"), 7000, QStringLiteral("dht"), QString(), kTopic, false});
        QCOMPARE(a.count(QStringLiteral("peer")), 2);
    }

    void lanPeersAreDialledFirst()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        SwarmOptions o;
        o.maxParallelDials = 1;
        Node a(net, QStringLiteral("10.0.0.1"), o), far(net, QStringLiteral("8.8.4.4")),
            near(net, QStringLiteral("192.168.1.5"));
        a->addPeer(a.candidateFor(far, QStringLiteral("dht")));  // queued first, but far away
        a->addPeer(a.candidateFor(near, QStringLiteral("lan")));
        // The first dial starts at once; the LAN peer jumps the queue for the next slot.
        run(clock, 50);
        QVERIFY(runUntil(clock, [&] { return a.open() == 2; }));
        QStringList order;
        for (const QJsonObject &e : a.events)
            if (e.value(QStringLiteral("event")).toString() == QLatin1String("connecting"))
                order << e.value(QStringLiteral("host")).toString();
        QCOMPARE(order.first(), QStringLiteral("8.8.4.4"));
        Node b(net, QStringLiteral("10.0.0.2"), o), slowFar(net, QStringLiteral("8.8.8.8")),
            slowNear(net, QStringLiteral("192.168.1.6"));
        b->addPeer(b.candidateFor(slowFar, QStringLiteral("dht")));
        b->addPeer(b.candidateFor(slowNear, QStringLiteral("lan")));
        b->addPeer(b.candidateFor(far, QStringLiteral("dht")));
        QVERIFY(runUntil(clock, [&] { return b.open() == 3; }));
        order.clear();
        for (const QJsonObject &e : b.events)
            if (e.value(QStringLiteral("event")).toString() == QLatin1String("connecting"))
                order << e.value(QStringLiteral("host")).toString();
        QCOMPARE(order,
                 (QStringList{QStringLiteral("8.8.8.8"), QStringLiteral("192.168.1.6"), QStringLiteral("8.8.4.4")}));
    }

    void maxPeersHoldsAndRefills()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        SwarmOptions o;
        o.maxPeers = 2;
        Node a(net, QStringLiteral("10.0.0.1"), o);
        std::vector<std::unique_ptr<Node>> others;
        for (int i = 0; i < 5; ++i) {
            others.push_back(std::make_unique<Node>(net, QStringLiteral("10.0.1.%1").arg(i)));
            a->addPeer(a.candidateFor(*others.back()));
        }
        run(clock, 200);
        QCOMPARE(a.open(), 2);
        QCOMPARE(a->queuedCount(), 3);
        // One peer goes away politely: the freed slot is used for the next queued peer.
        Connection *c = a->openConnections().first();
        const PeerId gone = c->remoteId();
        for (auto &n : others)
            if (n->keys.publicKey == gone)
                n->swarm->stop();
        run(clock, 200);
        QCOMPARE(a.open(), 2);
        QCOMPARE(a->queuedCount(), 2);
    }

    void inboundLimitsHold()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        SwarmOptions o;
        o.maxServerSockets = 2;
        Node server(net, QStringLiteral("10.0.0.1"), o), other(net, QStringLiteral("10.0.0.9"));
        std::vector<std::unique_ptr<Node>> clients;
        for (int i = 0; i < 4; ++i) {
            clients.push_back(std::make_unique<Node>(net, QStringLiteral("10.0.2.%1").arg(i), SwarmOptions{}, 0));
            clients.back()->swarm->addPeer(clients.back()->candidateFor(other));  // not alone: see below
        }
        run(clock, 200);
        for (auto &client : clients)
            client->swarm->addPeer(client->candidateFor(server));
        run(clock, 200);
        const auto inbound = [&server] {
            const QList<Connection *> open = server->openConnections();
            return std::count_if(open.begin(), open.end(),
                                 [](const Connection *c) { return c->direction() == Direction::Inbound; });
        };
        QCOMPARE(inbound(), 2);
        QCOMPARE(server.count(QStringLiteral("peer-rejected")), 2);
        QCOMPARE(server.reasons(QStringLiteral("peer-rejected")),
                 (QStringList{QStringLiteral("limit"), QStringLiteral("limit")}));
        // A full peer is not redialled at once, not even when discovery offers it again, but after
        // fullPeerRetryMs (its refusals before any handshake then count as plain failures). Only a
        // node with other connections waits so: one with none keeps trying as it would anyway.
        run(clock, 10000);
        for (auto &client : clients)
            client->swarm->addPeer(client->candidateFor(server));
        run(clock, 10000);
        QCOMPARE(server.count(QStringLiteral("peer-rejected")), 2);
        run(clock, SwarmOptions{}.fullPeerRetryMs);
        int refused = 0;
        for (auto &client : clients) {
            qint64 closedAt = -1, redialAt = -1;
            for (const QJsonObject &e : client->events) {
                const QString kind = e.value(QStringLiteral("event")).toString();
                if (kind == QLatin1String("connection-closed")
                    && e.value(QStringLiteral("detail")).toString() == QLatin1String("limit"))
                    closedAt = e.value(QStringLiteral("time")).toInteger();
                else if (kind == QLatin1String("connecting") && closedAt >= 0 && redialAt < 0)
                    redialAt = e.value(QStringLiteral("time")).toInteger();
            }
            if (closedAt < 0)
                continue;
            ++refused;
            QCOMPARE(redialAt - closedAt, SwarmOptions{}.fullPeerRetryMs);
        }
        QCOMPARE(refused, 2);
    }

    void whitelistAndValidatePeerFilter()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        SwarmOptions o;
        o.whitelist = {QStringLiteral("10.0.0.2")};
        o.validatePeer = [](const PeerCandidateInfo &p) { return p.port != 7777; };
        Node a(net, QStringLiteral("10.0.0.1"), o), ok(net, QStringLiteral("10.0.0.2")),
            other(net, QStringLiteral("10.0.0.3"));
        Node odd(net, QStringLiteral("10.0.0.2"), SwarmOptions{}, 7777);
        a->addPeer(a.candidateFor(ok));
        a->addPeer(a.candidateFor(other));
        a->addPeer(a.candidateFor(odd));
        QCOMPARE(a.reasons(QStringLiteral("peer-rejected")),
                 (QStringList{QStringLiteral("whitelist"), QStringLiteral("validate")}));
        run(clock, 100);
        QCOMPARE(a.open(), 1);
        // Inbound from an address outside the whitelist is refused before any handshake.
        other->addPeer(other.candidateFor(a));
        run(clock, 100);
        QCOMPARE(a.open(), 1);
        QCOMPARE(a.reasons(QStringLiteral("peer-rejected")).last(), QStringLiteral("whitelist"));
    }

    void simultaneousDialKeepsOneConnection()
    {
        int retiringSeen = 0;
        for (int round = 0; round < 100; ++round) {
            ManualClock clock;
            MemoryNetwork net(clock);
            Node a(net, QStringLiteral("10.0.0.1")), b(net, QStringLiteral("10.0.0.2"));
            a->addPeer(a.candidateFor(b));
            b->addPeer(b.candidateFor(a));
            for (int ms = 0; ms < 50; ++ms) {
                run(clock, 1);
                // A loser still closing is listed, marked retiring, and is never the one kept.
                for (Node *node : {&a, &b})
                    for (const PeerSnapshot &s : (*node)->snapshots()) {
                        const QList<Connection *> kept = (*node)->openConnections();
                        QVERIFY(!s.retiring || std::none_of(kept.cbegin(), kept.cend(), [&](const Connection *c) {
                            return c->id() == s.connectionId;
                        }));
                        retiringSeen += s.retiring;
                    }
            }
            QCOMPARE(a.open(), 1);
            QCOMPARE(b.open(), 1);
            Connection *ca = a->openConnections().first();
            Connection *cb = b->openConnections().first();
            // The same TCP stream on both sides: one side's outbound is the other's inbound.
            QVERIFY(ca->direction() != cb->direction());
            QCOMPARE(a.count(QStringLiteral("redundant-connection")) + b.count(QStringLiteral("redundant-connection")),
                     2);
            // Whatever was announced and then found redundant was also closed; nothing flaps afterwards.
            const int announced = a.count(QStringLiteral("connection"));
            QCOMPARE(announced - a.count(QStringLiteral("connection-closed")), 1);
            run(clock, 3000, 50);
            QCOMPARE(a.open(), 1);
            QCOMPARE(a.count(QStringLiteral("connection")), announced);
            QCOMPARE(b.open(), 1);
        }
        QVERIFY(retiringSeen > 0);
    }

    // Both peers dial each other and talk without pause while the pair is chosen: each side always
    // has a route to the other once it has one (a stream the peer retired is written on until its
    // replacement opens, and the replacement carries the rooms before its hello comes), and every
    // message written on any of the streams arrives.
    void talkingThroughADuplicateChoiceLosesNothing()
    {
        for (int round = 0; round < 40; ++round) {
            ManualClock clock;
            MemoryNetwork net(clock);
            net.setLatency(3 + round % 13);
            Node a(net, QStringLiteral("10.0.0.1")), b(net, QStringLiteral("10.0.0.2"));
            struct Side {
                Node *node;
                QSet<QByteArray> sent, got;
                bool routed = false;
                int gaps = 0;
            } sides[2] = {{&a, {}, {}}, {&b, {}, {}}};
            for (int i = 0; i < 2; ++i)
                QObject::connect(sides[i].node->swarm.get(), &Swarm::messageReceived,
                                 [&got = sides[i].got](Connection *, const wire::Message &m) {
                                     if (const auto *rm = std::get_if<wire::RoomMessage>(&m))
                                         got.insert(rm->payload);
                                 });
            // b dials a little after a, so the two streams open at different moments at each end.
            const int bDialsAt = round % 20;
            a->addPeer(a.candidateFor(b));
            int seq = 0;
            for (int t = 0; t < 1500; ++t) {
                if (t == bDialsAt)
                    b->addPeer(b.candidateFor(a));
                run(clock, 1);
                if (t % 4)
                    continue;
                for (Side &s : sides) {
                    const QList<Connection *> routes = s.node->swarm->routesInTopic(kTopic);
                    s.gaps += s.routed && routes.isEmpty();
                    s.routed |= !routes.isEmpty();
                    for (Connection *c : routes) {
                        const QByteArray payload = s.node->host().toLatin1() + ' ' + QByteArray::number(++seq);
                        c->send(wire::RoomMessage{payload, QByteArray(64, 's')});
                        s.sent.insert(payload);
                    }
                }
            }
            run(clock, 4000, 10);
            QCOMPARE(a.count(QStringLiteral("redundant-connection")) + b.count(QStringLiteral("redundant-connection")),
                     2);
            QCOMPARE(sides[0].gaps, 0);
            QCOMPARE(sides[1].gaps, 0);
            QVERIFY(sides[0].sent.size() > 300 && sides[1].sent.size() > 300);
            QCOMPARE(sides[1].got, sides[0].sent);
            QCOMPARE(sides[0].got, sides[1].sent);
            QCOMPARE(a.open(), 1);
            QCOMPARE(b.open(), 1);
        }
    }

    void twoAddressesOfOnePeerKeepTheSameStreamAtBothEnds()
    {
        // a dials b at a slow address first and at its direct one second: b sees the direct stream
        // open first, a sees the slow one dialled first. Both ends must keep the same stream.
        for (int round = 0; round < 20; ++round) {
            ManualClock clock;
            MemoryNetwork net(clock);
            net.addAlias(QStringLiteral("10.0.9.2"), QStringLiteral("10.0.0.2"), 30);
            Node a(net, QStringLiteral("10.0.0.1")), b(net, QStringLiteral("10.0.0.2"));
            PeerCandidateInfo slow = a.candidateFor(b);
            slow.host = QStringLiteral("10.0.9.2");
            a->addPeer(slow);
            a->addPeer(a.candidateFor(b));
            run(clock, 200);
            QCOMPARE(a.open(), 1);
            QCOMPARE(b.open(), 1);
            Connection *ca = a->openConnections().first();
            Connection *cb = b->openConnections().first();
            QVERIFY(!ca->handshakeHash().isEmpty());
            QCOMPARE(ca->handshakeHash(), cb->handshakeHash());
            QCOMPARE(a.count(QStringLiteral("redundant-connection")), 1);
            QCOMPARE(b.count(QStringLiteral("redundant-connection")), 1);
            run(clock, 3000, 50);
            QCOMPARE(a.open(), 1);
            QCOMPARE(b.open(), 1);
        }
    }

    void dialingOurselvesClosesBothEndsWithoutAConflict()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("10.0.0.1"));
        a->addPeer(a.candidateFor(a));
        run(clock, 100);
        QCOMPARE(a.reasons(QStringLiteral("peer-banned")), QStringList{QStringLiteral("detected-self")});
        QCOMPARE(a.count(QStringLiteral("identity-conflict")), 0);
        QVERIFY(a->snapshots().isEmpty());  // the inbound end of the loop went with the outbound one
        run(clock, 30000, 100);
        QCOMPARE(a.count(QStringLiteral("connecting")), 1);  // never dialled again
    }

    void anotherNodeWithOurIdentityIsAConflictAtBothEnds()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("10.0.0.1"));
        Node twin(net, QStringLiteral("10.0.0.2"), SwarmOptions{}, 7000, &a.keys);
        twin->addPeer(twin.candidateFor(a));
        run(clock, 100);
        QCOMPARE(a.count(QStringLiteral("identity-conflict")), 1);
        QCOMPARE(twin.count(QStringLiteral("identity-conflict")), 1);
        QCOMPARE(a.open() + twin.open(), 0);
        // The one who dialled bans the endpoint; the other, dialling back, does the same. Then quiet.
        a->addPeer(a.candidateFor(twin));
        run(clock, 100);
        QCOMPARE(a.count(QStringLiteral("identity-conflict")), 2);
        QCOMPARE(twin.count(QStringLiteral("identity-conflict")), 2);
        run(clock, 60000, 100);
        QCOMPARE(a.count(QStringLiteral("connecting")) + twin.count(QStringLiteral("connecting")), 2);
        QCOMPARE(a.count(QStringLiteral("identity-conflict")) + twin.count(QStringLiteral("identity-conflict")), 4);
    }

    void keepExistingConnectionsDropsTheNewOne()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        SwarmOptions keep;
        keep.keepExistingConnections = true;
        Node a(net, QStringLiteral("10.0.0.1"), keep), b(net, QStringLiteral("10.0.0.2"), keep);
        a->addPeer(a.candidateFor(b));
        run(clock, 50);
        const quint64 first = a->openConnections().first()->id();
        b->addPeer(b.candidateFor(a));  // b dials too, later
        run(clock, 50);
        QCOMPARE(a.open(), 1);
        QCOMPARE(a->openConnections().first()->id(), first);
    }

    void banAndSoftBan()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        SwarmOptions o;
        o.forgetBannedMs = 10000;
        Node a(net, QStringLiteral("10.0.0.1"), o), b(net, QStringLiteral("10.0.0.2")),
            c(net, QStringLiteral("10.0.0.3"));
        b->dial(a.host(), a->listenPort());  // b keeps trying: bans must hold anyway
        c->dial(a.host(), a->listenPort());
        run(clock, 50);
        QCOMPARE(a.open(), 2);
        QVERIFY(a->ban(b.keys.publicKey, false));
        QVERIFY(a->ban(c.keys.publicKey, true));
        run(clock, 100);
        QCOMPARE(a.open(), 0);
        QCOMPARE(a.count(QStringLiteral("peer-banned")), 2);
        run(clock, 9000, 10);
        QCOMPARE(a.open(), 0);  // both keep redialling and are refused
        QVERIFY(a.reasons(QStringLiteral("peer-rejected")).contains(QStringLiteral("banned")));
        // The soft ban ends after forget.banned; the hard one does not.
        run(clock, 20000, 10);
        QCOMPARE(a.open(), 1);
        QCOMPARE(a->openConnections().first()->remoteId(), c.keys.publicKey);
        QVERIFY(a->unban(b.keys.publicKey));
        run(clock, 20000, 10);
        QCOMPARE(a.open(), 2);
    }

    void backoffWaitsOneStepLonger()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("10.0.0.1")), b(net, QStringLiteral("10.0.0.2"));
        a->addPeer(a.candidateFor(b));
        run(clock, 50);
        QCOMPARE(a.open(), 1);
        QVERIFY(a->backoff(b.keys.publicKey));
        run(clock, 50);
        QCOMPARE(a.open(), 0);
        QCOMPARE(a.count(QStringLiteral("backoff")), 1);
        run(clock, 900);
        QCOMPARE(a.open(), 0);
        run(clock, 200);
        QCOMPARE(a.open(), 1);
    }

    // A carrier whose stream ended goes with its connection; one still flushing a bye goes at the
    // latest with its swarm, even when the clock never reaches its 5 s deadline (as at exit).
    void carriersDoNotOutliveTheirStreamOrTheirSwarm()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("10.0.0.1"));
        QList<QPointer<Carrier>> inbound;
        QObject::connect(a->findChild<CarrierFactory *>(), &CarrierFactory::incoming,
                         [&](Carrier *carrier) { inbound.append(carrier); });
        auto b = std::make_unique<Node>(net, QStringLiteral("10.0.0.2"));
        b->swarm->addPeer(b->candidateFor(a));
        run(clock, 50);
        QCOMPARE(a.open(), 1);
        QCOMPARE(inbound.size(), 1);
        b.reset();  // b crashes: a's stream ends
        run(clock, 20);
        QCOMPARE(a.open(), 0);
        QVERIFY(inbound.first().isNull());

        Node c(net, QStringLiteral("10.0.0.3"));
        c->addPeer(c.candidateFor(a));
        run(clock, 50);
        QCOMPARE(a.open(), 1);
        QCOMPARE(inbound.size(), 2);
        a->stop();  // a bye to flush: the carrier outlives its connection...
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!inbound.last().isNull());
        a.swarm.reset();  // ...but not the swarm, though the clock stands still
        QVERIFY(inbound.last().isNull());
    }

    void reconnectsWithinOneBackoffStepAfterARestart()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("10.0.0.1"));
        auto b = std::make_unique<Node>(net, QStringLiteral("10.0.0.2"));
        b->swarm->addPeer(b->candidateFor(a));  // b dials a; a learns b's listening port from hello
        run(clock, 50);
        QCOMPARE(a.open(), 1);
        b.reset();  // b crashes: no bye
        run(clock, 20);
        QCOMPARE(a.open(), 0);
        b = std::make_unique<Node>(net, QStringLiteral("10.0.0.2"));  // restarts on the same port
        run(clock, 1100);
        QCOMPARE(a.open(), 1);
        QCOMPARE(a->openConnections().first()->remoteId(), b->keys.publicKey);
    }

    void peerExchangeIntroducesNeighbours()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("10.0.0.1")), b(net, QStringLiteral("10.0.0.2")), c(net, QStringLiteral("10.0.0.3"));
        a->addPeer(a.candidateFor(b));
        run(clock, 50);
        c->addPeer(c.candidateFor(b));  // c only knows b
        QVERIFY(runUntil(
            clock, [&] { return c.open() == 2 && a.open() == 2; }, 5000));
        const auto pex = std::find_if(c.events.begin(), c.events.end(), [](const QJsonObject &e) {
            return e.value(QStringLiteral("event")).toString() == QLatin1String("peer")
                && e.value(QStringLiteral("source")).toString() == QLatin1String("pex");
        });
        QVERIFY(pex != c.events.end());
        QCOMPARE(pex->value(QStringLiteral("host")).toString(), QStringLiteral("10.0.0.1"));
    }

    void lookupFalseIgnoresDiscoveredPeers()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("10.0.0.1")), b(net, QStringLiteral("10.0.0.2"));
        const QByteArray quiet(32, 'q');
        a->join(quiet, JoinOptions{false, true});
        QCOMPARE(a->status(quiet)->lookup, false);
        a->addPeer({b.host(), b->listenPort(), QStringLiteral("dht"), QString(), quiet, false});
        QCOMPARE(a.count(QStringLiteral("peer")), 0);
        a->leave(quiet);
        QVERIFY(!a->status(quiet));
    }

    void flushWaitsForTheQueue()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("10.0.0.1")), b(net, QStringLiteral("10.0.0.2"));
        bool flushed = false;
        a->addPeer(a.candidateFor(b));
        a->flush([&] { flushed = true; });
        QVERIFY(!flushed);
        run(clock, 50);
        QVERIFY(flushed);
        QCOMPARE(a.open(), 1);
    }

    void partitionedDialTimesOut()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("10.0.0.1")), b(net, QStringLiteral("10.0.0.2"));
        net.partition({a.host()}, {b.host()});
        a->addPeer(a.candidateFor(b));
        run(clock, 3100, 10);
        QCOMPARE(a.count(QStringLiteral("connect-failed")), 1);
        net.heal();
        run(clock, 1100, 10);
        QCOMPARE(a.open(), 1);
    }

    void dialIntoAPartitionGetsThroughWhenItHeals()
    {
        // As with TCP's SYN retransmission: a dial still waiting when the network heals connects
        // at once instead of running into its connect timeout.
        ManualClock clock;
        MemoryNetwork net(clock);
        Node a(net, QStringLiteral("10.0.0.1")), b(net, QStringLiteral("10.0.0.2"));
        net.partition({a.host()}, {b.host()});
        a->addPeer(a.candidateFor(b));
        run(clock, 500, 10);
        QCOMPARE(a.open(), 0);
        net.heal();
        run(clock, 100, 10);
        QCOMPARE(a.open(), 1);
        QCOMPARE(a.count(QStringLiteral("connect-failed")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSwarmManager)
#include "tst_swarm_manager.moc"
