#include "session.h"

#include "circuit/circuit_client.h"
#include "circuit/circuit_demux.h"
#include "circuit/circuit_relay.h"
#include "circuit/hole_puncher.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/random.h"
#include "crypto/identity.h"
#include "bugout/bugout_backend.h"
#include "bugout/bugout_service.h"
#include "crypto/identity_file.h"
#include "dht/dht_node.h"
#include "discovery/lan_discovery.h"
#include "dswarm/dswarm_backend.h"
#include "rooms/compat_backend.h"
#include "files/file_transfers.h"
#include "peer_relay/peer_relay_node.h"
#include "nat/nat_service.h"
#include "rooms/direct_chat.h"
#include "rooms/direct_messages.h"
#include "rooms/rooms.h"
#include "store/database.h"
#include "store/dht_table.h"
#include "store/block_list.h"
#include "store/local_names.h"
#include "store/memory_history.h"
#include "store/sql_history.h"
#include "store/remembered_rooms.h"
#include "store/memory_peer_book.h"
#include "store/sql_peer_book.h"
#include "swarm/swarm.h"
#include "transport/tcp_carrier.h"
#include "transport/datagram_socket.h"
#include "transport/ws_carrier.h"
#include "wire/display_name.h"

#include <QDir>
#include <QMetaMethod>

