#include "stats/reject_counters.h"

#include <numeric>

namespace swarmscope {

quint64 RejectCounters::total() const
{
    return std::accumulate(m_counts.begin(), m_counts.end(), quint64(0));
}

QList<QPair<QString, quint64>> RejectCounters::nonZero() const
{
    QList<QPair<QString, quint64>> out;
    for (size_t i = 0; i < m_counts.size(); ++i)
        if (m_counts[i])
            out.append({errorCodeName(ErrorCode(i)), m_counts[i]});
    return out;
}

}  // namespace swarmscope
