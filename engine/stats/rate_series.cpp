#include "stats/rate_series.h"

#include <algorithm>

namespace swarmscope {

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
}  // namespace

void RateSeries::add(qint64 timeMs, double value)
{
    if (!m_fine.empty() && timeMs < m_fine.back().timeMs)
        return;
    m_fine.push({timeMs, value});
    const qint64 bucket = floorDiv(timeMs, kCoarseStepMs);
    if (bucket != m_bucket && m_bucketCount > 0)
        closeBucket();
    m_bucket = bucket;
    m_bucketSum += value;
    ++m_bucketCount;
}

void RateSeries::closeBucket()
{
    m_coarse.push({m_bucket * kCoarseStepMs, m_bucketSum / m_bucketCount});
    m_bucketSum = 0;
    m_bucketCount = 0;
}

void RateSeries::clear()
{
    m_fine.clear();
    m_coarse.clear();
    m_bucket = -1;
    m_bucketSum = 0;
    m_bucketCount = 0;
}

std::vector<RateSeries::Point> RateSeries::points(Window window) const
{
    std::vector<Point> out;
    if (window == Window::FiveMinutes) {
        out.reserve(m_fine.size());
        for (std::size_t i = 0; i < m_fine.size(); ++i)
            out.push_back(m_fine.at(i));
        return out;
    }
    // The open bucket replaces the oldest closed one once the ring is full, so the hour stays an hour.
    const std::size_t skip = m_bucketCount > 0 && m_coarse.size() == kCoarseSamples ? 1 : 0;
    out.reserve(m_coarse.size() + 1);
    for (std::size_t i = skip; i < m_coarse.size(); ++i)
        out.push_back(m_coarse.at(i));
    if (m_bucketCount > 0)
        out.push_back({m_bucket * kCoarseStepMs, m_bucketSum / m_bucketCount});
    return out;
}

double RateSeries::maximum(Window window) const
{
    double m = 0;
    for (const Point &p : points(window))
        m = std::max(m, p.value);
    return m;
}

std::size_t RateSeries::size(Window window) const
{
    if (window == Window::FiveMinutes)
        return m_fine.size();
    const std::size_t skip = m_bucketCount > 0 && m_coarse.size() == kCoarseSamples ? 1 : 0;
    return m_coarse.size() - skip + (m_bucketCount > 0 ? 1 : 0);
}

qint64 RateSeries::spanMs(Window window)
{
    return window == Window::FiveMinutes ? qint64(kFineSamples) * kFineStepMs : qint64(kCoarseSamples) * kCoarseStepMs;
}

}  // namespace swarmscope
