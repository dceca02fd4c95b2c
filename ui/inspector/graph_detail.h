#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRgb>

namespace swarmscope::ui {

// The level of detail of a large swarm graph's frame: the nodes that matter (self, the
// selection and their neighbours) are drawn one by one, every other node is merged with the
// nodes near it on screen into one cluster, and each pair of drawn things gets one line however
// many edges run between their members. A thousand nodes then draw as a few hundred shapes the
// eye can follow. Widget-free; works on screen positions.
class GraphDetail final {
public:
    struct Edge {
        int a, b;
        QRgb color;
    };
    struct Cluster {
        QPointF centre;  // the members' mean position
        int count = 0;
        int group = 0;  // members of one cell are split by group (lab partition sides)
        int firstMember = -1;
    };
    struct Line {
        QPointF from, to;
        QRgb color;
        int a, b;  // what the line joins: a node index, or nodeCount + cluster index
        int edges = 1;  // how many edges it stands for
    };

    // positions: every node's position on screen; alone: drawn on its own (same length);
    // groups: each node's group; cellPx: the side of the screen square whose nodes merge.
    void build(const QList<QPointF> &positions, const QList<bool> &alone, const QList<int> &groups,
               const QList<Edge> &edges, double cellPx);

    const QList<int> &aloneNodes() const { return m_alone; }
    const QList<Cluster> &clusters() const { return m_clusters; }
    const QList<Line> &lines() const { return m_lines; }
    int clusterOf(int node) const { return node >= 0 && node < m_clusterOf.size() ? m_clusterOf[node] : -1; }
    // Where a node is drawn: its own position, or its cluster's centre.
    QPointF drawnAt(int node) const;

private:
    int drawnThing(int node) const;  // node, or nodeCount + cluster

    QList<QPointF> m_positions;
    QList<int> m_alone;
    QList<int> m_clusterOf;  // per node: its cluster, -1 when alone
    QList<Cluster> m_clusters;
    QList<Line> m_lines;
};

}  // namespace swarmscope::ui
