#pragma once

#include "core/peer_id.h"

#include <QHash>

namespace swarmscope {

// When to ask a peer to dial us back, and whom. One request is out at a time. A "reachable"
// answer settles it until the mapping changes; a "not reachable" answer or silence is asked
// again, later each time: a probe can fail for reasons of the moment (a slow peer, a mapping
// that was not up yet), and a router's mapping can appear after the first answer. A peer is not
// asked again within kPerPeerMs, so a server's rate limit never swallows our request.
// Pure logic on the clock's readings: NatService owns the timers.
class DialBackSchedule {
public:
    static constexpr qint64 kPerPeerMs = 15000;  // above the 10 s a server waits between a peer's probes
    static constexpr qint64 kFirstRetryMs = 15000;
    static constexpr qint64 kMaxRetryMs = 10 * 60 * 1000;

    bool mayAsk(const PeerId &peer, qint64 nowMs) const;
    void asked(const PeerId &peer, qint64 nowMs);
    void answered(bool reachable, qint64 nowMs);
    void unanswered(qint64 nowMs);  // the request timed out
    void restart();  // the mapping changed: what was said no longer holds
    bool pending() const { return m_pending; }
    bool settled() const { return m_settled; }
    qint64 nextAttemptMs(const PeerId &peer) const;  // when mayAsk(peer) turns true, if nothing else changes

private:
    void backOff(qint64 nowMs);

    QHash<PeerId, qint64> m_lastAskedMs;
    qint64 m_notBeforeMs = 0;
    qint64 m_retryMs = kFirstRetryMs;
    bool m_pending = false;
    bool m_settled = false;
};

}  // namespace swarmscope
