#include "bugout/bugout_service.h"

#include "bittorrent/bt_describe.h"
#include "bittorrent/bt_wire.h"
#include "bugout/bugout_room.h"
#include "crypto/identity.h"
#include "events/event_json.h"
#include "swarm/host_kind.h"
#include "transport/carrier.h"

#include <QPointer>

namespace swarmscope::bugout {

QString rejectReasonOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongRoom: return QStringLiteral("wrong-infohash");
    case ErrorCode::FrameTooLarge: return QStringLiteral("too-large");
    case ErrorCode::MalformedMessage: return QStringLiteral("malformed");
    case ErrorCode::HandshakeFailed: return QStringLiteral("handshake-failed");
    default: return errorCodeName(code);
    }
}

Service::Service(const KeyPair &identity, Clock &clock, Random &random, CarrierFactory *carriers, QObject *parent)
    : QObject(parent)
    , m_keys(Keys::make(identity))
    , m_clock(clock)
    , m_random(random)
    , m_peerId(bt::makePeerId(random))
    , m_carriers(carriers)
{
    if (!m_carriers)
        return;  // a transport without listeners of its own: listen() and connectTo() say so
    m_carriers->setParent(this);
    connect(m_carriers, &CarrierFactory::incoming, this, &Service::onIncoming);
}

Service::~Service()
{
    // Wires are children of this object; rooms go first so that no wire calls into a dead room.
    for (bt::Wire *w : findChildren<bt::Wire *>())
        w->disconnect(this);
    m_rooms.clear();
}

Status Service::listen(const QHostAddress &host, quint16 port)
{
    if (!m_carriers)
        return makeError(ErrorCode::Invalid, QStringLiteral("BitTorrent listener: this transport has none"));
    if (Status st = m_carriers->listen(host, port); !st.ok())
        return makeError(st.error().code, QStringLiteral("BitTorrent listener: %1").arg(st.error().detail));
    emit event(
        Event{m_clock.wallMs(), BugoutListening{{host.toString(), m_carriers->listenPort()}, Transport::BitTorrent}});
    return {};
}

bool Service::listening() const
{
    return m_carriers && m_carriers->listenPort() != 0;
}

quint16 Service::port() const
{
    return m_carriers ? m_carriers->listenPort() : 0;
}

QString Service::ownAddress() const
{
    return Identity::addressOf(m_keys.signing.publicKey);
}

Room *Service::join(const QString &identifier)
{
    const QString id = identifier.isEmpty() ? ownAddress() : identifier;  // new Bugout(): our own address
    if (Room *r = room(id))
        return r;
    auto room = std::make_unique<Room>(id, m_keys, m_clock, m_random, this);
    Room *r = room.get();
    r->nextCallId = [this] { return m_nextCall++; };
    r->invokeProcedure = [this](const QString &name, const QString &caller, const QJsonValue &args,
                                RpcRespond respond) {
        return invokeProcedure && invokeProcedure(name, caller, args, std::move(respond));
    };
    connect(r, &Room::event, this, &Service::event);
    connect(r, &Room::messageReceived, this, &Service::messageReceived);
    connect(r, &Room::changed, this, &Service::changed);
    connect(r, &Room::rejected, this, [this](const QString &reason) { ++m_rejects[reason]; });
    r->setHeartbeat(m_heartbeatMs);
    m_rooms.emplace(id, std::move(room));
    emit event(Event{m_clock.wallMs(), BugoutJoined{RoomName{id}, r->torrent().infoHash, r->serverMode()}});
    emit roomJoined(id, r->torrent().infoHash);
    emit changed();
    return r;
}

void Service::leave(const QString &identifier)
{
    auto it = m_rooms.find(identifier);
    if (it == m_rooms.end())
        return;
    Room *r = it->second.get();
    r->sayLeaving();
    const QByteArray infoHash = r->torrent().infoHash;
    // webtorrent destroys a wire as soon as its socket ends, dropping bytes not yet parsed: the
    // wires close a moment after the "x", not with it.
    for (bt::Wire *w : r->wires())
        m_clock.schedule(kLeaveGraceMs, [w = QPointer<bt::Wire>(w)] {
            if (w)
                w->close(QStringLiteral("room left"));
        });
    m_rooms.erase(it);
    emit event(Event{m_clock.wallMs(), BugoutRoomLeft{RoomName{identifier}}});
    emit roomLeft(identifier, infoHash);
    emit changed();
}

