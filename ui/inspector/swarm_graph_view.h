#pragma once

#include "inspector/graph_layout.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

namespace swarmscope::ui {

// What the graph shows: nodes by stable key and edges between them.
struct GraphData {
    struct Node {
        QString key;      // address, or host:port until the address is known
        QString label;
        bool self = false;
        bool secondHand = false;  // known only from peer exchange
        int group = 0;            // lab partition side (0 = none)
    };
    struct Edge {
        QString a, b;
        QString transport;        // "tcp", "ws", "memory", "peer-relay"
        QString state;            // "connected", "handshaking", "pex", "relay-path", "relayed"
    };
    QList<Node> nodes;
    QList<Edge> edges;
    // A peer reached through a relay's circuit (docs/NAT.md) -> the relay's key: its link is drawn
    // through the relay, and traffic with it lights both halves.
    QHash<QString, QString> relayOf;
};

// Paints a GraphData with a calm force layout; edges light up briefly when traffic passes.
// Animates only while visible and while something moves; click a node to select it.
class SwarmGraphView final : public QWidget {
    Q_OBJECT

public:
    explicit SwarmGraphView(QWidget *parent = nullptr);

    void setGraph(const GraphData &data);
    void flashEdge(const QString &a, const QString &b);  // traffic between two keys (through a relay if relayed)
    int flashedEdges() const { return m_flashed; }        // edges lit so far (tests, status)
    bool isLit(const QString &a, const QString &b) const;  // the edge between two keys flashes now
    QString selectedKey() const { return m_selected; }
    void setSelectedKey(const QString &key);
    int nodeCount() const { return int(m_data.nodes.size()); }
    const GraphData &graph() const { return m_data; }
    GraphLayout &layoutEngine() { return m_layout; }
    void paintGraph(QPainter &painter, const QRectF &area);  // also used offscreen (benchmark)
    bool animating() const { return m_timer.isActive(); }

signals:
    void nodeClicked(const QString &key);

protected:
    bool event(QEvent *event) override;  // a node's tooltip: its key (the address) and label
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void tick();
    void wake();
    QTransform transformFor(const QRectF &area) const;
    static quint64 pairKey(int a, int b);
    int nodeAt(const QPointF &widgetPos) const;  // -1 if none

    // An edge as painted: its ends' indices and colour, worked out once per graph, not per frame.
    struct PaintedEdge {
        int a, b;
        QRgb color;
    };

    GraphData m_data;
    GraphLayout m_layout;
    QHash<QString, int> m_nodeOf;
    QList<PaintedEdge> m_painted;
    QHash<quint64, qint64> m_flashUntil;  // pairKey of the ends -> ms
    QElapsedTimer m_clock;
    QTimer m_timer;
    QString m_selected;
    int m_flashed = 0;
};

} // namespace swarmscope::ui
