#include "circuit/circuit_dialer.h"

#include "circuit/circuit_wire.h"
#include "circuit/wrapped_carrier.h"
#include "core/random.h"
#include "swarm/swarm.h"

namespace swarmscope {

namespace {
constexpr int kMaxInboundPending = 16;  // circuits announced to us and still dialling in
}

CircuitDialer::CircuitDialer(Swarm &swarm, Clock &clock, Random &random, int timeoutMs, QObject *parent)
    : CarrierFactory(parent)
    , m_swarm(swarm)
    , m_clock(clock)
    , m_random(random)
    , m_timeoutMs(timeoutMs)
{
    connect(&swarm, &Swarm::messageReceived, this, &CircuitDialer::onMessage);
}

CircuitDialer::~CircuitDialer()
{
    for (const Request &r : std::as_const(m_requests))
        m_clock.cancel(r.timer);
}

QString CircuitDialer::viaOf(const Connection *relay)
{
    const quint16 port = relay->direction() == Direction::Outbound ? relay->port() : relay->hello().listenPort;
    return HostPort{relay->host(), port}.toString();
}

Connection *CircuitDialer::relayAt(const QString &host, quint16 port) const
{
    const QHostAddress want(host);
    for (Connection *c : m_swarm.openConnections()) {
        if (c->path() != ConnectionPath::Direct
            || !QHostAddress(c->host()).isEqual(want, QHostAddress::TolerantConversion))
            continue;
        if ((c->direction() == Direction::Outbound && c->port() == port) || c->hello().listenPort == port)
            return c;
    }
    return nullptr;
}

Carrier *CircuitDialer::dial(const QString &spec, quint16 port, QObject *parent)
{
    const qsizetype at = spec.indexOf(QLatin1Char('@'));
    const PeerId target = PeerId::fromBytes(QByteArray::fromHex(spec.left(at).toLatin1()));
    const QString relayHost = spec.mid(at + 1);
    WrappedCarrier::Far far{QHostAddress(relayHost), port, ConnectionPath::Relayed,
                            HostPort{relayHost, port}.toString(), target};
    auto *carrier = new WrappedCarrier(nullptr, far, parent);
    Connection *relay = at > 0 && !target.isNull() ? relayAt(relayHost, port) : nullptr;
    if (!relay) {
        // The swarm connects to the carrier's signals after this returns.
        QMetaObject::invokeMethod(
            carrier, [carrier] { carrier->fail(QStringLiteral("no connection to the relay")); }, Qt::QueuedConnection);
        return carrier;
    }
    const QByteArray nonce = m_random.bytes(wire::kMaxCircuitNonce);
    Request r;
    r.carrier = carrier;
    r.relayConnection = relay->id();
    r.timer = m_clock.schedule(m_timeoutMs, [this, nonce] {
        const Request req = m_requests.take(nonce);
        if (req.carrier)
            req.carrier->fail(QStringLiteral("the relay did not answer"));
    });
    m_requests.insert(nonce, r);
    relay->send(wire::CircuitRequest{nonce, target.toBytes()});
    return carrier;
}

void CircuitDialer::onMessage(Connection *c, const wire::Message &m)
{
    if (const auto *a = std::get_if<wire::CircuitAnswer>(&m))
        return onAnswer(c, *a);
    if (const auto *in = std::get_if<wire::CircuitIncoming>(&m))
        return onIncoming(c, *in);
}

void CircuitDialer::onAnswer(Connection *c, const wire::CircuitAnswer &a)
{
    const auto it = m_requests.constFind(a.nonce);
    if (it == m_requests.cend() || it->relayConnection != c->id()) {
        ++m_refused;
        emit rejected(QStringLiteral("circuit-answer-unexpected"));
        return;
    }
    const Request r = m_requests.take(a.nonce);
    m_clock.cancel(r.timer);
    if (!r.carrier)
        return;  // the dial was given up meanwhile
    if (!a.ok)
        return r.carrier->fail(QStringLiteral("the relay refused: %1").arg(a.detail));
    WrappedCarrier::Far far{QHostAddress(c->host()), a.port, ConnectionPath::Relayed, viaOf(c),
                            r.carrier->expectedPeer()};
    if (const auto seen = wire::decodeEndpoint(a.peer)) {
        far.host = seen->host;  // where the relay sees the peer
        far.port = seen->port;
    }
    r.carrier->setFar(far);
    r.carrier->setHeader(circuit::header(a.token));
    r.carrier->attach(m_swarm.dialCarrier(c->host(), a.port, r.carrier));
}

void CircuitDialer::onIncoming(Connection *c, const wire::CircuitIncoming &in)
{
    if (!m_accepting || !m_accepting(c) || m_inboundPending >= kMaxInboundPending) {
        ++m_refused;
        emit rejected(QStringLiteral("circuit-incoming-unexpected"));
        return;
    }
    WrappedCarrier::Far far{QHostAddress(c->host()), 0, ConnectionPath::Relayed, viaOf(c), PeerId::fromBytes(in.from)};
    if (const auto seen = wire::decodeEndpoint(in.seen)) {
        far.host = seen->host;
        far.port = seen->port;
    }
    auto *carrier = new WrappedCarrier(nullptr, far, this);
    carrier->setHeader(circuit::header(in.token));
    ++m_inboundPending;
    connect(carrier, &Carrier::opened, this, [this, carrier] {
        --m_inboundPending;
        carrier->disconnect(this);
        emit incoming(carrier);
    });
    connect(carrier, &Carrier::failed, this, [this, carrier] {
        --m_inboundPending;
        carrier->disconnect(this);
        carrier->deleteLater();
    });
    carrier->attach(m_swarm.dialCarrier(c->host(), in.port, carrier));
}

}  // namespace swarmscope
