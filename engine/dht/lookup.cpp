#include "dht/lookup.h"

#include <algorithm>

namespace swarmscope {

Lookup::Lookup(Kind kind, const NodeId &target, int alpha, int k, int maxCandidates)
    : m_kind(kind)
    , m_target(target)
    , m_alpha(qMax(1, alpha))
    , m_k(qMax(1, k))
    , m_maxCandidates(qMax(m_k, maxCandidates))
{}

void Lookup::addCandidate(const NodeId &id, const DhtEndpoint &endpoint)
{
    if (!endpoint.routable())
        return;
    for (const Candidate &c : std::as_const(m_candidates))
        if (c.id == id || c.endpoint == endpoint)
            return;
    // A seed that answered already counts as queried under its endpoint.
    for (const Candidate &s : std::as_const(m_seeds))
        if (s.endpoint == endpoint)
            return;
    const NodeId distance = m_target.distance(id);
    auto at = std::lower_bound(m_candidates.begin(), m_candidates.end(), distance,
                               [&](const Candidate &c, const NodeId &d) { return m_target.distance(c.id) < d; });
    const auto index = at - m_candidates.begin();
    if (index >= m_maxCandidates)
        return;
    m_candidates.insert(index, Candidate{id, true, endpoint, State::Fresh, {}});
    // Drop the farthest fresh entries beyond the bound (never one that is in flight).
    while (m_candidates.size() > m_maxCandidates) {
        auto it = std::find_if(m_candidates.rbegin(), m_candidates.rend(),
                               [](const Candidate &c) { return c.state == State::Fresh || c.state == State::Failed; });
        if (it == m_candidates.rend())
            break;
        m_candidates.erase(std::next(it).base());
    }
}

void Lookup::addSeed(const DhtEndpoint &endpoint)
{
    if (!endpoint.routable())
        return;
    for (const Candidate &s : std::as_const(m_seeds))
        if (s.endpoint == endpoint)
            return;
    m_seeds.append(Candidate{NodeId(), false, endpoint, State::Fresh, {}});
}

int Lookup::activeCount() const
{
    int n = 0;
    for (const Candidate &c : m_candidates)
        n += c.state == State::InFlight;
    for (const Candidate &c : m_seeds)
        n += c.state == State::InFlight;
    return n;
}

QList<Lookup::Candidate> Lookup::next()
{
    QList<Candidate> out;
    // Seeds go out together: they are few and only they can tell us where to start.
    for (Candidate &s : m_seeds) {
        if (s.state == State::Fresh) {
            s.state = State::InFlight;
            ++m_queried;
            out.append(s);
        }
    }
    int active = activeCount();
    int rank = 0;
    for (Candidate &c : m_candidates) {
        if (active >= m_alpha || rank >= m_k)
            break;
        if (c.state == State::Failed)
            continue;
        ++rank;
        if (c.state != State::Fresh)
            continue;
        c.state = State::InFlight;
        ++m_queried;
        ++active;
        out.append(c);
    }
    return out;
}

Lookup::Candidate *Lookup::findByEndpoint(const DhtEndpoint &endpoint)
{
    for (Candidate &c : m_candidates)
        if (c.endpoint == endpoint)
            return &c;
    for (Candidate &c : m_seeds)
        if (c.endpoint == endpoint)
            return &c;
    return nullptr;
}

void Lookup::markSlow(const DhtEndpoint &endpoint)
{
    if (Candidate *c = findByEndpoint(endpoint); c && c->state == State::InFlight)
        c->state = State::Slow;
}

void Lookup::onResponse(const DhtEndpoint &endpoint, const NodeId &id, const QList<CompactNode> &nodes,
                        const QByteArray &token)
{
    Candidate *c = findByEndpoint(endpoint);
    if (!c || (c->state != State::InFlight && c->state != State::Slow))
        return;
    c->state = State::Responded;
    c->token = token;
    ++m_responded;
    if (!c->idKnown) {
        // A seed: now that its id is known it ranks like any other candidate.
        Candidate answered = *c;
        answered.id = id;
        answered.idKnown = true;
        m_candidates.removeIf([&](const Candidate &x) { return x.id == id; });
        const NodeId distance = m_target.distance(id);
        auto at = std::lower_bound(m_candidates.begin(), m_candidates.end(), distance,
                                   [&](const Candidate &x, const NodeId &d) { return m_target.distance(x.id) < d; });
        m_candidates.insert(at, answered);
    } else if (c->id != id) {
        c->id = id;  // a different id at the address: trust the answer, keep the order honest
        std::stable_sort(m_candidates.begin(), m_candidates.end(),
                         [&](const Candidate &a, const Candidate &b) { return m_target.closer(a.id, b.id); });
    }
    for (const CompactNode &n : nodes)
        addCandidate(n.id, n.endpoint);
}

void Lookup::onFailure(const DhtEndpoint &endpoint)
{
    if (Candidate *c = findByEndpoint(endpoint); c && (c->state == State::InFlight || c->state == State::Slow))
        c->state = State::Failed;
}

bool Lookup::finished() const
{
    // A node that has not answered within slowQueryMs no longer holds the round up: dead nodes
    // from an earlier churn would otherwise delay every announce by the full query timeout.
    for (const Candidate &s : m_seeds)
        if (s.state == State::InFlight)
            return false;
    int rank = 0;
    for (const Candidate &c : m_candidates) {
        if (rank >= m_k)
            break;
        if (c.state == State::Failed || c.state == State::Slow)
            continue;
        ++rank;
        if (c.state != State::Responded)
            return false;
    }
    return true;
}

QList<Lookup::Candidate> Lookup::closestResponded(int n) const
{
    QList<Candidate> out;
    for (const Candidate &c : m_candidates) {
        if (out.size() >= n)
            break;
        if (c.state == State::Responded)
            out.append(c);
    }
    return out;
}

}  // namespace swarmscope
