#pragma once

#include "core/clock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace swarmscope {

// The lab's clock when nobody hands it one (the window): virtual time that follows the wall
// clock. A thousand sessions keep tens of thousands of timers (a ping per connection, a
// delivery per segment in flight); as QTimers each costs more the more there are, and the lab
// could no longer keep up. Here they wait in one ordered map, and a single QTimer wakes the
// event loop for the earliest. Each turn runs what is due for at most kTurnBudgetMs of wall
// time, so queued calls and deletions still get their turn. When the machine cannot keep up,
// the lab's time falls behind (by at most kMaxLagMs, then it slows down) instead of firing
// timeouts that would only measure the backlog.
class PacedClock final : public QObject, public Clock {
    Q_OBJECT

public:
    static constexpr qint64 kTurnBudgetMs = 20;
    static constexpr qint64 kMaxLagMs = 250;

    explicit PacedClock(QObject *parent = nullptr);
    qint64 monotonicMs() const override { return m_virtual.monotonicMs(); }
    qint64 monotonicUs() const override { return m_virtual.monotonicUs(); }
    qint64 wallMs() const override { return m_virtual.wallMs(); }
    TimerId schedule(qint64 delayMs, std::function<void()> fn) override;
    void cancel(TimerId id) override { m_virtual.cancel(id); }

private:
    void arm();
    void catchUp();

    ManualClock m_virtual;
    QElapsedTimer m_elapsed;
    qint64 m_lostMs = 0;  // wall time the lab's clock gave up on while the machine was behind
    QTimer m_timer;
    qint64 m_armedFor = -1;  // the virtual time m_timer wakes up for
    bool m_inTurn = false;  // timers scheduled while catching up are armed for once, at its end
};

}  // namespace swarmscope
