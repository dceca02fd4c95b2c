#pragma once

#include "dht/dht_endpoint.h"
#include "dht/node_id.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace swarmscope {

struct RoutingConfig {
    int k = 8;  // nodes per bucket (BEP 5)
    int replacements = 8;  // replacement cache per bucket
    int maxFailures = 2;  // timeouts in a row before a node is dropped
    // libtorrent's defences: one entry per IP in the whole table, at most two per /24 in a bucket.
    // Off, the table keys entries on IP:port instead, so that many nodes may share 127.0.0.1.
    bool enforceIpLimits = true;
    int maxPerSubnetPerBucket = 2;
    // libtorrent's dht_prefer_verified_node_ids: an id that follows BEP 42 for its address takes
    // the place of one that does not in a full bucket, and is promoted first from the cache.
    bool preferVerifiedIds = true;
};

struct RoutingNode {
    NodeId id;
    DhtEndpoint endpoint;
    qint64 lastSeenMs = 0;  // monotonic
    int failures = 0;
    bool confirmed = false;  // answered a query of ours (so its address is not spoofed)
    bool verified = true;  // the id follows BEP 42 for the address (local addresses always do)
};

// Kademlia k-buckets with splitting (the last bucket, holding ids closest to ours, splits when
// full), a replacement cache per bucket, liveness and failure counts. No I/O: the node feeds it
// what it hears and asks it whom to contact.
class RoutingTable final {
public:
    enum class Outcome { Added, Updated, Cached, Rejected };
    struct AddResult {
        Outcome outcome = Outcome::Rejected;
        QString reason;  // for Rejected: ip-in-use, id-conflict, subnet-limit, self, bad-address
    };
    struct Bucket {
        QList<RoutingNode> nodes;
        QList<RoutingNode> replacements;  // oldest first
        qint64 lastChangedMs = 0;
    };

    explicit RoutingTable(const NodeId &self, RoutingConfig config = {});

    // We heard from a node: confirmed when it answered our query, unconfirmed when it queried us
    // or came from a saved table. Unconfirmed nodes never displace anything: they take a free
    // slot or go to the replacement cache.
    AddResult nodeSeen(const NodeId &id, const DhtEndpoint &endpoint, qint64 nowMs, bool confirmed);
    // A query to this node timed out. Returns true when the node left the table.
    bool nodeFailed(const NodeId &id, const DhtEndpoint &endpoint);
    void remove(const NodeId &id);

    QList<RoutingNode> closest(const NodeId &target, int n) const;
    const RoutingNode *find(const NodeId &id) const;
    bool containsEndpoint(const DhtEndpoint &endpoint) const;
    // The same nodes, with what we learnt of them, laid out around another id of ours (BEP 42
    // gave us a new one): buckets are ordered by distance to self, so they are built anew.
    RoutingTable rebasedOn(const NodeId &self) const;

    const NodeId &self() const { return m_self; }
    const RoutingConfig &config() const { return m_config; }
    int size() const;  // nodes in buckets, not counting replacements
    int bucketCount() const { return int(m_buckets.size()); }
    const QList<Bucket> &buckets() const { return m_buckets; }
    QList<RoutingNode> nodes() const;
    int bucketIndexFor(const NodeId &id) const;
    // A random id that falls into bucket `index` (for refreshes).
    NodeId randomIdInBucket(int index, Random &random) const;
    // The least recently seen node of the bucket if it was last seen before staleBeforeMs.
    std::optional<RoutingNode> staleNode(int index, qint64 staleBeforeMs) const;
    void touchBucket(int index, qint64 nowMs);

private:
    RoutingNode *entryOf(const NodeId &id);  // in the bucket or its replacement cache
    quint64 ipKeyFor(const DhtEndpoint &e) const;
    bool subnetFull(const QList<RoutingNode> &list, const DhtEndpoint &e) const;
    void split();
    void addToReplacements(Bucket &bucket, const RoutingNode &node);
    bool takeUnverifiedPlace(Bucket &bucket, const RoutingNode &node);
    void forgetIp(const DhtEndpoint &e);

    NodeId m_self;
    RoutingConfig m_config;
    QList<Bucket> m_buckets;
    QHash<quint64, NodeId> m_ips;  // IP (or IP:port) of every entry, buckets and caches, to its id
};

}  // namespace swarmscope
