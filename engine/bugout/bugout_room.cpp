#include "bugout/bugout_room.h"

#include "bittorrent/bt_wire.h"
#include "events/events.h"
#include "core/json_text.h"
#include "crypto/base58.h"
#include "crypto/identity.h"
#include "core/random.h"

#include <QJsonObject>

namespace swarmscope::bugout {

namespace {
const QString kNoSuchCall = QStringLiteral("No such API call.");
constexpr qint64 kSeenKeepMs = kPeerTimeoutMs + kMaxFutureMs + 60000;  // older packets are refused anyway
}  // namespace

Room::Room(QString identifier, const Keys &keys, Clock &clock, Random &random, QObject *parent)
    : QObject(parent)
    , m_identifier(std::move(identifier))
    , m_keys(keys)
    , m_clock(clock)
    , m_random(random)
    , m_torrent(bt::RoomTorrent::of(m_identifier))
    , m_heartbeatTimer(clock)
{}

Room::~Room()
{
    for (const PendingCall &c : std::as_const(m_calls))
        m_clock.cancel(c.timer);
}

QString Room::ownAddress() const
{
    return Identity::addressOf(m_keys.signing.publicKey);
}

BencodeValue::Dict Room::handshakeFields() const
{
    return {{"ek", BencodeValue::string(m_keys.ek58.toLatin1())},
            {"id", BencodeValue::string(m_identifier.toUtf8())},
            {"pk", BencodeValue::string(m_keys.pk58.toLatin1())}};
}

void Room::addWire(bt::Wire *wire)
{
    m_wires.append(wire);
    connect(wire, &bt::Wire::extendedHandshake, this,
            [this, wire](const BencodeValue &d) { onExtendedHandshake(wire, d); });
    connect(wire, &bt::Wire::extendedMessage, this, [this, wire](const QByteArray &ext, const QByteArray &payload) {
        if (ext == kExtension)
            onPacket(wire, payload);
    });
    connect(wire, &bt::Wire::closed, this, [this, wire](const QString &reason) { onWireClosed(wire, reason); });
    // The extended handshake may have come with the BT handshake, before we were attached.
    if (wire->remoteExtendedHandshake().isDict())
        onExtendedHandshake(wire, wire->remoteExtendedHandshake());
    emit changed();
}

QList<bt::Wire *> Room::wires() const
{
    QList<bt::Wire *> out;
    for (const auto &w : m_wires)
        if (w && w->isOpen())
            out.append(w);
    return out;
}

QStringList Room::members() const
{
    QStringList out = m_peers.keys();
    out.sort();
    return out;
}

void Room::onExtendedHandshake(bt::Wire *wire, const BencodeValue &dict)
{
    post(BugoutWireSeen{roomName(),
                        int(wires().size()),
                        {wire->host(), wire->port()},
                        wire->remotePeerId(),
                        bt::clientName(wire->remotePeerId())});
    post(BugoutConnections{roomName(), int(wires().size())});
    if (!wire->remoteSupports(kExtension))
        return;  // a plain BitTorrent peer: it keeps the torrent, it is no room member
    const BencodeValue *pk = dict.find("pk");
    const BencodeValue *ek = dict.find("ek");
    const auto pkBytes = pk && pk->isString() ? base58Decode(QString::fromLatin1(pk->toBytes())) : std::nullopt;
    const auto ekBytes = ek && ek->isString() ? base58Decode(QString::fromLatin1(ek->toBytes())) : std::nullopt;
    if (!pkBytes || pkBytes->size() != 32 || !ekBytes || ekBytes->size() != 32) {
        // Bugout itself throws on this; we drop the wire.
        reject(wire, QStringLiteral("missing-keys"), QStringLiteral("bo_channel offered without a valid pk and ek"));
        wire->close(QStringLiteral("bo_channel without pk/ek"));
        return;
    }
    m_wireMembers.insert(wire, PeerId::fromBytes(*pkBytes));
    sawPeer(QString::fromLatin1(pk->toBytes()), QString::fromLatin1(ek->toBytes()), true);
}

void Room::onWireClosed(bt::Wire *wire, const QString &reason)
{
    m_wires.removeAll(QPointer<bt::Wire>(wire));
    m_wireMembers.remove(wire);
    post(BugoutWireLeft{roomName(), int(wires().size()), {wire->host(), wire->port()}, reason});
    post(BugoutConnections{roomName(), int(wires().size())});
    emit changed();
}

bool Room::markSeen(const QByteArray &key)
{
    const qint64 t = m_clock.monotonicMs();
    if (m_seen.contains(key))
        return false;
    if (m_seen.size() >= kMaxSeen) {
        for (auto it = m_seen.begin(); it != m_seen.end();)
            it = it.value() + kSeenKeepMs < t ? m_seen.erase(it) : std::next(it);
        if (m_seen.size() >= kMaxSeen)
            m_seen.clear();  // a flood: forget rather than grow; the time window still refuses old packets
    }
    m_seen.insert(key, t);
    return true;
}

void Room::onPacket(bt::Wire *from, const QByteArray &raw)
{
    if (raw.size() > kMaxPacketBytes)
        return reject(from, QStringLiteral("too-large"), QStringLiteral("packet of %1 bytes").arg(raw.size()));
    if (!markSeen(dedupeKey(raw))) {
        emit rejected(QStringLiteral("duplicate"));  // replays and echoes: counted, not reported one by one
        return;
    }
    const Opened o = openPacket(raw, m_keys, m_identifier, now());
    if (o.refusal == Refusal::NotForUs) {
        broadcast(raw, from);  // sealed for another member: carried on, as Bugout does
        return;
    }
    if (o.refusal != Refusal::None)
        return reject(from, refusalName(o.refusal), o.detail);
    broadcast(raw, from);
    dispatch(from, *o.packet);
}

void Room::dispatch(bt::Wire *from, const Packet &p)
{
    if (p.address == ownAddress())
        return;  // our own key: an echo of a packet from an earlier session
    sawPeer(p.pk58, p.ek58, false);
    const HostPort via = from ? HostPort{from->host(), from->port()} : HostPort{};
    if (p.type == "m") {
        const auto value = jsonParse(p.field("v"));
        if (!value)
            return reject(from, QStringLiteral("malformed"), QStringLiteral("message value is not JSON"));
        const QString id = QString::fromLatin1(dedupeKey(p.raw));
        post(BugoutMessage{roomName(), p.address, *value, id, p.timeMs, via, p.sealed});
        ChatMessage msg;
        msg.id = dedupeKey(p.raw);
        msg.room = m_identifier;
        msg.from = p.publicKey;
        msg.fromAddress = p.address;
        msg.timeMs = p.timeMs;
        msg.receivedMs = now();
        msg.text = value->isString() ? value->toString() : QString::fromUtf8(jsonStringify(*value));
        msg.direct = p.sealed;
        msg.peerAddress = p.sealed ? p.address : QString();
        emit messageReceived(msg);
    } else if (p.type == "r") {
        onCall(p);
    } else if (p.type == "rr") {
        onCallResult(p);
    } else if (p.type == "p") {
        post(BugoutPinged{roomName(), p.address});
    } else if (p.type == "x") {
        if (m_peers.remove(p.address)) {
            post(BugoutLeft{roomName(), p.address, QStringLiteral("leave")});
            emit changed();
        }
    }
    // other types: a later Bugout's; carried on (above) but not shown
}

void Room::onCall(const Packet &p)
{
    const QString name = QString::fromUtf8(p.field("c"));
    const QByteArray nonce = p.field("rn");
    const QJsonValue args = jsonParse(p.field("a")).value_or(QJsonValue());  // Bugout passes null for bad JSON
    const quint64 id = nextCallId ? nextCallId() : 0;
    post(BugoutRpcRequested{roomName(), p.address, name, args, id, nonce});
    const QString caller = p.address;
    const qint64 started = m_clock.monotonicMs();
    QPointer<Room> self(this);
    auto respond = [self, caller, nonce, name, id, started](const Result<QJsonValue> &outcome) {
        if (!self)
            return;
        const QJsonValue result =
            outcome.ok() ? *outcome : QJsonValue(QJsonObject{{QStringLiteral("error"), outcome.error().detail}});
        const QByteArray packet =
            makePacket(self->m_keys, self->m_identifier, self->now(), self->m_random.bytes(8), "rr",
                       {{"rn", BencodeValue::string(nonce)}, {"rr", BencodeValue::string(jsonStringify(result))}});
        auto sealed = self->sealFor(caller, packet);
        if (!sealed)
            return;
        self->sendOwn(*sealed);
        self->post(
            BugoutRpcAnswered{self->roomName(), caller, name, result, id, self->m_clock.monotonicMs() - started});
    };
    if (!invokeProcedure || !invokeProcedure(name, caller, args, respond))
        respond(makeError(ErrorCode::Invalid, kNoSuchCall));
}

void Room::onCallResult(const Packet &p)
{
    const auto it = m_callByNonce.constFind(p.field("rn").toHex());
    if (it == m_callByNonce.cend())
        return;  // not ours, or answered already
    const quint64 id = it.value();
    if (m_calls.value(id).address != p.address)
        return;  // an answer from someone we did not call
    const auto value = jsonParse(p.field("rr"));
    if (!value)
        return finishCall(id, false, {}, QStringLiteral("malformed result"));
    // Bugout reports errors as a result {"error": "..."}; shown as an error here.
    const QJsonObject o = value->toObject();
    if (value->isObject() && o.size() == 1 && o.value(QStringLiteral("error")).isString())
        return finishCall(id, false, {}, o.value(QStringLiteral("error")).toString());
    finishCall(id, true, *value, {});
}

void Room::finishCall(quint64 id, bool ok, const QJsonValue &result, const QString &error)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    m_clock.cancel(it->timer);
    RpcResponse r;
    r.callId = id;
    r.peerAddress = it->address;
    r.name = it->name;
    r.ok = ok;
    r.result = result;
    r.error = error;
    r.latencyMs = m_clock.monotonicMs() - it->startedMs;
    m_callByNonce.remove(it->nonceHex);
    m_calls.erase(it);
    post(BugoutRpcResponded{roomName(), r});
}