void Service::leaveAll()
{
    while (!m_rooms.empty())
        leave(QString(m_rooms.begin()->first));  // a copy: leave() erases the key
}

Room *Service::room(const QString &identifier) const
{
    auto it = m_rooms.find(identifier);
    return it == m_rooms.end() ? nullptr : it->second.get();
}

QStringList Service::identifiers() const
{
    QStringList out;
    for (const auto &[id, r] : m_rooms)
        out.append(id);
    return out;
}

void Service::setHeartbeat(qint64 intervalMs)
{
    m_heartbeatMs = intervalMs;
    for (const auto &[id, r] : m_rooms)
        r->setHeartbeat(intervalMs);
}

QList<bt::Wire *> Service::wires() const
{
    return findChildren<bt::Wire *>(Qt::FindDirectChildrenOnly);
}

PeerSnapshot Service::snapshotOf(const bt::Wire *w) const
{
    PeerSnapshot p;
    p.connectionId = w->id();
    p.host = w->host();
    p.port = w->port();
    p.listenPort = w->role() == bt::Wire::Role::Dialer ? w->port() : 0;
    p.direction = w->role() == bt::Wire::Role::Dialer ? Direction::Outbound : Direction::Inbound;
    p.transport = Transport::Tcp;
    p.source = peerSourceFromName(w->source())
                   .value_or(p.direction == Direction::Inbound ? PeerSource::Inbound : PeerSource::Manual);
    p.local = isLocalHost(w->host());
    p.state = w->isOpen() ? ConnectionState::Connected : ConnectionState::Handshaking;
    p.btPeerId = w->remotePeerId();
    p.agent = bt::clientName(p.btPeerId);
    p.bytesIn = w->bytesIn();
    p.bytesOut = w->bytesOut();
    p.sinceMs = w->sinceMs();
    for (const auto &[identifier, r] : m_rooms)
        if (w->torrent() == &r->torrent()) {
            p.rooms.append(identifier);
            p.id = r->memberOf(w);
            if (!p.id.isNull())
                p.address = Identity::addressOf(p.id);
        }
    return p;
}

QList<PeerSnapshot> Service::peers() const
{
    QList<PeerSnapshot> out;
    for (const bt::Wire *w : wires())
        out.append(snapshotOf(w));
    return out;
}

std::optional<PeerSnapshot> Service::peer(quint64 id) const
{
    for (const bt::Wire *w : wires())
        if (w->id() == id)
            return snapshotOf(w);
    return std::nullopt;
}

bt::Wire *Service::makeWire(Carrier *carrier, int role)
{
    auto *w = new bt::Wire(carrier, bt::Wire::Role(role), m_clock, m_peerId, this);
    w->setDhtPort(m_dhtPort);
    connect(w, &bt::Wire::traffic, this, [this, w](bool out, const QString &type, const QByteArray &body, int bytes) {
        capture(w, out, type, body, bytes);
    });
    connect(w, &bt::Wire::rejected, this, [this, w](ErrorCode code, const QString &detail) {
        const Room *r = w->torrent() ? room(QString::fromUtf8(w->torrent()->content)) : nullptr;
        countReject(rejectReasonOf(code), r ? r->identifier() : QString(), detail, w->host());
    });
    connect(w, &bt::Wire::handshaken, this, [this, w] {
        Room *r = w->torrent() ? room(QString::fromUtf8(w->torrent()->content)) : nullptr;
        if (!r)
            return w->close(QStringLiteral("room left"));
        r->addWire(w);
        emit wireOpened(w->id());
    });
    connect(w, &bt::Wire::extendedHandshake, this, [this, w] { emit wireUpdated(w->id()); });
    connect(w, &bt::Wire::closed, this, [this, w] { emit wireClosed(w->id()); });
    connect(w, &bt::Wire::closed, w, &QObject::deleteLater);
    return w;
}

void Service::onIncoming(Carrier *carrier)
{
    bt::Wire *w = makeWire(carrier, int(bt::Wire::Role::Acceptor));
    w->setExtensions({Room::kExtension}, {});
    w->resolveTorrent = [this, w](const QByteArray &infoHash) -> const bt::RoomTorrent * {
        for (const auto &[id, r] : m_rooms)
            if (r->torrent().infoHash == infoHash) {
                w->setExtraFields(r->handshakeFields());
                return &r->torrent();
            }
        return nullptr;
    };
}

