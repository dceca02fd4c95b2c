#include "session.h"

#include "core/clock.h"
#include "core/logging.h"
#include "crypto/identity.h"
#include "discovery/lan_discovery.h"
#include "rooms/rooms.h"
#include "store/database.h"
#include "store/peer_book.h"
#include "swarm/swarm.h"
#include "transport/tcp_carrier.h"

#include <QDir>
#include <QJsonArray>

namespace swarmscope {

namespace {
const QString kNativeDomain = QStringLiteral("swarmscope.local");
} // namespace

Result<std::unique_ptr<Session>> Session::create(EngineConfig config, Clock *clock, CarrierFactory *factory,
                                                 QObject *parent)
{
    if (config.profileDir.isEmpty())
        return makeError(ErrorCode::Io, QStringLiteral("no profile directory given"));
    auto identity = Identity::loadOrCreate(config.profileDir);
    if (!identity)
        return identity.error();
    auto db = Database::open(QDir(config.profileDir).filePath(QStringLiteral("swarmscope.db")));
    if (!db)
        return db.error();
    auto session = std::unique_ptr<Session>(new Session(std::move(config), std::make_unique<Identity>(std::move(*identity)),
                                                        std::move(*db), clock, factory, parent));
    if (Status st = session->m_book->init(); !st.ok())
        return st.error();
    return session;
}

Session::Session(EngineConfig config, std::unique_ptr<Identity> identity, std::unique_ptr<Database> db, Clock *clock,
                 CarrierFactory *factory, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_identity(std::move(identity)), m_db(std::move(db))
{
    if (!clock) {
        m_ownedClock = std::make_unique<SystemClock>();
        clock = m_ownedClock.get();
    }
    m_clock = clock;
    m_book = std::make_unique<PeerBook>(*m_db, *m_clock);
    ConnectionLimits limits;
    limits.handshakeTimeoutMs = m_config.handshakeTimeoutMs;
    limits.pingIntervalMs = m_config.pingIntervalMs;
    limits.maxFrameBytes = m_config.maxFrameBytes;
    const QString agent = m_config.agent + QLatin1Char('/') + QStringLiteral(SWARMSCOPE_VERSION);
    m_swarm = std::make_unique<Swarm>(m_identity->keys(), *m_clock, factory ? factory : new TcpCarrierFactory,
                                      limits, m_config.swarm, agent);
    m_rooms = std::make_unique<Rooms>(*m_identity, *m_clock, *m_swarm, m_config.seenCacheSize,
                                      m_config.seenCacheTtlMs);
    if (m_config.lan.enabled)
        m_lan = std::make_unique<LanDiscovery>(m_config.lan, *m_clock);
    wire();
}

Session::~Session()
{
    // Children talk to each other while dying; cut the wires first.
    if (m_lan)
        m_lan->disconnect(this);
    m_rooms->disconnect(this);
    m_swarm->disconnect(this);
    m_rooms.reset();
    m_swarm.reset();
    m_book.reset();
    m_db.reset();
}

void Session::wire()
{
    connect(m_swarm.get(), &Swarm::event, this, &Session::post);
    connect(m_rooms.get(), &Rooms::event, this, &Session::post);
    connect(m_swarm.get(), &Swarm::rejected, this, [this](ErrorCode c) { m_rejects.count(c); });
    connect(m_rooms.get(), &Rooms::rejected, this, [this](ErrorCode c) { m_rejects.count(c); });
    connect(m_swarm.get(), &Swarm::peerAdded, this, [this](const PeerSnapshot &p) {
        m_dirtyPeers.insert(p.connectionId, true);
        scheduleFlush();
    });
    connect(m_swarm.get(), &Swarm::peerUpdated, this, &Session::markPeerDirty);
    connect(m_swarm.get(), &Swarm::peerRemoved, this, [this](quint64 id) {
        if (m_dirtyPeers.take(id))
            return;  // added and removed within one batch: the UI never needs to know
        m_removedPeers.append(id);
        scheduleFlush();
    });
    connect(m_swarm.get(), &Swarm::peerTopicsChanged, this, [this](Connection *c) { markPeerDirty(c->id()); });
    connect(m_swarm.get(), &Swarm::attemptFinished, this,
            [this](const QString &host, quint16 port, const PeerId &id, bool ok, const QString &) {
                m_book->recordConnection(host, port, id, ok);
            });
    connect(m_swarm.get(), &Swarm::peersExchanged, this,
            [this](const QString &host, quint16 port, int rx, int tx) { m_book->recordNodes(host, port, rx, tx); });
    connect(m_swarm.get(), &Swarm::queueChanged, this, [this] {
        m_queueDirty = true;
        scheduleFlush();
    });
    connect(m_rooms.get(), &Rooms::messageReceived, this, [this](const ChatMessage &m) {
        m_pendingMessages.append(m);
        scheduleFlush();
    });
    connect(m_rooms.get(), &Rooms::changed, this, [this] {
        m_roomsDirty = true;
        scheduleFlush();
    });
    if (m_lan) {
        connect(m_lan.get(), &LanDiscovery::peerFound, this,
                [this](const QByteArray &key, const QString &domain, const QHostAddress &host, quint16 port) {
                    if (domain == kNativeDomain)
                        onLanPeer(key, host, port);
                });
        connect(m_lan.get(), &LanDiscovery::rejected, this, [this](const QString &reason, const QString &detail) {
            m_rejects.count(ErrorCode::MalformedMessage);
            post(EngineEvent{m_clock->wallMs(), QStringLiteral("rejected"),
                             {{QStringLiteral("reason"), reason}, {QStringLiteral("detail"), detail},
                              {QStringLiteral("source"), QStringLiteral("lan")}}});
        });
    }
}

Status Session::start()
{
    if (Status st = m_swarm->listen(m_config.listenHost, m_config.listenPort); !st.ok())
        return st;
    if (m_lan) {
        if (Status st = m_lan->start(); !st.ok())
            return st;
    }
    for (const PeerId &id : m_book->bannedKeys())
        m_swarm->restoreBan(id);
    if (const int purged = m_book->purge(); purged > 0)
        qCInfo(lcSession) << "peer book: purged" << purged << "peers that kept failing";
    for (const HostPort &hp : std::as_const(m_config.connectTo))
        m_swarm->dial(hp.host, hp.port, QStringLiteral("manual"));
    for (const PeerRecord &r : m_book->known(m_config.bookPeersAtStart))
        if (r.connectionsOk > 0)
            m_swarm->addPeer({r.host, r.port, QStringLiteral("book"), QString(), QByteArray(), false});
    return {};
}

void Session::stop()
{
    m_rooms->leaveAll();
    m_swarm->stop();
}

void Session::connectTo(const QString &host, quint16 port)
{
    m_swarm->dial(host, port, QStringLiteral("manual"));
}

void Session::onLanPeer(const QByteArray &key20, const QHostAddress &host, quint16 port)
{
    QHostAddress h = host;
    bool isV4 = false;
    const quint32 v4 = h.toIPv4Address(&isV4);
    if (isV4)
        h = QHostAddress(v4);
    if (port == m_swarm->listenPort() && h.isLoopback())
        return;  // our own answer, echoed back through the loopback interface
    QByteArray topic;
    for (const QString &name : m_rooms->names())
        if (const RoomSnapshot r = m_rooms->snapshot(name); r.dhtKey == key20)
            topic = r.topic;
    m_swarm->addPeer({h.toString(), port, QStringLiteral("lan"), h.toString(), topic, true});
}

QString Session::address() const
{
    return m_identity->address();
}

PeerId Session::id() const
{
    return m_identity->id();
}

quint16 Session::listenPort() const
{
    return m_swarm->listenPort();
}

RoomSnapshot Session::joinRoom(const QString &name, JoinOptions options)
{
    const bool fresh = !m_rooms->contains(name);
    RoomSnapshot snap = m_rooms->join(name, options);
    if (fresh && m_lan) {
        if (options.announce)
            m_lan->announce(snap.dhtKey, kNativeDomain, m_swarm->listenPort());
        else if (options.lookup)
            m_lan->lookup(snap.dhtKey, kNativeDomain);
    }
    return snap;
}

std::optional<JoinOptions> Session::roomStatus(const QString &name) const
{
    if (!m_rooms->contains(name))
        return std::nullopt;
    return m_swarm->status(m_rooms->snapshot(name).topic);
}

std::optional<PeerId> Session::resolvePeer(const QString &peer) const
{
    if (peer.size() == 64) {
        const PeerId id = PeerId::fromBytes(QByteArray::fromHex(peer.toLatin1()));
        if (!id.isNull())
            return id;
    }
    for (Connection *c : m_swarm->openConnections())
        if (c->remoteAddress() == peer)
            return c->remoteId();
    for (const PeerSnapshot &p : m_swarm->snapshots())
        if (p.address == peer && !p.id.isNull())
            return p.id;
    return std::nullopt;
}

bool Session::connectToPeer(const QString &address)
{
    const auto id = resolvePeer(address);
    return id && m_swarm->connectToPeer(*id);
}

bool Session::ban(const QString &peer, bool soft)
{
    const auto id = resolvePeer(peer);
    if (!id)
        return false;
    if (!soft)
        m_book->setBanned(*id, true);  // a hard ban outlives the session
    return m_swarm->ban(*id, soft);
}

bool Session::unban(const QString &peer)
{
    const auto id = resolvePeer(peer);
    if (!id)
        return false;
    m_book->setBanned(*id, false);
    return m_swarm->unban(*id);
}

bool Session::backoff(const QString &peer)
{
    const auto id = resolvePeer(peer);
    return id && m_swarm->backoff(*id);
}

bool Session::disconnectPeer(const QString &peer)
{
    const auto id = resolvePeer(peer);
    return id && m_swarm->disconnectPeer(*id);
}

void Session::flush(std::function<void()> fn)
{
    m_swarm->flush(std::move(fn));
}

QList<CandidateSnapshot> Session::queue() const
{
    return m_swarm->queue();
}

void Session::leaveRoom(const QString &name)
{
    if (!m_rooms->contains(name))
        return;
    const QByteArray key = m_rooms->snapshot(name).dhtKey;
    m_rooms->leave(name);
    if (m_lan)
        m_lan->remove(key, kNativeDomain);
}

QStringList Session::rooms() const
{
    return m_rooms->names();
}

RoomSnapshot Session::room(const QString &name) const
{
    return m_rooms->snapshot(name);
}

Result<ChatMessage> Session::sendMessage(const QString &room, const QString &text)
{
    if (text.isEmpty())
        return makeError(ErrorCode::MalformedMessage, QStringLiteral("empty message"));
    return m_rooms->send(room, text);
}

QList<PeerSnapshot> Session::peers() const
{
    QList<PeerSnapshot> out = m_swarm->snapshots();  // with queue state
    for (PeerSnapshot &p : out) {
        if (Connection *c = m_swarm->connection(p.connectionId))
            for (const QByteArray &t : c->hello().topics)
                if (const QString n = m_rooms->nameOfTopic(t); !n.isEmpty())
                    p.rooms.append(n);
    }
    return out;
}

SessionStatus Session::status() const
{
    SessionStatus s;
    s.address = address();
    s.publicKeyHex = id().toHex();
    s.listenPort = listenPort();
    s.connected = m_swarm->countInState(Connection::State::Open);
    s.handshaking = m_swarm->countInState(Connection::State::Handshaking);
    s.queued = m_swarm->queuedCount();
    s.connecting = m_swarm->connectingCount();
    s.rooms = int(m_rooms->names().size());
    for (const PeerSnapshot &p : m_swarm->snapshots()) {
        s.bytesIn += p.bytesIn;
        s.bytesOut += p.bytesOut;
        s.messagesIn += p.messagesIn;
        s.messagesOut += p.messagesOut;
    }
    s.rejects = m_rejects.nonZero();
    return s;
}

QByteArray Session::roomTopic(const QString &name)
{
    return Rooms::topicOf(name);
}

QByteArray Session::dhtKeyOf(const QByteArray &topic)
{
    return Rooms::dhtKeyOf(topic);
}

void Session::post(EngineEvent event)
{
    m_pendingEvents.append(std::move(event));
    scheduleFlush();
}

void Session::markPeerDirty(quint64 connectionId)
{
    if (!m_dirtyPeers.contains(connectionId))
        m_dirtyPeers.insert(connectionId, false);
    scheduleFlush();
}

void Session::scheduleFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    m_clock->schedule(m_config.flushIntervalMs, [this] { flush(); });
}

void Session::flush()
{
    m_flushQueued = false;
    PeerDelta delta;
    delta.removed = std::exchange(m_removedPeers, {});
    for (auto it = m_dirtyPeers.cbegin(); it != m_dirtyPeers.cend(); ++it) {
        Connection *c = m_swarm->connection(it.key());
        if (!c)
            continue;
        PeerSnapshot snap = m_swarm->snapshot(c);
        for (const QByteArray &t : c->hello().topics)
            if (const QString n = m_rooms->nameOfTopic(t); !n.isEmpty())
                snap.rooms.append(n);
        (it.value() ? delta.added : delta.updated).append(snap);
    }
    m_dirtyPeers.clear();
    if (!m_pendingEvents.isEmpty())
        emit eventsReady(std::exchange(m_pendingEvents, {}));
    if (!delta.isEmpty())
        emit peersChanged(delta);
    if (!m_pendingMessages.isEmpty())
        emit messagesReceived(std::exchange(m_pendingMessages, {}));
    if (m_roomsDirty) {
        m_roomsDirty = false;
        emit roomsChanged(m_rooms->snapshots());
    }
    if (m_queueDirty) {
        m_queueDirty = false;
        emit queueChanged(m_swarm->queue());
    }
}

} // namespace swarmscope
