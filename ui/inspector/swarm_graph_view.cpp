#include "inspector/swarm_graph_view.h"

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

QColor edgeColor(const GraphData::Edge &e)
{
    if (e.state == QLatin1String("pex"))
        return QColor(150, 150, 150, 110);
    if (e.state == QLatin1String("relay-path"))
        return QColor(200, 120, 40, 120);  // a link seen on a peer-relay message's path
    if (e.state == QLatin1String("relayed"))
        return QColor(70, 110, 190);  // a half of a connection through a relay's circuit
    if (e.state != QLatin1String("connected"))
        return QColor(230, 160, 30);  // handshaking
    if (e.transport == QLatin1String("ws"))
        return QColor(140, 80, 200);
    if (e.transport == QLatin1String("memory"))
        return QColor(40, 130, 170);
    if (e.transport == QLatin1String("peer-relay"))
        return QColor(200, 120, 40);
    return QColor(40, 150, 80);  // tcp
}

const QColor kGroupColors[] = {QColor(60, 120, 200), QColor(200, 90, 60), QColor(70, 160, 90), QColor(170, 80, 170)};
} // namespace

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
    for (const GraphData::Edge &e : std::as_const(m_data.edges)) {
        const int a = m_nodeOf.value(e.a, -1), b = m_nodeOf.value(e.b, -1);
        if (a < 0 || b < 0)
            continue;
        edges.append({a, b});
        m_painted.append({a, b, edgeColor(e).rgba()});
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
    const double half = std::max({std::abs(bounds.left()), std::abs(bounds.right()), std::abs(bounds.top()),
                                  std::abs(bounds.bottom()), 60.0});
    const double scale = std::min(area.width(), area.height()) / (2 * half);
    QTransform t;
    t.translate(area.center().x(), area.center().y());
    t.scale(scale, scale);
    return t;
}

void SwarmGraphView::paintGraph(QPainter &p, const QRectF &area)
{
    p.fillRect(area, palette().base());
    p.setRenderHint(QPainter::Antialiasing, m_layout.nodes().size() <= 120);
    const QTransform t = transformFor(area);
    const auto &nodes = m_layout.nodes();
    const qint64 now = m_clock.elapsed();
    const bool large = nodes.size() > 400;
    // Edges as plain line batches, one per colour: a QPainterPath would be stroked as a shape,
    // which costs several times as much at a thousand nodes.
    QHash<QRgb, QList<QLineF>> lines;
    QList<QLineF> flashes;
    for (const PaintedEdge &e : std::as_const(m_painted)) {
        if (e.a >= nodes.size() || e.b >= nodes.size())
            continue;
        const QLineF line(t.map(nodes[e.a].pos), t.map(nodes[e.b].pos));
        const bool lit = !m_flashUntil.isEmpty() && m_flashUntil.value(pairKey(e.a, e.b)) > now;
        (lit ? flashes : lines[e.color]).append(line);
    }
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        p.setPen(QPen(QColor::fromRgba(it.key()), large ? 0 : 1.2));  // 0: a cosmetic one-pixel line
        p.drawLines(it.value());
    }
    if (!flashes.isEmpty()) {
        p.setPen(QPen(QColor(255, 200, 0), 3));
        p.drawLines(flashes);
    }
    // Nodes: outlined while few; at a thousand the outlines would only blur into the edges.
    const double r = nodes.size() > 400 ? 2.5 : nodes.size() > 100 ? 3.5 : 5.5;
    const QPen outline(palette().text().color(), 0.8);
    for (int i = 0; i < m_data.nodes.size() && i < nodes.size(); ++i) {
        const GraphData::Node &n = m_data.nodes[i];
        const QPointF c = t.map(nodes[i].pos);
        QColor fill = n.self ? QColor(220, 60, 60) : n.secondHand ? QColor(190, 190, 190) : kGroupColors[n.group % 4];
        if (n.key == m_selected)
            p.setPen(QPen(palette().highlight().color(), 3));
        else if (large && !n.self)
            p.setPen(Qt::NoPen);
        else
            p.setPen(outline);
        p.setBrush(fill);
        p.drawEllipse(c, n.self ? r * 1.6 : r, n.self ? r * 1.6 : r);
    }
    // Labels only when they fit, each after its peer's identicon (as in the chat and the peers
    // table), so that two look-alike names are told apart here too. A node known only by
    // host:port has no key to draw one from.
    if (nodes.size() <= 40) {
        p.setPen(palette().text().color());
        for (int i = 0; i < m_data.nodes.size() && i < nodes.size(); ++i) {
            const GraphData::Node &n = m_data.nodes[i];
            QPointF at = t.map(nodes[i].pos) + QPointF(r + 2, -r);
            if (!n.self && !n.key.contains(QLatin1Char(':'))) {
                p.drawPixmap(QPoint(qRound(at.x()), qRound(at.y()) - kLabelIconSize + 2),
                             Identicon::pixmap(n.key, kLabelIconSize));
                at.rx() += kLabelIconSize + 2;
            }
            p.drawText(at, n.label);
        }
    }
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
    const int i = m_layout.nodeAt(inv.map(widgetPos), radius);
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
    QToolTip::showText(help->globalPos(), n.label == n.key ? n.key : n.label + QLatin1Char('\n') + n.key, this);
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

} // namespace swarmscope::ui
