#include "wire/batch_codec.h"

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
} // namespace

void beginBatch(QByteArray &out)
{
    out.append(kHead, kHeadSize);
}

void appendToBatch(QByteArrayView message, QByteArray &out)
{
    // A CBOR byte-string head in its shortest form, then the message.
    const auto n = quint64(message.size());
    if (n < 24) {
        out.append(char(0x40 | n));
    } else if (n < 0x100) {
        out.append(char(0x58));
        out.append(char(n));
    } else if (n < 0x10000) {
        out.append(char(0x59));
        out.append(char(n >> 8));
        out.append(char(n));
    } else {
        out.append(char(0x5a));
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(char(n >> shift));
    }
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
        const auto head = quint8(b[pos++]);
        if (head == 0xff)
            break;
        if ((head >> 5) != 2)
            return malformed(QStringLiteral("batch item %1 is not a byte string").arg(items.size()));
        quint64 length = head & 0x1f;
        const int extra = length == 24 ? 1 : length == 25 ? 2 : length == 26 ? 4 : length < 24 ? 0 : -1;
        if (extra < 0 || b.size() - pos < extra)
            return malformed(QStringLiteral("batch item %1 has a bad length").arg(items.size()));
        if (extra > 0) {
            length = 0;
            for (int i = 0; i < extra; ++i)
                length = (length << 8) | quint8(b[pos + i]);
            pos += extra;
        }
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

} // namespace swarmscope::wire
