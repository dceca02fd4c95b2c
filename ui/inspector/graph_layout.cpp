#include "inspector/graph_layout.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace swarmscope::ui {

void GraphLayout::setGraph(const QStringList &keys, const QList<QPair<int, int>> &edges, const QString &pinnedKey)
{
    QHash<QString, Node> old;
    for (const Node &n : std::as_const(m_nodes))
        old.insert(n.key, n);
    const bool changed = keys.size() != m_nodes.size() || edges != m_edges
        || std::any_of(keys.begin(), keys.end(), [&](const QString &k) { return !old.contains(k); });
    QList<Node> nodes;
    nodes.reserve(keys.size());
    m_index.clear();
    for (int i = 0; i < keys.size(); ++i) {
        m_index.insert(keys[i], i);
        Node n = old.value(keys[i]);
        const bool fresh = !old.contains(keys[i]);
        n.key = keys[i];
        n.pinned = keys[i] == pinnedKey;
        if (n.pinned) {
            n.pos = {};
            n.velocity = {};
        } else if (fresh) {
            const double angle = i * 2.399963;  // golden angle: spread new nodes evenly
            const double r = m_ideal * (1.0 + std::sqrt(double(i)) * 0.8);
            n.pos = {r * std::cos(angle), r * std::sin(angle)};
        }
        nodes.append(n);
    }
    // New nodes start next to an existing neighbour, so they do not fly across the picture.
    for (const auto &[a, b] : edges) {
        if (a < 0 || b < 0 || a >= nodes.size() || b >= nodes.size())
            continue;
        const bool aFresh = !old.contains(nodes[a].key), bFresh = !old.contains(nodes[b].key);
        if (aFresh && !bFresh && !nodes[a].pinned)
            nodes[a].pos = nodes[b].pos + QPointF(m_ideal * 0.5 * std::cos(a), m_ideal * 0.5 * std::sin(a));
        else if (bFresh && !aFresh && !nodes[b].pinned)
            nodes[b].pos = nodes[a].pos + QPointF(m_ideal * 0.5 * std::cos(b), m_ideal * 0.5 * std::sin(b));
    }
    m_nodes = std::move(nodes);
    m_edges.clear();
    for (const auto &e : edges)
        if (e.first >= 0 && e.second >= 0 && e.first < m_nodes.size() && e.second < m_nodes.size()
            && e.first != e.second)
            m_edges.append(e);
    if (changed)
        reheat(old.isEmpty() ? 1.0 : 0.3);
}

void GraphLayout::reheat(double temperature)
{
    m_temperature = std::max(m_temperature, temperature);
}

bool GraphLayout::step()
{
    if (settled() || m_nodes.isEmpty())
        return false;
    const int n = int(m_nodes.size());
    const double k = m_ideal;
    const double cell = 2.5 * k;
    QList<QPointF> force(n);

    // Repulsion, on a grid: only nodes in neighbouring cells push each other. The grid is a
    // sorted array of (cell, node), rebuilt each step without a hash or per-cell lists.
    auto cellOf = [cell](const QPointF &p) {
        return std::pair<int, int>(int(std::floor(p.x() / cell)), int(std::floor(p.y() / cell)));
    };
    auto cellKey = [](int x, int y) { return (qint64(x) << 32) | quint32(y); };
    std::vector<std::pair<qint64, int>> grid(n);
    for (int i = 0; i < n; ++i) {
        const auto [x, y] = cellOf(m_nodes[i].pos);
        grid[i] = {cellKey(x, y), i};
    }
    std::sort(grid.begin(), grid.end());
    for (int i = 0; i < n; ++i) {
        const auto [cx, cy] = cellOf(m_nodes[i].pos);
        for (int dx = -1; dx <= 1; ++dx)
            for (int dy = -1; dy <= 1; ++dy) {
                const qint64 key = cellKey(cx + dx, cy + dy);
                auto it = std::lower_bound(grid.begin(), grid.end(), std::pair<qint64, int>(key, -1));
                for (; it != grid.end() && it->first == key; ++it) {
                    const int j = it->second;
                    if (j == i)
                        continue;
                    QPointF d = m_nodes[i].pos - m_nodes[j].pos;
                    double dist2 = QPointF::dotProduct(d, d);
                    if (dist2 < 0.01) {
                        d = QPointF(std::cos(i + j), std::sin(i - j));
                        dist2 = 1;
                    }
                    force[i] += d * (k * k / dist2);
                }
            }
    }
    // Springs along edges.
    for (const auto &[a, b] : std::as_const(m_edges)) {
        const QPointF d = m_nodes[b].pos - m_nodes[a].pos;
        const double dist = std::max(1.0, std::hypot(d.x(), d.y()));
        const QPointF f = d * ((dist - k) / dist * 0.5);
        force[a] += f;
        force[b] -= f;
    }
    // Gravity keeps islands (partitions, unconnected nodes) on screen.
    double moved = 0;
    const double maxStep = k * m_temperature;
    for (int i = 0; i < n; ++i) {
        Node &node = m_nodes[i];
        if (node.pinned)
            continue;
        force[i] -= node.pos * 0.02;
        node.velocity = (node.velocity + force[i] * 0.1) * 0.6;  // damping
        double len = std::hypot(node.velocity.x(), node.velocity.y());
        if (len > maxStep) {
            node.velocity *= maxStep / len;
            len = maxStep;
        }
        node.pos += node.velocity;
        moved = std::max(moved, len);
    }
    m_temperature *= 0.97;  // cool down
    if (moved < 0.05)
        m_temperature = 0;
    return !settled();
}

int GraphLayout::nodeAt(const QPointF &p, double radius) const
{
    int best = -1;
    double bestD = radius * radius;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const QPointF d = m_nodes[i].pos - p;
        const double d2 = QPointF::dotProduct(d, d);
        if (d2 <= bestD) {
            bestD = d2;
            best = i;
        }
    }
    return best;
}

}  // namespace swarmscope::ui
