#include "dswarm_backend.h"

#include "dht/dht_node.h"
#include "discovery/lan_discovery.h"
#include "dswarm/dswarm_connection.h"
#include "dswarm/dswarm_swarm.h"
#include "events/event_json.h"
#include "swarm/host_kind.h"
#include "transport/carrier.h"

#include <QCryptographicHash>

namespace swarmscope {

namespace {
// Each reason a discovery-swarm peer or its input was refused, as the session counts it.
ErrorCode errorCodeOf(DswarmRefusal reason)
{
    switch (reason) {
    case DswarmRefusal::BadLengthPrefix:
    case DswarmRefusal::BadIdLength: return ErrorCode::HandshakeFailed;
    case DswarmRefusal::HandshakeTimeout: return ErrorCode::HandshakeTimeout;
    case DswarmRefusal::LineTooLong: return ErrorCode::FrameTooLarge;
    case DswarmRefusal::LinesRateLimited: return ErrorCode::RateLimited;
    case DswarmRefusal::SendBufferFull:
    case DswarmRefusal::MaxConnections: return ErrorCode::LimitReached;
    case DswarmRefusal::Whitelist: return ErrorCode::NotWhitelisted;
    case DswarmRefusal::Banned: return ErrorCode::Banned;
    case DswarmRefusal::Duplicate: return ErrorCode::Duplicate;
    case DswarmRefusal::Redundant: return ErrorCode::Redundant;
    case DswarmRefusal::DetectedSelf: return ErrorCode::Self;
    case DswarmRefusal::ConnectFailed: return ErrorCode::ConnectFailed;
    }
    return ErrorCode::Invalid;
}
}  // namespace

DswarmBackend::DswarmBackend(QByteArray id, Clock &clock, DswarmOptions options, QHostAddress listenHost,
                             LanDiscovery *lan, DhtNode *dht, const CarrierFactory &carriers, QObject *parent)
    : CompatBackend(parent)
    , m_id(std::move(id))
    , m_clock(clock)
    , m_options(std::move(options))
    , m_listenHost(listenHost)
    , m_lan(lan)
    , m_dht(dht)
    , m_carriers(carriers)
    , m_nextConnection(connectionIdBase(RoomBackend::DiscoverySwarm) + 1)
{}

DswarmBackend::~DswarmBackend()
{
    stop();
}

void DswarmBackend::stop()
{
    for (const QString &name : QStringList(m_order))
        leave(name);
}

Result<RoomSnapshot> DswarmBackend::join(const QString &name, const JoinOptions &options)
{
    if (m_rooms.contains(name))
        return room(name);
    CarrierFactory *factory = m_carriers.sibling(nullptr);
    if (!factory)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("discovery-swarm needs a listener of its own; this "
                                        "transport has none"));
    auto *swarm = new DswarmSwarm(
        name, m_id, m_clock, m_options, factory, [this] { return m_nextConnection++; }, this);
    connect(swarm, &DswarmSwarm::event, this, &CompatBackend::event);
    connect(swarm, &DswarmSwarm::peerAdded, this, &CompatBackend::peerAdded);
    connect(swarm, &DswarmSwarm::peerUpdated, this, &CompatBackend::peerUpdated);
    connect(swarm, &DswarmSwarm::peerRemoved, this, &CompatBackend::peerRemoved);
    connect(swarm, &DswarmSwarm::membersChanged, this, &CompatBackend::roomsChanged);
    connect(swarm, &DswarmSwarm::queueChanged, this, &CompatBackend::queueChanged);
    connect(swarm, &DswarmSwarm::rejected, this, [this](DswarmRefusal reason) {
        ++m_rejects[dswarmRefusalName(reason)];
        emit rejected(errorCodeOf(reason));
    });
    connect(swarm, &DswarmSwarm::lineReceived, this,
            [this, swarm](DswarmConnection *c, const QString &text) { onLine(swarm, c, text); });
    swarm->setTap(m_tap);
    // The listening event goes out before the join returns: wire first, then listen.
    if (Status st = swarm->listen(m_listenHost, 0); !st.ok()) {
        delete swarm;
        return st.error();
    }
    m_rooms.insert(name, swarm);
    m_order.append(name);
    const quint16 port = swarm->port();
    const QByteArray &key = swarm->infohash();
    if (m_dht) {
        if (options.announce)
            m_dht->announce(key, port);  // announce_peer with implied_port 0, as discovery-channel does
        else if (options.lookup)
            m_dht->lookup(key);
    }
    if (m_lan) {
        if (options.announce)
            m_lan->announce(key, kDomain, port);
        else if (options.lookup)
            m_lan->lookup(key, kDomain);
    }
    emit event(swarm->events().announce(key, port, m_lan != nullptr, m_dht != nullptr));
    emit roomsChanged();
    return room(name);
}