Status Service::connectTo(const QString &identifier, const QString &host, quint16 port, const QString &source)
{
    Room *r = room(identifier);
    if (!r)
        return makeError(ErrorCode::Invalid, QStringLiteral("not in Bugout room %1").arg(identifier));
    // One dial per room and peer at a time: DHT rounds and manual adds repeat themselves.
    const QString key = QString::fromLatin1(r->torrent().infoHash.toHex()) + QLatin1Char('@') + host + QLatin1Char(':')
        + QString::number(port);
    if (m_dialled.contains(key))
        return {};
    if (!m_carriers)
        return makeError(ErrorCode::Invalid, QStringLiteral("BitTorrent: this transport cannot dial"));
    Carrier *carrier = m_carriers->dial(host, port, nullptr);
    bt::Wire *w = makeWire(carrier, int(bt::Wire::Role::Dialer));
    m_dialled.insert(key);
    connect(w, &bt::Wire::closed, this, [this, key] { m_dialled.remove(key); });
    w->setSource(source);
    w->setTorrent(&r->torrent());
    w->setExtensions({Room::kExtension}, r->handshakeFields());
    return {};
}

QCborMap Service::describe(const FrameRecord &frame) const
{
    QCborMap tree = bt::describeMessage(frame.payload);
    if (frame.type != QLatin1StringView(Room::kExtension) || frame.payload.size() < 2)
        return tree;
    const QByteArray raw = frame.payload.mid(2);  // after the message id and the extension number
    // The room is the one the packet names, if we are in it.
    QString identifier = identifiers().value(0);
    if (auto outer = BencodeValue::decode(raw); outer.ok())
        if (const BencodeValue *p = outer->find("p"); p && p->isString())
            if (auto inner = BencodeValue::decode(p->toBytes()); inner.ok())
                if (const BencodeValue *i = inner->find("i");
                    i && i->isString() && room(QString::fromUtf8(i->toBytes())))
                    identifier = QString::fromUtf8(i->toBytes());
    const Opened o = openPacket(raw, m_keys, identifier, frame.timeMs);
    QCborMap bugout;
    bugout.insert(QStringLiteral("verdict"),
                  o.refusal == Refusal::None ? QStringLiteral("ok") : refusalName(o.refusal));
    if (!o.detail.isEmpty())
        bugout.insert(QStringLiteral("detail"), o.detail);
    if (o.packet) {
        const Packet &p = *o.packet;
        bugout.insert(QStringLiteral("sealed"), p.sealed);
        bugout.insert(QStringLiteral("from"), p.address);
        bugout.insert(QStringLiteral("signature"),
                      p.signatureValid ? QStringLiteral("valid") : QStringLiteral("invalid"));
        bugout.insert(QStringLiteral("packet"), bt::cborOfBencode(p.inner));
    } else if (auto outer = BencodeValue::decode(raw); outer.ok()) {
        bugout.insert(QStringLiteral("envelope"), bt::cborOfBencode(*outer));
    }
    tree.insert(QStringLiteral("bugout"), bugout);
    tree.remove(QStringLiteral("payload"));
    return tree;
}

void Service::countReject(const QString &reason, const QString &room, const QString &detail, const QString &host)
{
    ++m_rejects[reason];
    emit event(Event{m_clock.wallMs(), BugoutRejected{RoomName{room}, reason, detail, host}});
}

void Service::capture(bt::Wire *wire, bool outbound, const QString &type, const QByteArray &body, int wireBytes)
{
    if (!m_tap)
        return;
    FrameRecord f;
    f.timeMs = m_clock.wallMs();
    f.connectionId = wire->id();
    f.host = wire->host();
    f.port = wire->port();
    f.direction = outbound ? Direction::Outbound : Direction::Inbound;
    f.transport = Transport::Tcp;
    f.protocol = QStringLiteral("bittorrent");
    f.type = type;
    f.wireBytes = wireBytes;
    f.payload = body;
    f.fields = describe(f).toCborValue().toCbor();
    m_tap->onFrame(f);
}

}  // namespace swarmscope::bugout
