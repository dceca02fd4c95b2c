#include "dht/routing_table.h"

#include "dht/secure_node_id.h"

#include <QHostAddress>

#include <algorithm>

namespace swarmscope {

RoutingTable::RoutingTable(const NodeId &self, RoutingConfig config) : m_self(self), m_config(config)
{
    m_config.k = qMax(1, m_config.k);
    m_config.replacements = qMax(0, m_config.replacements);
    m_config.maxFailures = qMax(1, m_config.maxFailures);
    m_buckets.append(Bucket{});
}

quint64 RoutingTable::ipKeyFor(const DhtEndpoint &e) const
{
    return m_config.enforceIpLimits ? quint64(e.ip) : e.key();
}

bool RoutingTable::subnetFull(const QList<RoutingNode> &list, const DhtEndpoint &e) const
{
    if (!m_config.enforceIpLimits)
        return false;
    const auto same = std::count_if(list.begin(), list.end(),
                                    [&](const RoutingNode &n) { return n.endpoint.subnet24() == e.subnet24(); });
    return same >= m_config.maxPerSubnetPerBucket;
}

int RoutingTable::bucketIndexFor(const NodeId &id) const
{
    return qMin(m_self.commonPrefixBits(id), int(m_buckets.size()) - 1);
}

void RoutingTable::split()
{
    const int oldLast = int(m_buckets.size()) - 1;
    m_buckets.append(Bucket{});
    Bucket &from = m_buckets[oldLast];
    Bucket &to = m_buckets.last();
    to.lastChangedMs = from.lastChangedMs;
    auto moves = [&](const RoutingNode &n) { return m_self.commonPrefixBits(n.id) > oldLast; };
    for (auto [src, dst] : {std::pair{&from.nodes, &to.nodes}, std::pair{&from.replacements, &to.replacements}}) {
        QList<RoutingNode> keep;
        for (const RoutingNode &n : std::as_const(*src))
            (moves(n) ? *dst : keep).append(n);
        *src = keep;
    }
}

void RoutingTable::forgetIp(const DhtEndpoint &e)
{
    m_ips.remove(ipKeyFor(e));
}

void RoutingTable::addToReplacements(Bucket &bucket, const RoutingNode &node)
{
    if (m_config.replacements == 0)
        return;
    while (bucket.replacements.size() >= m_config.replacements)
        forgetIp(bucket.replacements.takeFirst().endpoint);
    bucket.replacements.append(node);
    m_ips.insert(ipKeyFor(node.endpoint), node.id);
}

RoutingTable::AddResult RoutingTable::nodeSeen(const NodeId &id, const DhtEndpoint &endpoint, qint64 nowMs,
                                               bool confirmed)
{
    if (id == m_self)
        return {Outcome::Rejected, QStringLiteral("self")};
    if (!endpoint.routable())
        return {Outcome::Rejected, QStringLiteral("bad-address")};

    Bucket &home = m_buckets[bucketIndexFor(id)];
    // Known id: refresh it, or refuse a second address for it while the first one still answers.
    for (QList<RoutingNode> *list : {&home.nodes, &home.replacements}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            RoutingNode &n = (*list)[i];
            if (n.id != id)
                continue;
            if (n.endpoint != endpoint) {
                const auto owner = m_ips.constFind(ipKeyFor(endpoint));
                if (!confirmed || n.failures == 0 || (owner != m_ips.cend() && *owner != id))
                    return {Outcome::Rejected, QStringLiteral("id-conflict")};
                forgetIp(n.endpoint);
                n.endpoint = endpoint;
                n.verified = bep42::matches(id, QHostAddress(endpoint.ip));
                m_ips.insert(ipKeyFor(endpoint), id);
            }
            n.lastSeenMs = nowMs;
            n.failures = 0;
            n.confirmed = n.confirmed || confirmed;
            if (list == &home.nodes) {
                if (confirmed)
                    home.lastChangedMs = nowMs;
                return {Outcome::Updated, {}};
            }
            // A replacement that answered moves up when there is room.
            if (confirmed && home.nodes.size() < m_config.k && !subnetFull(home.nodes, endpoint)) {
                home.nodes.append(list->takeAt(i));
                home.lastChangedMs = nowMs;
                return {Outcome::Added, {}};
            }
            RoutingNode candidate = list->takeAt(i);
            if (confirmed && takeUnverifiedPlace(home, candidate))
                return {Outcome::Added, {}};
            list->append(candidate);  // most recently seen last
            return {Outcome::Cached, {}};
        }
    }

