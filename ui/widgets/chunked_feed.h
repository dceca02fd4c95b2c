#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace swarmscope::ui {

// Hands batches to a sink (a model's append) at most `chunk` items at a time, one chunk per turn
// of the event loop, so that a burst of thousands never stalls the window. A small batch with
// nothing waiting goes through at once.
template <typename T>
class ChunkedFeed final {
public:
    using Sink = std::function<void(const QList<T> &)>;

    ChunkedFeed(QObject *owner, qsizetype chunk, Sink sink)
        : m_timer(new QTimer(owner))
        , m_chunk(std::max<qsizetype>(1, chunk))
        , m_sink(std::move(sink))
    {
        m_timer->setInterval(0);
        QObject::connect(m_timer, &QTimer::timeout, owner, [this] { drainOne(); });
    }
    Q_DISABLE_COPY_MOVE(ChunkedFeed)

    void push(const QList<T> &items)
    {
        if (waiting() == 0 && items.size() <= m_chunk) {
            if (!items.isEmpty())
                m_sink(items);
            return;
        }
        m_pending.append(items);
        if (!m_timer->isActive())
            m_timer->start();
    }

    // Forgets what has not gone through yet.
    void clear()
    {
        m_timer->stop();
        m_pending.clear();
        m_from = 0;
    }

    qsizetype waiting() const { return m_pending.size() - m_from; }

private:
    void drainOne()
    {
        const qsizetype n = std::min(m_chunk, waiting());
        const QList<T> part = m_pending.mid(m_from, n);
        m_from += n;
        if (waiting() == 0)
            clear();
        m_sink(part);
    }

    QTimer *m_timer;  // owned by the owner QObject
    qsizetype m_chunk;
    Sink m_sink;
    QList<T> m_pending;
    qsizetype m_from = 0;
};

}  // namespace swarmscope::ui
