#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

namespace swarmscope::ui {

// A force-directed layout that stays calm: springs along edges, repulsion between nodes computed
// on a grid (only neighbouring cells interact, so a step is near-linear in the node count),
// damping, and a temperature that cools to zero so the picture comes to rest. Widget-free.
class GraphLayout final {
public:
    struct Node {
        QString key;
        QPointF pos;
        QPointF velocity;
        bool pinned = false;  // stays where it is (self in the centre)
    };

    // Replaces the node and edge sets. Nodes keep their positions by key; new ones start near a
    // neighbour (or on a ring), and the layout warms up a little.
    void setGraph(const QStringList &keys, const QList<QPair<int, int>> &edges, const QString &pinnedKey = {});
    bool step();  // one iteration; false once settled (nothing moves)
    void reheat(double temperature = 0.5);
    bool settled() const { return m_temperature <= kMinTemperature; }

    const QList<Node> &nodes() const { return m_nodes; }
    const QList<QPair<int, int>> &edges() const { return m_edges; }
    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    int nodeAt(const QPointF &p, double radius) const;  // -1 if none
    double idealLength() const { return m_ideal; }

private:
    static constexpr double kMinTemperature = 0.005;
    QList<Node> m_nodes;
    QList<QPair<int, int>> m_edges;
    QHash<QString, int> m_index;
    double m_temperature = 1.0;
    double m_ideal = 40.0;
};

}  // namespace swarmscope::ui
