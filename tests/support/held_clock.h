#pragma once

#include "core/clock.h"

namespace swarmscope::test {

// A clock whose readings stand still until the test moves them, while its timers run on the real
// event loop: for tests on real sockets that assert what happens within "one instant" (a rate
// limit's burst) without depending on how fast this machine reads.
class HeldClock final : public Clock {
public:
    qint64 monotonicMs() const override { return m_nowMs; }
    qint64 monotonicUs() const override { return m_nowMs * 1000; }
    qint64 wallMs() const override { return m_real.wallMs(); }
    TimerId schedule(qint64 delayMs, std::function<void()> fn) override
    {
        return m_real.schedule(delayMs, std::move(fn));
    }
    void cancel(TimerId id) override { m_real.cancel(id); }
    void advance(qint64 ms) { m_nowMs += ms; }

private:
    SystemClock m_real;
    qint64 m_nowMs = 1'000'000;
};

}  // namespace swarmscope::test
