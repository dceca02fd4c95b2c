#include "dswarm_swarm.h"

#include "dswarm/dswarm_connection.h"
#include "swarm/host_kind.h"
#include "transport/carrier.h"

#include <QCryptographicHash>
#include <QNetworkInterface>

#include <memory>

namespace swarmscope {

QString DswarmSwarm::Peer::key() const
{
    return host + QLatin1Char(':') + QString::number(port) + QLatin1Char('@');
}

DswarmSwarm::DswarmSwarm(QString name, QByteArray ownId, Clock &clock, const DswarmOptions &options,
                         CarrierFactory *factory, IdAllocator nextId, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_infohash(infohashOf(m_name))
    , m_ownId(std::move(ownId))
    , m_ownIdHex(QString::fromLatin1(m_ownId.toHex()))
    , m_clock(clock)
    , m_options(options)
    , m_factory(factory)
    , m_nextId(std::move(nextId))
    , m_events(clock, m_name, m_ownId)
{
    m_factory->setParent(this);
    connect(m_factory, &CarrierFactory::incoming, this, &DswarmSwarm::onInbound);
}

DswarmSwarm::~DswarmSwarm()
{
    stop();
}

QByteArray DswarmSwarm::infohashOf(const QString &name)
{
    // discovery-channel: sha1(id) where id is the name's bytes (toBuffer of a string is UTF-8).
    return QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
}

Status DswarmSwarm::listen(const QHostAddress &host, quint16 port)
{
    if (Status st = m_factory->listen(host, port); !st.ok())
        return st;
    post(m_events.listening(Transport::Tcp, {host.toString(), this->port()}));
    return {};
}

quint16 DswarmSwarm::port() const
{
    return m_factory->listenPort();
}

void DswarmSwarm::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    for (const Clock::TimerId id : std::as_const(m_timers))
        m_clock.cancel(id);
    m_timers.clear();
    m_factory->stopListening();
    for (DswarmConnection *c : m_connections.values())
        c->close();
    m_queue.clear();
}

bool DswarmSwarm::whitelisted(const QString &host) const
{
    return m_options.whitelist.isEmpty() || m_options.whitelist.contains(host);
}

bool DswarmSwarm::isOwnEndpoint(const QString &host, quint16 port) const
{
    if (port != this->port())
        return false;
    const QHostAddress a(host);
    return a.isLoopback() || a == QHostAddress::AnyIPv4 || QNetworkInterface::allAddresses().contains(a);
}

void DswarmSwarm::onDiscovered(const QString &host, quint16 port, PeerSource source)
{
    if (m_stopped || isOwnEndpoint(host, port))
        return;  // our own announcement coming back (discovery-swarm bans it via whoami)
    Peer peer{host, port, source, 0};
    if (!whitelisted(host)) {
        post(m_events.peerRejected(peer.endpoint(), DswarmRefusal::Whitelist));
        emit rejected(DswarmRefusal::Whitelist);
        return;
    }
    const QString key = peer.key();
    const QString shortKey = host + QLatin1Char(':') + QString::number(port);
    const auto seen = m_seen.contains(key) ? std::optional(m_seen.value(key))
        : m_seen.contains(shortKey)        ? std::optional(m_seen.value(shortKey))
                                           : std::nullopt;
    if (seen == Seen::Banned) {
        post(m_events.peerRejected(peer.endpoint(), DswarmRefusal::Banned));
        emit rejected(DswarmRefusal::Banned);
        return;
    }
    // discovery-swarm means "already connected to that endpoint"; it looks it up by id, which an
    // endpoint never matches. We keep what it means: queued, being dialled, or connected.
    const bool queuedNow = std::any_of(m_queue.cbegin(), m_queue.cend(), [&](const Peer &p) { return p.key() == key; });
    const QString idOfEndpoint = m_idOfEndpoint.value(key);
    const bool connectedNow = !idOfEndpoint.isEmpty() && m_byRemoteId.contains(idOfEndpoint);
    if (seen && (queuedNow || m_dialling.contains(key) || connectedNow)) {
        post(m_events.peerRejected(peer.endpoint(), DswarmRefusal::Duplicate));
        emit rejected(DswarmRefusal::Duplicate);
        return;
    }
    m_seen.insert(key, Seen::Seen);
    m_queue.append(peer);
    post(m_events.peer(peer.endpoint(), source));
    emit queueChanged();
    kick();
}

void DswarmSwarm::addPeer(const QString &host, quint16 port)
{
    onDiscovered(host, port, PeerSource::Manual);
}

void DswarmSwarm::kick()
{
    if (m_stopped || (m_options.maxConnections > 0 && m_totalConnections >= m_options.maxConnections))
        return;
    std::optional<Peer> next;
    while (!m_queue.isEmpty() && !next) {
        Peer p = m_queue.takeFirst();
        if (m_seen.value(p.key()) != Seen::Banned)
            next = p;
    }
    emit queueChanged();
    if (!next)
        return;
    const Peer peer = *next;
    ++m_totalConnections;
    m_dialling.insert(peer.key(), 0);
    post(m_events.connecting(peer.endpoint(), peer.retries));
    Carrier *carrier = m_factory->dial(peer.host, peer.port, this);
    // One outcome per dial: opened, failed, or the connect timeout (CONNECTION_TIMEOUT).
    auto settled = std::make_shared<bool>(false);
    auto timer = std::make_shared<Clock::TimerId>(0);
    const auto fail = [this, peer, carrier, settled, timer](bool timedOut) {
        if (*settled)
            return;
        *settled = true;
        m_clock.cancel(*timer);
        m_timers.removeOne(*timer);
        carrier->disconnect(this);
        carrier->abort();
        carrier->deleteLater();
        m_dialling.remove(peer.key());
        --m_totalConnections;
        post(m_events.connectFailed(peer.endpoint(), timedOut));
        emit rejected(DswarmRefusal::ConnectFailed);
        requeue(peer);
    };
    *timer = m_clock.schedule(m_options.connectTimeoutMs, [fail] { fail(true); });
    m_timers.append(*timer);
    connect(carrier, &Carrier::failed, this, [fail] { fail(false); });
    connect(carrier, &Carrier::closed, this, [fail] { fail(false); });
    connect(carrier, &Carrier::opened, this, [this, peer, carrier, settled, timer] {
        if (*settled)
            return;
        *settled = true;
        m_clock.cancel(*timer);
        m_timers.removeOne(*timer);
        carrier->disconnect(this);
        m_dialling.remove(peer.key());
        onConnection(carrier, Direction::Outbound, peer, peer.host, peer.port);
    });
}

void DswarmSwarm::requeue(Peer peer)
{
    if (m_stopped)
        return;
    const auto &waits = m_options.reconnectWaitMs;
    if (peer.retries >= waits.size()) {
        m_seen.remove(peer.key());  // _dropPeer: it may be discovered afresh
        post(m_events.drop(peer.endpoint(), peer.retries));
        emit queueChanged();
        return;
    }
    const int wait = waits.at(peer.retries++);
    auto id = std::make_shared<Clock::TimerId>(0);
    *id = m_clock.schedule(wait, [this, peer, id] {
        m_timers.removeOne(*id);
        m_queue.append(peer);
        kick();
    });
    m_timers.append(*id);
}

void DswarmSwarm::onInbound(Carrier *carrier)
{
    const QString host = plainHost(carrier->peerAddress());
    const quint16 port = carrier->peerPort();
    // discovery-swarm applies its whitelist and maxConnections to dials only (its issue #23);
    // we hold both for inbound connections too, so a limit set is a limit kept.
    const std::optional<DswarmRefusal> refusal = !whitelisted(host) ? std::optional(DswarmRefusal::Whitelist)
        : (m_options.maxConnections > 0 && m_totalConnections >= m_options.maxConnections)
        ? std::optional(DswarmRefusal::MaxConnections)
        : std::nullopt;
    if (m_stopped || refusal) {
        if (refusal) {
            post(m_events.peerRejected({host, port}, *refusal));
            emit rejected(*refusal);
        }
        carrier->abort();
        carrier->deleteLater();
        return;
    }
    ++m_totalConnections;
    onConnection(carrier, Direction::Inbound, std::nullopt, host, port);
}

void DswarmSwarm::onConnection(Carrier *carrier, Direction direction, const std::optional<Peer> &peer,
                               const QString &host, quint16 port)
{
    const DswarmEvents::Endpoint at{host, port};
    post(m_events.handshaking(at, direction));
    auto *c = new DswarmConnection(m_nextId(), carrier, direction, m_ownId, m_clock, m_options, host, port,
                                   peer ? peer->source : PeerSource::Inbound, this);
    c->setRooms({m_name});
    c->setTap(m_tap);
    m_connections.insert(c->id(), c);
    if (peer)
        m_peerOf.insert(c->id(), *peer);
    connect(c, &DswarmConnection::handshaked, this, [this, c] { onHandshake(c); });
    connect(c, &DswarmConnection::handshakeTimedOut, this, [this, at, direction] {
        post(m_events.handshakeTimeout(at, direction));
        emit rejected(DswarmRefusal::HandshakeTimeout);
    });
    connect(c, &DswarmConnection::handshakeFailed, this, [this, at](DswarmRefusal reason, const QString &detail) {
        post(m_events.rejected(at, reason, detail));
        emit rejected(reason);
    });
    connect(c, &DswarmConnection::rejected, this, [this, c, at](DswarmRefusal reason, const QString &detail) {
        emit rejected(reason);
        // A flood must not become a flood of events: report the 1st, 2nd, 4th, 8th ... of each.
        const quint64 n = ++m_rejectsOf[c->id()][int(reason)];
        if ((n & (n - 1)) == 0)
            post(m_events.rejected(at, reason, detail + QStringLiteral(" (%1 so far on this connection)").arg(n)));
    });
    connect(c, &DswarmConnection::lineReceived, this, [this, c](const QString &text) { emit lineReceived(c, text); });
    connect(c, &DswarmConnection::closed, this, [this, c] { onClosed(c); });
    emit peerAdded(c->snapshot());
    c->start();
}

void DswarmSwarm::onHandshake(DswarmConnection *c)
{
    const QString remoteHex = c->remoteIdHex();
    const bool initiator = c->direction() == Direction::Outbound;
    const DswarmEvents::Endpoint at{c->host(), c->port()};
    auto peer = m_peerOf.find(c->id());
    if (peer != m_peerOf.end())
        peer->retries = 0;
    if (remoteHex == m_ownIdHex) {  // index.js:407-414
        if (peer != m_peerOf.end())
            m_seen.insert(peer->key(), Seen::Banned);
        post(m_events.peerBanned(at, DswarmRefusal::DetectedSelf));
        emit rejected(DswarmRefusal::DetectedSelf);
        c->closeGracefully();
        return;
    }
    // Remembered even if this connection loses to an older one: a later discovery of the same
    // endpoint is then a duplicate, not another redundant dial.
    if (peer != m_peerOf.end())
        m_idOfEndpoint.insert(peer->key(), remoteHex);
    DswarmConnection *old = m_byRemoteId.value(remoteHex);
    if (old && m_options.keepExistingConnections) {  // index.js:420-424
        post(m_events.redundantConnection(at, c->remoteId(), c->direction()));
        emit rejected(DswarmRefusal::Redundant);
        c->closeGracefully();
        return;
    }
    if (old) {
        // index.js:426-439 (TCP only here): the dialler keeps its connection iff the remote id is
        // not below ours; so both sides keep the one opened by the peer with the smaller id.
        if ((initiator && remoteHex < m_ownIdHex) || (!initiator && remoteHex > m_ownIdHex)) {
            post(m_events.redundantConnection(at, c->remoteId(), c->direction()));
            emit rejected(DswarmRefusal::Redundant);
            c->closeGracefully();
            return;
        }
        post(m_events.redundantConnection({old->host(), old->port()}, old->remoteId(), old->direction()));
        emit rejected(DswarmRefusal::Redundant);
        m_byRemoteId.remove(remoteHex);  // so that closing it does not requeue
        old->closeGracefully();
    }
    m_byRemoteId.insert(remoteHex, c);
    m_open.append(c);
    post(m_events.connection(at, c->remoteId(), c->direction(), c->id()));
    emit peerUpdated(c->id());
    emit membersChanged();
}

void DswarmSwarm::onClosed(DswarmConnection *c)
{
    --m_totalConnections;
    const QString remoteHex = c->remoteIdHex();
    post(m_events.connectionClosed({c->host(), c->port()}, c->remoteId(), c->direction(), c->id()));
    m_open.removeOne(c);
    m_connections.remove(c->id());
    m_rejectsOf.remove(c->id());
    const std::optional<Peer> peer = m_peerOf.contains(c->id()) ? std::optional(m_peerOf.take(c->id())) : std::nullopt;
    emit peerRemoved(c->id());
    if (!remoteHex.isEmpty() && m_byRemoteId.value(remoteHex) == c) {
        m_byRemoteId.remove(remoteHex);
        emit membersChanged();
        if (peer)
            requeue(*peer);  // index.js:391-394: reconnect to a peer we had dialled
    }
    c->deleteLater();
    kick();
}

int DswarmSwarm::broadcastLine(const QByteArray &line)
{
    int sent = 0;
    for (DswarmConnection *c : std::as_const(m_open))
        sent += c->writeLine(line) ? 1 : 0;
    return sent;
}

QList<CandidateSnapshot> DswarmSwarm::queueSnapshot() const
{
    QList<CandidateSnapshot> out;
    const auto add = [&](const Peer &p, CandidateState state) {
        CandidateSnapshot s;
        s.host = p.host;
        s.port = p.port;
        s.source = p.source;
        s.state = state;
        s.retries = p.retries;
        s.local = isLocalHost(p.host);
        s.rooms = {RoomRef{RoomBackend::DiscoverySwarm, m_name}.key()};
        out.append(s);
    };
    for (const Peer &p : m_queue)
        add(p, CandidateState::Queued);
    for (auto it = m_peerOf.cbegin(); it != m_peerOf.cend(); ++it)
        if (const DswarmConnection *c = m_connections.value(it.key()))
            add(it.value(),
                c->state() == DswarmConnection::State::Open ? CandidateState::Connected : CandidateState::Handshaking);
    return out;
}

void DswarmSwarm::setTap(FrameTap *tap)
{
    m_tap = tap;
    for (DswarmConnection *c : std::as_const(m_connections))
        c->setTap(tap);
}

}  // namespace swarmscope