void DswarmBackend::leave(const QString &name)
{
    DswarmSwarm *swarm = m_rooms.take(name);
    if (!swarm)
        return;
    m_order.removeAll(name);
    if (m_dht)
        m_dht->remove(swarm->infohash());
    if (m_lan)
        m_lan->remove(swarm->infohash(), kDomain);
    swarm->stop();  // its connections close and report it
    swarm->disconnect(this);
    swarm->deleteLater();
    emit roomsChanged();
    emit queueChanged();
}

QStringList DswarmBackend::rooms() const
{
    return m_order;
}

RoomSnapshot DswarmBackend::room(const QString &name) const
{
    const DswarmSwarm *swarm = m_rooms.value(name);
    if (!swarm)
        return {};
    RoomSnapshot s;
    s.name = RoomRef{RoomBackend::DiscoverySwarm, name}.key();
    s.backend = RoomBackend::DiscoverySwarm;
    s.topic = name.toUtf8();  // the swarm key as discovery-swarm takes it
    s.dhtKey = swarm->infohash();
    for (const DswarmConnection *c : swarm->connections())
        if (c->state() == DswarmConnection::State::Open)
            s.members.append(c->remoteIdHex());
    s.connectedMembers = int(s.members.size());
    return s;
}

ChatMessage DswarmBackend::lineMessage(const QString &roomName, const QString &text)
{
    ChatMessage m;
    m.room = RoomRef{RoomBackend::DiscoverySwarm, roomName}.key();
    m.seq = ++m_seq;
    m.timeMs = m_clock.wallMs();
    m.receivedMs = m.timeMs;
    m.text = text;
    // Lines carry no id of their own; this one is unique within the session's history.
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(m_id);
    h.addData(m.room.toUtf8());
    h.addData(QByteArray(QByteArray::number(m.seq) + '/' + QByteArray::number(m.timeMs)));
    m.id = h.result();
    return m;
}

Result<ChatMessage> DswarmBackend::send(const QString &name, const QString &text)
{
    DswarmSwarm *swarm = m_rooms.value(name);
    if (!swarm)
        return makeError(ErrorCode::WrongRoom, QStringLiteral("not in room discovery-swarm:%1").arg(name));
    if (text.contains(QLatin1Char('\n')))
        return makeError(ErrorCode::MalformedMessage, QStringLiteral("a line cannot contain a newline"));
    const int sent = swarm->broadcastLine(text.toUtf8());
    ChatMessage m = lineMessage(name, text);
    m.from = PeerId::fromBytes(m_id);
    m.fromAddress = QString::fromLatin1(m_id.toHex());
    m.own = true;
    m.state = sent > 0 ? DeliveryState::Sent : DeliveryState::Sending;
    return m;
}

void DswarmBackend::onLine(DswarmSwarm *swarm, DswarmConnection *c, const QString &text)
{
    ChatMessage m = lineMessage(swarm->name(), text);
    m.from = PeerId::fromBytes(c->remoteId());
    m.fromAddress = c->remoteIdHex();
    emit messageReceived(m, HostPort{c->host(), c->port()});
    emit peerUpdated(c->id());
}

Status DswarmBackend::dial(const QString &name, const QString &host, quint16 port)
{
    DswarmSwarm *swarm = m_rooms.value(name);
    if (!swarm)
        return makeError(ErrorCode::WrongRoom, QStringLiteral("not in room discovery-swarm:%1").arg(name));
    swarm->addPeer(host, port);
    return {};
}

