#include "files/chunk_hasher.h"

namespace swarmscope::files {

ChunkHasher::~ChunkHasher()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void ChunkHasher::add(QByteArray chunk)
{
    if (chunk.isEmpty())
        return;
    m_pending.fetch_add(chunk.size(), std::memory_order_acq_rel);
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(chunk));
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

void ChunkHasher::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop)
            return;
        QByteArray chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        m_hasher.update(chunk);
        const qint64 size = chunk.size();
        chunk = QByteArray();  // freed before the owner hears there is room
        m_pending.fetch_sub(size, std::memory_order_acq_rel);
        if (m_onHashed)
            m_onHashed();
        lock.lock();
        m_busy = false;
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

void ChunkHasher::waitIdle(std::unique_lock<std::mutex> &lock)
{
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

Status ChunkHasher::addFromFile(QFile &file, qint64 bytes)
{
    std::unique_lock lock(m_mutex);
    waitIdle(lock);
    return m_hasher.updateFromFile(file, bytes);
}

QByteArray ChunkHasher::final()
{
    std::unique_lock lock(m_mutex);
    waitIdle(lock);
    return m_hasher.final();
}

void ChunkHasher::reset()
{
    std::unique_lock lock(m_mutex);
    for (const QByteArray &chunk : m_queue)
        m_pending.fetch_sub(chunk.size(), std::memory_order_acq_rel);
    m_queue.clear();
    waitIdle(lock);
    m_hasher.reset();
}

}  // namespace swarmscope::files
