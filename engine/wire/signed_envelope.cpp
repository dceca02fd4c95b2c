#include "wire/signed_envelope.h"

#include <QCborMap>
#include <QCborValue>

#include <sodium.h>

namespace swarmscope::wire {

RoomMessage sealRoomMessage(const RoomPayload &p, const KeyPair &keys)
{
    const QCborMap map{{QStringLiteral("room"), p.room},       {QStringLiteral("from"), p.from.toBytes()},
                       {QStringLiteral("seq"), qint64(p.seq)}, {QStringLiteral("time_ms"), p.timeMs},
                       {QStringLiteral("kind"), p.kind},       {QStringLiteral("body"), p.body}};
    RoomMessage m;
    m.payload = map.toCborValue().toCbor();
    m.signature = signDetached(keys, m.payload);
    return m;
}

Result<RoomPayload> openRoomMessage(const RoomMessage &envelope)
{
    const auto bad = [](const QString &why) { return makeError(ErrorCode::MalformedMessage, why); };
    if (envelope.signature.size() != crypto_sign_BYTES)
        return bad(QStringLiteral("signature must be 64 bytes"));
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(envelope.payload, &err);
    if (err.error != QCborError::NoError || !v.isMap())
        return bad(QStringLiteral("room payload is not a CBOR map"));
    const QCborMap m = v.toMap();
    const QCborValue room = m.value(QStringLiteral("room")), from = m.value(QStringLiteral("from")),
                     seq = m.value(QStringLiteral("seq")), time = m.value(QStringLiteral("time_ms")),
                     kind = m.value(QStringLiteral("kind")), body = m.value(QStringLiteral("body"));
    if (!room.isByteArray() || room.toByteArray().size() != kTopicBytes)
        return bad(QStringLiteral("room must be a 32-byte topic"));
    if (!from.isByteArray() || from.toByteArray().size() != 32)
        return bad(QStringLiteral("from must be a 32-byte key"));
    if (!seq.isInteger() || seq.toInteger() < 0 || !time.isInteger() || time.toInteger() < 0)
        return bad(QStringLiteral("seq and time_ms must be non-negative integers"));
    if (!kind.isString() || kind.toString().size() > 32)
        return bad(QStringLiteral("kind must be short text"));
    if (!body.isByteArray() || body.toByteArray().size() > kMaxBodyBytes)
        return bad(QStringLiteral("body must be bytes of at most 64 KiB"));

    RoomPayload p;
    p.room = room.toByteArray();
    p.from = PeerId::fromBytes(from.toByteArray());
    p.seq = quint64(seq.toInteger());
    p.timeMs = time.toInteger();
    p.kind = kind.toString();
    p.body = body.toByteArray();
    if (!verifyDetached(p.from, envelope.payload, envelope.signature))
        return makeError(ErrorCode::BadSignature, QStringLiteral("signature does not match the sender's key"));
    return p;
}

QByteArray messageId(const RoomMessage &envelope)
{
    QByteArray id(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(id.data()), size_t(id.size()),
                       reinterpret_cast<const unsigned char *>(envelope.payload.constData()),
                       quint64(envelope.payload.size()), nullptr, 0);
    return id;
}

}  // namespace swarmscope::wire
