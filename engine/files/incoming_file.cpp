#include "files/incoming_file.h"

#include "files/file_name.h"

#include <QDir>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

namespace swarmscope::files {

IncomingFile::IncomingFile(FileOffer offer, PeerId from, QByteArray topic)
    : m_offer(std::move(offer))
    , m_from(from)
    , m_topic(std::move(topic))
{}

IncomingFile::~IncomingFile() = default;

void IncomingFile::setOnRoom(std::function<void()> onRoom)
{
    m_onRoom = std::move(onRoom);
    // The hasher lowers its pending count before this runs, and nextRequests() raises the flag
    // before reading that count: a chunk hashed meanwhile is either seen or wakes us.
    m_hasher.setOnHashed([this] {
        if (m_onRoom && m_roomWanted.exchange(false))
            m_onRoom();
    });
}

Status IncomingFile::open(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir));
    m_dir = dir;
    m_partPath =
        QDir(dir).filePath(QStringLiteral("%1.%2.part").arg(m_offer.name, QString::fromLatin1(m_offer.id.toHex())));
    m_file.close();
    m_file.setFileName(m_partPath);
    // Unbuffered: what write() returned is on its way to the disk, so the file's size is what we have.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(m_partPath, m_file.errorString()));
    qint64 onDisk = m_file.size();
    if (onDisk > m_offer.size) {
        if (!m_file.resize(0))
            return makeError(ErrorCode::Io, m_file.errorString());
        onDisk = 0;
    }
    m_hasher.reset();
    if (Status st = m_hasher.addFromFile(m_file, onDisk); !st.ok())
        return st;
    if (!m_file.seek(onDisk))
        return makeError(ErrorCode::Io, m_file.errorString());
    m_received = m_nextOffset = m_writebackFrom = m_cachedFrom = onDisk;
    m_outstanding.clear();
    m_state = State::Paused;
    return {};
}

void IncomingFile::pause()
{
    m_outstanding.clear();
    m_nextOffset = m_received;
    m_connectionId = 0;
    if (m_state == State::Receiving)
        m_state = State::Paused;
}

QList<wire::FileRequest> IncomingFile::nextRequests(quint64 connectionId, int window, qint64 chunkBytes)
{
    if (m_connectionId != connectionId) {
        pause();
        m_connectionId = connectionId;
    }
    m_state = State::Receiving;
    QList<wire::FileRequest> out;
    m_roomWanted.store(true);
    const qint64 hashing = chunkBytes > 0 ? (m_hasher.pendingBytes() + chunkBytes - 1) / chunkBytes : 0;
    while (m_outstanding.size() + hashing < window && m_nextOffset < m_offer.size) {
        const qint64 length = std::min(chunkBytes, m_offer.size - m_nextOffset);
        out.append({m_offer.id, m_nextOffset, length});
        m_outstanding.append({m_nextOffset, length});
        m_nextOffset += length;
    }
    return out;
}

Error IncomingFile::write(const wire::FileChunk &chunk)
{
    if (m_outstanding.isEmpty() || chunk.offset != m_outstanding.first().first
        || chunk.data.size() != m_outstanding.first().second)
        return makeError(
            ErrorCode::FileOutOfRange,
            QStringLiteral("chunk at %1 (%2 bytes) was not asked for").arg(chunk.offset).arg(chunk.data.size()));
    if (m_file.write(chunk.data) != chunk.data.size())
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(m_partPath, m_file.errorString()));
    m_hasher.add(chunk.data);  // shares the buffer
    m_outstanding.removeFirst();
    m_received += chunk.data.size();
    recycleWritten();
    return makeError(ErrorCode::Ok);
}

void IncomingFile::recycleWritten()
{
#ifdef Q_OS_LINUX
    // A file far larger than the window would otherwise fill the page cache with fresh pages,
    // and filling fresh pages costs more than the rest of receiving. So each stretch is sent to
    // the disk once written, and the stretch before the last is dropped from the cache once it
    // is there: the same few pages are used over and over, and dirty memory stays bounded.
    constexpr qint64 kStretch = 8 << 20;
    if (m_received - m_writebackFrom < kStretch)
        return;
    const int fd = m_file.handle();
    ::sync_file_range(fd, m_writebackFrom, m_received - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
    m_writebackFrom = m_received;
    const qint64 dropTo = m_received - 2 * kStretch;
    if (dropTo <= m_cachedFrom)
        return;
    ::sync_file_range(fd, m_cachedFrom, dropTo - m_cachedFrom,
                      SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
    ::posix_fadvise(fd, m_cachedFrom, dropTo - m_cachedFrom, POSIX_FADV_DONTNEED);
    m_cachedFrom = dropTo;
#endif
}

Result<QString> IncomingFile::finish()
{
    m_file.close();
    if (m_hasher.final() != m_offer.hash) {
        QFile::remove(m_partPath);
        return makeError(ErrorCode::FileHashMismatch,
                         QStringLiteral("%1 does not match its offered hash").arg(m_offer.name));
    }
    // rename() never replaces a file: if another one takes the free name first, try the next.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString target = freeDestination(m_dir, m_offer.name);
        if (QFile::rename(m_partPath, target))
            return target;
    }
    return makeError(ErrorCode::Io, QStringLiteral("cannot move %1 into place").arg(m_partPath));
}

void IncomingFile::discard()
{
    m_hasher.reset();
    m_file.close();
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
}

}  // namespace swarmscope::files
