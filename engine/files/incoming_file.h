#pragma once

#include "core/peer_id.h"
#include "core/result.h"
#include "files/chunk_hasher.h"
#include "files/file_offer.h"
#include "files/file_progress.h"
#include "wire/messages.h"

#include <QFile>
#include <QList>

#include <atomic>
#include <functional>

namespace swarmscope::files {

// The receiving side of one offer: a .part file in the download folder, written in order as
// chunks arrive and hashed as it grows (on the hasher's thread), with a bounded window: chunks
// asked for and chunks written but not yet hashed together take at most `window` slots.
class IncomingFile final {
public:
    enum class State { Offered, Receiving, Paused };

    IncomingFile(FileOffer offer, PeerId from, QByteArray topic);
    ~IncomingFile();
    Q_DISABLE_COPY_MOVE(IncomingFile)

    const FileOffer &offer() const { return m_offer; }
    const PeerId &from() const { return m_from; }
    const QByteArray &topic() const { return m_topic; }
    State state() const { return m_state; }
    qint64 received() const { return m_received; }
    QString partPath() const { return m_partPath; }
    quint64 connectionId() const { return m_connectionId; }
    ProgressMeter &meter() { return m_meter; }

    // Opens (or reopens) dir/<name>.<id>.part and continues from the bytes already in it.
    Status open(const QString &dir);
    // Back to the bytes on disk: outstanding requests are forgotten (their connection closed).
    void pause();
    // The requests to send now on connectionId so that at most `window` chunks are outstanding
    // or waiting to be hashed.
    QList<wire::FileRequest> nextRequests(quint64 connectionId, int window, qint64 chunkBytes);
    // Called on the hasher's thread when a chunk was hashed after nextRequests() last ran, so
    // that there may be room for more: must be thread-safe (post to the owner's thread).
    void setOnRoom(std::function<void()> onRoom);
    // Ok, FileOutOfRange (not what we asked for next), or Io.
    Error write(const wire::FileChunk &chunk);
    bool complete() const { return m_received == m_offer.size; }
    // Checks the hash and moves the file to a free name in the folder: the final path, or
    // FileHashMismatch (the part file is removed) or Io.
    Result<QString> finish();
    void discard();  // closes and removes the part file

private:
    void recycleWritten();  // keeps the written part of a large file from filling the page cache

    FileOffer m_offer;
    PeerId m_from;
    QByteArray m_topic;
    State m_state = State::Offered;
    QString m_dir;
    QString m_partPath;
    QFile m_file;
    std::function<void()> m_onRoom;  // declared before the hasher: its thread may call it
    std::atomic<bool> m_roomWanted{false};  // until the hasher is destroyed
    ChunkHasher m_hasher;
    qint64 m_received = 0;
    qint64 m_writebackFrom = 0;  // received bytes from here on are not yet being written back
    qint64 m_cachedFrom = 0;  // bytes from here on may still be in the page cache
    qint64 m_nextOffset = 0;
    QList<QPair<qint64, qint64>> m_outstanding;  // (offset, length) in the order asked
    quint64 m_connectionId = 0;
    ProgressMeter m_meter;
};

}  // namespace swarmscope::files
