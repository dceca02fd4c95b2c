#include "inspector/swarm_graph_view.h"

#include "inspector/edge_raster.h"
#include "widgets/identicon.h"

#include <QMouseEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QPainterPath>

#include <algorithm>
#include <tuple>

namespace swarmscope::ui {

namespace {
constexpr int kLabelIconSize = 12;  // pixels, beside a node's label
constexpr qint64 kFlashMs = 600;
// An aggregated frame merges the nodes of each screen square: at least this side, and large
// enough that the picture holds about kClusters of them, which the eye can still follow.
constexpr double kClusterPx = 24;
constexpr double kClusters = 160;

QColor edgeColor(GraphData::Edge::Kind kind)
{
    using Kind = GraphData::Edge::Kind;
    switch (kind) {
    case Kind::SecondHand: return QColor(150, 150, 150, 110);
    case Kind::RelayPath: return QColor(200, 120, 40, 120);
    case Kind::RelayedHalf: return QColor(70, 110, 190);
    case Kind::Handshaking: return QColor(230, 160, 30);
    case Kind::WebSocket: return QColor(140, 80, 200);
    case Kind::Memory: return QColor(40, 130, 170);
    case Kind::PeerRelay: return QColor(200, 120, 40);
    case Kind::Tcp: break;
    }
    return QColor(40, 150, 80);
}

const QColor kGroupColors[] = {QColor(60, 120, 200), QColor(200, 90, 60), QColor(70, 160, 90), QColor(170, 80, 170)};
}  // namespace

GraphData::Edge::Kind GraphData::Edge::kindOf(Transport transport, ConnectionState state)
{
    if (state != ConnectionState::Connected)
        return Kind::Handshaking;
    switch (transport) {
    case Transport::WebSocket: return Kind::WebSocket;
    case Transport::Memory: return Kind::Memory;
    default: return Kind::Tcp;
    }
}

SwarmGraphView::SwarmGraphView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("swarmGraphView"));
    setAccessibleName(tr("Swarm graph"));
    setMinimumSize(200, 160);
    setFocusPolicy(Qt::StrongFocus);
    m_timer.setInterval(33);
    connect(&m_timer, &QTimer::timeout, this, &SwarmGraphView::tick);
    m_clock.start();
}

void SwarmGraphView::setGraph(const GraphData &data)
{
    // Flashes are keyed by node index; carry the lit ones over by their ends' keys.
    QList<std::tuple<QString, QString, qint64>> lit;
    for (auto it = m_flashUntil.cbegin(); it != m_flashUntil.cend(); ++it) {
        const int a = int(it.key() >> 32), b = int(it.key() & 0xffffffffu);
        if (a < m_data.nodes.size() && b < m_data.nodes.size())
            lit.append({m_data.nodes[a].key, m_data.nodes[b].key, it.value()});
    }
    m_data = data;
    QStringList keys;
    QString pinned;
    m_nodeOf.clear();
    for (int i = 0; i < m_data.nodes.size(); ++i) {
        keys << m_data.nodes[i].key;
        m_nodeOf.insert(m_data.nodes[i].key, i);
        if (m_data.nodes[i].self)
            pinned = m_data.nodes[i].key;
    }
    QList<QPair<int, int>> edges;
    m_painted.clear();
    m_painted.reserve(m_data.edges.size());
    m_neighbours = QList<QList<int>>(m_data.nodes.size());
    for (const GraphData::Edge &e : std::as_const(m_data.edges)) {
        const int a = m_nodeOf.value(e.a, -1), b = m_nodeOf.value(e.b, -1);
        if (a < 0 || b < 0)
            continue;
        edges.append({a, b});
        m_painted.append({a, b, edgeColor(e.kind).rgba()});
        m_neighbours[a].append(b);
        m_neighbours[b].append(a);
    }
    m_flashUntil.clear();
    for (const auto &[keyA, keyB, until] : std::as_const(lit)) {
        const int a = m_nodeOf.value(keyA, -1), b = m_nodeOf.value(keyB, -1);
        if (a >= 0 && b >= 0)
            m_flashUntil.insert(pairKey(a, b), until);
    }
    m_layout.setGraph(keys, edges, pinned);
    wake();
}

quint64 SwarmGraphView::pairKey(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}