void Room::sawPeer(const QString &pk58, const QString &ek58, bool direct)
{
    const auto pub = base58Decode(pk58);
    if (!pub || pub->size() != 32)
        return;
    const PeerId key = PeerId::fromBytes(*pub);
    const QString address = Identity::addressOf(key);
    if (address == ownAddress())
        return;
    const qint64 t = m_clock.monotonicMs();
    auto it = m_peers.find(address);
    if (it != m_peers.end() && it->lastMs + kPeerTimeoutMs >= t) {
        it->ek58 = ek58;
        it->lastMs = t;
        return;
    }
    m_peers.insert(address, Peer{pk58, ek58, key, t});
    post(BugoutSeen{roomName(), address, direct});
    if (address == m_identifier)
        post(BugoutServerSeen{roomName(), address});
    emit changed();
    ping();  // so that they know about us too
}

void Room::broadcast(const QByteArray &raw, bt::Wire *except)
{
    for (bt::Wire *w : wires())
        if (w != except)
            w->sendExtended(kExtension, raw);
}

QString Room::sendOwn(const QByteArray &raw)
{
    const QByteArray key = dedupeKey(raw);
    markSeen(key);  // its echoes are not news
    broadcast(raw);
    return QString::fromLatin1(key);
}

Result<QByteArray> Room::sealFor(const QString &address, const QByteArray &signedPacket) const
{
    const auto it = m_peers.constFind(address);
    if (it == m_peers.cend())
        return makeError(ErrorCode::NotConnected, QStringLiteral("%1 not seen - no public key.").arg(address));
    QByteArray sealed = encryptPacket(m_keys, signedPacket, it->ek58);
    if (sealed.isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("%1 has no usable encryption key").arg(address));
    return sealed;
}

