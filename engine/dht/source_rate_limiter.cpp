#include "dht/source_rate_limiter.h"

namespace swarmscope {

SourceRateLimiter::SourceRateLimiter() : SourceRateLimiter(Config{})
{}

SourceRateLimiter::SourceRateLimiter(Config config) : m_config(config)
{
    m_config.maxSources = qMax(1, m_config.maxSources);
    m_config.windowMs = qMax<qint64>(1, m_config.windowMs);
}

SourceRateLimiter::Verdict SourceRateLimiter::incoming(quint64 source, qint64 nowMs)
{
    auto it = m_sources.find(source);
    if (it == m_sources.end()) {
        if (m_sources.size() >= m_config.maxSources) {
            // Evict the quietest source that is not blocked (blocked ones stay blocked).
            auto victim = m_sources.end();
            for (auto i = m_sources.begin(); i != m_sources.end(); ++i) {
                if (i->blockedUntilMs > nowMs)
                    continue;
                if (victim == m_sources.end() || i->count < victim->count)
                    victim = i;
            }
            if (victim == m_sources.end())
                victim = m_sources.begin();
            m_sources.erase(victim);
        }
        it = m_sources.insert(source, Entry{0, nowMs, 0});
    }
    Entry &e = *it;
    if (e.blockedUntilMs > nowMs) {
        e.blockedUntilMs = nowMs + m_config.blockMs;
        return Verdict::Blocked;
    }
    if (e.blockedUntilMs != 0) {  // a block ran out: start afresh
        e = Entry{0, nowMs, 0};
    }
    if (nowMs - e.windowStartMs >= m_config.windowMs) {
        e.count = 0;
        e.windowStartMs = nowMs;
    }
    ++e.count;
    const qint64 allowed = qint64(m_config.packetsPerSecond) * m_config.windowMs / 1000;
    if (e.count > allowed) {
        e.blockedUntilMs = nowMs + m_config.blockMs;
        return Verdict::NewlyBlocked;
    }
    return Verdict::Accept;
}

bool SourceRateLimiter::isBlocked(quint64 source, qint64 nowMs) const
{
    const auto it = m_sources.constFind(source);
    return it != m_sources.cend() && it->blockedUntilMs > nowMs;
}

}  // namespace swarmscope