void SwarmGraphView::flashEdge(const QString &a, const QString &b)
{
    // Traffic with a relayed peer crosses its relay: both halves light up.
    for (const auto &[end, other] : {std::pair{b, a}, std::pair{a, b}}) {
        const QString relay = m_data.relayOf.value(end);
        if (!relay.isEmpty() && relay != other) {
            flashEdge(other, relay);
            flashEdge(relay, end);
            return;
        }
    }
    const int ia = m_nodeOf.value(a, -1), ib = m_nodeOf.value(b, -1);
    if (ia < 0 || ib < 0)
        return;
    m_flashUntil.insert(pairKey(ia, ib), m_clock.elapsed() + kFlashMs);
    ++m_flashed;
    wake();
}

bool SwarmGraphView::isLit(const QString &a, const QString &b) const
{
    const int ia = m_nodeOf.value(a, -1), ib = m_nodeOf.value(b, -1);
    return ia >= 0 && ib >= 0 && m_flashUntil.value(pairKey(ia, ib)) > m_clock.elapsed();
}

void SwarmGraphView::setSelectedKey(const QString &key)
{
    if (m_selected == key)
        return;
    m_selected = key;
    update();
}

void SwarmGraphView::wake()
{
    if (isVisible() && !m_timer.isActive())
        m_timer.start();
    update();
}

void SwarmGraphView::tick()
{
    // A few layout steps per frame, bounded, so a 200-node picture never holds the event loop.
    bool moving = false;
    for (int i = 0; i < 2; ++i)
        moving = m_layout.step() || moving;
    const qint64 now = m_clock.elapsed();
    for (auto it = m_flashUntil.begin(); it != m_flashUntil.end();)
        it = it.value() <= now ? m_flashUntil.erase(it) : std::next(it);
    if (!moving && m_flashUntil.isEmpty())
        m_timer.stop();
    update();
}

void SwarmGraphView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    wake();
}

void SwarmGraphView::hideEvent(QHideEvent *event)
{
    m_timer.stop();  // nobody sees it: no layout work
    QWidget::hideEvent(event);
}

QTransform SwarmGraphView::transformFor(const QRectF &area) const
{
    QRectF bounds;
    for (const GraphLayout::Node &n : m_layout.nodes())
        bounds |= QRectF(n.pos - QPointF(1, 1), QSizeF(2, 2));
    bounds.adjust(-20, -20, 20, 20);
    // Self stays in the centre: make the bounds symmetric around the origin.
    const double half = std::max(
        {std::abs(bounds.left()), std::abs(bounds.right()), std::abs(bounds.top()), std::abs(bounds.bottom()), 60.0});
    const double scale = std::min(area.width(), area.height()) / (2 * half);
    QTransform t;
    t.translate(area.center().x(), area.center().y());
    t.scale(scale, scale);
    return t;
}

void SwarmGraphView::paintGraph(QPainter &p, const QRectF &area)
{
    p.fillRect(area, palette().base());
    const QTransform t = transformFor(area);
    if (m_layout.nodes().size() > kDetailAbove)
        paintAggregated(p, area, t);
    else
        paintAll(p, t);
}

void SwarmGraphView::paintAll(QPainter &p, const QTransform &t)
{
    m_layer = QImage();  // the aggregated frame's image (megabytes) is not needed at this size
    p.setRenderHint(QPainter::Antialiasing, m_layout.nodes().size() <= 120);
    const auto &nodes = m_layout.nodes();
    const qint64 now = m_clock.elapsed();
    // Edges as plain line batches, one per colour: a QPainterPath would be stroked as a shape.
    QHash<QRgb, QList<QLineF>> lines;
    QList<QLineF> flashes;
    for (const GraphDetail::Edge &e : std::as_const(m_painted)) {
        if (e.a >= nodes.size() || e.b >= nodes.size())
            continue;
        const QLineF line(t.map(nodes[e.a].pos), t.map(nodes[e.b].pos));
        const bool lit = !m_flashUntil.isEmpty() && m_flashUntil.value(pairKey(e.a, e.b)) > now;
        (lit ? flashes : lines[e.color]).append(line);
    }
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        p.setPen(QPen(QColor::fromRgba(it.key()), 1.2));
        p.drawLines(it.value());
    }
    if (!flashes.isEmpty()) {
        p.setPen(QPen(QColor(255, 200, 0), 3));
        p.drawLines(flashes);
    }
    const double r = nodes.size() > 100 ? 3.5 : 5.5;
    const QPen outline(palette().text().color(), 0.8);
    QList<int> labelled;
    for (int i = 0; i < m_data.nodes.size() && i < nodes.size(); ++i) {
        const GraphData::Node &n = m_data.nodes[i];
        const QPointF c = t.map(nodes[i].pos);
        const QColor fill = n.self ? QColor(220, 60, 60)
            : n.secondHand         ? QColor(190, 190, 190)
                                   : kGroupColors[n.group % 4];
        p.setPen(n.key == m_selected ? QPen(palette().highlight().color(), 3) : outline);
        p.setBrush(fill);
        p.drawEllipse(c, n.self ? r * 1.6 : r, n.self ? r * 1.6 : r);
        labelled.append(i);
    }
    m_lastFrame = {false, int(labelled.size()), 0, int(m_painted.size())};
    if (labelled.size() <= 40)
        paintLabels(p, t, labelled, r);
}

