#pragma once

#include <QtGlobal>

#include <functional>
#include <map>

namespace swarmscope {

// Time is injected so that tests can drive many nodes on a virtual clock (docs/ARCHITECTURE.md).
class Clock {
public:
    using TimerId = quint64;
    virtual ~Clock() = default;
    virtual qint64 monotonicMs() const = 0;  // for intervals and timeouts
    virtual qint64 monotonicUs() const = 0;  // for round-trip times
    virtual qint64 wallMs() const = 0;  // milliseconds since the epoch, for timestamps
    // Runs fn once after delayMs on the owning thread's event loop. Owners cancel in their destructor.
    virtual TimerId schedule(qint64 delayMs, std::function<void()> fn) = 0;
    virtual void cancel(TimerId id) = 0;
};

// The real clock: QElapsedTimer and QTimer.
class SystemClock final : public Clock {
public:
    SystemClock();
    ~SystemClock() override;
    qint64 monotonicMs() const override;
    qint64 monotonicUs() const override;
    qint64 wallMs() const override;
    TimerId schedule(qint64 delayMs, std::function<void()> fn) override;
    void cancel(TimerId id) override;

private:
    struct Impl;
    Impl *d;
};

// A virtual clock for tests: time moves only when advance() is called.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startWallMs = 1'700'000'000'000);
    qint64 monotonicMs() const override { return m_now; }
    qint64 monotonicUs() const override { return m_now * 1000; }
    qint64 wallMs() const override { return m_wallStart + m_now; }
    TimerId schedule(qint64 delayMs, std::function<void()> fn) override;
    void cancel(TimerId id) override;
    void advance(qint64 ms);  // runs every callback that falls due, in time order
    int pending() const { return int(m_timers.size()); }
    // When the earliest timer falls due (monotonic ms), or -1 with none pending.
    qint64 nextDueMs() const { return m_timers.empty() ? -1 : m_timers.begin()->first.first; }

private:
    qint64 m_now = 0;
    qint64 m_wallStart;
    TimerId m_next = 1;
    std::map<std::pair<qint64, TimerId>, std::function<void()>> m_timers;
    std::map<TimerId, qint64> m_due;
};

// Cancels its timer when destroyed or re-armed: the safe way for an object to own a timeout.
class ScopedTimer {
public:
    explicit ScopedTimer(Clock &clock) : m_clock(&clock) {}
    ~ScopedTimer() { stop(); }
    ScopedTimer(const ScopedTimer &) = delete;
    ScopedTimer &operator=(const ScopedTimer &) = delete;
    void start(qint64 delayMs, std::function<void()> fn);
    void stop();
    bool active() const { return m_id != 0; }

private:
    Clock *m_clock;
    Clock::TimerId m_id = 0;
};

}  // namespace swarmscope