    if (m_ips.contains(ipKeyFor(endpoint)))
        return {Outcome::Rejected, QStringLiteral("ip-in-use")};

    const RoutingNode node{id, endpoint, nowMs, 0, confirmed, bep42::matches(id, QHostAddress(endpoint.ip))};
    for (;;) {
        const int index = bucketIndexFor(id);
        Bucket &bucket = m_buckets[index];
        if (bucket.nodes.size() < m_config.k) {
            if (subnetFull(bucket.nodes, endpoint))
                break;
            bucket.nodes.append(node);
            bucket.lastChangedMs = nowMs;
            m_ips.insert(ipKeyFor(endpoint), id);
            return {Outcome::Added, {}};
        }
        if (index == m_buckets.size() - 1 && m_buckets.size() < NodeId::Bits) {
            split();
            continue;
        }
        // Full: a confirmed node may take the place of one that has been failing.
        if (confirmed) {
            qsizetype worst = 0;
            for (qsizetype i = 1; i < bucket.nodes.size(); ++i)
                if (bucket.nodes[i].failures > bucket.nodes[worst].failures)
                    worst = i;
            if (bucket.nodes[worst].failures > 0) {
                QList<RoutingNode> others = bucket.nodes;
                others.removeAt(worst);
                if (!subnetFull(others, endpoint)) {
                    forgetIp(bucket.nodes[worst].endpoint);
                    bucket.nodes[worst] = node;
                    bucket.lastChangedMs = nowMs;
                    m_ips.insert(ipKeyFor(endpoint), id);
                    return {Outcome::Added, {}};
                }
            }
            if (takeUnverifiedPlace(bucket, node))
                return {Outcome::Added, {}};
        }
        break;
    }
    Bucket &bucket = m_buckets[bucketIndexFor(id)];
    if (subnetFull(bucket.replacements, endpoint))
        return {Outcome::Rejected, QStringLiteral("subnet-limit")};
    if (m_config.replacements == 0)
        return {Outcome::Rejected, QStringLiteral("bucket-full")};
    addToReplacements(bucket, node);
    return {Outcome::Cached, {}};
}

bool RoutingTable::takeUnverifiedPlace(Bucket &bucket, const RoutingNode &node)
{
    if (!m_config.preferVerifiedIds || !node.confirmed || !node.verified)
        return false;
    // The unverified node that failed most, and of those the one heard from longest ago.
    qsizetype victim = -1;
    for (qsizetype i = 0; i < bucket.nodes.size(); ++i) {
        const RoutingNode &n = bucket.nodes[i];
        if (n.verified)
            continue;
        if (victim < 0 || n.failures > bucket.nodes[victim].failures
            || (n.failures == bucket.nodes[victim].failures && n.lastSeenMs < bucket.nodes[victim].lastSeenMs))
            victim = i;
    }
    if (victim < 0)
        return false;
    QList<RoutingNode> others = bucket.nodes;
    others.removeAt(victim);
    if (subnetFull(others, node.endpoint))
        return false;
    const RoutingNode displaced = bucket.nodes[victim];
    bucket.nodes[victim] = node;
    bucket.lastChangedMs = node.lastSeenMs;
    m_ips.insert(ipKeyFor(node.endpoint), node.id);
    // It still answers: keep it at hand in the cache rather than forget it.
    forgetIp(displaced.endpoint);
    if (!subnetFull(bucket.replacements, displaced.endpoint))
        addToReplacements(bucket, displaced);
    return true;
}

bool RoutingTable::nodeFailed(const NodeId &id, const DhtEndpoint &endpoint)
{
    Bucket &bucket = m_buckets[bucketIndexFor(id)];
    for (qsizetype i = 0; i < bucket.replacements.size(); ++i) {
        if (bucket.replacements[i].id == id && bucket.replacements[i].endpoint == endpoint) {
            forgetIp(endpoint);
            bucket.replacements.removeAt(i);
            return true;
        }
    }
    for (qsizetype i = 0; i < bucket.nodes.size(); ++i) {
        RoutingNode &n = bucket.nodes[i];
        if (n.id != id || n.endpoint != endpoint)
            continue;
        ++n.failures;
        // Unconfirmed entries (never answered us) go at the first timeout.
        if (n.failures < m_config.maxFailures && n.confirmed)
            return false;
        forgetIp(n.endpoint);
        bucket.nodes.removeAt(i);
        // Promote the most recently seen replacement that fits, preferring confirmed ones, and
        // among those the ones whose ids follow BEP 42.
        const bool preferVerified = m_config.preferVerifiedIds;
        for (const auto &[wantConfirmed, wantVerified] : {std::pair{true, preferVerified}, std::pair{true, false},
                                                          std::pair{false, preferVerified}, std::pair{false, false}}) {
            for (qsizetype r = bucket.replacements.size() - 1; r >= 0; --r) {
                const RoutingNode &c = bucket.replacements[r];
                if ((!wantConfirmed || c.confirmed) && (!wantVerified || c.verified)
                    && !subnetFull(bucket.nodes, c.endpoint)) {
                    bucket.nodes.append(bucket.replacements.takeAt(r));
                    return true;
                }
            }
        }
        return true;
    }
    return false;
}

