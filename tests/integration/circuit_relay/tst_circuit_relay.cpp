// Relayed connections (docs/NAT.md): two peers that never learn each other's address meet through
// a relay's circuit, prove each other's keys end to end and talk; the relay refuses what it must
// (no slot, a loop, a chain, over its limits, an unknown token) and a peer dials a circuit only
// when a relay holding its slot asks.
#include "circuit/circuit_dialer.h"
#include "circuit/circuit_wire.h"
#include "core/clock.h"
#include "core/random.h"
#include "session_harness.h"
#include "swarm/swarm.h"
#include "transport/tcp_carrier.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace swarmscope;
using swarmscope::test::TestPeer;

namespace {

const QString kRoom = QStringLiteral("relayed-room");

QString relayOf(TestPeer &r)
{
    return QStringLiteral("127.0.0.1:%1").arg(r->listenPort());
}

std::optional<ConnectionOpened> openedTo(const TestPeer &p, const PeerId &peer)
{
    for (const ConnectionOpened &c : p.typed<ConnectionOpened>())
        if (c.peer == peer)
            return c;
    return std::nullopt;
}

bool holdsSlot(const TestPeer &p)
{
    for (const RelayReservation &r : p.typed<RelayReservation>())
        if (r.ok)
            return true;
    return false;
}

bool received(const TestPeer &p, const QString &text, const QString &from)
{
    for (const ChatMessage &m : p.messages)
        if (m.text == text && m.fromAddress == from)
            return true;
    return false;
}

bool relayRejected(const TestPeer &p, const QString &reason)
{
    for (const Rejected &r : p.typed<Rejected>())
        if (r.source == RejectSource::Relay && r.reason == reason)
            return true;
    return false;
}

// A bare swarm that speaks our protocol by hand: it can ask a relay for anything.
struct HandClient {
    SystemClock clock;
    Random random = Random::fromSystem();
    KeyPair keys = KeyPair::generate();
    Swarm swarm{keys, clock, new TcpCarrierFactory, ConnectionLimits{}, SwarmOptions{}, QStringLiteral("hand")};
    QList<wire::CircuitAnswer> answers;
    HandClient()
    {
        QObject::connect(&swarm, &Swarm::messageReceived, &swarm, [this](Connection *, const wire::Message &m) {
            if (const auto *a = std::get_if<wire::CircuitAnswer>(&m))
                answers.append(*a);
        });
    }
    Connection *connectTo(quint16 port)
    {
        swarm.dial(QStringLiteral("127.0.0.1"), port);
        Connection *c = nullptr;
        QTest::qWaitFor([&] { return (c = swarm.openConnections().value(0)) && c->hasHello(); }, 10000);
        return c && c->hasHello() ? c : nullptr;
    }
    std::optional<wire::CircuitAnswer> answerTo(const QByteArray &nonce)
    {
        for (const wire::CircuitAnswer &a : answers)
            if (a.nonce == nonce)
                return a;
        return std::nullopt;
    }
};

}  // namespace

