#include "nat/dial_back_schedule.h"

#include <algorithm>

namespace swarmscope {

bool DialBackSchedule::mayAsk(const PeerId &peer, qint64 nowMs) const
{
    if (m_pending || m_settled || nowMs < m_notBeforeMs)
        return false;
    const auto last = m_lastAskedMs.constFind(peer);
    return last == m_lastAskedMs.constEnd() || nowMs - *last >= kPerPeerMs;
}

qint64 DialBackSchedule::nextAttemptMs(const PeerId &peer) const
{
    const auto last = m_lastAskedMs.constFind(peer);
    return last == m_lastAskedMs.constEnd() ? m_notBeforeMs : std::max(m_notBeforeMs, *last + kPerPeerMs);
}

void DialBackSchedule::asked(const PeerId &peer, qint64 nowMs)
{
    m_lastAskedMs.insert(peer, nowMs);
    m_pending = true;
}

void DialBackSchedule::answered(bool reachable, qint64 nowMs)
{
    m_pending = false;
    if (reachable) {
        m_settled = true;
        m_retryMs = kFirstRetryMs;
        return;
    }
    backOff(nowMs);
}

void DialBackSchedule::unanswered(qint64 nowMs)
{
    m_pending = false;
    backOff(nowMs);
}

void DialBackSchedule::restart()
{
    // A request still out carries the old port: its answer is still taken, but a new one may go.
    m_pending = false;
    m_settled = false;
    m_notBeforeMs = 0;
    m_retryMs = kFirstRetryMs;
}

void DialBackSchedule::backOff(qint64 nowMs)
{
    m_notBeforeMs = nowMs + m_retryMs;
    m_retryMs = std::min(m_retryMs * 2, kMaxRetryMs);
}

}  // namespace swarmscope
