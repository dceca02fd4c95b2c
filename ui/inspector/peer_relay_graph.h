#pragma once

#include "inspector/swarm_graph_view.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace swarmscope::ui {

// What the swarm graph knows of the peer-relay network: our direct peers, and the relayers and
// senders learned from the paths of messages that passed through us. Our own peer-relay id is
// drawn as the graph's self node. Learned nodes are capped (oldest forgotten first) so a busy
// network cannot grow the graph without bound.
class PeerRelayGraph {
public:
    static constexpr int kMaxLearnedNodes = 200;
    static QString keyOf(const QString &id);  // graph key: "peer-relay:<hex>" (never a peer address)

    void setOwnId(const QString &id) { m_ownId = id; }
    QString ownId() const { return m_ownId; }
    bool addPeer(const QString &id);  // true if the graph changed
    bool removePeer(const QString &id);
    void clear();
    // A message passed through us: `path` (originator first, then each relayer), `via` the direct
    // peer it came from, `next` the direct peers it went on to. Learns the path's links and
    // returns every hop to light up, as pairs of graph keys (`self` stands for us).
    QList<QPair<QString, QString>> recordHop(const QString &self, const QStringList &path, const QString &via,
                                             const QStringList &next);
    // Adds our peers (transport "peer-relay") and the learned links (state "relay-path") to g.
    void addTo(GraphData &g, const QString &self) const;

    int peerCount() const { return int(m_peers.size()); }
    int learnedCount() const { return int(m_learned.size()); }
    int revision() const { return m_revision; }  // grows whenever what addTo draws changes

private:
    QString keyFor(const QString &self, const QString &id) const;
    void learnLink(const QString &a, const QString &b);

    QString m_ownId;
    int m_revision = 0;
    QStringList m_peers;  // direct peers, in the order they came
    QStringList m_learned;  // ids known only from paths, oldest first
    QList<QPair<QString, QString>> m_links;  // id pairs seen next to each other on a path
};

}  // namespace swarmscope::ui