// Construction, wiring, start/stop and the batches published to whoever drives the session.
namespace swarmscope {

namespace {
const QString kNativeDomain = QStringLiteral("swarmscope.local");
constexpr int kMaxCapturedPerFlush = 20000;
}  // namespace

// Collects frames between batches; a flood beyond the cap is counted, not kept.
class Session::CaptureBuffer final : public FrameTap {
public:
    explicit CaptureBuffer(Session &s) : m_session(s) {}
    void onFrame(const FrameRecord &frame) override
    {
        if (frames.size() >= kMaxCapturedPerFlush) {
            ++dropped;
            return;
        }
        frames.append(frame);
        m_session.scheduleBatch();
    }
    QList<FrameRecord> frames;
    quint64 dropped = 0;

private:
    Session &m_session;
};

Result<std::unique_ptr<Session>> Session::create(EngineConfig config, World world, QObject *parent)
{
    registerEventTypes();
    if (config.profileDir.isEmpty() && !config.inMemoryProfile)
        return makeError(ErrorCode::Io, QStringLiteral("no profile directory given"));
    if (!config.displayName.isEmpty())
        if (const auto problem = wire::displayNameProblem(config.displayName))
            return makeError(ErrorCode::BadName, QStringLiteral("display name refused: %1").arg(*problem));
    // A lab of a thousand nodes cannot afford a directory, an identity file and a database file
    // each (creating them took longer than the lab takes to converge).
    auto identity = config.inMemoryProfile ? Result<Identity>(Identity(KeyPair::generate()))
                                           : Identity::loadOrCreate(config.profileDir);
    if (!identity)
        return identity.error();
    // Nor a database: a lab node keeps its history and peer book in memory (MemoryHistory,
    // MemoryPeerBook), which costs a few hundred bytes where an in-memory SQLite database cost 35 KiB.
    std::unique_ptr<Database> db;
    if (!config.inMemoryProfile) {
        auto opened = Database::open(QDir(config.profileDir).filePath(QStringLiteral("swarmscope.db")));
        if (!opened)
            return opened.error();
        db = std::move(*opened);
    }
    auto session = std::unique_ptr<Session>(
        new Session(std::move(config), std::make_unique<Identity>(std::move(*identity)), std::move(db), world, parent));
    if (Status st = session->init(); !st.ok())
        return st.error();
    return session;
}

Session::Session(EngineConfig config, std::unique_ptr<Identity> identity, std::unique_ptr<Database> db, World world,
                 QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_identity(std::move(identity))
    , m_db(std::move(db))
{
    world = completeWorld(world, m_real);
    m_samplingRates = m_config.sampleRates;
    m_clock = world.clock;
    m_random = world.random;
    m_datagrams = world.datagrams;
    if (m_db) {
        m_book = std::make_unique<SqlPeerBook>(*m_db, *m_clock);
        m_history = std::make_unique<SqlHistory>(*m_db, *m_clock);
    } else {
        m_book = std::make_unique<MemoryPeerBook>(*m_clock);
        m_history = std::make_unique<MemoryHistory>(*m_clock);
    }
    m_remembered = std::make_unique<RememberedRooms>(m_db.get());
    m_blocked = std::make_unique<BlockList>(m_db.get());
    m_localNames = std::make_unique<LocalNames>(m_db.get());
    ConnectionLimits limits;
    limits.handshakeTimeoutMs = m_config.handshakeTimeoutMs;
    limits.pingIntervalMs = m_config.pingIntervalMs;
    limits.maxFrameBytes = m_config.maxFrameBytes;
    const QString agent = m_config.agent + QLatin1Char('/') + QStringLiteral(SWARMSCOPE_VERSION);
    CarrierFactory *carriers = world.carriers ? world.carriers : new TcpCarrierFactory;
    // A relay tells circuit streams from peers' channels on its one listening port.
    CircuitDemuxFactory *demux = m_config.circuits.serve
        ? new CircuitDemuxFactory(carriers, *m_clock, m_config.circuits.pairTimeoutMs)
        : nullptr;
    m_swarm =
        std::make_unique<Swarm>(m_identity->keys(), *m_clock, demux ? demux : carriers, limits, m_config.swarm, agent);
    m_swarm->addTransport(QStringLiteral("ws"), new WsCarrierFactory);
    m_swarm->setDisplayName(m_config.displayName);
    m_statsTimer = std::make_unique<ScopedTimer>(*m_clock);
    m_batchTimer = std::make_unique<ScopedTimer>(*m_clock);
    m_rooms = std::make_unique<Rooms>(*m_identity, *m_clock, *m_swarm, m_config.seenCacheSize, m_config.seenCacheTtlMs);
    m_direct = std::make_unique<DirectMessages>(*m_identity, *m_clock, *m_swarm, m_config.seenCacheSize,
                                                m_config.seenCacheTtlMs);
    m_directChat =
        std::make_unique<DirectChat>(*m_identity, *m_clock, *m_random, *m_swarm, *m_rooms, *m_direct, *m_history);
    m_rpc = std::make_unique<Rpc>(*m_direct, *m_identity, *m_clock, m_swarm->resources());
    if (m_config.files.downloadDir.isEmpty())
        m_config.files.downloadDir = QDir(m_config.profileDir).filePath(QStringLiteral("downloads"));
    m_files = std::make_unique<FileTransfers>(*m_identity, *m_clock, *m_swarm, *m_direct, m_config.files);
    m_gossip = std::make_unique<Gossip>(*m_swarm, *m_clock, *m_random, m_config.gossip);
    m_relay = std::make_unique<RelayRouter>(m_identity->id(), *m_swarm, *m_clock, *m_random, m_config.relay);
    if (m_config.lan.enabled)
        m_lan = std::make_unique<LanDiscovery>(m_config.lan, *m_clock, *m_random, *m_datagrams);
    if (m_config.dht.enabled)
        m_dht = std::make_unique<DhtNode>(m_config.dht, *m_clock, *m_random, *m_datagrams);
    QByteArray dswarmId = m_config.dswarmId;
    if (dswarmId.size() != 32)  // discovery-swarm's own default: 32 random bytes per swarm instance
        dswarmId = m_random->bytes(32);
    m_dswarm = new DswarmBackend(dswarmId, *m_clock, m_config.dswarm, m_config.listenHost, m_lan.get(), m_dht.get(),
                                 *carriers);
    addBackend(std::unique_ptr<CompatBackend>(m_dswarm));
    m_bugout = new BugoutBackend(m_identity->keys(), *m_clock, *m_random, *carriers, *m_datagrams,
                                 {m_config.listenHost, m_config.bittorrentPort, m_config.lsd}, m_dht.get());
    addBackend(std::unique_ptr<CompatBackend>(m_bugout));
    // Our procedures answer Bugout callers too; Bugout's results come out as BugoutRpcResponded.
    m_bugout->service().invokeProcedure = [this](const QString &name, const QString &caller, const QJsonValue &args,
                                                 RpcRespond respond) {
        return m_rpc->invoke(name, caller, args, std::move(respond));
    };
    m_nat = std::make_unique<NatService>(*m_swarm, m_dht.get(), *m_clock, *m_random, *m_datagrams, *world.portMapping,
                                         m_config.nat);
    wire();
    wireCircuits(demux);
}

Status Session::init()
{
    if (Status st = m_book->init(); !st.ok())
        return st;
    if (Status st = m_history->init(); !st.ok())
        return st;
    if (Status st = m_remembered->init(); !st.ok())
        return st;
    if (Status st = m_blocked->init(); !st.ok())
        return st;
    if (Status st = m_localNames->init(); !st.ok())
        return st;
    return m_db ? initDhtTable(*m_db) : Status{};
}

Session::~Session()
{
    saveDhtTable();
    m_statsTimer.reset();
    m_batchTimer.reset();
    if (m_swarm)
        m_swarm->setTap(nullptr);
    if (m_dht)
        m_dht->setTap(nullptr);
    if (m_peerRelay) {
        m_peerRelay->setTap(nullptr);
        m_peerRelay->disconnect(this);
    }
    // Children talk to each other while dying; cut the wires first.
    for (const auto &[kind, b] : m_backends) {
        b->setTap(nullptr);
        b->disconnect(this);
    }
    m_backends.clear();
    for (QObject *o :
         std::initializer_list<QObject *>{m_holePuncher.get(), m_circuitClient.get(), m_circuitRelay.get(), m_nat.get(),
                                          m_lan.get(), m_dht.get(), m_rpc.get(), m_files.get(), m_directChat.get(),
                                          m_direct.get(), m_gossip.get(), m_relay.get(), m_rooms.get(), m_swarm.get()})
        if (o)
            o->disconnect(this);
    m_holePuncher.reset();
    m_circuitClient.reset();
    m_circuitRelay.reset();
    m_nat.reset();  // deletes our port mappings
    m_dht.reset();
    m_lan.reset();
    m_relay.reset();
    m_gossip.reset();
    m_rpc.reset();
    m_files.reset();
    m_directChat.reset();
    m_direct.reset();
    m_rooms.reset();
    m_swarm.reset();
    m_history.reset();
    m_remembered.reset();
    m_blocked.reset();
    m_localNames.reset();
    m_book.reset();
    m_db.reset();
}

void Session::wire()
{
    const auto postEvent = qOverload<Event>(&Session::post);
    connect(m_swarm.get(), &Swarm::event, this, postEvent);
    connect(m_rooms.get(), &Rooms::event, this, postEvent);
    connect(m_direct.get(), &DirectMessages::event, this, postEvent);
    connect(m_rpc.get(), &Rpc::event, this, postEvent);
    connect(m_files.get(), &FileTransfers::event, this, postEvent);
    connect(m_gossip.get(), &Gossip::event, this, postEvent);
    connect(m_relay.get(), &RelayRouter::event, this, postEvent);
    connect(m_nat.get(), &NatService::event, this, postEvent);
    if (m_dht)  // BEP 42: the DHT id follows the external address our peers agree on
        connect(m_nat.get(), &NatService::changed, m_dht.get(),
                [this](const ReachabilitySnapshot &r) { m_dht->setExternalAddress(r.externalIp); });
    connect(m_nat.get(), &NatService::rejected, this, [this](const QString &reason) {
        m_rejects.count(ErrorCode::Invalid);
        post(Rejected{RejectSource::Nat, ErrorCode::Invalid, reason, {}, {}, std::nullopt, {}, {}, {}, {}});
    });
    connect(m_gossip.get(), &Gossip::request, this, [this](const GossipRequest &r) {
        if (r.type == "_whois")
            if (Status st = m_gossip->reply(r, r.type, address().toUtf8()); !st.ok())
                qCDebug(lcSession) << "whois not answered:" << st.error().detail;  // the asker is gone
    });
    const auto count = [this](ErrorCode c) { m_rejects.count(c); };
    connect(m_swarm.get(), &Swarm::rejected, this, count);
    connect(m_rooms.get(), &Rooms::rejected, this, count);
    connect(m_direct.get(), &DirectMessages::rejected, this, count);
    connect(m_files.get(), &FileTransfers::rejected, this, count);
    connect(m_gossip.get(), &Gossip::rejected, this, count);
    connect(m_relay.get(), &RelayRouter::rejected, this, count);
    connect(m_swarm.get(), &Swarm::peerAdded, this, [this](const PeerSnapshot &p) {
        m_dirtyPeers.insert(p.connectionId, true);
        scheduleBatch();
    });
    connect(m_swarm.get(), &Swarm::peerUpdated, this, &Session::markPeerDirty);
    connect(m_swarm.get(), &Swarm::peerRemoved, this, [this](quint64 id) {
        if (m_dirtyPeers.take(id))
            return;  // added and removed within one batch: the UI never needs to know
        m_removedPeers.append(id);
        scheduleBatch();
    });
    connect(m_swarm.get(), &Swarm::peerTopicsChanged, this, [this](Connection *c) { markPeerDirty(c->id()); });
    if (m_config.recordPeers) {
        connect(m_swarm.get(), &Swarm::attemptFinished, this,
                [this](const QString &host, quint16 port, const PeerId &id, bool ok, const QString &) {
                    m_book->recordConnection(host, port, id, ok);
                });
        connect(m_swarm.get(), &Swarm::peersExchanged, this,
                [this](const QString &host, quint16 port, int rx, int tx) { m_book->recordNodes(host, port, rx, tx); });
    }
    connect(m_swarm.get(), &Swarm::queueChanged, this, [this] {
        m_queueDirty = true;
        scheduleBatch();
    });
    connect(m_rooms.get(), &Rooms::messageReceived, this,
            [this](const ChatMessage &m, const PeerId &via) { deliver(m, via); });
    connect(m_rooms.get(), &Rooms::memberSeen, m_directChat.get(), &DirectChat::onMemberSeen);
    connect(m_directChat.get(), &DirectChat::received, this, [this](const ChatMessage &m) { deliver(m); });
    connect(m_directChat.get(), &DirectChat::event, this, qOverload<Event>(&Session::post));
    connect(m_rooms.get(), &Rooms::idSeen, this,
            [this](const QByteArray &id, qint64 timeMs) { m_history->rememberSeen(id, timeMs); });
    m_rooms->seenBefore = [this](const QByteArray &id) { return m_history->seenBefore(id); };
    m_rooms->isBlocked = [this](const PeerId &author) {
        return !m_blocked->isEmpty() && m_blocked->contains(Identity::addressOf(author));
    };
    connect(m_rooms.get(), &Rooms::changed, this, [this] {
        m_roomsDirty = true;
        scheduleBatch();
    });
    connect(m_direct.get(), &DirectMessages::received, this, &Session::onDirect);
    if (m_lan) {
        connect(m_lan.get(), &LanDiscovery::peerFound, this,
                [this](const QByteArray &key, const QString &domain, const QHostAddress &host, quint16 port) {
                    if (domain == kNativeDomain)
                        onLanPeer(key, host, port);
                    else if (domain == DswarmBackend::kDomain)
                        m_dswarm->onLanPeer(key, host, port);
                });
        // Counted by reason in LanDiscovery itself; status() shows them as "lan/<reason>".
        connect(m_lan.get(), &LanDiscovery::rejected, this, [this](const QString &reason, const QString &detail) {
            post(Rejected{
                RejectSource::Lan, ErrorCode::MalformedMessage, reason, detail, {}, std::nullopt, {}, {}, {}, {}});
        });
    }
    if (m_dht)
        wireDht();
}

void Session::wireDht()
{
    connect(m_dht.get(), &DhtNode::listening, this, [this](quint16 port) {
        post(Listening{m_config.dht.bindHost.toString(), port, Transport::Dht});
    });
    connect(m_dht.get(), &DhtNode::ready, this, [this](int nodes) { post(DhtReady{m_dht->port(), nodes}); });
    connect(m_dht.get(), &DhtNode::nodeIdChanged, this,
            [this](const QByteArray &previous, const QByteArray &id, const QHostAddress &external) {
                post(DhtNodeIdChanged{previous, id, external.toString()});
            });
    connect(m_dht.get(), &DhtNode::peerFound, this,
            [this](const QByteArray &key, const QHostAddress &host, quint16 port) {
                if (m_bugout->onDhtPeer(key, host, port))
                    return;
                const QByteArray topic = topicOfDhtKey(key);
                if (!topic.isEmpty())
                    m_swarm->addPeer({host.toString(), port, QStringLiteral("dht"), QString(), topic, false});
                else
                    m_dswarm->onDhtPeer(key, host, port);
            });
    connect(m_dht.get(), &DhtNode::lookupDone, this, [this](const QByteArray &key, int peers, int datagrams) {
        if (m_dswarm->onLookupDone(key, peers, datagrams))
            return;
        const QByteArray topic = topicOfDhtKey(key);
        post(DhtLookupDone{RoomName{m_rooms->nameOfTopic(topic)}, key, peers, datagrams});
    });
    // Counted by reason in DhtNode itself; status() shows them as "dht/<reason>".
    connect(m_dht.get(), &DhtNode::rejected, this, [this](const QString &reason, const QString &detail) {
        post(
            Rejected{RejectSource::Dht, ErrorCode::MalformedMessage, reason, detail, {}, std::nullopt, {}, {}, {}, {}});
    });
}

Status Session::start()
{
    if (Status st = m_swarm->listen(m_config.listenHost, m_config.listenPort); !st.ok())
        return st;
    if (m_config.wsListenPort >= 0) {
        if (Status st = m_swarm->listenOn(QStringLiteral("ws"), m_config.wsListenHost, quint16(m_config.wsListenPort));
            !st.ok())
            return st;
    }
    if (m_lan) {
        if (Status st = m_lan->start(); !st.ok())
            return st;
        if (m_lan->port())  // 0: disabled
            post(Listening{m_lan->group().toString(), m_lan->port(), Transport::Mdns});
    }
    if (m_dht) {
        if (m_db)
            m_dht->importNodes(loadDhtTable(*m_db));
        if (Status st = m_dht->start(m_swarm->listenPort()); !st.ok())
            return st;
    }
    if (m_config.peerRelay.enabled()) {
        if (Status st = startPeerRelay(); !st.ok())
            return st;
    }
    for (const PeerId &id : m_book->bannedKeys())
        m_swarm->restoreBan(id);
    if (const int purged = m_book->purge(); purged > 0)
        qCInfo(lcSession) << "peer book: purged" << purged << "peers that kept failing";
    for (const HostPort &hp : std::as_const(m_config.connectTo))
        m_swarm->dial(hp.host, hp.port, QStringLiteral("manual"));
    if (m_config.bookPeersAtStart > 0)  // the query sorts the whole book: not for nothing
        for (const PeerRecord &r : m_book->known(m_config.bookPeersAtStart))
            if (r.connectionsOk > 0)
                m_swarm->addPeer({r.host, r.port, QStringLiteral("book"), QString(), QByteArray(), false});
    m_nat->start();
    m_circuitClient->start();
    if (m_config.heartbeatMs > 0) {
        m_rooms->setHeartbeat(m_config.heartbeatMs);
        m_bugout->setHeartbeat(m_config.heartbeatMs);
    }
    m_statsTimer->start(1000, [this] { sampleStats(); });
    rejoinRemembered();
    return {};
}

void Session::stop()
{
    m_statsTimer->stop();
    m_rooms->setHeartbeat(0);
    m_rooms->leaveAll();
    for (const auto &[kind, b] : m_backends)
        b->stop();
    m_swarm->stop();
    if (m_peerRelay)
        m_peerRelay->stop();
    m_nat->stop();
    saveDhtTable();
}

ReachabilitySnapshot Session::reachability() const
{
    return m_nat->snapshot();
}

void Session::saveDhtTable()
{
    if (m_dht && m_db)
        if (Status st = swarmscope::saveDhtTable(*m_db, m_dht->exportNodes()); !st.ok())
            qCWarning(lcSession) << "DHT table not saved:" << st.error().detail;
}

QString Session::address() const
{
    return m_identity->address();
}

PeerId Session::id() const
{
    return m_identity->id();
}

Result<QString> Session::importIdentity(const QString &seedText)
{
    auto imported = identity_file::parse(seedText);
    if (!imported)
        return imported.error();
    if (Status st = identity_file::install(m_config.profileDir, *imported); !st.ok())
        return st.error();
    qCInfo(lcSession) << "identity" << imported->address() << "installed; used from the next start";
    return imported->address();
}

quint16 Session::listenPort() const
{
    return m_swarm->listenPort();
}

QByteArray Session::roomTopic(const QString &name)
{
    return Rooms::topicOf(name);
}

QByteArray Session::dhtKeyOf(const QByteArray &topic)
{
    return Rooms::dhtKeyOf(topic);
}

QByteArray Session::topicOfDhtKey(const QByteArray &key20) const
{
    for (const QString &name : m_rooms->names())
        if (const RoomSnapshot r = m_rooms->snapshot(name); r.dhtKey == key20)
            return r.topic;
    return {};
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
    s.maxPeers = m_swarm->options().maxPeers;
    s.rooms = int(m_rooms->names().size());
    s.reachability = m_nat->snapshot();
    s.holePunch = m_holePuncher->summary();
    const CircuitRelay::Counts relay = m_circuitRelay->counts();
    const CircuitLimits &limits = m_circuitRelay->limits();
    s.relayService = {limits.serve,       relay.reservations, limits.maxReservations, relay.circuits + relay.pending,
                      limits.maxCircuits, relay.opened,       relay.refused,          relay.bytes};
    for (const PeerSnapshot &p : m_swarm->snapshots()) {
        s.bytesIn += p.bytesIn;
        s.bytesOut += p.bytesOut;
        s.messagesIn += p.messagesIn;
        s.messagesOut += p.messagesOut;
    }
    s.rejects = m_rejects.nonZero();
    s.rejects += m_swarm->resources().nonZero();  // the resource manager's refusals, by cap
    for (const auto &[kind, b] : m_backends) {
        s.rooms += int(b->rooms().size());
        b->addStatus(s);
    }
    // Discovery rejects keep their own reasons ("rate-limited", "oversized", ...), sorted.
    const auto addDiscovery = [&s](const QString &source, const QHash<QString, quint64> &byReason) {
        QStringList reasons = byReason.keys();
        reasons.sort();
        for (const QString &reason : std::as_const(reasons))
            s.rejects.append({source + QLatin1Char('/') + reason, byReason.value(reason)});
    };
    if (m_dht)
        addDiscovery(QStringLiteral("dht"), m_dht->stats().rejects);
    if (m_lan)
        addDiscovery(QStringLiteral("lan"), m_lan->rejectsByReason());
    return s;
}

void Session::setCapture(bool on)
{
    if (on == capturing())
        return;
    m_capture = on ? std::make_unique<CaptureBuffer>(*this) : nullptr;
    m_swarm->setTap(m_capture.get());
    if (m_dht)
        m_dht->setTap(m_capture.get());
    for (const auto &[kind, b] : m_backends)
        b->setTap(m_capture.get());
    if (m_peerRelay)
        m_peerRelay->setTap(m_capture.get());
}

FrameTap *Session::captureTap() const
{
    return m_capture.get();
}

DhtView Session::dhtView() const
{
    return m_dht ? m_dht->view() : DhtView{};
}

void Session::sampleStats()
{
    const qint64 now = m_clock->monotonicMs();
    const double secs = m_lastSampleMs > 0 ? qMax(0.001, double(now - m_lastSampleMs) / 1000.0) : 1.0;
    m_lastSampleMs = now;
    refreshLonelyRooms(now);
    if (m_samplingRates)
        sampleRates(now, secs);
    else
        m_lastMessageCounts.clear();
    m_statsTimer->start(1000, [this] { sampleStats(); });
}

void Session::sampleRates(qint64 now, double secs)
{
    StatsSample sample;
    sample.timeMs = m_clock->wallMs();
    QMap<quint64, std::pair<quint64, quint64>> counts;
    for (Connection *c : m_swarm->openConnections()) {
        c->sampleRates(now);
        const PeerSnapshot p = c->snapshot();
        const auto before = m_lastMessageCounts.value(c->id(), {p.messagesIn, p.messagesOut});
        counts.insert(c->id(), {p.messagesIn, p.messagesOut});
        PeerRate r{c->id(),
                   p.address,
                   p.bytesInPerSec,
                   p.bytesOutPerSec,
                   double(p.messagesIn - before.first) / secs,
                   double(p.messagesOut - before.second) / secs,
                   p.rttUs};
        sample.bytesInPerSec += r.bytesInPerSec;
        sample.bytesOutPerSec += r.bytesOutPerSec;
        sample.messagesInPerSec += r.messagesInPerSec;
        sample.messagesOutPerSec += r.messagesOutPerSec;
        sample.peers.append(r);
        markPeerDirty(c->id());  // the rates changed
    }
    m_lastMessageCounts = std::move(counts);
    for (const auto &[kind, b] : m_backends) {
        const qsizetype before = sample.peers.size();
        b->sampleRates(now, sample);
        for (qsizetype i = before; i < sample.peers.size(); ++i)
            markPeerDirty(sample.peers.at(i).connectionId);
    }
    sample.connected = int(sample.peers.size());
    emit statsSampled(sample);
}

void Session::post(Event event)
{
    const bool openedOrClosed = event.is<ConnectionOpened>() || event.is<ConnectionClosed>();
    m_pendingEvents.append(std::move(event));
    if (openedOrClosed) {
        const int count = m_swarm->countInState(Connection::State::Open);
        if (count != m_lastConnectionCount) {
            m_lastConnectionCount = count;
            m_pendingEvents.append(Event{m_clock->wallMs(), ConnectionCountChanged{count}});
        }
    }
    scheduleBatch();
}

void Session::post(EventPayload payload)
{
    post(Event{m_clock->wallMs(), std::move(payload)});
}

void Session::markPeerDirty(quint64 connectionId)
{
    if (!m_dirtyPeers.contains(connectionId))
        m_dirtyPeers.insert(connectionId, false);
    scheduleBatch();
}

QStringList Session::roomNamesOf(const Connection &c) const
{
    QStringList names;
    for (const QByteArray &t : c.hello().topics)
        if (const QString n = m_rooms->nameOfTopic(t); !n.isEmpty())
            names.append(n);
    return names;
}

void Session::scheduleBatch()
{
    if (m_batchQueued)
        return;
    m_batchQueued = true;
    m_batchTimer->start(m_config.batchIntervalMs, [this] { publishBatch(); });
}

void Session::publishBatch()
{
    m_batchQueued = false;
    PeerDelta delta;
    delta.removed = std::exchange(m_removedPeers, {});
    for (auto it = m_dirtyPeers.cbegin(); it != m_dirtyPeers.cend(); ++it) {
        if (CompatBackend *b = backend(backendOfConnection(it.key()))) {
            if (const auto snap = b->peer(it.key()))
                (it.value() ? delta.added : delta.updated).append(*snap);
            continue;
        }
        Connection *c = m_swarm->connection(it.key());
        if (!c)
            continue;
        PeerSnapshot snap = m_swarm->snapshot(c);
        snap.rooms = roomNamesOf(*c);
        (it.value() ? delta.added : delta.updated).append(snap);
    }
    m_dirtyPeers.clear();
    if (m_capture && !m_capture->frames.isEmpty())
        emit framesCaptured(std::exchange(m_capture->frames, {}));
    if (!m_pendingEvents.isEmpty())
        emit eventsReady(std::exchange(m_pendingEvents, {}));
    if (!delta.isEmpty())
        emit peersChanged(delta);
    if (m_roomsDirty) {
        m_roomsDirty = false;
        emit roomsChanged(roomSnapshots());
    }
    // The queue is snapshotted only for a listener: a lab's thousand sessions have none.
    static const QMetaMethod queueSignal = QMetaMethod::fromSignal(&Session::queueChanged);
    if (std::exchange(m_queueDirty, false) && isSignalConnected(queueSignal))
        emit queueChanged(queue());
}

}  // namespace swarmscope
