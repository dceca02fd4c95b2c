#pragma once

#include "events/event_types.h"
#include "inspector/graph_detail.h"
#include "inspector/graph_layout.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QTimer>
#include <QWidget>

namespace swarmscope::ui {

// What the graph shows: nodes by stable key and edges between them.
struct GraphData {
    struct Node {
        QString key;  // address, or host:port until the address is known
        QString label;
        bool self = false;
        bool secondHand = false;  // known only from peer exchange
        int group = 0;  // lab partition side (0 = none)
    };
    struct Edge {
        // What the line stands for; it picks the line's colour.
        enum class Kind {
            Tcp,
            WebSocket,
            Memory,
            PeerRelay,  // a peer-relay neighbour
            Handshaking,  // a connection not open yet
            SecondHand,  // a candidate, drawn from whoever told us of it (peer exchange)
            RelayPath,  // a link seen on a peer-relay message's path
            RelayedHalf,  // a half of a connection through a relay's circuit
        };
        QString a, b;
        Kind kind = Kind::Tcp;

        static Kind kindOf(Transport transport, ConnectionState state);
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
    int flashedEdges() const { return m_flashed; }  // edges lit so far (tests, status)
    bool isLit(const QString &a, const QString &b) const;  // the edge between two keys flashes now
    QString selectedKey() const { return m_selected; }
    void setSelectedKey(const QString &key);
    int nodeCount() const { return int(m_data.nodes.size()); }
    const GraphData &graph() const { return m_data; }
    GraphLayout &layoutEngine() { return m_layout; }
    void paintGraph(QPainter &painter, const QRectF &area);  // also used offscreen (benchmark)
    bool animating() const { return m_timer.isActive(); }

    // What the last frame drew. Above kDetailAbove nodes, only self, the selection and their
    // neighbours are drawn one by one; the rest merge into clusters (GraphDetail).
    static constexpr int kDetailAbove = 300;
    struct FrameStats {
        bool aggregated = false;
        int aloneNodes = 0;  // nodes drawn one by one
        int clusters = 0;
        int lines = 0;
    };
    FrameStats lastFrame() const { return m_lastFrame; }
    bool drawnAlone(const QString &key) const;  // in the last frame

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
    void paintAll(QPainter &p, const QTransform &t);
    void paintAggregated(QPainter &p, const QRectF &area, const QTransform &t);
    QList<bool> focusNodes() const;  // self, the selection and their neighbours
    void paintLabels(QPainter &p, const QTransform &t, const QList<int> &which, double radius);

    GraphData m_data;
    GraphLayout m_layout;
    QHash<QString, int> m_nodeOf;
    // Edges as painted: their ends' indices and colour, worked out once per graph, not per frame.
    QList<GraphDetail::Edge> m_painted;
    QList<QList<int>> m_neighbours;
    GraphDetail m_detail;
    QImage m_layer;  // the aggregated frame's lines, drawn by EdgeRaster
    double m_cellPx = 24;  // the aggregated frame's cluster square
    FrameStats m_lastFrame;
    QHash<quint64, qint64> m_flashUntil;  // pairKey of the ends -> ms
    QElapsedTimer m_clock;
    QTimer m_timer;
    QString m_selected;
    int m_flashed = 0;
};

}  // namespace swarmscope::ui
