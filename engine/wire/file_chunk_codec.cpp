#include "wire/file_chunk_codec.h"

#include <QtEndian>

#include <cstring>
#include <limits>

namespace swarmscope::wire {

namespace {
// {"t": 20, "id": <8-byte string follows>
constexpr char kHead[] = {char(0xa4), 0x61, 't', 0x14, 0x62, 'i', 'd', 0x48};
constexpr qsizetype kHeadSize = sizeof kHead;
static_assert(kFileIdBytes == 8);
constexpr char kOffKey[] = {0x63, 'o', 'f', 'f'};
constexpr char kDataKey[] = {0x61, 'd'};

// A CBOR head of major type `major` with the shortest encoding of value, as QCborStreamWriter writes it.
void appendHead(QByteArray &out, quint8 major, quint64 value)
{
    char buf[9];
    int n;
    const char m = char(major << 5);
    if (value < 24) {
        buf[0] = char(m | char(value));
        n = 1;
    } else if (value <= 0xff) {
        buf[0] = char(m | 24);
        buf[1] = char(value);
        n = 2;
    } else if (value <= 0xffff) {
        buf[0] = char(m | 25);
        qToBigEndian(quint16(value), buf + 1);
        n = 3;
    } else if (value <= 0xffffffffULL) {
        buf[0] = char(m | 26);
        qToBigEndian(quint32(value), buf + 1);
        n = 5;
    } else {
        buf[0] = char(m | 27);
        qToBigEndian(value, buf + 1);
        n = 9;
    }
    out.append(buf, n);
}

// Reads a CBOR head of the given major type at pos; false when it is anything else.
bool readHead(const QByteArray &b, qsizetype &pos, quint8 major, quint64 &value)
{
    if (pos >= b.size() || (quint8(b[pos]) >> 5) != major)
        return false;
    const quint8 info = quint8(b[pos]) & 0x1f;
    ++pos;
    if (info < 24) {
        value = info;
        return true;
    }
    const int extra = info == 24 ? 1 : info == 25 ? 2 : info == 26 ? 4 : info == 27 ? 8 : -1;
    if (extra < 0 || b.size() - pos < extra)
        return false;
    value = 0;
    for (int i = 0; i < extra; ++i)
        value = (value << 8) | quint8(b[pos + i]);
    pos += extra;
    return true;
}

bool skipBytes(const QByteArray &b, qsizetype &pos, const char *bytes, qsizetype n)
{
    if (b.size() - pos < n || std::memcmp(b.constData() + pos, bytes, size_t(n)) != 0)
        return false;
    pos += n;
    return true;
}
} // namespace

qsizetype appendFileChunkHead(QByteArrayView id, qint64 offset, qsizetype length, QByteArray &out)
{
    Q_ASSERT(id.size() == kFileIdBytes && offset >= 0 && length >= 0);
    out.append(kHead, kHeadSize);
    out.append(id.data(), id.size());
    out.append(kOffKey, sizeof kOffKey);
    appendHead(out, 0, quint64(offset));
    out.append(kDataKey, sizeof kDataKey);
    appendHead(out, 2, quint64(length));
    return out.size();
}

std::optional<FileChunk> decodeFileChunkFast(QByteArray &message)
{
    qsizetype pos = 0;
    if (!skipBytes(message, pos, kHead, kHeadSize) || message.size() - pos < kFileIdBytes)
        return std::nullopt;
    const qsizetype idAt = pos;
    pos += kFileIdBytes;
    quint64 offset = 0, length = 0;
    if (!skipBytes(message, pos, kOffKey, sizeof kOffKey) || !readHead(message, pos, 0, offset)
        || offset > quint64(std::numeric_limits<qint64>::max()) || !skipBytes(message, pos, kDataKey, sizeof kDataKey)
        || !readHead(message, pos, 2, length) || length > quint64(kMaxFileChunk) || quint64(message.size() - pos) != length)
        return std::nullopt;
    FileChunk chunk;
    chunk.id = message.sliced(idAt, kFileIdBytes);
    chunk.offset = qint64(offset);
    // Dropping the head of a buffer nobody else holds only moves its begin pointer (Qt 6).
    chunk.data = std::move(message);
    chunk.data.remove(0, pos);
    return chunk;
}

} // namespace swarmscope::wire
