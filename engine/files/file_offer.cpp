#include "files/file_offer.h"

#include "files/file_hasher.h"
#include "files/file_name.h"
#include "wire/messages.h"

#include <QCborMap>
#include <QCborValue>

namespace swarmscope::files {

namespace {
Error malformed(const QString &what)
{
    return makeError(ErrorCode::MalformedMessage, QStringLiteral("file message: %1").arg(what));
}

QCborMap parseMap(const QByteArray &body, bool &ok)
{
    QCborParserError err;
    const QCborValue v = QCborValue::fromCbor(body, &err);
    ok = err.error == QCborError::NoError && v.isMap();
    return v.toMap();
}

bool validId(const QCborValue &v)
{
    return v.isByteArray() && v.toByteArray().size() == wire::kFileIdBytes;
}
}  // namespace

QByteArray encodeOffer(const FileOffer &o)
{
    return QCborMap{{QStringLiteral("id"), o.id},     {QStringLiteral("name"), o.name},
                    {QStringLiteral("size"), o.size}, {QStringLiteral("type"), o.type},
                    {QStringLiteral("hash"), o.hash}, {QStringLiteral("room"), o.room}}
        .toCborValue()
        .toCbor();
}

Result<FileOffer> decodeOffer(const QByteArray &body)
{
    bool ok = false;
    const QCborMap m = parseMap(body, ok);
    if (!ok)
        return malformed(QStringLiteral("offer is not a CBOR map"));
    const QCborValue id = m.value(QStringLiteral("id")), name = m.value(QStringLiteral("name")),
                     size = m.value(QStringLiteral("size")), type = m.value(QStringLiteral("type")),
                     hash = m.value(QStringLiteral("hash")), room = m.value(QStringLiteral("room"));
    if (!validId(id))
        return malformed(QStringLiteral("offer id must be %1 bytes").arg(wire::kFileIdBytes));
    // The name is checked for length by validateOffer (a counted reason of its own); here only
    // a bound on what we keep.
    if (!name.isString() || name.toString().size() > 4096)
        return malformed(QStringLiteral("offer name must be text"));
    if (!size.isInteger() || size.toInteger() < 0)
        return malformed(QStringLiteral("offer size must be a non-negative integer"));
    if (!type.isString() || type.toString().size() > kMaxMimeChars)
        return malformed(QStringLiteral("offer type must be text of at most %1 characters").arg(kMaxMimeChars));
    if (!hash.isByteArray() || hash.toByteArray().size() != kFileHashBytes)
        return malformed(QStringLiteral("offer hash must be %1 bytes").arg(kFileHashBytes));
    if (!room.isString() || room.toString().size() > kMaxRoomChars)
        return malformed(QStringLiteral("offer room must be text"));
    return FileOffer{id.toByteArray(), name.toString(),    size.toInteger(),
                     type.toString(),  hash.toByteArray(), room.toString()};
}

ErrorCode validateOffer(const FileOffer &offer, qint64 maxSize)
{
    if (const ErrorCode name = checkFileName(offer.name); name != ErrorCode::Ok)
        return name;
    if (offer.size > maxSize)
        return ErrorCode::FileTooLarge;
    return ErrorCode::Ok;
}

QByteArray encodeControl(const FileControl &c)
{
    QCborMap m{{QStringLiteral("id"), c.id}};
    if (c.offset > 0)
        m.insert(QStringLiteral("off"), c.offset);
    if (!c.reason.isEmpty())
        m.insert(QStringLiteral("reason"), c.reason);
    return m.toCborValue().toCbor();
}

Result<FileControl> decodeControl(const QByteArray &body)
{
    bool ok = false;
    const QCborMap m = parseMap(body, ok);
    if (!ok)
        return malformed(QStringLiteral("control body is not a CBOR map"));
    const QCborValue id = m.value(QStringLiteral("id")), off = m.value(QStringLiteral("off")),
                     reason = m.value(QStringLiteral("reason"));
    if (!validId(id))
        return malformed(QStringLiteral("id must be %1 bytes").arg(wire::kFileIdBytes));
    if (!off.isUndefined() && (!off.isInteger() || off.toInteger() < 0))
        return malformed(QStringLiteral("off must be a non-negative integer"));
    if (!reason.isUndefined() && (!reason.isString() || reason.toString().size() > kMaxReasonChars))
        return malformed(QStringLiteral("reason must be text of at most %1 characters").arg(kMaxReasonChars));
    return FileControl{id.toByteArray(), off.isInteger() ? off.toInteger() : 0, reason.toString()};
}

}  // namespace swarmscope::files