Result<QString> Room::send(const QJsonValue &message)
{
    const QByteArray packet = makePacket(m_keys, m_identifier, now(), m_random.bytes(8), "m",
                                         {{"v", BencodeValue::string(jsonStringify(message))}});
    const QString id = sendOwn(packet);
    post(BugoutSent{roomName(), {}, message, id});
    return id;
}

Result<QString> Room::sendTo(const QString &address, const QJsonValue &message)
{
    const QByteArray packet = makePacket(m_keys, m_identifier, now(), m_random.bytes(8), "m",
                                         {{"v", BencodeValue::string(jsonStringify(message))}});
    auto sealed = sealFor(address, packet);
    if (!sealed)
        return sealed.error();
    const QString id = sendOwn(*sealed);
    post(BugoutSent{roomName(), address, message, id});
    return id;
}

Result<quint64> Room::rpc(const QString &address, const QString &name, const QJsonValue &args, qint64 timeoutMs)
{
    const QByteArray nonce = m_random.bytes(8);
    const QByteArray packet = makePacket(m_keys, m_identifier, now(), m_random.bytes(8), "r",
                                         {{"c", BencodeValue::string(name.toUtf8())},
                                          {"a", BencodeValue::string(jsonStringify(args))},
                                          {"rn", BencodeValue::string(nonce)}});
    auto sealed = sealFor(address, packet);
    if (!sealed)
        return sealed.error();
    const quint64 id = nextCallId ? nextCallId() : quint64(m_calls.size() + 1);
    PendingCall call{address, name, nonce.toHex(), m_clock.monotonicMs(), 0};
    call.timer = m_clock.schedule(timeoutMs, [this, id] { finishCall(id, false, {}, QStringLiteral("timeout")); });
    m_calls.insert(id, call);
    m_callByNonce.insert(call.nonceHex, id);
    sendOwn(*sealed);
    post(BugoutRpcCalled{roomName(), address, name, args, id});
    return id;
}

