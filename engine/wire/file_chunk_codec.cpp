#include "wire/file_chunk_codec.h"

#include "wire/cbor_head.h"

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

bool skipBytes(const QByteArray &b, qsizetype &pos, const char *bytes, qsizetype n)
{
    if (b.size() - pos < n || std::memcmp(b.constData() + pos, bytes, size_t(n)) != 0)
        return false;
    pos += n;
    return true;
}
}  // namespace

qsizetype appendFileChunkHead(QByteArrayView id, qint64 offset, qsizetype length, QByteArray &out)
{
    Q_ASSERT(id.size() == kFileIdBytes && offset >= 0 && length >= 0);
    out.append(kHead, kHeadSize);
    out.append(id.data(), id.size());
    out.append(kOffKey, sizeof kOffKey);
    appendCborHead(out, CborMajor::Unsigned, quint64(offset));
    out.append(kDataKey, sizeof kDataKey);
    appendCborHead(out, CborMajor::ByteString, quint64(length));
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
    if (!skipBytes(message, pos, kOffKey, sizeof kOffKey) || !readCborHead(message, pos, CborMajor::Unsigned, offset)
        || offset > quint64(std::numeric_limits<qint64>::max()) || !skipBytes(message, pos, kDataKey, sizeof kDataKey)
        || !readCborHead(message, pos, CborMajor::ByteString, length) || length > quint64(kMaxFileChunk)
        || quint64(message.size() - pos) != length)
        return std::nullopt;
    FileChunk chunk;
    chunk.id = message.sliced(idAt, kFileIdBytes);
    chunk.offset = qint64(offset);
    // Dropping the head of a buffer nobody else holds only moves its begin pointer (Qt 6).
    chunk.data = std::move(message);
    chunk.data.remove(0, pos);
    return chunk;
}

}  // namespace swarmscope::wire
