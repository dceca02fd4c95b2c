#include "core/clock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <limits>

namespace swarmscope {

struct SystemClock::Impl {
    QElapsedTimer elapsed;
    QHash<TimerId, QTimer *> timers;
    TimerId next = 1;
};

SystemClock::SystemClock() : d(new Impl)
{
    d->elapsed.start();
}

SystemClock::~SystemClock()
{
    qDeleteAll(d->timers);
    delete d;
}

qint64 SystemClock::monotonicMs() const
{
    return d->elapsed.elapsed();
}

qint64 SystemClock::monotonicUs() const
{
    return d->elapsed.nsecsElapsed() / 1000;
}

qint64 SystemClock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

Clock::TimerId SystemClock::schedule(qint64 delayMs, std::function<void()> fn)
{
    const TimerId id = d->next++;
    auto *timer = new QTimer;
    timer->setSingleShot(true);
    timer->setTimerType(delayMs < 2000 ? Qt::PreciseTimer : Qt::CoarseTimer);
    QObject::connect(timer, &QTimer::timeout, timer, [this, id, fn = std::move(fn)]() {
        if (QTimer *t = d->timers.take(id))
            t->deleteLater();
        fn();
    });
    d->timers.insert(id, timer);
    timer->start(int(qBound<qint64>(0, delayMs, qint64(std::numeric_limits<int>::max()))));
    return id;
}

void SystemClock::cancel(TimerId id)
{
    if (QTimer *t = d->timers.take(id)) {
        t->stop();
        t->deleteLater();
    }
}

ManualClock::ManualClock(qint64 startWallMs) : m_wallStart(startWallMs)
{}

Clock::TimerId ManualClock::schedule(qint64 delayMs, std::function<void()> fn)
{
    const TimerId id = m_next++;
    const qint64 due = m_now + qMax<qint64>(0, delayMs);
    m_timers.emplace(std::make_pair(due, id), std::move(fn));
    m_due.emplace(id, due);
    return id;
}

void ManualClock::cancel(TimerId id)
{
    auto it = m_due.find(id);
    if (it == m_due.end())
        return;
    m_timers.erase({it->second, id});
    m_due.erase(it);
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now + ms;
    while (!m_timers.empty() && m_timers.begin()->first.first <= target) {
        auto node = m_timers.extract(m_timers.begin());
        m_due.erase(node.key().second);
        m_now = node.key().first;
        node.mapped()();
    }
    m_now = target;
}

void ScopedTimer::start(qint64 delayMs, std::function<void()> fn)
{
    stop();
    m_id = m_clock->schedule(delayMs, [this, fn = std::move(fn)]() {
        m_id = 0;
        fn();
    });
}

void ScopedTimer::stop()
{
    if (m_id) {
        m_clock->cancel(m_id);
        m_id = 0;
    }
}

}  // namespace swarmscope
