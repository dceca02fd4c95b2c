#pragma once

#include <QHash>

namespace swarmscope {

// libtorrent's dos_blocker: a source that sends more than `packetsPerSecond` averaged over a
// window (5/s over 10 s) is ignored for `blockMs` (300 s); every packet it sends while blocked
// extends the block. The table of sources is bounded; when full, the quietest entry goes.
class SourceRateLimiter final {
public:
    struct Config {
        int packetsPerSecond = 5;
        qint64 windowMs = 10'000;
        qint64 blockMs = 300'000;
        int maxSources = 512;
    };
    enum class Verdict { Accept, Blocked, NewlyBlocked };

    SourceRateLimiter();
    explicit SourceRateLimiter(Config config);

    Verdict incoming(quint64 source, qint64 nowMs);
    bool isBlocked(quint64 source, qint64 nowMs) const;
    int trackedSources() const { return int(m_sources.size()); }
    const Config &config() const { return m_config; }

private:
    struct Entry {
        int count = 0;
        qint64 windowStartMs = 0;
        qint64 blockedUntilMs = 0;
    };
    Config m_config;
    QHash<quint64, Entry> m_sources;
};

}  // namespace swarmscope
