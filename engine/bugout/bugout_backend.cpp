#include "bugout/bugout_backend.h"

#include "bittorrent/bt_wire.h"
#include "bittorrent/room_torrent.h"
#include "bugout/bugout_room.h"
#include "bugout/bugout_service.h"
#include "crypto/identity.h"
#include "dht/dht_node.h"
#include "transport/carrier.h"

#include <QSet>

#include <algorithm>

namespace swarmscope {

BugoutBackend::BugoutBackend(const KeyPair &identity, Clock &clock, Random &random, const CarrierFactory &carriers,
                             DatagramFactory &datagrams, Options options, DhtNode *dht, QObject *parent)
    : CompatBackend(parent)
    , m_identity(identity)
    , m_clock(clock)
    , m_random(random)
    , m_datagrams(datagrams)
    , m_options(std::move(options))
    , m_dht(dht)
    , m_service(std::make_unique<bugout::Service>(identity, clock, random, carriers.sibling(nullptr)))
{
    bugout::Service *s = m_service.get();
    connect(s, &bugout::Service::event, this, &CompatBackend::event);
    connect(s, &bugout::Service::changed, this, &CompatBackend::roomsChanged);
    connect(s, &bugout::Service::wireOpened, this, [this](quint64 id) { emit peerAdded(*m_service->peer(id)); });
    connect(s, &bugout::Service::wireUpdated, this, &CompatBackend::peerUpdated);
    connect(s, &bugout::Service::wireClosed, this, [this](quint64 id) {
        m_lastBytes.remove(id);
        emit peerRemoved(id);
    });
    // The chat, the history and the window know the room by its key.
    connect(s, &bugout::Service::messageReceived, this, [this](ChatMessage m) {
        m.room = RoomRef{RoomBackend::Bugout, m.room}.key();
        emit messageReceived(m, HostPort{});
    });
}

BugoutBackend::~BugoutBackend()
{
    if (m_lsd)
        m_lsd->disconnect(this);
    m_lsd.reset();
    m_service->disconnect(this);
}

quint16 BugoutBackend::port() const
{
    return m_service->port();
}

void BugoutBackend::stop()
{
    m_service->leaveAll();
    m_lsd.reset();
}

Result<RoomSnapshot> BugoutBackend::join(const QString &name, const JoinOptions &options)
{
    if (!m_service->listening()) {
        if (m_dht)
            m_service->setDhtPort(m_dht->port());
        if (Status st = m_service->listen(m_options.listenHost, m_options.port); !st.ok())
            return st.error();
    }
    if (m_service->room(name))
        return room(name);
    bugout::Room *r = m_service->join(name);
    const QByteArray &infoHash = r->torrent().infoHash;
    if (m_dht) {
        if (options.announce)
            m_dht->announce(infoHash, m_service->port());
        else if (options.lookup)
            m_dht->lookup(infoHash);
    }
    startLocalServiceDiscovery();
    if (m_lsd)
        m_lsd->add(infoHash);
    return room(name);
}

// BEP 14 on the LAN's interface, as webtorrent under Node does. A port another program holds
// without address reuse costs us this peer source, not the room.
void BugoutBackend::startLocalServiceDiscovery()
{
    if (m_lsd || !m_options.lsd.enabled)
        return;
    auto lsd = std::make_unique<bt::LocalServiceDiscovery>(m_options.lsd, m_clock, m_random, m_datagrams);
    if (Status st = lsd->start(); !st.ok()) {
        emit event(
            Event{m_clock.wallMs(), BugoutRejected{{}, QStringLiteral("lsd-unavailable"), st.error().detail, {}}});
        return;
    }
    lsd->setBittorrentPort(m_service->port());
    connect(lsd.get(), &bt::LocalServiceDiscovery::peerFound, this,
            [this](const QByteArray &infoHash, const QHostAddress &host, quint16 port) {
                onPeerFound(infoHash, host, port, QStringLiteral("lsd"));
            });
    connect(lsd.get(), &bt::LocalServiceDiscovery::rejected, this,
            [this](const QString &reason, const QString &detail, const QString &host) {
                emit event(Event{m_clock.wallMs(), BugoutRejected{{}, QStringLiteral("lsd-") + reason, detail, host}});
            });
    emit event(Event{m_clock.wallMs(), BugoutListening{{m_options.lsd.group.toString(), lsd->port()}, Transport::Lsd}});
    m_lsd = std::move(lsd);
}

void BugoutBackend::leave(const QString &name)
{
    bugout::Room *r = m_service->room(name);
    if (!r)
        return;
    if (m_dht)
        m_dht->remove(r->torrent().infoHash);
    if (m_lsd)
        m_lsd->remove(r->torrent().infoHash);
    m_service->leave(name);
}

QStringList BugoutBackend::rooms() const
{
    return m_service->identifiers();
}

RoomSnapshot BugoutBackend::room(const QString &name) const
{
    const bugout::Room *r = m_service->room(name);
    if (!r)
        return {};
    RoomSnapshot s;
    s.name = RoomRef{RoomBackend::Bugout, name}.key();
    s.backend = RoomBackend::Bugout;
    s.topic = name.toUtf8();  // the identifier, as Bugout takes it
    s.dhtKey = r->torrent().infoHash;
    s.members = r->members();
    // Members with a wire of their own (the others are reached through a relaying member).
    QSet<QString> direct;
    for (const bt::Wire *w : r->wires())
        if (const PeerId member = r->memberOf(w); !member.isNull())
            direct.insert(Identity::addressOf(member));
    s.connectedMembers = int(std::count_if(s.members.cbegin(), s.members.cend(),
                                           [&](const QString &address) { return direct.contains(address); }));
    return s;
}

ChatMessage BugoutBackend::ownMessage(const QString &name, const QString &id, const QString &text,
                                      const QString &to) const
{
    ChatMessage m;
    m.id = id.toLatin1();
    m.room = RoomRef{RoomBackend::Bugout, name}.key();
    m.from = m_identity.publicKey;
    m.fromAddress = Identity::addressOf(m_identity.publicKey);
    m.timeMs = m_clock.wallMs();
    m.receivedMs = m.timeMs;
    m.text = text;
    m.own = true;
    m.direct = !to.isEmpty();
    m.peerAddress = to;
    m.state = DeliveryState::Sent;
    return m;
}

Result<ChatMessage> BugoutBackend::send(const QString &name, const QString &text)
{
    bugout::Room *r = m_service->room(name);
    if (!r)
        return makeError(ErrorCode::WrongRoom, QStringLiteral("not in room bugout:%1").arg(name));
    // What a Bugout app sends with send(message): a JSON value; plain text goes as a JSON string.
    const auto sent = r->send(QJsonValue(text));
    if (!sent)
        return sent.error();
    return ownMessage(name, *sent, text, QString());
}

Result<ChatMessage> BugoutBackend::sendTo(const QString &address, const QString &text, const QString &name)
{
    const QString roomName = name.isEmpty() ? roomOfMember(address).value_or(QString()) : name;
    bugout::Room *r = m_service->room(roomName);
    if (!r)
        return makeError(ErrorCode::WrongRoom,
                         name.isEmpty() ? QStringLiteral("%1 is in none of our Bugout rooms").arg(address)
                                        : QStringLiteral("not in room bugout:%1").arg(name));
    const auto sent = r->sendTo(address, QJsonValue(text));
    if (!sent)
        return sent.error();
    return ownMessage(roomName, *sent, text, address);
}

Result<quint64> BugoutBackend::call(const QString &address, const QString &procedure, const QJsonValue &args,
                                    qint64 timeoutMs)
{
    const auto name = roomOfMember(address);
    if (!name)
        return makeError(ErrorCode::NotConnected, QStringLiteral("%1 is in none of our Bugout rooms").arg(address));
    return m_service->room(*name)->rpc(address, procedure, args, timeoutMs);
}

std::optional<QString> BugoutBackend::roomOfMember(const QString &address) const
{
    for (const QString &id : m_service->identifiers())
        if (m_service->room(id)->hasMember(address))
            return id;
    return std::nullopt;
}

void BugoutBackend::setHeartbeat(qint64 intervalMs)
{
    m_service->setHeartbeat(intervalMs);
}

Status BugoutBackend::dial(const QString &name, const QString &host, quint16 port)
{
    return m_service->connectTo(name, host, port);
}

bool BugoutBackend::onDhtPeer(const QByteArray &infoHash, const QHostAddress &host, quint16 port)
{
    return onPeerFound(infoHash, host, port, QStringLiteral("dht"));
}

bool BugoutBackend::onPeerFound(const QByteArray &infoHash, const QHostAddress &host, quint16 port,
                                const QString &source)
{
    for (const QString &id : m_service->identifiers()) {
        if (m_service->room(id)->torrent().infoHash != infoHash)
            continue;
        // Our own announce comes back from the DHT too (and from a second address of ours on the LAN).
        if (port == m_service->port() && (host.isLoopback() || host == m_options.listenHost))
            return true;
        const auto st = m_service->connectTo(id, host.toString(), port, source);
        Q_UNUSED(st);
        return true;
    }
    return false;
}

QList<PeerSnapshot> BugoutBackend::peers() const
{
    return m_service->peers();
}

std::optional<PeerSnapshot> BugoutBackend::peer(quint64 connectionId) const
{
    return m_service->peer(connectionId);
}

void BugoutBackend::addStatus(SessionStatus &status) const
{
    if (!m_service->listening())
        return;
    BackendStatus b;
    b.backend = RoomBackend::Bugout;
    b.idHex = m_identity.publicKey.toHex();
    for (const QString &name : m_service->identifiers())
        b.listening.append({name, m_service->port()});
    for (const PeerSnapshot &p : m_service->peers()) {
        status.bytesIn += p.bytesIn;
        status.bytesOut += p.bytesOut;
        if (p.state == ConnectionState::Connected)
            ++b.connected;
        else
            ++status.handshaking;
    }
    // Counted by Bugout's reasons, here and (as bugout-REASON, lsd-REASON) in the session's rejects.
    for (auto it = m_service->rejects().cbegin(); it != m_service->rejects().cend(); ++it) {
        b.rejects.append({it.key(), it.value()});
        status.rejects.append({QStringLiteral("bugout-") + it.key(), it.value()});
    }
    if (m_lsd)
        for (auto it = m_lsd->rejects().cbegin(); it != m_lsd->rejects().cend(); ++it) {
            b.rejects.append({QStringLiteral("lsd-") + it.key(), it.value()});
            status.rejects.append({QStringLiteral("lsd-") + it.key(), it.value()});
        }
    std::sort(b.rejects.begin(), b.rejects.end());
    status.connected += b.connected;
    status.backends.append(b);
}

void BugoutBackend::sampleRates(qint64 nowMs, StatsSample &sample)
{
    const double secs = m_lastSampleMs > 0 ? std::max<qint64>(1, nowMs - m_lastSampleMs) / 1000.0 : 1.0;
    m_lastSampleMs = nowMs;
    for (const PeerSnapshot &p : m_service->peers()) {
        if (p.state != ConnectionState::Connected)
            continue;
        const auto before = m_lastBytes.value(p.connectionId, {p.bytesIn, p.bytesOut});
        m_lastBytes.insert(p.connectionId, {p.bytesIn, p.bytesOut});
        PeerRate r{p.connectionId,
                   p.address,
                   double(p.bytesIn - before.first) / secs,
                   double(p.bytesOut - before.second) / secs,
                   0,
                   0,
                   -1};
        sample.bytesInPerSec += r.bytesInPerSec;
        sample.bytesOutPerSec += r.bytesOutPerSec;
        sample.peers.append(r);
    }
}

void BugoutBackend::setTap(FrameTap *tap)
{
    m_service->setTap(tap);
}

}  // namespace swarmscope
