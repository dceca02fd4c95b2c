#include "files/incoming_file.h"

#include "files/file_name.h"

#include <QDir>

namespace swarmscope::files {

IncomingFile::IncomingFile(FileOffer offer, PeerId from, QByteArray topic)
    : m_offer(std::move(offer)), m_from(from), m_topic(std::move(topic))
{
}

IncomingFile::~IncomingFile() = default;

Status IncomingFile::open(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir));
    m_dir = dir;
    m_partPath = QDir(dir).filePath(QStringLiteral("%1.%2.part").arg(m_offer.name, QString::fromLatin1(m_offer.id.toHex())));
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
    if (Status st = m_hasher.updateFromFile(m_file, onDisk); !st.ok())
        return st;
    if (!m_file.seek(onDisk))
        return makeError(ErrorCode::Io, m_file.errorString());
    m_received = m_nextOffset = onDisk;
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
    while (m_outstanding.size() < window && m_nextOffset < m_offer.size) {
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
        return makeError(ErrorCode::FileOutOfRange,
                         QStringLiteral("chunk at %1 (%2 bytes) was not asked for").arg(chunk.offset).arg(chunk.data.size()));
    if (m_file.write(chunk.data) != chunk.data.size())
        return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(m_partPath, m_file.errorString()));
    m_hasher.update(chunk.data);
    m_outstanding.removeFirst();
    m_received += chunk.data.size();
    return makeError(ErrorCode::Ok);
}

Result<QString> IncomingFile::finish()
{
    m_file.close();
    if (m_hasher.final() != m_offer.hash) {
        QFile::remove(m_partPath);
        return makeError(ErrorCode::FileHashMismatch, QStringLiteral("%1 does not match its offered hash").arg(m_offer.name));
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
    m_file.close();
    if (!m_partPath.isEmpty())
        QFile::remove(m_partPath);
}

} // namespace swarmscope::files