void RoutingTable::remove(const NodeId &id)
{
    Bucket &bucket = m_buckets[bucketIndexFor(id)];
    for (QList<RoutingNode> *list : {&bucket.nodes, &bucket.replacements}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            if ((*list)[i].id == id) {
                forgetIp((*list)[i].endpoint);
                list->removeAt(i);
                return;
            }
        }
    }
}

QList<RoutingNode> RoutingTable::closest(const NodeId &target, int n) const
{
    QList<RoutingNode> all = nodes();
    const auto count = qMin<qsizetype>(n, all.size());
    std::partial_sort(all.begin(), all.begin() + count, all.end(),
                      [&](const RoutingNode &a, const RoutingNode &b) { return target.closer(a.id, b.id); });
    all.resize(count);
    return all;
}

const RoutingNode *RoutingTable::find(const NodeId &id) const
{
    const Bucket &bucket = m_buckets[bucketIndexFor(id)];
    for (const RoutingNode &n : bucket.nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

RoutingNode *RoutingTable::entryOf(const NodeId &id)
{
    Bucket &bucket = m_buckets[bucketIndexFor(id)];
    for (QList<RoutingNode> *list : {&bucket.nodes, &bucket.replacements})
        for (RoutingNode &n : *list)
            if (n.id == id)
                return &n;
    return nullptr;
}

RoutingTable RoutingTable::rebasedOn(const NodeId &self) const
{
    RoutingTable out(self, m_config);
    // Bucket members first, so that cached nodes do not take their places.
    for (const bool cached : {false, true})
        for (const Bucket &b : m_buckets)
            for (const RoutingNode &n : cached ? b.replacements : b.nodes) {
                if (out.nodeSeen(n.id, n.endpoint, n.lastSeenMs, n.confirmed).outcome == Outcome::Rejected)
                    continue;  // our new id, or a subnet limit the new layout enforces
                if (RoutingNode *kept = out.entryOf(n.id))
                    kept->failures = n.failures;
            }
    return out;
}

bool RoutingTable::containsEndpoint(const DhtEndpoint &endpoint) const
{
    for (const Bucket &b : m_buckets)
        for (const RoutingNode &n : b.nodes)
            if (n.endpoint == endpoint)
                return true;
    return false;
}

int RoutingTable::size() const
{
    int total = 0;
    for (const Bucket &b : m_buckets)
        total += int(b.nodes.size());
    return total;
}

QList<RoutingNode> RoutingTable::nodes() const
{
    QList<RoutingNode> out;
    out.reserve(size());
    for (const Bucket &b : m_buckets)
        out.append(b.nodes);
    return out;
}

NodeId RoutingTable::randomIdInBucket(int index, Random &random) const
{
    return NodeId::randomWithPrefix(m_self, qBound(0, index, NodeId::Bits - 1), random);
}

std::optional<RoutingNode> RoutingTable::staleNode(int index, qint64 staleBeforeMs) const
{
    if (index < 0 || index >= m_buckets.size())
        return std::nullopt;
    const auto &list = m_buckets[index].nodes;
    auto oldest = std::min_element(list.begin(), list.end(), [](const RoutingNode &a, const RoutingNode &b) {
        return a.lastSeenMs < b.lastSeenMs;
    });
    if (oldest == list.end() || oldest->lastSeenMs >= staleBeforeMs)
        return std::nullopt;
    return *oldest;
}

void RoutingTable::touchBucket(int index, qint64 nowMs)
{
    if (index >= 0 && index < m_buckets.size())
        m_buckets[index].lastChangedMs = nowMs;
}

}  // namespace swarmscope
