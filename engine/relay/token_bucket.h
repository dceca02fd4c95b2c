#pragma once

#include <QtGlobal>

namespace swarmscope {

// A token bucket on the injected clock: refills at ratePerSecond and holds at most one second's
// worth, so a neighbour can burst briefly but never exceed the rate on average.
// A rate of 0 or less means "no limit".
class TokenBucket final {
public:
    TokenBucket() = default;
    TokenBucket(double ratePerSecond, qint64 nowMs) : m_rate(ratePerSecond), m_tokens(ratePerSecond), m_lastMs(nowMs) {}

    // Takes cost tokens if they are there; touches nothing otherwise.
    bool take(double cost, qint64 nowMs);
    double available(qint64 nowMs) const;

private:
    double m_rate = 0;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
};

}  // namespace swarmscope
