#include "circuit/circuit_relay.h"

#include "circuit/circuit_demux.h"
#include "circuit/circuit_splice.h"
#include "core/random.h"
#include "swarm/swarm.h"
#include "transport/carrier.h"

#include <QSet>

namespace swarmscope {

CircuitRelay::CircuitRelay(Swarm &swarm, CircuitDemuxFactory *demux, Clock &clock, Random &random, CircuitLimits limits,
                           QObject *parent)
    : QObject(parent)
    , m_swarm(swarm)
    , m_demux(demux)
    , m_clock(clock)
    , m_random(random)
    , m_limits(limits)
{
    connect(&swarm, &Swarm::messageReceived, this, &CircuitRelay::onMessage);
    connect(&swarm, &Swarm::peerTopicsChanged, this,
            [this](Connection *c, const QList<QByteArray> &added, const QList<QByteArray> &) { onTopics(c, added); });
    connect(&swarm, &Swarm::connectionClosed, this,
            [this](quint64 id, const PeerId &peer, const QList<QByteArray> &) { onClosed(id, peer); });
    if (demux)
        connect(demux, &CircuitDemuxFactory::circuitArrived, this, &CircuitRelay::onHalf);
}

CircuitRelay::~CircuitRelay()
{
    for (const Pending &p : std::as_const(m_pending))
        m_clock.cancel(p.timer);
}

CircuitRelay::Counts CircuitRelay::counts() const
{
    Counts c;
    c.reservations = int(m_reservations.size());
    c.circuits = int(m_active.size());
    c.pending = int(m_pending.size());
    c.opened = m_opened;
    c.refused = m_refused;
    c.bytes = m_closedBytes;
    for (const Active &a : m_active)
        if (a.splice)
            c.bytes += a.splice->bytesAtoB() + a.splice->bytesBtoA();
    return c;
}

QList<QByteArray> CircuitRelay::rendezvousTopics() const
{
    QList<QByteArray> out;
    QSet<QByteArray> seen;
    for (auto it = m_reservations.cbegin(); it != m_reservations.cend(); ++it)
        if (Connection *c = m_swarm.connection(it->connection))
            for (const QByteArray &t : c->hello().topics)
                if (!seen.contains(t)) {
                    seen.insert(t);
                    out.append(t);
                }
    return out;
}

void CircuitRelay::onMessage(Connection *c, const wire::Message &m)
{
    if (std::holds_alternative<wire::Reserve>(m))
        return onReserve(c);
    if (const auto *req = std::get_if<wire::CircuitRequest>(&m))
        return onRequest(c, *req);
}

Connection *CircuitRelay::holder(const PeerId &peer) const
{
    const auto it = m_reservations.constFind(peer);
    if (it == m_reservations.cend() || it->expiresMs <= m_clock.monotonicMs())
        return nullptr;
    Connection *c = m_swarm.connection(it->connection);
    return c && c->state() == Connection::State::Open ? c : nullptr;
}

void CircuitRelay::onReserve(Connection *c)
{
    const PeerId peer = c->remoteId();
    QString refusal;
    if (!m_demux)
        refusal = QStringLiteral("not-a-relay: this node does not relay (--relay)");
    else if (c->path() != ConnectionPath::Direct)
        refusal = QStringLiteral("chain: a reservation must come over a direct connection");
    else if (!m_reservations.contains(peer) && m_reservations.size() >= m_limits.maxReservations)
        refusal = QStringLiteral("reservations-full: %1 peers hold a slot").arg(m_limits.maxReservations);
    if (!refusal.isEmpty()) {
        ++m_refused;
        c->send(wire::Reserved{false, refusal, 0});
        emit rejected(refusal.section(QLatin1Char(':'), 0, 0));
        emitEvent(CircuitServed{CircuitStep::Refused, peer, {}, refusal, 0});
        return;
    }
    const bool fresh = !m_reservations.contains(peer);
    m_reservations.insert(peer, {c->id(), m_clock.monotonicMs() + m_limits.reservationTtlMs});
    c->send(wire::Reserved{true, {}, m_limits.reservationTtlMs});
    if (!fresh)
        return;  // a renewal
    emitEvent(CircuitServed{CircuitStep::Reserved, peer, {}, {}, 0});
    // Everyone here who shares a room with the new holder learns it is reachable through us.
    for (const QByteArray &topic : c->hello().topics)
        for (Connection *other : m_swarm.openConnections())
            if (other != c && other->hello().topics.contains(topic))
                sendHolders(other, topic, {peer});
    emit rendezvousChanged();
}

void CircuitRelay::onTopics(Connection *c, const QList<QByteArray> &added)
{
    for (const QByteArray &topic : added) {
        QList<PeerId> holders;
        for (auto it = m_reservations.cbegin(); it != m_reservations.cend(); ++it) {
            Connection *h = holder(it.key());
            if (h && h != c && h->hello().topics.contains(topic))
                holders.append(it.key());
        }
        sendHolders(c, topic, holders);
    }
    if (m_reservations.contains(c->remoteId()) && !added.isEmpty()) {
        for (const QByteArray &topic : added)
            for (Connection *other : m_swarm.openConnections())
                if (other != c && other->hello().topics.contains(topic))
                    sendHolders(other, topic, {c->remoteId()});
        emit rendezvousChanged();
    }
}

void CircuitRelay::sendHolders(Connection *to, const QByteArray &topic, const QList<PeerId> &holders)
{
    if (holders.isEmpty() || to->path() != ConnectionPath::Direct)
        return;
    wire::Peers msg;
    msg.topic = topic;
    for (const PeerId &h : holders) {
        // "0.0.0.0" is the sender: the receiver dials us where it reaches us.
        msg.peers.append({QStringLiteral("0.0.0.0"), m_swarm.advertisedPort(), h.toBytes()});
        if (msg.peers.size() >= wire::kMaxPeersPerExchange)
            break;
    }
    to->send(msg);
}

void CircuitRelay::onClosed(quint64 connectionId, const PeerId &peer)
{
    const auto it = m_reservations.find(peer);
    if (it == m_reservations.end() || it->connection != connectionId)
        return;
    m_reservations.erase(it);
    emitEvent(CircuitServed{CircuitStep::Released, peer, {}, QStringLiteral("connection closed"), 0});
    emit rendezvousChanged();
}

int CircuitRelay::circuitsOf(const PeerId &peer) const
{
    int n = 0;
    for (const Pending &p : m_pending)
        n += p.from == peer || p.to == peer;
    for (const Active &a : m_active)
        n += a.from == peer || a.to == peer;
    return n;
}

void CircuitRelay::refuse(Connection *c, const QByteArray &nonce, const PeerId &to, const QString &reason)
{
    ++m_refused;
    c->send(wire::CircuitAnswer{nonce, false, reason, {}, 0, {}});
    emit rejected(reason.section(QLatin1Char(':'), 0, 0));
    emitEvent(CircuitServed{CircuitStep::Refused, c->remoteId(), to, reason, 0});
}

void CircuitRelay::onRequest(Connection *c, const wire::CircuitRequest &req)
{
    const PeerId from = c->remoteId();
    const PeerId to = PeerId::fromBytes(req.target);
    if (!m_demux)
        return refuse(c, req.nonce, to, QStringLiteral("not-a-relay: this node does not relay (--relay)"));
    if (to == from)
        return refuse(c, req.nonce, to, QStringLiteral("loop: a circuit back to its own requester"));
    if (c->path() != ConnectionPath::Direct)
        return refuse(c, req.nonce, to, QStringLiteral("chain: the request came through another relay"));
    Connection *target = holder(to);
    if (!target)
        return refuse(c, req.nonce, to, QStringLiteral("no-reservation: the peer holds no slot here"));
    if (m_pending.size() + m_active.size() >= m_limits.maxCircuits)
        return refuse(c, req.nonce, to, QStringLiteral("circuits-full: %1 circuits at once").arg(m_limits.maxCircuits));
    if (circuitsOf(from) >= m_limits.maxCircuitsPerPeer || circuitsOf(to) >= m_limits.maxCircuitsPerPeer)
        return refuse(c, req.nonce, to,
                      QStringLiteral("peer-circuits-full: %1 circuits per peer").arg(m_limits.maxCircuitsPerPeer));

    const quint64 id = m_nextId++;
    Pending p;
    p.from = from;
    p.to = to;
    p.tokenFrom = m_random.bytes(wire::kCircuitTokenBytes);
    p.tokenTo = m_random.bytes(wire::kCircuitTokenBytes);
    p.timer = m_clock.schedule(m_limits.pairTimeoutMs, [this, id] {
        dropPending(id, QStringLiteral("timeout: both ends did not dial in within %1 ms").arg(m_limits.pairTimeoutMs));
    });
    m_byToken.insert(p.tokenFrom, id);
    m_byToken.insert(p.tokenTo, id);
    const quint16 port = m_swarm.advertisedPort();
    target->send(wire::CircuitIncoming{p.tokenTo, port, from.toBytes(),
                                       wire::encodeEndpoint(QHostAddress(c->host()), c->port())});
    c->send(wire::CircuitAnswer{
        req.nonce, true, {}, p.tokenFrom, port, wire::encodeEndpoint(QHostAddress(target->host()), target->port())});
    m_pending.insert(id, p);
}

void CircuitRelay::onHalf(Carrier *carrier, const QByteArray &token, const QByteArray &rest)
{
    const quint64 id = m_byToken.take(token);
    auto it = m_pending.find(id);
    if (!id || it == m_pending.end()) {
        ++m_refused;
        emit rejected(QStringLiteral("unknown-token"));
        carrier->abort();
        carrier->deleteLater();
        return;
    }
    Half &half = token == it->tokenFrom ? it->halfFrom : it->halfTo;
    carrier->setParent(this);
    half.carrier = carrier;
    half.first = rest;
    // Until both are here, the first end's bytes wait in its socket (bounded by the read buffer).
    carrier->setReadBufferSize(CircuitSplice::kHighWater);
    connect(carrier, &Carrier::closed, this,
            [this, id] { dropPending(id, QStringLiteral("one end left before pairing")); });
    if (it->halfFrom.carrier && it->halfTo.carrier)
        splice(id);
}

void CircuitRelay::splice(quint64 id)
{
    Pending p = m_pending.take(id);
    m_clock.cancel(p.timer);
    for (Carrier *c : {p.halfFrom.carrier.data(), p.halfTo.carrier.data()})
        c->disconnect(this);
    auto *s = new CircuitSplice(m_clock, p.halfFrom.carrier, p.halfTo.carrier, p.halfFrom.first, p.halfTo.first,
                                m_limits.maxBytesPerCircuit, this);
    m_active.insert(id, {p.from, p.to, s});
    ++m_opened;
    emitEvent(CircuitServed{CircuitStep::Opened, p.from, p.to, {}, 0});
    connect(s, &CircuitSplice::finished, this, [this, id, s](const QString &reason) {
        const Active a = m_active.take(id);
        const qint64 bytes = s->bytesAtoB() + s->bytesBtoA();
        m_closedBytes += bytes;
        emitEvent(CircuitServed{CircuitStep::Closed, a.from, a.to, reason, bytes});
    });
}

void CircuitRelay::dropPending(quint64 id, const QString &reason)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending p = m_pending.take(id);
    m_clock.cancel(p.timer);
    m_byToken.remove(p.tokenFrom);
    m_byToken.remove(p.tokenTo);
    for (Carrier *c : {p.halfFrom.carrier.data(), p.halfTo.carrier.data()}) {
        if (!c)
            continue;
        c->disconnect(this);
        c->abort();
        c->deleteLater();
    }
    ++m_refused;
    emitEvent(CircuitServed{CircuitStep::Refused, p.from, p.to, reason, 0});
}

void CircuitRelay::emitEvent(EventPayload payload)
{
    emit event(Event{m_clock.wallMs(), std::move(payload)});
}

}  // namespace swarmscope
