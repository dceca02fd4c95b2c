#include "swarm/swarm.h"

#include "core/logging.h"
#include "events/event_json.h"
#include "swarm/duplicate_rule.h"
#include "swarm/host_kind.h"
#include "transport/carrier.h"

namespace swarmscope {

namespace {
PeerSource sourceOf(const QString &name)
{
    return peerSourceFromName(name).value_or(PeerSource::Manual);
}

}  // namespace

QString circuitHost(const PeerId &peer, const QString &relayHost)
{
    return QStringLiteral("circuit://%1@%2").arg(peer.toHex(), relayHost);
}

namespace {

Transport transportOf(const QString &scheme)
{
    return transportFromName(scheme).value_or(Transport::Tcp);
}

HostPort endpointOf(const Connection *c)
{
    return {c->host(), c->port()};
}

bool isProtocolViolation(ErrorCode code)
{
    switch (code) {
    case ErrorCode::HandshakeFailed:
    case ErrorCode::FrameTooLarge:
    case ErrorCode::DecryptFailed:
    case ErrorCode::MalformedMessage:
    case ErrorCode::BadSignature: return true;
    default: return false;
    }
}

}  // namespace

Swarm::Swarm(const KeyPair &keys, Clock &clock, CarrierFactory *factory, ConnectionLimits limits, SwarmOptions options,
             QString agent, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_clock(clock)
    , m_carriers(factory, this)
    , m_limits(limits)
    , m_options(std::move(options))
    , m_agent(std::move(agent))
    , m_queue(clock, m_options)
    , m_resources(m_options.resources, clock)
    , m_exchange(m_options, clock, keys.publicKey)
{
    connect(&m_carriers, &CarrierSet::incoming, this, &Swarm::onInbound);
    m_queue.onReady = [this] {
        kick();
        emit queueChanged();
    };
    m_queue.onDrop = [this](const Candidate &c) {
        emitEvent(CandidateDropped{{c.info.host, c.info.port}, sourceOf(c.info.source), c.retries});
    };
}

Swarm::~Swarm()
{
    // Connections are children; make sure none calls back into a half-destroyed swarm.
    // Those closed and waiting for deleteLater are children too.
    for (Connection *c : findChildren<Connection *>(Qt::FindDirectChildrenOnly)) {
        c->setObserver(nullptr);
        c->disconnect(this);
    }
    m_queue.onReady = nullptr;
    m_queue.onDrop = nullptr;
}

Status Swarm::listen(const QHostAddress &host, quint16 port)
{
    Status st = m_carriers.primary().listen(host, port);
    if (st.ok())
        emitEvent(Listening{host.toString(), m_carriers.primary().listenPort(), Transport::Tcp});
    return st;
}

quint16 Swarm::listenPort() const
{
    return m_carriers.primary().listenPort();
}

Carrier *Swarm::dialCarrier(const QString &host, quint16 port, QObject *parent)
{
    return m_carriers.primary().dial(host, port, parent);
}

Connection *Swarm::adoptPunched(Carrier *carrier, Direction direction)
{
    return adopt(carrier, direction, QStringLiteral("manual"));
}

void Swarm::addTransport(const QString &scheme, CarrierFactory *factory)
{
    m_carriers.add(scheme, factory);
}

Status Swarm::listenOn(const QString &scheme, const QHostAddress &host, quint16 port)
{
    CarrierFactory *factory = m_carriers.byScheme(scheme);
    if (!factory)
        return makeError(ErrorCode::Invalid, QStringLiteral("no %1 transport").arg(scheme));
    Status st = factory->listen(host, port);
    if (st.ok())
        emitEvent(Listening{host.toString(), factory->listenPort(), transportOf(scheme)});
    return st;
}

quint16 Swarm::transportPort(const QString &scheme) const
{
    CarrierFactory *f = m_carriers.byScheme(scheme);
    return f ? f->listenPort() : 0;
}

void Swarm::stop()
{
    m_stopping = true;
    m_carriers.stopListening();
    const auto all = m_connections.values();
    for (Connection *c : all)
        c->close(ErrorCode::Closed, QStringLiteral("shutting down"));
}

bool Swarm::isOwnEndpoint(const QString &host, quint16 port) const
{
    return port == listenPort() && QHostAddress(host).isLoopback();
}

bool Swarm::filtered(const PeerCandidateInfo &info, ErrorCode &why) const
{
    if (!m_options.whitelist.isEmpty() && !m_options.whitelist.contains(QHostAddress(info.host).toString())
        && !m_options.whitelist.contains(info.host)) {
        why = ErrorCode::NotWhitelisted;
        return true;
    }
    if (m_options.validatePeer && !m_options.validatePeer(info)) {
        why = ErrorCode::Invalid;
        return true;
    }
    return false;
}

void Swarm::rejectPeer(ErrorCode code, const QString &host, quint16 port, const QString &detail)
{
    emit rejected(code);
    emitEvent(PeerRefused{{host, port}, code, detail});
}

void Swarm::closeOnPurpose(Connection *c, ErrorCode code, const QString &detail)
{
    m_closingOnPurpose.insert(c->id());
    c->close(code, detail);
}

void Swarm::addPeer(const PeerCandidateInfo &given)
{
    if (m_stopping || given.port == 0 || isOwnEndpoint(given.host, given.port))
        return;
    PeerCandidateInfo info = given;
    info.local = isLocalHost(info.host);
    if (!info.topic.isEmpty()) {
        auto t = m_topics.constFind(info.topic);
        if (t == m_topics.constEnd() || !t->options.lookup)
            return;  // not looking for peers of this topic
    }
    if (Candidate *known = m_queue.find(PeerQueue::keyOf(info.host, info.port))) {
        if (known->state == CandidateState::Banned)
            rejectPeer(ErrorCode::Banned, info.host, info.port);
        return;  // already queued, connecting, connected or waiting for a retry
    }
    ErrorCode why = ErrorCode::Ok;
    if (filtered(info, why)) {
        rejectPeer(why, info.host, info.port);
        return;
    }
    m_queue.add(info, false);
    emitEvent(
        PeerDiscovered{{info.host, info.port}, sourceOf(info.source), info.referrer, TopicId{info.topic}, info.local});
    emit queueChanged();
    kick();
}

void Swarm::dial(const QString &host, quint16 port, const QString &source)
{
    if (m_stopping || port == 0)
        return;
    PeerCandidateInfo info{host, port, source, QString(), QByteArray(), isLocalHost(host)};
    auto [c, fresh] = m_queue.add(info, true);
    if (!fresh && c->state == CandidateState::Banned)
        return rejectPeer(ErrorCode::Banned, host, port);
    if (c->state == CandidateState::Waiting || c->state == CandidateState::Dropped)
        c->state = CandidateState::Queued;  // a person asked for it now
    emit queueChanged();
    kick();
}

bool Swarm::hasEndpoint(const QString &host, quint16 port) const
{
    auto *self = const_cast<Swarm *>(this);
    const Candidate *c = self->m_queue.find(PeerQueue::keyOf(host, port));
    return c && (c->state == CandidateState::Connecting || c->state == CandidateState::Connected);
}

bool Swarm::connectToPeer(const PeerId &id)
{
    if (connectionTo(id))
        return true;
    if (Candidate *c = m_queue.findById(id)) {
        dial(c->info.host, c->info.port);
        return true;
    }
    return false;
}

void Swarm::kick()
{
    if (m_stopping)
        return;
    int dialing = m_census.dialsUnderWay();
    while (dialing < m_options.maxParallelDials && m_census.holdingSlots() < m_options.maxPeers
           && m_census.holdingSlots(Direction::Outbound) < m_options.maxClientSockets) {
        Candidate *c = m_queue.next();
        if (!c)
            break;
        startDial(*c);
        ++dialing;
    }
    checkFlush();
}

void Swarm::startDial(Candidate &cand)
{
    emitEvent(Connecting{{cand.info.host, cand.info.port}, sourceOf(cand.info.source), cand.retries});
    const QString key = cand.key;
    const CarrierSet::Route route = m_carriers.route(cand.info.host);
    if (!route.factory) {
        emitEvent(ConnectFailed{{cand.info.host, cand.info.port}, QStringLiteral("no such transport")});
        m_queue.markFailed(cand);
        return;
    }
    Carrier *carrier = route.factory->dial(route.host, cand.info.port, this);
    // adopt() may call back synchronously; keep only the key across it.
    Connection *c = adopt(carrier, Direction::Outbound, cand.info.source);
    if (Candidate *again = m_queue.find(key)) {
        m_queue.markConnecting(*again, c->id());
        m_candidateOf.insert(c->id(), key);
    }
    emit queueChanged();
}

void Swarm::onInbound(Carrier *carrier)
{
    const QString host = carrier->peerAddress().toString();
    const quint16 port = carrier->peerPort();
    ErrorCode why = ErrorCode::Ok;
    QString detail;
    PeerCandidateInfo info{host, port, QStringLiteral("inbound"), QString(), QByteArray(), isLocalHost(host)};
    if (m_stopping) {
        why = ErrorCode::Closed;
    } else if (!m_options.whitelist.isEmpty() && filtered(info, why)) {
        // whitelist or validatePeer said no
    } else if (m_census.holdingSlots(Direction::Inbound) >= m_options.maxServerSockets) {
        why = ErrorCode::LimitReached;
        detail = QStringLiteral("maxServerSockets %1 reached").arg(m_options.maxServerSockets);
    } else if (m_census.holdingSlots() >= m_options.maxPeers) {
        why = ErrorCode::LimitReached;
        detail = QStringLiteral("maxPeers %1 reached").arg(m_options.maxPeers);
    } else {
        const ResourceManager::Admission admission = m_resources.admitInbound(
            host, m_census.inboundFrom(host), m_options.maxInboundPerIp, m_census.pendingInbound());
        if (admission.refusal) {
            why = ErrorCode::LimitReached;
            detail = *admission.refusal == ResourceManager::Refusal::ConnectionsPerIp
                ? QStringLiteral("more than %1 connections from %2").arg(m_options.maxInboundPerIp).arg(host)
                : QStringLiteral("more than %1 new handshakes per second from %2")
                      .arg(m_options.resources.handshakesPerIpPerSecond)
                      .arg(host);
        } else if (admission.evict) {
            if (Connection *old = m_connections.value(*admission.evict)) {
                rejectPeer(ErrorCode::LimitReached, old->host(), old->port(),
                           QStringLiteral("%1 handshakes pending: the oldest of the busiest address makes room")
                               .arg(m_options.resources.maxPendingHandshakes));
                old->close(ErrorCode::LimitReached, QStringLiteral("handshake budget full"));
            }
        }
    }
    if (why != ErrorCode::Ok) {
        // Refused before any handshake work: the limits hold however fast they come.
        carrier->abort();
        carrier->deleteLater();
        if (why != ErrorCode::Closed)
            rejectPeer(why, host, port, detail);
        return;
    }
    adopt(carrier, Direction::Inbound, QStringLiteral("inbound"));
}

Connection *Swarm::adopt(Carrier *carrier, Direction direction, const QString &source)
{
    auto *c = new Connection(m_nextId++, carrier, direction, m_keys, m_clock, m_limits, source, this);
    c->setTap(m_tap);
    c->setQueueGuard([this](qint64 queued) { return m_resources.overQueued(queued); });
    m_connections.insert(c->id(), c);
    c->setObserver(this);
    emit peerAdded(snapshot(c));
    c->start();
    return c;
}

void Swarm::onConnectionHandshaking(Connection *c)
{
    emitEvent(Handshaking{endpointOf(c), c->direction()});
    emit peerUpdated(c->id());
}

void Swarm::onConnectionRejected(Connection *c, ErrorCode code, const QString &detail)
{
    emit rejected(code);
    emitEvent(Rejected{RejectSource::Connection, code, {}, detail, c->remoteId(), endpointOf(c), {}, {}, {}, {}});
}

Candidate *Swarm::candidateOf(const Connection *c)
{
    auto it = m_candidateOf.constFind(c->id());
    return it == m_candidateOf.constEnd() ? nullptr : m_queue.find(*it);
}

void Swarm::onEstablished(Connection *c)
{
    const PeerId remote = c->remoteId();
    if (remote == m_keys.publicKey) {
        // Our own dial that came back to us, or another node running with our identity (a copied
        // profile): either way that endpoint is never dialled again, so neither flaps.
        Connection *loop = otherEndOfOwnLoop(c);
        for (Connection *end : {c, loop}) {
            if (Candidate *cand = end ? candidateOf(end) : nullptr) {
                m_queue.ban(*cand, false);
                m_candidateOf.remove(end->id());
            }
        }
        const Connection *dialled = loop && loop->direction() == Direction::Outbound ? loop : c;
        emitEvent(PeerBanned{BanReason::Self, {}, endpointOf(dialled), false});
        if (!loop) {
            qCWarning(lcSwarm) << "another node uses this identity, at" << c->host() << c->port();
            emitEvent(IdentityConflict{endpointOf(c), c->direction()});
        }
        closeOnPurpose(c, ErrorCode::Self,
                       loop ? QStringLiteral("connected to ourselves")
                            : QStringLiteral("another node uses this identity"));
        if (loop)
            closeOnPurpose(loop, ErrorCode::Self, QStringLiteral("connected to ourselves"));
        return;
    }
    if (!c->expectedPeer().isNull() && remote != c->expectedPeer()) {
        // A circuit was asked for one peer and another answered: the relay cannot forge a key,
        // but it could put a third peer on the line.
        closeOnPurpose(c, ErrorCode::HandshakeFailed,
                       QStringLiteral("the circuit reached %1, not the peer asked for").arg(c->remoteAddress()));
        return;
    }
    if (m_banned.contains(remote)) {
        rejectPeer(ErrorCode::Banned, c->host(), c->port(), c->remoteAddress());
        closeOnPurpose(c, ErrorCode::Banned, QStringLiteral("banned"));
        return;
    }
    // An inbound handshake held no peer slot: now that it is proven, it needs one.
    const bool peersFull = m_census.holdingSlots() >= m_options.maxPeers;
    if (c->direction() == Direction::Inbound && !m_byPeer.contains(remote)
        && (peersFull || m_census.holdingSlots(Direction::Inbound) >= m_options.maxServerSockets)) {
        rejectPeer(ErrorCode::LimitReached, c->host(), c->port(),
                   peersFull ? QStringLiteral("maxPeers %1 reached").arg(m_options.maxPeers)
                             : QStringLiteral("maxServerSockets %1 reached").arg(m_options.maxServerSockets));
        closeOnPurpose(c, ErrorCode::LimitReached, QStringLiteral("full"));
        return;
    }

    if (Connection *existing = m_connections.value(m_byPeer.value(remote)); existing && existing != c) {
        const bool keepNew = keepFreshStream(*c, *existing, m_keys.publicKey, m_options.keepExistingConnections);
        const bool upgraded = existing->path() == ConnectionPath::Relayed && c->path() != ConnectionPath::Relayed;
        Connection *loser = keepNew ? existing : c;
        Connection *winner = keepNew ? c : existing;
        emitEvent(RedundantConnection{loser->remoteId(), endpointOf(loser), loser->direction()});
        // The queue entry of the loser now rides on the winner.
        if (Candidate *cand = candidateOf(loser)) {
            m_queue.markConnected(*cand, remote, winner->id());
            m_candidateOf.insert(winner->id(), cand->key);
            m_candidateOf.remove(loser->id());
        }
        m_closingOnPurpose.insert(loser->id());
        if (keepNew) {
            m_byPeer.insert(remote, c->id());
            c->inheritTopics(existing->routedTopics());  // its own, or what it inherited in turn
            if (upgraded)
                emitEvent(PathUpgraded{remote, ConnectionId{c->id()}, existing->path(), c->path(), endpointOf(c)});
        }
        loser->retire(ErrorCode::Redundant, QStringLiteral("another connection to this peer is kept"));
        if (!keepNew)
            return;
    }
    m_byPeer.insert(remote, c->id());
    if (Candidate *cand = candidateOf(c))
        m_queue.markConnected(*cand, remote, c->id());
    emit attemptFinished(c->host(), c->port(), remote, true, c->source());
    m_announced.insert(c->id());
    emitEvent(ConnectionOpened{ConnectionId{c->id()}, remote, endpointOf(c), c->direction(), sourceOf(c->source()),
                               c->transport(), isLocalHost(c->host()), c->path(), c->via()});
    // Tell the peer where its connection comes from as we see it (its external address).
    const QByteArray observed = wire::encodeEndpoint(QHostAddress(c->host()), c->port());
    c->send(ownHello(announcedTopics(), observed));
    emit peerUpdated(c->id());
    emit queueChanged();
    kick();
}

void Swarm::onMessage(Connection *c, const wire::Message &m)
{
    if (m_byPeer.value(c->remoteId()) != c->id()) {
        // The loser of a redundant pair: what the peer wrote on it before it heard our bye is
        // still its word (room messages are deduplicated by id). The session's own bookkeeping
        // (hello, topics, peer exchange) follows the connection we keep.
        const bool control = std::holds_alternative<wire::Hello>(m) || std::holds_alternative<wire::Join>(m)
            || std::holds_alternative<wire::Leave>(m) || std::holds_alternative<wire::Peers>(m);
        if (c->isRetiring() && !control && (!std::holds_alternative<wire::RoomMessage>(m) || admitRoomMessage(c)))
            emit messageReceived(c, m);
        return;
    }
    if (const auto *hello = std::get_if<wire::Hello>(&m))
        return onHello(c, *hello);
    if (const auto *join = std::get_if<wire::Join>(&m)) {
        if (!c->remoteTopics().contains(join->topic) && c->remoteTopics().size() < wire::kMaxTopicsPerHello) {
            c->remoteTopics().append(join->topic);
            emit peerTopicsChanged(c, {join->topic}, {});
            sendPeers(c, join->topic);
        }
        return;
    }
    if (const auto *leave = std::get_if<wire::Leave>(&m)) {
        if (c->remoteTopics().removeAll(leave->topic) > 0)
            emit peerTopicsChanged(c, {}, {leave->topic});
        return;
    }
    if (const auto *peers = std::get_if<wire::Peers>(&m))
        return onPeers(c, *peers);
    if (std::holds_alternative<wire::RoomMessage>(m) && !admitRoomMessage(c))
        return;
    emit messageReceived(c, m);
}

bool Swarm::admitRoomMessage(Connection *c)
{
    bool report = false;
    if (m_resources.admitRoomMessage(c->id(), &report))
        return true;
    emit rejected(ErrorCode::LimitReached);
    if (report)
        emitEvent(Rejected{RejectSource::Connection,
                           ErrorCode::LimitReached,
                           {},
                           QStringLiteral("%1: more than %2 room messages a second, the excess is dropped")
                               .arg(ResourceManager::name(ResourceManager::Refusal::RoomMessageRate))
                               .arg(m_resources.limits().roomMessagesPerPeerPerSecond),
                           c->remoteId(),
                           endpointOf(c),
                           {},
                           {},
                           {},
                           {}});
    return false;
}

void Swarm::onHello(Connection *c, const wire::Hello &hello)
{
    const bool first = !c->hasHello();
    const QList<QByteArray> before = c->hello().topics;
    c->setPeerName(checkedName(c, hello));
    c->setHello(hello);
    // Over a relay's circuit the peer only repeats what the relay saw: not an observation of its own.
    if (first && !hello.observed.isEmpty() && c->path() != ConnectionPath::Relayed)
        if (const auto seen = wire::decodeEndpoint(hello.observed))
            emit addressObserved(c, seen->host, seen->port);
    if (first && c->direction() == Direction::Inbound && hello.listenPort && c->path() == ConnectionPath::Direct) {
        // Remember where this peer listens, so a lost connection is re-dialled (and a LAN
        // rediscovery of the same endpoint is not dialled twice).
        QByteArray shared;
        for (const QByteArray &t : hello.topics)
            if (m_topics.contains(t) && shared.isEmpty())
                shared = t;
        PeerCandidateInfo info{c->host(), hello.listenPort, QStringLiteral("inbound"),
                               QString(), shared,           isLocalHost(c->host())};
        auto [cand, fresh] = m_queue.add(info, false);
        // Our own dial to the same endpoint may be under way: that attempt keeps the entry.
        const bool ownDial =
            !fresh && cand->connectionId && cand->connectionId != c->id() && m_connections.contains(cand->connectionId);
        if (cand->state != CandidateState::Banned && !ownDial) {
            m_queue.markConnected(*cand, c->remoteId(), c->id());
            m_candidateOf.insert(c->id(), cand->key);
        }
        emit queueChanged();
    }
    if (first)
        emit connectionOpened(c);
    QList<QByteArray> added, removed;
    for (const QByteArray &t : hello.topics)
        if (!before.contains(t))
            added.append(t);
    for (const QByteArray &t : before)
        if (!hello.topics.contains(t))
            removed.append(t);
    emit peerTopicsChanged(c, added, removed);
    for (const QByteArray &t : added)
        sendPeers(c, t);
    emit peerUpdated(c->id());
}

void Swarm::sendPeers(Connection *to, const QByteArray &topic)
{
    if (!m_topics.contains(topic))
        return;
    if (const auto msg = m_exchange.offerFor(to, topic, peersInTopic(topic))) {
        to->send(*msg);
        emit peersExchanged(to->host(), to->hello().listenPort, 0, int(msg->peers.size()));
    }
}

void Swarm::onPeers(Connection *c, const wire::Peers &peers)
{
    if (!m_exchange.admit(c->id())) {
        emit rejected(ErrorCode::RateLimited);
        emitEvent(Rejected{RejectSource::Connection,
                           ErrorCode::RateLimited,
                           {},
                           QStringLiteral("too many peer exchanges"),
                           c->remoteId(),
                           std::nullopt,
                           {},
                           {},
                           {},
                           {}});
        return;
    }
    emit peersExchanged(c->host(), c->hello().listenPort, int(peers.peers.size()), 0);
    if (!m_topics.contains(peers.topic))
        return;
    const auto isNeighbour = [this](const PeerId &id) { return connectionTo(id) != nullptr; };
    for (const PeerCandidateInfo &info : m_exchange.candidatesFrom(c, peers, isNeighbour))
        addPeer(info);
}

void Swarm::onClosed(Connection *c, ErrorCode code, const QString &detail)
{
    const quint64 id = c->id();
    const bool wasCurrent = !c->remoteId().isNull() && m_byPeer.value(c->remoteId()) == id;
    const bool onPurpose = m_closingOnPurpose.remove(id);
    if (wasCurrent)
        m_byPeer.remove(c->remoteId());
    m_exchange.forget(id);
    m_resources.forgetConnection(id);

    if (isProtocolViolation(code)) {
        emit rejected(code);
        emitEvent(Rejected{RejectSource::Connection, code, {}, detail, c->remoteId(), endpointOf(c), {}, {}, {}, {}});
    } else if (code == ErrorCode::ConnectFailed) {
        emitEvent(ConnectFailed{dialledEndpointOf(c), detail});
    } else if (code == ErrorCode::HandshakeTimeout) {
        emitEvent(HandshakeTimedOut{dialledEndpointOf(c), detail});
    }

    if (Candidate *cand = candidateOf(c)) {
        const QString host = cand->info.host;
        const quint16 port = cand->info.port;
        const QString source = cand->info.source;
        if (cand->connectionId == id && !m_stopping) {
            // A node with no connection at all keeps trying as before: it needs any way in.
            const bool refused = c->direction() == Direction::Outbound && c->byeReceived()
                && detail == errorCodeName(ErrorCode::LimitReached) && !openConnections().isEmpty();
            if (!wasCurrent && c->direction() == Direction::Outbound && !onPurpose) {
                emit attemptFinished(host, port, PeerId{}, false, source);
                if (refused)
                    m_queue.markRefused(*cand);
                else
                    m_queue.markFailed(*cand);
            } else if (wasCurrent && !onPurpose && detail != errorCodeName(ErrorCode::Redundant)) {
                if (refused)
                    m_queue.markRefused(*cand);
                else if (c->byeReceived())
                    m_queue.markClosed(*cand);
                else
                    m_queue.markLost(*cand);  // network loss or a crash: come back after one backoff step
            }
        }
        m_candidateOf.remove(id);
    }
    if (wasCurrent && !onPurpose && !m_stopping && !m_byPeer.contains(c->remoteId())) {
        // Other endpoints of this peer (another relay's circuit, another address) whose
        // connections lost to this one: try them again too, not only the one that carried it.
        QStringList orphans;  // by key: marking one may move others in the queue's table
        for (const Candidate *other : m_queue.allById(c->remoteId()))
            if (other->state == CandidateState::Connected && !m_connections.contains(other->connectionId))
                orphans.append(other->key);
        for (const QString &key : std::as_const(orphans))
            if (Candidate *other = m_queue.find(key))
                m_queue.markLost(*other);
    }

    if (m_announced.remove(id)) {
        emitEvent(ConnectionClosed{ConnectionId{id}, c->remoteId(), endpointOf(c), code, detail, c->direction()});
        emit connectionClosed(id, c->remoteId(), c->hello().topics);
    }
    m_connections.remove(id);
    emit peerRemoved(id);
    emit queueChanged();
    c->deleteLater();
    kick();
}

// A failed dial has no socket to ask: the endpoint is the one the queue dialled.
// A dial of our own that reached us has its other end among our own connections, still
// handshaking: the responder's ephemeral key there is the one this stream received. (Ports would
// not do: a NAT that loops our external address back rewrites them.)
Connection *Swarm::otherEndOfOwnLoop(const Connection *c) const
{
    const QByteArray theirs = c->remoteEphemeral(), ours = c->localEphemeral();
    if (theirs.isEmpty() || ours.isEmpty())
        return nullptr;
    for (Connection *d : m_connections)
        if (d != c && d->localEphemeral() == theirs && d->remoteEphemeral() == ours)
            return d;
    return nullptr;
}

HostPort Swarm::dialledEndpointOf(Connection *c)
{
    if (Candidate *cand = candidateOf(c); cand && c->host().isEmpty())
        return {cand->info.host, cand->info.port};
    return endpointOf(c);
}

void Swarm::emitEvent(EventPayload payload)
{
    emit event(Event{m_clock.wallMs(), std::move(payload)});
}

}  // namespace swarmscope
