#pragma once

#include "events/events.h"
#include "inspector/peer_relay_graph.h"
#include "inspector/swarm_graph_view.h"
#include "snapshots.h"

#include <QDockWidget>
#include <QHash>
#include <QPointer>
#include <QTimer>

class QLabel;

namespace swarmscope::ui {

class PeerNames;

class EngineClient;

// Who is connected to whom. Session mode: self in the centre, our connections coloured by
// transport and state, and second-hand edges learned from the queue's referrers (peer exchange).
// Lab mode (while the lab runs): the whole lab graph. Room messages, gossip replies and relayed
// messages light up the edge they came over. The peer-relay network, once joined, is drawn around
// the same self node: our direct peer-relay peers, and relayers learned from message paths, with
// each hop of a message lighting up. Rebuilds are batched and happen only while visible.
class SwarmGraphDock final : public QDockWidget {
    Q_OBJECT

public:
    explicit SwarmGraphDock(EngineClient &engine, QWidget *parent = nullptr);
    ~SwarmGraphDock() override;

    SwarmGraphView *view() const { return m_view; }
    const PeerRelayGraph &peerRelayGraph() const { return m_peerRelay; }
    bool labMode() const;
    static GraphData graphOf(const QString &self, const QList<PeerSnapshot> &peers,
                             const QList<CandidateSnapshot> &queue);
    // The neighbours (addresses) traffic in this event came from or went to: the edges it lights.
    static QStringList trafficNeighbours(const Event &event);
    // Lights the edges node's traffic used (only while the dock is visible).
    void showTraffic(const QString &node, const EventBatch &events);
    // Peers' nodes are labelled with their names (local, signed) where they have one.
    void setNames(PeerNames *names);

public slots:
    void selectPeer(const QString &address);  // follows selection elsewhere

signals:
    void peerSelected(const QString &address);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void markDirty();
    void rebuild();
    // Keeps the peer-relay network's state (also while hidden); false if not a peer-relay event.
    bool onPeerRelayEvent(const Event &event);
    void fetchPeerRelayState();
    void applyNames(GraphData &g) const;

    EngineClient &m_engine;
    SwarmGraphView *m_view;
    QLabel *m_summary;
    QHash<quint64, PeerSnapshot> m_peers;
    QList<CandidateSnapshot> m_queue;
    PeerRelayGraph m_peerRelay;
    QTimer m_rebuild;
    QPointer<PeerNames> m_names;
};

}  // namespace swarmscope::ui