QList<bool> SwarmGraphView::focusNodes() const
{
    const int n = int(std::min(m_data.nodes.size(), m_layout.nodes().size()));
    QList<bool> alone(n, false);
    const auto focus = [&](int i) {
        if (i < 0 || i >= n)
            return;
        alone[i] = true;
        for (int j : m_neighbours.value(i))
            if (j < n)
                alone[j] = true;
    };
    for (int i = 0; i < n; ++i)
        if (m_data.nodes[i].self)
            focus(i);
    focus(m_nodeOf.value(m_selected, -1));
    return alone;
}

void SwarmGraphView::paintAggregated(QPainter &p, const QRectF &area, const QTransform &t)
{
    const auto &nodes = m_layout.nodes();
    const int n = int(std::min(m_data.nodes.size(), nodes.size()));
    QList<QPointF> screen(n);
    QList<int> groups(n);
    for (int i = 0; i < n; ++i) {
        screen[i] = t.map(nodes[i].pos);
        groups[i] = m_data.nodes[i].secondHand ? -1 : m_data.nodes[i].group;
    }
    m_cellPx = std::max(kClusterPx, std::sqrt(area.width() * area.height() / kClusters));
    m_detail.build(screen, focusNodes(), groups, m_painted, m_cellPx);

    // Lines straight into an image of the device's pixels: a thousand nodes' edges cost a few
    // milliseconds there, against about twenty through QPainter's cosmetic pen (bench_graph).
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    const QSize pixels = (area.size() * dpr).toSize();
    if (m_layer.size() != pixels)
        m_layer = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_layer.setDevicePixelRatio(1.0);
    m_layer.fill(palette().base().color());  // opaque, so that it is copied, not blended, below
    EdgeRaster raster(m_layer);
    // Lines between clusters faint (more so the fewer edges they stand for), below; lines of the
    // nodes in focus in full, on top.
    const auto draw = [&](const GraphDetail::Line &line, QRgb color) {
        raster.line((line.from - area.topLeft()) * dpr, (line.to - area.topLeft()) * dpr, color);
    };
    for (const GraphDetail::Line &line : m_detail.lines())
        if (line.a >= n && line.b >= n)
            draw(line,
                 (line.color & 0x00ffffffu) | (quint32(qAlpha(line.color) * std::min(4, line.edges) * 40 / 255) << 24));
    for (const GraphDetail::Line &line : m_detail.lines())
        if (line.a < n || line.b < n)
            draw(line, line.color);
    m_layer.setDevicePixelRatio(dpr);
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.drawImage(area.topLeft(), m_layer);
    p.setCompositionMode(QPainter::CompositionMode_SourceOver);

    const qint64 now = m_clock.elapsed();
    QList<QLineF> flashes;
    for (auto it = m_flashUntil.cbegin(); it != m_flashUntil.cend(); ++it) {
        const int a = int(it.key() >> 32), b = int(it.key() & 0xffffffffu);
        if (it.value() > now && a < n && b < n && m_detail.drawnAt(a) != m_detail.drawnAt(b))
            flashes.append(QLineF(m_detail.drawnAt(a), m_detail.drawnAt(b)));
    }
    if (!flashes.isEmpty()) {
        p.setPen(QPen(QColor(255, 200, 0), 3));
        p.drawLines(flashes);
    }

    // Clusters: area grows with the members; the count is written on the big ones.
    p.setRenderHint(QPainter::Antialiasing, true);
    const QPen outline(palette().text().color(), 0.6);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.75));
    p.setFont(small);
    for (const GraphDetail::Cluster &c : m_detail.clusters()) {
        QColor fill = c.group < 0 ? QColor(190, 190, 190) : kGroupColors[c.group % 4];
        if (c.count == 1) {
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawEllipse(c.centre, 2.5, 2.5);
            continue;
        }
        const double r = std::min(m_cellPx * 0.3, 3.0 + 1.5 * std::sqrt(double(c.count)));
        fill.setAlpha(190);
        p.setPen(outline);
        p.setBrush(fill);
        p.drawEllipse(c.centre, r, r);
        if (c.count >= 10) {
            p.setPen(palette().text().color());
            p.drawText(QRectF(c.centre - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter,
                       QString::number(c.count));
        }
    }
    // The nodes in focus, one by one and labelled while few.
    const double r = 4.5;
    p.setFont(font());
    for (int i : m_detail.aloneNodes()) {
        const GraphData::Node &node = m_data.nodes[i];
        const QColor fill = node.self ? QColor(220, 60, 60)
            : node.secondHand         ? QColor(190, 190, 190)
                                      : kGroupColors[node.group % 4];
        p.setPen(node.key == m_selected ? QPen(palette().highlight().color(), 3) : QPen(palette().text().color(), 0.8));
        p.setBrush(fill);
        p.drawEllipse(screen[i], node.self ? r * 1.6 : r, node.self ? r * 1.6 : r);
    }
    m_lastFrame = {true, int(m_detail.aloneNodes().size()), int(m_detail.clusters().size()),
                   int(m_detail.lines().size())};
    if (m_detail.aloneNodes().size() <= 40)
        paintLabels(p, t, m_detail.aloneNodes(), r);
}

