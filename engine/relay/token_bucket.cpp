#include "relay/token_bucket.h"

#include <algorithm>
#include <limits>

namespace swarmscope {

double TokenBucket::available(qint64 nowMs) const
{
    if (m_rate <= 0)
        return std::numeric_limits<double>::infinity();
    const qint64 elapsed = std::max<qint64>(0, nowMs - m_lastMs);
    return std::min(m_rate, m_tokens + m_rate * double(elapsed) / 1000.0);
}

bool TokenBucket::take(double cost, qint64 nowMs)
{
    if (m_rate <= 0)
        return true;
    const double have = available(nowMs);
    m_tokens = have;
    m_lastMs = std::max(m_lastMs, nowMs);
    if (have < cost)
        return false;
    m_tokens = have - cost;
    return true;
}

}  // namespace swarmscope
