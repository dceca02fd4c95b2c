#include "swarm/peer_queue.h"

#include <algorithm>

#include <QHostAddress>

namespace swarmscope {

int Candidate::priority() const
{
    // dwebswarm's order: LAN peers first; a peer that failed waits behind fresh ones.
    int p = persistent ? 4 : info.local ? 3 : 2;
    return p * 10 - qMin(retries, 9);
}

PeerQueue::PeerQueue(Clock &clock, const SwarmOptions &options) : m_clock(clock), m_options(options)
{}

PeerQueue::~PeerQueue()
{
    for (Candidate &c : m_candidates)
        cancelTimer(c);
}

QString PeerQueue::keyOf(const QString &host, quint16 port)
{
    const QHostAddress addr(host);
    bool v4 = false;
    const quint32 ip4 = addr.toIPv4Address(&v4);
    const QString h = v4 ? QHostAddress(ip4).toString() : addr.isNull() ? host.toLower() : addr.toString();
    return h + QLatin1Char(':') + QString::number(port);
}

std::pair<Candidate *, bool> PeerQueue::add(const PeerCandidateInfo &info, bool persistent)
{
    const QString key = keyOf(info.host, info.port);
    auto it = m_candidates.find(key);
    if (it != m_candidates.end()) {
        it->persistent = it->persistent || persistent;
        if (it->info.topic.isEmpty() && !info.topic.isEmpty())
            it->info.topic = info.topic;
        return {&*it, false};
    }
    Candidate c;
    c.info = info;
    c.key = key;
    c.persistent = persistent;
    c.order = ++m_order;
    it = m_candidates.insert(key, c);
    return {&*it, true};
}

Candidate *PeerQueue::find(const QString &key)
{
    auto it = m_candidates.find(key);
    return it == m_candidates.end() ? nullptr : &*it;
}

Candidate *PeerQueue::findById(const PeerId &id)
{
    for (Candidate &c : m_candidates)
        if (c.id == id)
            return &c;
    return nullptr;
}

QList<Candidate *> PeerQueue::allById(const PeerId &id)
{
    QList<Candidate *> out;
    for (Candidate &c : m_candidates)
        if (c.id == id)
            out.append(&c);
    return out;
}

void PeerQueue::remove(const QString &key)
{
    auto it = m_candidates.find(key);
    if (it == m_candidates.end())
        return;
    cancelTimer(*it);
    m_candidates.erase(it);
}

void PeerQueue::removeTopic(const QByteArray &topic)
{
    for (auto it = m_candidates.begin(); it != m_candidates.end();) {
        const bool idle = it->state == CandidateState::Queued || it->state == CandidateState::Waiting
            || it->state == CandidateState::Dropped;
        if (idle && !it->persistent && it->info.topic == topic) {
            cancelTimer(*it);
            it = m_candidates.erase(it);
        } else {
            ++it;
        }
    }
}

Candidate *PeerQueue::next()
{
    Candidate *best = nullptr;
    for (Candidate &c : m_candidates) {
        if (c.state != CandidateState::Queued)
            continue;
        if (!best || c.priority() > best->priority() || (c.priority() == best->priority() && c.order < best->order))
            best = &c;
    }
    return best;
}

void PeerQueue::markConnecting(Candidate &c, quint64 connectionId)
{
    cancelTimer(c);
    c.state = CandidateState::Connecting;
    c.connectionId = connectionId;
}

void PeerQueue::markConnected(Candidate &c, const PeerId &id, quint64 connectionId)
{
    cancelTimer(c);
    c.state = CandidateState::Connected;
    c.id = id;
    c.connectionId = connectionId;
    c.retries = 0;
    c.everConnected = true;
}

bool PeerQueue::markFailed(Candidate &c)
{
    c.connectionId = 0;
    const auto &steps = m_options.requeueMs;
    if (c.retries < steps.size()) {
        schedule(c, steps[c.retries], CandidateState::Queued);
        ++c.retries;
        return true;
    }
    if (c.persistent) {
        schedule(c, steps.isEmpty() ? 15000 : steps.last(), CandidateState::Queued);
        return true;
    }
    c.state = CandidateState::Dropped;
    if (onDrop)
        onDrop(c);
    forgetLater(c, m_options.forgetUnresponsiveMs);
    return false;
}

void PeerQueue::markRefused(Candidate &c)
{
    c.connectionId = 0;
    const qint64 wait = std::min(m_options.fullPeerRetryMs << std::min(c.refusals, 16), m_options.fullPeerMaxRetryMs);
    ++c.refusals;
    schedule(c, wait, CandidateState::Queued);
}

void PeerQueue::markLost(Candidate &c)
{
    c.connectionId = 0;
    c.retries = 0;
    c.refusals = 0;
    if (!c.persistent && c.info.topic.isEmpty() && c.info.source != QLatin1String("book")) {
        remove(c.key);  // an inbound peer with no topic of ours: nothing to come back for
        return;
    }
    schedule(c, m_options.requeueMs.value(0, 1000), CandidateState::Queued);
    c.retries = 1;
}

void PeerQueue::markClosed(Candidate &c)
{
    c.connectionId = 0;
    c.refusals = 0;
    if (c.persistent) {
        c.retries = 0;
        schedule(c, m_options.requeueMs.value(0, 1000), CandidateState::Queued);
        c.retries = 1;
        return;
    }
    remove(c.key);
}

void PeerQueue::backoff(Candidate &c)
{
    const auto &steps = m_options.requeueMs;
    const qint64 wait = steps.isEmpty() ? 15000 : steps.value(qMin(c.retries, int(steps.size()) - 1));
    ++c.retries;
    schedule(c, wait, CandidateState::Queued);
}

void PeerQueue::ban(Candidate &c, bool soft)
{
    cancelTimer(c);
    c.state = CandidateState::Banned;
    c.connectionId = 0;
    if (soft && m_options.forgetBannedMs >= 0)
        forgetLater(c, m_options.forgetBannedMs);
}

void PeerQueue::unban(Candidate &c)
{
    if (c.state != CandidateState::Banned)
        return;
    cancelTimer(c);
    c.retries = 0;
    c.state = CandidateState::Queued;
    if (onReady)
        onReady();
}

int PeerQueue::count(CandidateState state) const
{
    int n = 0;
    for (const Candidate &c : m_candidates)
        n += c.state == state;
    return n;
}

QList<Candidate> PeerQueue::all() const
{
    return m_candidates.values();
}

void PeerQueue::schedule(Candidate &c, qint64 delayMs, CandidateState after)
{
    cancelTimer(c);
    c.state = CandidateState::Waiting;
    const QString key = c.key;
    c.timer = m_clock.schedule(delayMs, [this, key, after] {
        Candidate *cand = find(key);
        if (!cand)
            return;
        cand->timer = 0;
        cand->state = after;
        if (onReady)
            onReady();
    });
}

void PeerQueue::forgetLater(Candidate &c, qint64 delayMs)
{
    cancelTimer(c);
    const QString key = c.key;
    c.timer = m_clock.schedule(delayMs, [this, key] {
        if (Candidate *cand = find(key)) {
            cand->timer = 0;
            remove(key);
        }
    });
}

void PeerQueue::cancelTimer(Candidate &c)
{
    if (c.timer) {
        m_clock.cancel(c.timer);
        c.timer = 0;
    }
}

}  // namespace swarmscope
