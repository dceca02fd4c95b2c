#pragma once

#include "dht/dht_endpoint.h"
#include "dht/krpc.h"
#include "dht/node_id.h"

#include <QList>

namespace swarmscope {

// An iterative Kademlia traversal (find_node or get_peers): keeps the candidates sorted by
// distance to the target, keeps `alpha` queries in flight among the k closest, and is done when
// the k closest live candidates have all answered. No I/O: the node sends what next() hands out
// and reports answers and timeouts back. A query that is slow (no answer after the short
// timeout) stops counting against alpha but may still answer, as in libtorrent.
class Lookup final {
public:
    enum class Kind { FindNode, GetPeers };
    enum class State { Fresh, InFlight, Slow, Responded, Failed };
    struct Candidate {
        NodeId id;
        bool idKnown = true;  // false for a bootstrap seed until it answers
        DhtEndpoint endpoint;
        State state = State::Fresh;
        QByteArray token;  // from its get_peers answer
    };

    Lookup(Kind kind, const NodeId &target, int alpha = 3, int k = 8, int maxCandidates = 100);

    Kind kind() const { return m_kind; }
    const NodeId &target() const { return m_target; }
    void addCandidate(const NodeId &id, const DhtEndpoint &endpoint);
    void addSeed(const DhtEndpoint &endpoint);  // id unknown (a bootstrap router); queried first
    // Candidates to query now; they are marked in flight.
    QList<Candidate> next();
    void markSlow(const DhtEndpoint &endpoint);
    void onResponse(const DhtEndpoint &endpoint, const NodeId &id, const QList<CompactNode> &nodes,
                    const QByteArray &token);
    void onFailure(const DhtEndpoint &endpoint);
    bool finished() const;
    int queried() const { return m_queried; }
    int responded() const { return m_responded; }
    // The closest candidates that answered (with their tokens), for announce_peer.
    QList<Candidate> closestResponded(int n) const;
    const QList<Candidate> &candidates() const { return m_candidates; }
    const QList<Candidate> &seeds() const { return m_seeds; }

private:
    int activeCount() const;  // in flight and not slow
    Candidate *findByEndpoint(const DhtEndpoint &endpoint);

    Kind m_kind;
    NodeId m_target;
    int m_alpha;
    int m_k;
    int m_maxCandidates;
    QList<Candidate> m_candidates;  // by distance, closest first
    QList<Candidate> m_seeds;
    int m_queried = 0;
    int m_responded = 0;
};

}  // namespace swarmscope
