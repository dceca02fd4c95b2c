#include "circuit/hole_puncher.h"

#include "circuit/wrapped_carrier.h"
#include "core/random.h"
#include "swarm/swarm.h"
#include "transport/tcp_carrier.h"

#include <QTcpSocket>

namespace swarmscope {

HolePuncher::HolePuncher(Swarm &swarm, Clock &clock, Random &random, PeerId self, bool enabled,
                         std::function<bool()> natAllows, QObject *parent)
    : QObject(parent)
    , m_swarm(swarm)
    , m_clock(clock)
    , m_random(random)
    , m_self(self)
    , m_natAllows(std::move(natAllows))
{
    m_summary.enabled = enabled;
    connect(&swarm, &Swarm::connectionOpened, this, &HolePuncher::onOpened);
    connect(&swarm, &Swarm::messageReceived, this, &HolePuncher::onMessage);
}

HolePuncher::~HolePuncher()
{
    for (const Clock::TimerId t : std::as_const(m_settling))
        m_clock.cancel(t);
    for (const Attempt &a : std::as_const(m_attempts)) {
        m_clock.cancel(a.timer);
        delete a.socket.data();
    }
}

void HolePuncher::onOpened(Connection *c)
{
    // One side starts, the same on both ends: the smaller key.
    const PeerId peer = c->remoteId();
    if (c->path() != ConnectionPath::Relayed || !(m_self < peer) || !mayPunch() || punching(peer)
        || m_settling.contains(peer))
        return;
    // Both ends may have dialled a circuit; once the pair settled on one, punch over that one.
    m_settling.insert(peer, m_clock.schedule(kSettleMs, [this, peer] {
        m_settling.remove(peer);
        Connection *current = m_swarm.connectionTo(peer);
        if (current && current->path() == ConnectionPath::Relayed && !punching(peer))
            offer(current, 1);
    }));
}

bool HolePuncher::punching(const PeerId &peer) const
{
    for (const Attempt &a : m_attempts)
        if (a.peer == peer)
            return true;
    // Two relayed streams to one peer (both dialled a circuit): one punch serves both.
    const Connection *current = m_swarm.connectionTo(peer);
    return current && current->path() != ConnectionPath::Relayed;
}

QTcpSocket *HolePuncher::bindSocket()
{
    // A fresh port of our own: a port-preserving NAT maps it to the same external port.
    auto *socket = new QTcpSocket;
    if (!socket->bind(QHostAddress::AnyIPv4, 0, QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint)) {
        delete socket;
        return nullptr;
    }
    return socket;
}

void HolePuncher::armTimeout(const QByteArray &nonce)
{
    Attempt &a = m_attempts[nonce];
    m_clock.cancel(a.timer);
    a.timer = m_clock.schedule(kTimeoutMs, [this, nonce] {
        m_attempts[nonce].timer = 0;
        const Attempt &late = m_attempts.value(nonce);
        fail(nonce,
             late.peerPort ? QStringLiteral("no connection within %1 ms").arg(kTimeoutMs)
                           : QStringLiteral("no answer within %1 ms").arg(kTimeoutMs));
    });
}

void HolePuncher::offer(Connection *c, int number)
{
    QTcpSocket *socket = bindSocket();
    if (!socket)
        return;
    const QByteArray nonce = m_random.bytes(wire::kMaxCircuitNonce);
    Attempt a;
    a.offerer = true;
    a.relayed = c->id();
    a.peer = c->remoteId();
    a.number = number;
    a.socket = socket;
    a.sentUs = m_clock.monotonicUs();
    m_attempts.insert(nonce, a);
    armTimeout(nonce);
    c->send(wire::HolePunch{nonce, wire::PunchPhase::Offer, socket->localPort(), {}});
}

void HolePuncher::onMessage(Connection *c, const wire::Message &m)
{
    const auto *h = std::get_if<wire::HolePunch>(&m);
    if (!h)
        return;
    if (h->phase == wire::PunchPhase::Offer)
        return onOffer(c, *h);
    const auto it = m_attempts.constFind(h->nonce);
    if (it == m_attempts.cend() || it->relayed != c->id()) {
        emit rejected(QStringLiteral("hole-punch-unknown"));  // out of order, or not ours
        return;
    }
    switch (h->phase) {
    case wire::PunchPhase::Answer:
        return it->offerer ? onAnswer(c, *h) : void(emit rejected(QStringLiteral("hole-punch-unknown")));
    case wire::PunchPhase::Go:
        return it->offerer ? void(emit rejected(QStringLiteral("hole-punch-unknown"))) : onGo(c, *h);
    case wire::PunchPhase::Refuse: return fail(h->nonce, QStringLiteral("the peer declined: %1").arg(h->detail), false);
    case wire::PunchPhase::Offer: break;
    }
}

void HolePuncher::onOffer(Connection *c, const wire::HolePunch &h)
{
    if (c->path() != ConnectionPath::Relayed || !(c->remoteId() < m_self) || h.port == 0 || h.nonce.isEmpty()
        || m_attempts.contains(h.nonce)) {
        emit rejected(QStringLiteral("hole-punch-unexpected"));  // only the smaller key offers, over a circuit
        return;
    }
    QTcpSocket *socket = mayPunch() ? bindSocket() : nullptr;
    if (!socket) {
        c->send(wire::HolePunch{h.nonce, wire::PunchPhase::Refuse, 0,
                                QStringLiteral("our NAT changes ports per destination")});
        return;
    }
    Attempt a;
    a.relayed = c->id();
    a.peer = c->remoteId();
    a.socket = socket;
    a.peerPort = h.port;
    m_attempts.insert(h.nonce, a);
    armTimeout(h.nonce);
    c->send(wire::HolePunch{h.nonce, wire::PunchPhase::Answer, socket->localPort(), {}});
}

void HolePuncher::onAnswer(Connection *c, const wire::HolePunch &h)
{
    Attempt &a = m_attempts[h.nonce];
    if (h.port == 0 || a.peerPort)
        return fail(h.nonce, QStringLiteral("a malformed answer"), false);
    a.peerPort = h.port;
    a.rttMs = qMax<qint64>(0, (m_clock.monotonicUs() - a.sentUs) / 1000);
    c->send(wire::HolePunch{h.nonce, wire::PunchPhase::Go, 0, {}});
    // The go reaches the other side half a round trip from now: both SYNs leave together.
    const QByteArray nonce = h.nonce;
    if (a.rttMs / 2 <= 0)
        return dial(nonce);
    m_clock.cancel(a.timer);
    a.timer = m_clock.schedule(a.rttMs / 2, [this, nonce] {
        m_attempts[nonce].timer = 0;
        armTimeout(nonce);
        dial(nonce);
    });
}

void HolePuncher::onGo(Connection *, const wire::HolePunch &h)
{
    dial(h.nonce);
}

void HolePuncher::dial(const QByteArray &nonce)
{
    Attempt &a = m_attempts[nonce];
    Connection *relayed = m_swarm.connection(a.relayed);
    if (!relayed || !a.socket)
        return fail(nonce, QStringLiteral("the relayed connection is gone"), false);
    // The far end's external address is where the relay sees it; its port, the one it announced.
    const QString host = relayed->host();
    connect(a.socket, &QTcpSocket::connected, this, [this, nonce] { onConnected(nonce); });
    const QString target = HostPort{host, a.peerPort}.toString();
    connect(a.socket, &QTcpSocket::errorOccurred, this, [this, nonce, target](QAbstractSocket::SocketError) {
        const Attempt &failed = m_attempts.value(nonce);
        fail(nonce, QStringLiteral("%1: %2").arg(target, failed.socket ? failed.socket->errorString() : QString()));
    });
    a.socket->connectToHost(host, a.peerPort);
}

void HolePuncher::onConnected(const QByteArray &nonce)
{
    Attempt a = m_attempts.take(nonce);
    m_clock.cancel(a.timer);
    if (!a.socket)
        return;
    a.socket->disconnect(this);
    const QHostAddress host = a.socket->peerAddress();
    const quint16 port = a.socket->peerPort();
    auto *tcp = new TcpCarrier(a.socket, &m_flusher);
    auto *carrier = new WrappedCarrier(tcp, {host, port, ConnectionPath::HolePunched, {}, a.peer});
    ++m_summary.tried;
    ++m_summary.punched;
    emit event(Event{m_clock.wallMs(), HolePunchTried{a.peer, a.number, true, {}, a.rttMs}});
    // Both ends agree on the roles: the offerer speaks first.
    m_swarm.adoptPunched(carrier, a.offerer ? Direction::Outbound : Direction::Inbound);
}

void HolePuncher::fail(const QByteArray &nonce, const QString &detail, bool retry)
{
    if (!m_attempts.contains(nonce))
        return;
    Attempt a = m_attempts.take(nonce);
    m_clock.cancel(a.timer);
    if (a.socket) {
        a.socket->abort();
        a.socket->deleteLater();
    }
    const Connection *current = m_swarm.connectionTo(a.peer);
    if (current && current->path() != ConnectionPath::Relayed)
        return;  // another attempt already moved the peer onto a direct stream
    ++m_summary.tried;
    m_summary.lastFailure = detail;
    emit event(Event{m_clock.wallMs(), HolePunchTried{a.peer, a.number, false, detail, a.rttMs}});
    Connection *relayed = m_swarm.connectionTo(a.peer);  // the relayed stream the pair keeps now
    if (retry && a.offerer && a.number < kAttempts && relayed && relayed->path() == ConnectionPath::Relayed
        && relayed->state() == Connection::State::Open)
        offer(relayed, a.number + 1);
}

}  // namespace swarmscope
