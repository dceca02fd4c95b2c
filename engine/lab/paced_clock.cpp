#include "lab/paced_clock.h"

#include <QDateTime>

#include <algorithm>

namespace swarmscope {

PacedClock::PacedClock(QObject *parent) : QObject(parent), m_virtual(QDateTime::currentMSecsSinceEpoch())
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PacedClock::catchUp);
}

Clock::TimerId PacedClock::schedule(qint64 delayMs, std::function<void()> fn)
{
    const TimerId id = m_virtual.schedule(delayMs, std::move(fn));
    if (!m_inTurn)
        arm();
    return id;
}

// Wakes the event loop when the earliest timer falls due in wall time (at once if it is late).
void PacedClock::arm()
{
    const qint64 due = m_virtual.nextDueMs();
    if (due < 0 || (m_timer.isActive() && m_armedFor <= due))
        return;
    m_armedFor = due;
    m_timer.start(int(std::clamp<qint64>(due - (m_elapsed.elapsed() - m_lostMs), 0, 1 << 30)));
}

void PacedClock::catchUp()
{
    QElapsedTimer turn;
    turn.start();
    m_inTurn = true;
    qint64 target = m_elapsed.elapsed() - m_lostMs;
    if (const qint64 lag = target - m_virtual.monotonicMs(); lag > kMaxLagMs) {
        m_lostMs += lag - kMaxLagMs;
        target -= lag - kMaxLagMs;
    }
    // One due time at a time, so that a turn can end between two of them.
    for (qint64 due = m_virtual.nextDueMs(); due >= 0 && due <= target && turn.elapsed() < kTurnBudgetMs;
         due = m_virtual.nextDueMs())
        m_virtual.advance(due - m_virtual.monotonicMs());
    if (const qint64 due = m_virtual.nextDueMs(); due < 0 || due > target)
        m_virtual.advance(std::max<qint64>(0, target - m_virtual.monotonicMs()));
    m_inTurn = false;
    arm();
}

}  // namespace swarmscope
