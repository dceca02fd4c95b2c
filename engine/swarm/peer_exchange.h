#pragma once

#include "core/clock.h"
#include "core/peer_id.h"
#include "swarm/swarm_options.h"
#include "wire/messages.h"

#include <QHash>
#include <QMap>
#include <QList>

#include <optional>

namespace swarmscope {

class Connection;

// Peer exchange (docs/SWARM.md): what we tell a neighbour about our other neighbours in a topic,
// and which candidates we take from what a neighbour tells us, at a bounded rate per neighbour so
// that none can make us dial the world by repeating itself.
class PeerExchange final {
public:
    PeerExchange(const SwarmOptions &options, Clock &clock, PeerId self);

    // The message for `to` about the others in `inTopic`; nullopt when there is nothing to tell.
    std::optional<wire::Peers> offerFor(const Connection *to, const QByteArray &topic,
                                        const QList<Connection *> &inTopic) const;
    // Counts a message from this connection against its rate; false when it is over.
    bool admit(quint64 connectionId);
    // The candidates a neighbour's message names. "0.0.0.0" is the sender itself; an entry with
    // a key is a peer behind the relay at host:port, dialled through a circuit there, unless it
    // is us, `isNeighbour` says we hold it already, or the sender is not a direct neighbour
    // (circuits are one hop).
    QList<PeerCandidateInfo> candidatesFrom(const Connection *from, const wire::Peers &peers,
                                            const std::function<bool(const PeerId &)> &isNeighbour) const;
    void forget(quint64 connectionId) { m_times.remove(connectionId); }

private:
    const SwarmOptions &m_options;
    Clock &m_clock;
    PeerId m_self;
    QMap<quint64, QList<qint64>> m_times;  // per connection: when exchange messages arrived
};

}  // namespace swarmscope
