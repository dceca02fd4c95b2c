#pragma once

#include "core/clock.h"
#include "core/peer_id.h"
#include "events/event_types.h"
#include "swarm/swarm_options.h"

#include <QHash>
#include <QMap>

#include <functional>

namespace swarmscope {

struct Candidate {
    PeerCandidateInfo info;
    QString key;  // "host:port"
    CandidateState state = CandidateState::Queued;
    int retries = 0;
    int refusals = 0;  // "limit" byes in a row: the peer is full
    bool persistent = false;  // manual targets are never dropped
    bool everConnected = false;
    PeerId id;  // once a connection proved it
    quint64 connectionId = 0;
    quint64 order = 0;  // first come, first served within a priority
    Clock::TimerId timer = 0;
    int priority() const;
};

// Who we want to be connected to, and when to try again: the connection queue of
// discovery-swarm / dwebswarm with requeue backoff, drop, forget timers, bans and backoff.
// It decides; the Swarm dials and reports back.
class PeerQueue final {
public:
    PeerQueue(Clock &clock, const SwarmOptions &options);
    ~PeerQueue();
    PeerQueue(const PeerQueue &) = delete;
    PeerQueue &operator=(const PeerQueue &) = delete;

    // Called when a waiting candidate becomes ready, or a slot may have opened.
    std::function<void()> onReady;
    // Called when a candidate is dropped after its last retry.
    std::function<void(const Candidate &)> onDrop;

    static QString keyOf(const QString &host, quint16 port);
    // Returns the candidate and whether it is new. Existing candidates keep their state.
    std::pair<Candidate *, bool> add(const PeerCandidateInfo &info, bool persistent);
    Candidate *find(const QString &key);
    Candidate *findById(const PeerId &id);
    QList<Candidate *> allById(const PeerId &id);  // every endpoint a connection proved to be this peer
    void remove(const QString &key);
    void removeTopic(const QByteArray &topic);  // forget queued peers found only for this topic

    // The best queued candidate (LAN and manual first, then fewer retries, then oldest), or null.
    Candidate *next();
    void markConnecting(Candidate &c, quint64 connectionId);
    void markConnected(Candidate &c, const PeerId &id, quint64 connectionId);
    // A dial or handshake failed: wait requeue[retries] and try again, or drop (returns false).
    bool markFailed(Candidate &c);
    // An open connection was lost unexpectedly: try again after the first backoff step.
    void markLost(Candidate &c);
    // The peer closed politely: forget it (persistent ones are retried).
    void markClosed(Candidate &c);
    // The peer took the handshake, then said it is full (bye "limit"): a slot rarely frees soon,
    // so wait long, longer each time, and stay queued so that discovery offering the peer again
    // does not redial it at once.
    void markRefused(Candidate &c);
    // The application asked to back off: retry later with a longer wait.
    void backoff(Candidate &c);
    void ban(Candidate &c, bool soft);
    void unban(Candidate &c);

    int count(CandidateState state) const;
    QList<Candidate> all() const;

private:
    void schedule(Candidate &c, qint64 delayMs, CandidateState after);
    void cancelTimer(Candidate &c);
    void forgetLater(Candidate &c, qint64 delayMs);

    Clock &m_clock;
    const SwarmOptions &m_options;
    QMap<QString, Candidate>
        m_candidates;  // a map: a hash's first span of Candidates is ~11 KiB, too much for a lab node
    quint64 m_order = 0;
};

}  // namespace swarmscope