QList<PeerSnapshot> DswarmBackend::peers() const
{
    QList<PeerSnapshot> out;
    for (const QString &name : m_order)
        for (const DswarmConnection *c : m_rooms.value(name)->connections())
            out.append(c->snapshot());
    return out;
}

std::optional<PeerSnapshot> DswarmBackend::peer(quint64 connectionId) const
{
    for (const DswarmSwarm *swarm : m_rooms)
        if (const DswarmConnection *c = swarm->connection(connectionId))
            return c->snapshot();
    return std::nullopt;
}

QList<CandidateSnapshot> DswarmBackend::queue() const
{
    QList<CandidateSnapshot> out;
    for (const QString &name : m_order)
        out += m_rooms.value(name)->queueSnapshot();
    return out;
}

void DswarmBackend::addStatus(SessionStatus &status) const
{
    BackendStatus b;
    b.backend = RoomBackend::DiscoverySwarm;
    b.idHex = QString::fromLatin1(m_id.toHex());
    for (const QString &name : m_order) {
        const DswarmSwarm *swarm = m_rooms.value(name);
        b.queued += swarm->queued();
        b.connecting += swarm->connecting();
        b.connected += swarm->connected();
        b.listening.append({name, swarm->port()});
        for (const DswarmConnection *c : swarm->connections()) {
            const PeerSnapshot p = c->snapshot();
            status.bytesIn += p.bytesIn;
            status.bytesOut += p.bytesOut;
            status.messagesIn += p.messagesIn;
            status.messagesOut += p.messagesOut;
            if (c->state() == DswarmConnection::State::Handshaking)
                ++status.handshaking;
        }
    }
    for (auto it = m_rejects.cbegin(); it != m_rejects.cend(); ++it)
        b.rejects.append({it.key(), it.value()});
    std::sort(b.rejects.begin(), b.rejects.end());
    status.queued += b.queued;
    status.connecting += b.connecting;
    status.connected += b.connected;
    status.backends.append(b);
}

void DswarmBackend::sampleRates(qint64 nowMs, StatsSample &sample)
{
    for (const DswarmSwarm *swarm : std::as_const(m_rooms)) {
        for (DswarmConnection *c : swarm->connections()) {
            if (c->state() != DswarmConnection::State::Open)
                continue;
            c->sampleRates(nowMs);
            const PeerSnapshot p = c->snapshot();
            PeerRate r{p.connectionId, p.address, p.bytesInPerSec, p.bytesOutPerSec, 0, 0, -1};
            sample.bytesInPerSec += r.bytesInPerSec;
            sample.bytesOutPerSec += r.bytesOutPerSec;
            sample.peers.append(r);
        }
    }
}

void DswarmBackend::setTap(FrameTap *tap)
{
    m_tap = tap;
    for (DswarmSwarm *swarm : std::as_const(m_rooms))
        swarm->setTap(tap);
}

DswarmSwarm *DswarmBackend::swarmOf(const QByteArray &infohash) const
{
    for (DswarmSwarm *swarm : m_rooms)
        if (swarm->infohash() == infohash)
            return swarm;
    return nullptr;
}

bool DswarmBackend::onDhtPeer(const QByteArray &infohash, const QHostAddress &host, quint16 port)
{
    DswarmSwarm *swarm = swarmOf(infohash);
    if (swarm)
        swarm->onDiscovered(plainHost(host), port, PeerSource::Dht);
    return swarm != nullptr;
}

bool DswarmBackend::onLanPeer(const QByteArray &infohash, const QHostAddress &host, quint16 port)
{
    DswarmSwarm *swarm = swarmOf(infohash);
    if (swarm)
        swarm->onDiscovered(plainHost(host), port, PeerSource::Lan);
    return swarm != nullptr;
}

bool DswarmBackend::onLookupDone(const QByteArray &infohash, int peers, int datagrams)
{
    DswarmSwarm *swarm = swarmOf(infohash);
    if (swarm)
        emit event(swarm->events().updated(infohash, peers, datagrams));
    return swarm != nullptr;
}

}  // namespace swarmscope
