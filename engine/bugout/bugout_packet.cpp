#include "bugout/bugout_packet.h"

#include "crypto/base58.h"
#include "crypto/identity.h"

namespace swarmscope::bugout {

namespace {

BencodeLimits packetLimits()
{
    BencodeLimits l;
    l.maxInputBytes = kMaxPacketBytes;
    l.maxStringBytes = kMaxPacketBytes;
    l.maxDepth = 4;
    l.maxItems = 64;
    return l;
}

QString bs58(const auto &bytes)
{
    return base58Encode(QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
}

Opened refuse(Refusal r, QString detail, std::optional<Packet> packet = std::nullopt)
{
    return Opened{r, std::move(detail), std::move(packet)};
}

}  // namespace

Keys Keys::make(const KeyPair &identity)
{
    Keys k;
    k.signing = identity;
    k.box = BoxKeyPair::generate();
    k.pk58 = bs58(identity.publicKey.key);
    k.ek58 = bs58(k.box.publicKey);
    return k;
}

QByteArray makePacket(const Keys &keys, const QString &identifier, qint64 nowMs, const QByteArray &nonce,
                      const QByteArray &type, BencodeValue::Dict extra)
{
    BencodeValue inner = BencodeValue::dict(std::move(extra));
    inner.insert("t", BencodeValue::integer(nowMs));
    inner.insert("i", BencodeValue::string(identifier.toUtf8()));
    inner.insert("pk", BencodeValue::string(keys.pk58.toLatin1()));
    inner.insert("ek", BencodeValue::string(keys.ek58.toLatin1()));
    inner.insert("n", BencodeValue::string(nonce));
    inner.insert("y", BencodeValue::string(type));
    const QByteArray p = inner.encode();
    return BencodeValue::dict(
               {{"p", BencodeValue::string(p)}, {"s", BencodeValue::string(signDetached(keys.signing, p))}})
        .encode();
}

QByteArray encryptPacket(const Keys &keys, const QByteArray &signedPacket, const QString &recipientEk58)
{
    const auto ek = base58Decode(recipientEk58);
    if (!ek || ek->size() != kBoxKeyBytes)
        return {};
    const QByteArray nonce = randomBytes(kBoxNonceBytes);
    return BencodeValue::dict({{"n", BencodeValue::string(nonce)},
                               {"ek", BencodeValue::string(keys.ek58.toLatin1())},
                               {"e", BencodeValue::string(boxSeal(signedPacket, nonce, *ek, keys.box))}})
        .encode();
}

QString refusalName(Refusal r)
{
    switch (r) {
    case Refusal::None: return {};
    case Refusal::Malformed: return QStringLiteral("malformed");
    case Refusal::NotForUs: return QStringLiteral("sealed-for-another");
    case Refusal::BadSignature: return QStringLiteral("bad-signature");
    case Refusal::WrongRoom: return QStringLiteral("wrong-room");
    case Refusal::Stale: return QStringLiteral("stale");
    case Refusal::Future: return QStringLiteral("future");
    }
    return {};
}

QByteArray Packet::field(QByteArrayView key) const
{
    const BencodeValue *v = inner.find(key);
    return v && v->isString() ? v->toBytes() : QByteArray();
}

Opened openPacket(const QByteArray &raw, const Keys &keys, const QString &identifier, qint64 nowMs)
{
    auto outer = BencodeValue::decode(raw, packetLimits());
    if (!outer.ok() || !outer->isDict())
        return refuse(Refusal::Malformed,
                      outer.ok() ? QStringLiteral("packet is not a dictionary") : outer.error().detail);
    BencodeValue envelope = *outer;
    bool sealed = false;
    const BencodeValue *e = envelope.find("e");
    const BencodeValue *n = envelope.find("n");
    const BencodeValue *ek = envelope.find("ek");
    if (e && n && ek) {
        if (!e->isString() || !n->isString() || !ek->isString())
            return refuse(Refusal::Malformed, QStringLiteral("sealed packet fields are not strings"));
        const auto senderEk = base58Decode(QString::fromLatin1(ek->toBytes()));
        const auto plain = senderEk ? boxOpen(e->toBytes(), n->toBytes(), *senderEk, keys.box) : std::nullopt;
        if (!plain)
            return refuse(Refusal::NotForUs, QStringLiteral("sealed packet does not open with our key"));
        auto inner = BencodeValue::decode(*plain, packetLimits());
        if (!inner.ok() || !inner->isDict())
            return refuse(Refusal::Malformed,
                          QStringLiteral("opened packet: %1")
                              .arg(inner.ok() ? QStringLiteral("not a dictionary") : inner.error().detail));
        envelope = *inner;
        sealed = true;
    }
    const BencodeValue *p = envelope.find("p");
    const BencodeValue *s = envelope.find("s");
    if (!p || !s || !p->isString() || !s->isString())
        return refuse(Refusal::Malformed, QStringLiteral("packet without p and s"));
    auto inner = BencodeValue::decode(p->toBytes(), packetLimits());
    if (!inner.ok() || !inner->isDict())
        return refuse(
            Refusal::Malformed,
            QStringLiteral("p: %1").arg(inner.ok() ? QStringLiteral("not a dictionary") : inner.error().detail));

    Packet pk;
    pk.raw = raw;
    pk.sealed = sealed;
    pk.p = p->toBytes();
    pk.signature = s->toBytes();
    pk.inner = *inner;
    pk.type = pk.field("y");
    pk.pk58 = QString::fromLatin1(pk.field("pk"));
    pk.ek58 = QString::fromLatin1(pk.field("ek"));
    pk.identifier = QString::fromUtf8(pk.field("i"));
    const BencodeValue *t = pk.inner.find("t");
    if (!t || !t->isInteger() || pk.type.isEmpty() || pk.pk58.isEmpty() || pk.ek58.isEmpty())
        return refuse(Refusal::Malformed, QStringLiteral("packet lacks t, y, pk or ek"), pk);
    pk.timeMs = t->toInteger();
    const auto pub = base58Decode(pk.pk58);
    if (!pub || pub->size() != 32)
        return refuse(Refusal::Malformed, QStringLiteral("pk is not a 32-byte key"), pk);
    pk.publicKey = PeerId::fromBytes(*pub);
    pk.address = Identity::addressOf(pk.publicKey);
    pk.signatureValid = verifyDetached(pk.publicKey, pk.p, pk.signature);
    if (!pk.signatureValid)
        return refuse(Refusal::BadSignature, QStringLiteral("signature does not verify with pk"), pk);
    if (pk.identifier != identifier)
        return refuse(Refusal::WrongRoom, QStringLiteral("packet for identifier '%1'").arg(pk.identifier.left(100)),
                      pk);
    if (pk.timeMs + kPeerTimeoutMs <= nowMs)
        return refuse(Refusal::Stale, QStringLiteral("packet time %1 is older than 5 minutes").arg(pk.timeMs), pk);
    if (pk.timeMs > nowMs + kMaxFutureMs)
        return refuse(Refusal::Future, QStringLiteral("packet time %1 is more than 5 minutes ahead").arg(pk.timeMs),
                      pk);
    return Opened{Refusal::None, {}, pk};
}

QByteArray dedupeKey(const QByteArray &raw)
{
    return sha512(raw).mid(16).toHex();
}

}  // namespace swarmscope::bugout
