#pragma once

#include <QtGlobal>

#include <optional>

namespace swarmscope::files {

// Progress reports at most every intervalMs (and always at the end), with the rate since the
// previous report, so a fast transfer does not flood the event log.
class ProgressMeter final {
public:
    explicit ProgressMeter(qint64 intervalMs = 250) : m_intervalMs(intervalMs) {}
    void restart(qint64 nowMs, qint64 bytes)
    {
        m_lastMs = nowMs;
        m_lastBytes = bytes;
    }
    // The rate in bytes per second when a report is due, else nothing.
    std::optional<double> sample(qint64 nowMs, qint64 bytes, bool force)
    {
        const qint64 elapsed = nowMs - m_lastMs;
        if (!force && elapsed < m_intervalMs)
            return std::nullopt;
        const double rate = elapsed > 0 ? double(bytes - m_lastBytes) * 1000.0 / double(elapsed) : 0.0;
        m_lastMs = nowMs;
        m_lastBytes = bytes;
        return rate;
    }

private:
    qint64 m_intervalMs;
    qint64 m_lastMs = 0;
    qint64 m_lastBytes = 0;
};

}  // namespace swarmscope::files
