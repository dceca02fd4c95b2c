#pragma once

#include "files/file_hasher.h"

#include <QByteArray>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace swarmscope::files {

// A FileHasher fed on a thread of its own: BLAKE2b is the slowest per-byte step of receiving
// (slower than decrypting), so the chunks are hashed while the next ones arrive. Chunks are
// hashed in the order they were added; the buffers are shared, not copied.
class ChunkHasher final {
public:
    ChunkHasher() = default;
    ~ChunkHasher();  // stops the thread; chunks not yet hashed are dropped
    ChunkHasher(const ChunkHasher &) = delete;
    ChunkHasher &operator=(const ChunkHasher &) = delete;

    // Called on the hashing thread after each chunk: must be thread-safe and cheap.
    void setOnHashed(std::function<void()> onHashed) { m_onHashed = std::move(onHashed); }
    void add(QByteArray chunk);
    qint64 pendingBytes() const { return m_pending.load(std::memory_order_acquire); }
    // Waits for the queue, then hashes the first `bytes` bytes of an open file here.
    Status addFromFile(QFile &file, qint64 bytes);
    QByteArray final();  // waits for the queue; the digest (the hasher is reset afterwards)
    void reset();  // drops what is queued and starts over

private:
    void run();
    void waitIdle(std::unique_lock<std::mutex> &lock);

    FileHasher m_hasher;  // touched by the thread while it is busy, by the owner when idle
    std::function<void()> m_onHashed;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_idle;
    std::deque<QByteArray> m_queue;
    bool m_busy = false;
    bool m_stop = false;
    std::atomic<qint64> m_pending{0};
    std::thread m_thread;
};

}  // namespace swarmscope::files
