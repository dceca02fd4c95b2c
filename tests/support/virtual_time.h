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

// Delivers what the event loop would between two timers: posted calls, then deferred deletes.
inline void deliverPosted()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// Runs ms of virtual time, jumping from one due timer to the next (much faster than run() when
// timers are sparse), delivering posted events after each.
inline void fastForward(ManualClock &clock, qint64 ms)
{
    const qint64 end = clock.monotonicMs() + ms;
    for (qint64 due = clock.nextDueMs(); due >= 0 && due <= end; due = clock.nextDueMs()) {
        clock.advance(due - clock.monotonicMs());
        deliverPosted();
    }
    clock.advance(end - clock.monotonicMs());
    deliverPosted();
}

// fastForward until done() holds (checked after every due time) or maxMs have passed.
template <class F>
bool fastForwardUntil(ManualClock &clock, F done, qint64 maxMs = 60000)
{
    const qint64 end = clock.monotonicMs() + maxMs;
    while (!done()) {
        const qint64 due = clock.nextDueMs();
        if (due < 0 || due > end) {
            clock.advance(end - clock.monotonicMs());
            deliverPosted();
            return done();
        }
        clock.advance(due - clock.monotonicMs());
        deliverPosted();
    }
    return true;
}

}  // namespace swarmscope::test