void Room::ping()
{
    sendOwn(makePacket(m_keys, m_identifier, now(), m_random.bytes(8), "p"));
}

void Room::sayLeaving()
{
    m_heartbeatTimer.stop();
    sendOwn(makePacket(m_keys, m_identifier, now(), m_random.bytes(8), "x"));
}

void Room::setHeartbeat(qint64 intervalMs)
{
    m_heartbeatMs = intervalMs;
    m_heartbeatTimer.stop();
    if (intervalMs > 0)
        m_heartbeatTimer.start(intervalMs, [this] { heartbeat(); });
}

void Room::heartbeat()
{
    ping();
    // Bugout expires after one silent interval; we allow two, so one late ping is no "timeout".
    const qint64 t = m_clock.monotonicMs();
    QStringList silent;
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it)
        if (it->lastMs + 2 * m_heartbeatMs < t)
            silent.append(it.key());
    for (const QString &address : silent) {
        m_peers.remove(address);
        post(BugoutTimedOut{roomName(), address});
        post(BugoutLeft{roomName(), address, QStringLiteral("timeout")});
    }
    if (!silent.isEmpty())
        emit changed();
    m_heartbeatTimer.start(m_heartbeatMs, [this] { heartbeat(); });
}

void Room::reject(bt::Wire *wire, const QString &reason, const QString &detail)
{
    emit rejected(reason);
    post(BugoutRejected{roomName(), reason, detail, wire ? wire->host() : QString()});
}

}  // namespace swarmscope::bugout
