#include "wire/batch_codec.h"

#include "wire/cbor_head.h"

#include <cstring>

namespace swarmscope::wire {

namespace {
// map(2) { "t": 27, "m": [_ ... ] }
constexpr char kHead[] = {char(0xa2), 0x61, 't', 0x18, char(kBatchType), 0x61, 'm', char(0x9f)};
constexpr qsizetype kHeadSize = sizeof kHead;
constexpr char kBreak = char(0xff);

Error malformed(const QString &detail)
{
    return makeError(ErrorCode::MalformedMessage, detail);
}
}  // namespace

void beginBatch(QByteArray &out)
{
    out.append(kHead, kHeadSize);
}

void appendToBatch(QByteArrayView message, QByteArray &out)
{
    appendCborHead(out, CborMajor::ByteString, quint64(message.size()));
    out.append(message.data(), message.size());
}

void endBatch(QByteArray &out)
{
    out.append(kBreak);
}

bool isBatch(QByteArrayView plaintext)
{
    return plaintext.size() >= kHeadSize && std::memcmp(plaintext.data(), kHead, kHeadSize) == 0;
}

Result<QList<QByteArrayView>> batchItems(QByteArrayView b)
{
    if (!isBatch(b))
        return malformed(QStringLiteral("not a batch"));
    QList<QByteArrayView> items;
    qsizetype pos = kHeadSize;
    while (true) {
        if (pos >= b.size())
            return malformed(QStringLiteral("batch ends without its break"));
        if (quint8(b[pos]) == 0xff) {
            ++pos;
            break;
        }
        if ((quint8(b[pos]) >> 5) != quint8(CborMajor::ByteString))
            return malformed(QStringLiteral("batch item %1 is not a byte string").arg(items.size()));
        // Items are small: an 8-byte length (additional information 27) is never written.
        quint64 length = 0;
        if ((quint8(b[pos]) & 0x1f) == 27 || !readCborHead(b, pos, CborMajor::ByteString, length))
            return malformed(QStringLiteral("batch item %1 has a bad length").arg(items.size()));
        if (length == 0 || length > quint64(b.size() - pos))
            return malformed(QStringLiteral("batch item %1 is empty or runs past the end").arg(items.size()));
        const QByteArrayView item = b.sliced(pos, qsizetype(length));
        if (isBatch(item))
            return malformed(QStringLiteral("a batch inside a batch"));
        if (items.size() == kMaxBatchItems)
            return malformed(QStringLiteral("more than %1 messages in one batch").arg(kMaxBatchItems));
        items.append(item);
        pos += qsizetype(length);
    }
    if (pos != b.size())
        return malformed(QStringLiteral("%1 bytes after the batch").arg(b.size() - pos));
    if (items.isEmpty())
        return malformed(QStringLiteral("empty batch"));
    return items;
}

}  // namespace swarmscope::wire