void SwarmGraphView::paintLabels(QPainter &p, const QTransform &t, const QList<int> &which, double radius)
{
    // Each label after its peer's identicon (as in the chat and the peers table), so that two
    // look-alike names are told apart here too. A node known only by host:port has no key to
    // draw one from.
    p.setPen(palette().text().color());
    const auto &nodes = m_layout.nodes();
    for (int i : which) {
        if (i >= m_data.nodes.size() || i >= nodes.size())
            continue;
        const GraphData::Node &n = m_data.nodes[i];
        QPointF at = t.map(nodes[i].pos) + QPointF(radius + 2, -radius);
        if (!n.self && !n.key.contains(QLatin1Char(':'))) {
            p.drawPixmap(QPoint(qRound(at.x()), qRound(at.y()) - kLabelIconSize + 2),
                         Identicon::pixmap(n.key, kLabelIconSize));
            at.rx() += kLabelIconSize + 2;
        }
        p.drawText(at, n.label);
    }
}

bool SwarmGraphView::drawnAlone(const QString &key) const
{
    const int i = m_nodeOf.value(key, -1);
    return i >= 0 && (!m_lastFrame.aggregated || m_detail.clusterOf(i) < 0);
}

void SwarmGraphView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintGraph(p, rect());
    if (m_data.nodes.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect(), Qt::AlignCenter, tr("No peers yet"));
    }
}

int SwarmGraphView::nodeAt(const QPointF &widgetPos) const
{
    const QTransform inv = transformFor(rect()).inverted();
    const double radius = 8 / std::max(0.01, transformFor(rect()).m11());
    int i = m_layout.nodeAt(inv.map(widgetPos), radius);
    if (i < 0 && m_lastFrame.aggregated)  // a click on a cluster picks its member nearest the click
        i = m_layout.nodeAt(inv.map(widgetPos), radius * m_cellPx / 8);
    return i >= 0 && i < m_data.nodes.size() ? i : -1;
}

bool SwarmGraphView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const int i = nodeAt(help->pos());
    if (i < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const GraphData::Node &n = m_data.nodes[i];
    QString text = n.label == n.key ? n.key : n.label + QLatin1Char('\n') + n.key;
    const int cluster = m_lastFrame.aggregated ? m_detail.clusterOf(i) : -1;
    if (cluster >= 0 && m_detail.clusters()[cluster].count > 1)
        text = tr("%n peer(s) drawn as one; click to show the nearest with its neighbours", nullptr,
                  m_detail.clusters()[cluster].count);
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void SwarmGraphView::mousePressEvent(QMouseEvent *event)
{
    const int i = nodeAt(event->position());
    if (i < 0)
        return;
    setSelectedKey(m_data.nodes[i].key);
    emit nodeClicked(m_data.nodes[i].key);
}

}  // namespace swarmscope::ui
