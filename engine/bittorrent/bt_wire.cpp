#include "bittorrent/bt_wire.h"

#include <QtEndian>

#include <atomic>

namespace swarmscope::bt {

namespace {
std::atomic<quint64> g_nextWireId{Wire::kFirstId};
constexpr int kMetadataId = 1;  // our number for ut_metadata
const QByteArray kUtMetadata = QByteArrayLiteral("ut_metadata");
constexpr quint32 kMaxBlockBytes = 128 * 1024;  // BEP 3: larger requests are refused
}  // namespace

Wire::Wire(Carrier *socket, Role role, Clock &clock, QByteArray localPeerId, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_role(role)
    , m_clock(clock)
    , m_id(g_nextWireId++)
    , m_sinceMs(clock.wallMs())
    , m_source(role == Role::Acceptor ? QStringLiteral("inbound") : QStringLiteral("manual"))
    , m_localPeerId(std::move(localPeerId))
    , m_keepAlive(clock)
    , m_timeout(clock)
{
    socket->setParent(this);
    m_localExtNames.insert(kMetadataId, kUtMetadata);
    connect(socket, &Carrier::readyRead, this, &Wire::onReadable);
    connect(socket, &Carrier::closed, this, [this] {
        m_carrierEnded = true;
        close(QStringLiteral("remote closed"));
    });
    connect(socket, &Carrier::failed, this, [this](const QString &detail) {
        m_carrierEnded = true;
        close(detail);
    });
    const auto notePeer = [this] {
        m_host = m_socket->peerAddress().toString();
        m_port = m_socket->peerPort();
    };
    if (socket->isOpen())
        notePeer();
    connect(socket, &Carrier::opened, this, [this, notePeer] {
        notePeer();
        if (m_role == Role::Dialer)
            sendHandshake();
    });
    m_timeout.start(kHandshakeTimeoutMs,
                    [this] { fail(ErrorCode::HandshakeTimeout, QStringLiteral("no handshake in time")); });
}

Wire::~Wire()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void Wire::setExtensions(const QList<QByteArray> &names, BencodeValue::Dict extraFields)
{
    m_extensions = names;
    m_extraFields = std::move(extraFields);
    int next = kMetadataId + 1;
    for (const QByteArray &n : names)
        m_localExtNames.insert(next++, n);
}

void Wire::start()
{
    if (m_role == Role::Dialer && m_socket && m_socket->isOpen())
        sendHandshake();
}

void Wire::sendHandshake()
{
    if (m_sentHandshake || !m_torrent)
        return;
    Handshake h;
    h.reserved[5] = char(0x10);  // BEP 10 extension protocol
    h.reserved[7] = char(0x04 | (m_dhtPort ? 0x01 : 0));  // BEP 6 fast, BEP 5 DHT
    h.infoHash = m_torrent->infoHash;
    h.peerId = m_localPeerId;
    m_sentHandshake = true;
    const QByteArray bytes = h.encode();
    emit traffic(true, QStringLiteral("handshake"), bytes, int(bytes.size()));
    writeRaw(bytes);
}

void Wire::onReadable()
{
    if (!m_socket || m_closed)
        return;
    const QByteArray data = m_socket->readAll();
    m_bytesIn += quint64(data.size());
    m_reader.append(data);
    if (!m_gotHandshake) {
        auto h = m_reader.takeHandshake();
        if (!h)
            return;
        if (!h->ok())
            return fail(h->error().code, h->error().detail);
        onRemoteHandshake(h->value());
        if (m_closed)
            return;
    }
    while (!m_closed) {
        auto m = m_reader.takeMessage();
        if (!m)
            break;
        if (!m->ok())
            return fail(m->error().code, m->error().detail);
        armIdle();
        const Message &msg = m->value();
        emit traffic(false, typeOf(msg), msg.encode().mid(4), int(msg.payload.size() + (msg.id == KeepAlive ? 4 : 5)));
        onMessage(msg);
    }
}

QString Wire::typeOf(const Message &m) const
{
    if (m.id != Extended || m.payload.isEmpty())
        return messageName(m.id);
    const int ext = quint8(m.payload[0]);
    if (ext == 0)
        return QStringLiteral("extended-handshake");
    const QByteArray name = m_localExtNames.value(ext);
    return name.isEmpty() ? messageName(m.id) : QString::fromLatin1(name);
}

void Wire::onRemoteHandshake(const Handshake &h)
{
    emit traffic(false, QStringLiteral("handshake"), h.encode(), kHandshakeBytes);
    m_gotHandshake = true;
    m_remote = h;
    if (m_role == Role::Acceptor) {
        const RoomTorrent *t = resolveTorrent ? resolveTorrent(h.infoHash) : nullptr;
        if (!t)
            return fail(ErrorCode::WrongRoom,
                        QStringLiteral("handshake for infohash %1, which we do not seed")
                            .arg(QString::fromLatin1(h.infoHash.toHex())));
        m_torrent = t;
        sendHandshake();
    } else if (!m_torrent || h.infoHash != m_torrent->infoHash) {
        return fail(ErrorCode::WrongRoom,
                    QStringLiteral("handshake for another infohash %1").arg(QString::fromLatin1(h.infoHash.toHex())));
    }
    if (h.peerId == m_localPeerId)
        return fail(ErrorCode::Self, QStringLiteral("connected to ourselves"));
    m_fast = h.fast();
    m_open = true;
    if (h.extended())
        sendExtendedHandshake();
    // We always hold the whole (one-piece) torrent.
    if (m_fast) {
        sendMessage(Message{HaveAll, {}}, QStringLiteral("have-all"));
    } else {
        QByteArray bits((m_torrent->pieceCount() + 7) / 8, '\0');
        for (int i = 0; i < m_torrent->pieceCount(); ++i)
            bits[i / 8] = char(quint8(bits[i / 8]) | (0x80 >> (i % 8)));
        sendMessage(Message{Bitfield, bits}, QStringLiteral("bitfield"));
    }
    if (m_dhtPort && h.dht()) {
        QByteArray port(2, '\0');
        qToBigEndian<quint16>(m_dhtPort, port.data());
        sendMessage(Message{Port, port}, QStringLiteral("port"));
    }
    keepAliveTick(false);
    armIdle();
    emit handshaken();
}

void Wire::keepAliveTick(bool send)
{
    if (send) {
        emit traffic(true, messageName(KeepAlive), {}, 4);
        writeRaw(Message::keepAlive());
    }
    m_keepAlive.start(kKeepAliveMs, [this] { keepAliveTick(true); });
}

void Wire::armIdle()
{
    m_timeout.start(kIdleTimeoutMs,
                    [this] { fail(ErrorCode::Timeout, QStringLiteral("nothing heard for 3 minutes")); });
}

void Wire::sendExtendedHandshake()
{
    BencodeValue hs = BencodeValue::dict(m_extraFields);
    BencodeValue m = BencodeValue::dict();
    for (auto it = m_localExtNames.cbegin(); it != m_localExtNames.cend(); ++it)
        m.insert(it.value(), BencodeValue::integer(it.key()));
    hs.insert("m", m);
    hs.insert("metadata_size", BencodeValue::integer(m_torrent->info.size()));
    const QByteArray payload = hs.encode();
    sendMessage(Message{Extended, QByteArray(1, '\0') + payload}, QStringLiteral("extended-handshake"));
}

void Wire::onMessage(const Message &m)
{
    switch (m.id) {
    case Interested:
        m_unchoked = true;
        sendMessage(Message{Unchoke, {}}, QStringLiteral("unchoke"));
        break;
    case Request: {
        if (m.payload.size() != 12)
            return fail(ErrorCode::MalformedMessage, QStringLiteral("request of %1 bytes").arg(m.payload.size()));
        const quint32 index = qFromBigEndian<quint32>(m.payload.constData());
        const quint32 begin = qFromBigEndian<quint32>(m.payload.constData() + 4);
        const quint32 length = qFromBigEndian<quint32>(m.payload.constData() + 8);
        if (length > kMaxBlockBytes)
            return fail(ErrorCode::LimitReached, QStringLiteral("request for %1 bytes").arg(length));
        const qint64 pieceStart = qint64(index) * m_torrent->pieceLength;
        const qint64 pieceEnd = qMin<qint64>(pieceStart + m_torrent->pieceLength, m_torrent->content.size());
        if (int(index) >= m_torrent->pieceCount() || pieceStart + begin + length > pieceEnd || !m_unchoked) {
            if (m_fast)
                sendMessage(Message{Reject, m.payload}, QStringLiteral("reject-request"));
            break;
        }
        QByteArray body = m.payload.left(8);
        body.append(m_torrent->content.mid(pieceStart + begin, length));
        sendMessage(Message{Piece, body}, QStringLiteral("piece"));
        break;
    }
    case Port:
        if (m.payload.size() == 2)
            emit dhtPort(qFromBigEndian<quint16>(m.payload.constData()));
        break;
    case Extended: onExtended(m.payload); break;
    default: break;  // choke, have, bitfield, have-all...: we want nothing from a seeder
    }
}

void Wire::onExtended(const QByteArray &payload)
{
    if (payload.isEmpty())
        return fail(ErrorCode::MalformedMessage, QStringLiteral("extended message without an id"));
    const int ext = quint8(payload[0]);
    const QByteArray body = payload.mid(1);
    if (ext == 0) {
        BencodeLimits limits;
        limits.maxInputBytes = kMaxExtendedHandshakeBytes;
        auto dict = BencodeValue::decode(body, limits);
        if (!dict.ok() || !dict->isDict())
            return emit rejected(ErrorCode::MalformedMessage,
                                 QStringLiteral("extended handshake: %1")
                                     .arg(dict.ok() ? QStringLiteral("not a dictionary") : dict.error().detail));
        m_remoteExt = *dict;
        m_remoteExtIds.clear();
        if (const BencodeValue *m = m_remoteExt.find("m"); m && m->isDict())
            for (const auto &[name, v] : m->toDict())
                if (v.isInteger() && v.toInteger() > 0 && v.toInteger() < 256)
                    m_remoteExtIds.insert(name, int(v.toInteger()));
        emit extendedHandshake(m_remoteExt);
        return;
    }
    const QByteArray name = m_localExtNames.value(ext);
    if (name.isEmpty())
        return emit rejected(ErrorCode::UnknownType,
                             QStringLiteral("extended message %1, which we did not offer").arg(ext));
    if (name == kUtMetadata)
        return onMetadataRequest(body);
    emit extendedMessage(name, body);
}

void Wire::onMetadataRequest(const QByteArray &payload)
{
    BencodeLimits limits;
    limits.maxInputBytes = 1024;
    auto v = BencodeValue::decode(payload, limits);
    const BencodeValue *type = v.ok() ? v->find("msg_type") : nullptr;
    const BencodeValue *piece = v.ok() ? v->find("piece") : nullptr;
    if (!type || !piece || !type->isInteger() || !piece->isInteger())
        return emit rejected(ErrorCode::MalformedMessage, QStringLiteral("ut_metadata message that is not a request"));
    if (type->toInteger() != 0)
        return;  // data or reject: we never ask
    BencodeValue reply = BencodeValue::dict({{"msg_type", BencodeValue::integer(piece->toInteger() == 0 ? 1 : 2)},
                                             {"piece", BencodeValue::integer(piece->toInteger())}});
    QByteArray out;
    if (piece->toInteger() == 0) {  // the info dictionary is far below one 16 KiB metadata piece
        reply.insert("total_size", BencodeValue::integer(m_torrent->info.size()));
        out = reply.encode() + m_torrent->info;
    } else {
        out = reply.encode();
    }
    sendExtended(kUtMetadata, out);
}

bool Wire::sendExtended(const QByteArray &extension, QByteArrayView payload)
{
    const int remoteId = m_remoteExtIds.value(extension);
    if (!m_open || remoteId <= 0)
        return false;
    QByteArray body;
    body.append(char(remoteId));
    body.append(payload);
    sendMessage(Message{Extended, body}, QString::fromLatin1(extension));
    return true;
}

void Wire::sendMessage(const Message &m, const QString &type)
{
    const QByteArray bytes = m.encode();
    emit traffic(true, type, bytes.mid(4), int(bytes.size()));
    writeRaw(bytes);
}

void Wire::writeRaw(const QByteArray &bytes)
{
    if (!m_socket || m_closed)
        return;
    m_bytesOut += quint64(bytes.size());
    m_socket->write(bytes);
}

void Wire::fail(ErrorCode code, const QString &detail)
{
    if (m_closed)
        return;
    emit rejected(code, detail);
    close(detail);
}

void Wire::close(const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_open = false;
    m_keepAlive.stop();
    m_timeout.stop();
    if (m_socket) {
        Carrier *carrier = m_socket;
        carrier->disconnect(this);
        if (m_carrierEnded) {
            carrier->deleteLater();
        } else {
            // The carrier outlives the wire until the remote closes too: what we wrote last (a
            // leave packet) must get out, and closing with unread input would send a reset that
            // can destroy it in flight. It is freed by the remote's close or the linger timeout.
            carrier->setParent(nullptr);
            connect(carrier, &Carrier::readyRead, carrier, [carrier] { carrier->readAll(); });
            connect(carrier, &Carrier::closed, carrier, &QObject::deleteLater);
            connect(carrier, &Carrier::failed, carrier, &QObject::deleteLater);
            const QPointer<Carrier> lingering(carrier);
            m_clock.schedule(kLingerMs, [lingering] {
                if (lingering) {
                    lingering->abort();
                    lingering->deleteLater();
                }
            });
            carrier->close();
        }
    }
    emit closed(reason);
}

}  // namespace swarmscope::bt