class TestCircuitRelay : public QObject {
    Q_OBJECT

private slots:
    // Two peers who hold slots on one relay and share a room meet through it: the connection is
    // relayed via the relay's endpoint on both sides, each proved the other's key through the
    // splice, and messages arrive both ways from the right sender.
    void twoPeersMeetThroughTheRelay()
    {
        TestPeer relay(TestPeer::Options{.relay = true});
        TestPeer::Options o;
        o.relayNodes = {relayOf(relay)};
        o.holePunching = false;  // on loopback a punch may win the race; the lab tests punching
        TestPeer a(o), b(o);
        QTRY_VERIFY_WITH_TIMEOUT(holdsSlot(a) && holdsSlot(b), 10000);
        a->joinRoom(kRoom);
        b->joinRoom(kRoom);
        QTRY_VERIFY_WITH_TIMEOUT(openedTo(a, b->id()) && openedTo(b, a->id()), 15000);
        for (const auto &[self, other] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
            const ConnectionOpened c = *openedTo(*self, (*other)->id());
            QCOMPARE(c.path, ConnectionPath::Relayed);
            QCOMPARE(c.via, relayOf(relay));
        }
        QTRY_VERIFY_WITH_TIMEOUT(a->room(kRoom).members.contains(b->address()), 10000);
        QVERIFY(a->sendMessage(kRoom, QStringLiteral("through the relay \u00e9")).ok());
        QVERIFY(b->sendMessage(kRoom, QStringLiteral("and back")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(received(b, QStringLiteral("through the relay \u00e9"), a->address()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(received(a, QStringLiteral("and back"), b->address()), 10000);

        // The relay spliced it and reports who with whom; the peers' table says relayed too.
        bool spliced = false;
        for (const CircuitServed &s : relay.typed<CircuitServed>())
            spliced |= s.step == CircuitStep::Opened
                && ((s.from == a->id() && s.to == b->id()) || (s.from == b->id() && s.to == a->id()));
        QVERIFY(spliced);
        bool listed = false;
        for (const PeerSnapshot &p : a->peers())
            listed |= p.id == b->id() && p.path == ConnectionPath::Relayed && p.via == relayOf(relay);
        QVERIFY(listed);
        // Turned off, hole punching says so in the status, and nothing was tried.
        QVERIFY(!a->status().holePunch.enabled);
        QCOMPARE(a->status().holePunch.tried, 0);
        QVERIFY(relay->status().holePunch.enabled);
    }

    // What the relay refuses, each with its reason and a counted reject: a circuit to a peer
    // with no slot, one to the requester itself, a token it never handed out, and more circuits
    // per peer than its limit.
    void relayRefusesWithAReason()
    {
        TestPeer relay(TestPeer::Options{.relay = true, .maxCircuitsPerPeer = 1});
        TestPeer::Options o;
        o.relayNodes = {relayOf(relay)};
        TestPeer holder(o);
        QTRY_VERIFY_WITH_TIMEOUT(holdsSlot(holder), 10000);
        HandClient x;
        Connection *toRelay = x.connectTo(relay->listenPort());
        QVERIFY(toRelay);

        const auto ask = [&](const QByteArray &target) {
            const QByteArray nonce = x.random.bytes(wire::kMaxCircuitNonce);
            toRelay->send(wire::CircuitRequest{nonce, target});
            QTest::qWaitFor([&] { return x.answerTo(nonce).has_value(); }, 10000);
            return x.answerTo(nonce);
        };
        const auto nobody = ask(KeyPair::generate().publicKey.toBytes());
        QVERIFY(nobody && !nobody->ok);
        QVERIFY2(nobody->detail.startsWith(QLatin1String("no-reservation")), qPrintable(nobody->detail));
        const auto self = ask(x.keys.publicKey.toBytes());
        QVERIFY(self && !self->ok);
        QVERIFY2(self->detail.startsWith(QLatin1String("loop")), qPrintable(self->detail));
        const auto first = ask(holder->id().toBytes());
        QVERIFY(first && first->ok);
        QCOMPARE(first->token.size(), wire::kCircuitTokenBytes);
        const auto second = ask(holder->id().toBytes());  // the first is still pairing
        QVERIFY(second && !second->ok);
        QVERIFY2(second->detail.startsWith(QLatin1String("peer-circuits-full")), qPrintable(second->detail));
        QVERIFY(relayRejected(relay, QStringLiteral("no-reservation")));
        QVERIFY(relayRejected(relay, QStringLiteral("loop")));
        QVERIFY(relayRejected(relay, QStringLiteral("peer-circuits-full")));

        // A stream with a token nobody was given is closed, and counted.
        QTcpSocket forged;
        forged.connectToHost(QHostAddress::LocalHost, relay->listenPort());
        QVERIFY(forged.waitForConnected(5000));
        forged.write(circuit::header(QByteArray(wire::kCircuitTokenBytes, 'x')) + "ciphertext?");
        QTRY_VERIFY_WITH_TIMEOUT(forged.state() == QAbstractSocket::UnconnectedState, 10000);
        QTRY_VERIFY(relayRejected(relay, QStringLiteral("unknown-token")));
    }

    // A circuit announcement from anyone but a relay holding our slot is dropped and counted: a
    // peer cannot make us dial wherever it likes.
    void circuitIncomingOnlyFromOurRelay()
    {
        TestPeer target;
        HandClient x;
        Connection *toTarget = x.connectTo(target->listenPort());
        QVERIFY(toTarget);
        QTcpServer elsewhere;  // where x would like the target to dial
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        toTarget->send(wire::CircuitIncoming{
            QByteArray(wire::kCircuitTokenBytes, 't'), elsewhere.serverPort(), x.keys.publicKey.toBytes(), {}});
        QTRY_VERIFY_WITH_TIMEOUT(relayRejected(target, QStringLiteral("circuit-incoming-unexpected")), 10000);
        // The refusal is decided before any dial would start: nothing reached the listener.
        QCoreApplication::processEvents();
        QVERIFY(!elsewhere.hasPendingConnections());
    }

    // Hole-punch messages out of place are dropped and counted: an offer over a direct connection,
    // an answer or go for a session nobody started.
    void holePunchMessagesOutOfPlaceAreDropped()
    {
        TestPeer target;
        HandClient x;
        Connection *c = x.connectTo(target->listenPort());
        QVERIFY(c);
        c->send(wire::HolePunch{QByteArray(16, 'o'), wire::PunchPhase::Offer, 40000, {}});
        QTRY_VERIFY_WITH_TIMEOUT(relayRejected(target, QStringLiteral("hole-punch-unexpected")), 10000);
        c->send(wire::HolePunch{QByteArray(16, 'a'), wire::PunchPhase::Answer, 40001, {}});
        QTRY_VERIFY_WITH_TIMEOUT(relayRejected(target, QStringLiteral("hole-punch-unknown")), 10000);
        QVERIFY(target.typed<HolePunchTried>().isEmpty());  // nothing was dialled
    }

    // A request that reaches the relay through another relay's circuit is refused: no chains.
    void chainsAreRefused()
    {
        TestPeer outer(TestPeer::Options{.relay = true});
        TestPeer::Options inner;
        inner.relay = true;
        inner.relayNodes = {relayOf(outer)};
        TestPeer relay(inner);  // a relay that is itself reached through the outer one
        QTRY_VERIFY_WITH_TIMEOUT(holdsSlot(relay), 10000);
        const RoomSnapshot room = relay->joinRoom(kRoom);

        HandClient x;
        auto *dialer = new CircuitDialer(x.swarm, x.clock, x.random, 10000);
        x.swarm.addTransport(QStringLiteral("circuit"), dialer);
        x.swarm.join(room.topic);
        Connection *toOuter = x.connectTo(outer->listenPort());
        QVERIFY(toOuter);
        // The outer relay tells x the inner one sits behind it; x dials it through a circuit.
        Connection *viaOuter = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((viaOuter = x.swarm.connectionTo(relay->id())) && viaOuter->hasHello(), 15000);
        QCOMPARE(viaOuter->path(), ConnectionPath::Relayed);
        const QByteArray nonce = x.random.bytes(wire::kMaxCircuitNonce);
        viaOuter->send(wire::CircuitRequest{nonce, KeyPair::generate().publicKey.toBytes()});
        std::optional<wire::CircuitAnswer> a;
        QTRY_VERIFY_WITH_TIMEOUT((a = x.answerTo(nonce)).has_value(), 10000);
        QVERIFY(!a->ok);
        QVERIFY2(a->detail.startsWith(QLatin1String("chain")), qPrintable(a->detail));
    }
};

QTEST_GUILESS_MAIN(TestCircuitRelay)
#include "tst_circuit_relay.moc"
