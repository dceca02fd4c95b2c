#include "wire/directed_envelope.h"

#include "crypto/sealed_box.h"

#include <QCborMap>
#include <QCborValue>

#include <sodium.h>

namespace swarmscope::wire {

Directed sealDirected(const DirectedPayload &p, const KeyPair &sender)
{
    const QCborMap payload{{QStringLiteral("room"), p.room},       {QStringLiteral("from"), p.from.toBytes()},
                           {QStringLiteral("to"), p.to.toBytes()}, {QStringLiteral("seq"), qint64(p.seq)},
                           {QStringLiteral("time_ms"), p.timeMs},  {QStringLiteral("kind"), p.kind},
                           {QStringLiteral("body"), p.body}};
    const QByteArray bytes = payload.toCborValue().toCbor();
    const QCborMap signedEnvelope{{QStringLiteral("p"), bytes}, {QStringLiteral("s"), signDetached(sender, bytes)}};
    return Directed{p.to.toBytes(), p.room, sealTo(p.to, signedEnvelope.toCborValue().toCbor())};
}

Result<OpenedDirected> openDirected(const Directed &envelope, const KeyPair &recipient)
{
    const auto bad = [](const QString &why) { return makeError(ErrorCode::MalformedMessage, why); };
    auto plain = openSealed(recipient, envelope.box);
    if (!plain)
        return plain.error();
    QCborParserError err;
    const QCborValue outer = QCborValue::fromCbor(*plain, &err);
    if (err.error != QCborError::NoError || !outer.isMap())
        return bad(QStringLiteral("directed envelope is not a CBOR map"));
    const QByteArray bytes = outer.toMap().value(QStringLiteral("p")).toByteArray();
    const QByteArray sig = outer.toMap().value(QStringLiteral("s")).toByteArray();
    const QCborValue inner = QCborValue::fromCbor(bytes, &err);
    if (err.error != QCborError::NoError || !inner.isMap() || sig.size() != crypto_sign_BYTES)
        return bad(QStringLiteral("directed payload is not a signed CBOR map"));
    const QCborMap m = inner.toMap();
    const QCborValue room = m.value(QStringLiteral("room")), from = m.value(QStringLiteral("from")),
                     to = m.value(QStringLiteral("to")), seq = m.value(QStringLiteral("seq")),
                     time = m.value(QStringLiteral("time_ms")), kind = m.value(QStringLiteral("kind")),
                     body = m.value(QStringLiteral("body"));
    if (!room.isByteArray() || room.toByteArray().size() != kTopicBytes || !from.isByteArray()
        || from.toByteArray().size() != 32 || !to.isByteArray() || to.toByteArray().size() != 32 || !seq.isInteger()
        || seq.toInteger() < 0 || !time.isInteger() || time.toInteger() < 0 || !kind.isString()
        || kind.toString().size() > 32 || !body.isByteArray())
        return bad(QStringLiteral("directed payload fields have the wrong types"));
    OpenedDirected out;
    DirectedPayload &p = out.payload;
    p.room = room.toByteArray();
    p.from = PeerId::fromBytes(from.toByteArray());
    p.to = PeerId::fromBytes(to.toByteArray());
    p.seq = quint64(seq.toInteger());
    p.timeMs = time.toInteger();
    p.kind = kind.toString();
    p.body = body.toByteArray();
    if (!verifyDetached(p.from, bytes, sig))
        return makeError(ErrorCode::BadSignature, QStringLiteral("directed message not signed by its sender"));
    if (p.to != recipient.publicKey)
        return makeError(ErrorCode::Invalid, QStringLiteral("directed message names another recipient inside"));
    if (p.room != envelope.room)
        return makeError(ErrorCode::WrongRoom, QStringLiteral("directed message moved to another room"));
    out.id = QByteArray(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.id.data()), 32,
                       reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()), nullptr, 0);
    return out;
}

}  // namespace swarmscope::wire
