#pragma once

#include <QtGlobal>

namespace swarmscope {

// Bytes per second in and out of one connection, from its running totals sampled now and then.
class ByteRates final {
public:
    void sample(qint64 nowMs, quint64 bytesIn, quint64 bytesOut)
    {
        if (m_lastMs > 0 && nowMs > m_lastMs) {
            const double secs = double(nowMs - m_lastMs) / 1000.0;
            m_inPerSec = double(bytesIn - m_lastIn) / secs;
            m_outPerSec = double(bytesOut - m_lastOut) / secs;
        }
        m_lastMs = nowMs;
        m_lastIn = bytesIn;
        m_lastOut = bytesOut;
    }
    double inPerSec() const { return m_inPerSec; }
    double outPerSec() const { return m_outPerSec; }

private:
    qint64 m_lastMs = 0;
    quint64 m_lastIn = 0, m_lastOut = 0;
    double m_inPerSec = 0, m_outPerSec = 0;
};

}  // namespace swarmscope
