#pragma once

#include "core/clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace swarmscope::test {

// Drives a ManualClock for tests on virtual time: advances it step by step (firing its timers)
// and lets deleteLater() run between steps, as the event loop would.
inline void run(ManualClock &clock, qint64 ms, qint64 step = 1)
{
    for (qint64 t = 0; t < ms; t += step) {
        clock.advance(step);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

// Runs virtual time 1 ms at a time until done() holds or maxMs have passed; returns done().
template <class F>
bool runUntil(ManualClock &clock, F done, qint64 maxMs = 60000)
{
    for (qint64 t = 0; t < maxMs && !done(); ++t)
        run(clock, 1);
    return done();
}

} // namespace swarmscope::test
