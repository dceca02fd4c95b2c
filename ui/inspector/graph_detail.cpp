#include "inspector/graph_detail.h"

#include <algorithm>
#include <cmath>

namespace swarmscope::ui {

namespace {
quint64 pairOf(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}
}  // namespace

void GraphDetail::build(const QList<QPointF> &positions, const QList<bool> &alone, const QList<int> &groups,
                        const QList<Edge> &edges, double cellPx)
{
    const int n = int(positions.size());
    m_positions = positions;
    m_alone.clear();
    m_clusters.clear();
    m_lines.clear();
    m_clusterOf.fill(-1, n);
    const double cell = std::max(1.0, cellPx);
    // A cell's key: its column and row, and the group, so that partition sides never merge.
    QHash<quint64, int> clusterOfCell;
    for (int i = 0; i < n; ++i) {
        if (i < alone.size() && alone[i]) {
            m_alone.append(i);
            continue;
        }
        const int group = i < groups.size() ? groups[i] : 0;
        const auto column = qint64(std::floor(positions[i].x() / cell)),
                   row = qint64(std::floor(positions[i].y() / cell));
        const quint64 key =
            (quint64(column & 0xfffffff) << 36) | (quint64(row & 0xfffffff) << 8) | quint64(group & 0xff);
        auto it = clusterOfCell.find(key);
        if (it == clusterOfCell.end()) {
            it = clusterOfCell.insert(key, int(m_clusters.size()));
            m_clusters.append({QPointF(), 0, group, i});
        }
        Cluster &c = m_clusters[*it];
        c.centre += positions[i];
        ++c.count;
        m_clusterOf[i] = *it;
    }
    for (Cluster &c : m_clusters)
        c.centre /= c.count;
    // One line per pair of drawn things, in the colour of the first edge between them.
    QHash<quint64, int> lineOf;
    lineOf.reserve(edges.size());
    for (const Edge &e : edges) {
        if (e.a < 0 || e.b < 0 || e.a >= n || e.b >= n)
            continue;
        const int a = drawnThing(e.a), b = drawnThing(e.b);
        if (a == b)
            continue;  // inside one cluster
        const auto it = lineOf.constFind(pairOf(a, b));
        if (it != lineOf.cend()) {
            ++m_lines[*it].edges;
            continue;
        }
        lineOf.insert(pairOf(a, b), int(m_lines.size()));
        m_lines.append({drawnAt(e.a), drawnAt(e.b), e.color, a, b, 1});
    }
}

int GraphDetail::drawnThing(int node) const
{
    const int cluster = clusterOf(node);
    return cluster < 0 ? node : int(m_positions.size()) + cluster;
}

QPointF GraphDetail::drawnAt(int node) const
{
    const int cluster = clusterOf(node);
    if (cluster >= 0)
        return m_clusters[cluster].centre;
    return node >= 0 && node < m_positions.size() ? m_positions[node] : QPointF();
}

}  // namespace swarmscope::ui
