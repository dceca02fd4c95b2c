#include "inspector/swarm_graph_dock.h"

#include "client/engine_client.h"
#include "client/engine_views.h"

#include <QJsonArray>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace swarmscope::ui {

namespace {
QString keyOf(const QString &address, const QString &host, quint16 port)
{
    return address.isEmpty() ? host + QLatin1Char(':') + QString::number(port) : address;
}

QString shortLabel(const QString &key)
{
    return key.size() > 10 ? key.left(8) + QStringLiteral("…") : key;
}

bool isTrafficEvent(const QString &kind)
{
    return kind == QLatin1String("message") || kind == QLatin1String("reply") || kind == QLatin1String("request") ||
           kind == QLatin1String("relay-message") || kind == QLatin1String("relay-forwarded");
}
} // namespace

SwarmGraphDock::SwarmGraphDock(EngineClient &engine, QWidget *parent)
    : QDockWidget(tr("Swarm graph"), parent), m_engine(engine)
{
    setObjectName(QStringLiteral("swarmGraphDock"));
    setAccessibleName(tr("Swarm graph"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    m_view = new SwarmGraphView(body);
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("swarmGraphSummary"));
    m_summary->setAccessibleName(tr("Graph summary"));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    setWidget(body);

    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(250);
    connect(&m_rebuild, &QTimer::timeout, this, &SwarmGraphDock::rebuild);
    connect(m_view, &SwarmGraphView::nodeClicked, this, [this](const QString &key) {
        if (!key.contains(QLatin1Char(':')))
            emit peerSelected(key);
    });

    for (const PeerSnapshot &p : m_engine.peers())
        m_peers.insert(p.connectionId, p);
    m_queue = m_engine.queue();
    connect(&m_engine, &EngineClient::peersChanged, this, [this](const PeerDelta &d) {
        for (const PeerSnapshot &p : d.added)
            m_peers.insert(p.connectionId, p);
        for (const PeerSnapshot &p : d.updated)
            m_peers.insert(p.connectionId, p);
        for (quint64 id : d.removed)
            m_peers.remove(id);
        markDirty();
    });
    connect(&m_engine, &EngineClient::queueChanged, this, [this](const QList<CandidateSnapshot> &q) {
        m_queue = q;
        markDirty();
    });
    connect(&m_engine, &EngineClient::eventsReady, this,
            [this](const QList<EngineEvent> &e) { onEvents(m_engine.address(), e); });
    connect(&m_engine, &EngineClient::labEventsReady, this, &SwarmGraphDock::onEvents);
    connect(&m_engine, &EngineClient::labStarted, this, &SwarmGraphDock::markDirty);
    connect(&m_engine, &EngineClient::labGraphChanged, this, &SwarmGraphDock::markDirty);
    connect(&m_engine, &EngineClient::labStopped, this, &SwarmGraphDock::markDirty);
    fetchPeerRelayState();
    rebuild();
}

SwarmGraphDock::~SwarmGraphDock() = default;

bool SwarmGraphDock::labMode() const
{
    return m_engine.labState().running;
}

void SwarmGraphDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    rebuild();
}

void SwarmGraphDock::markDirty()
{
    if (!m_rebuild.isActive())
        m_rebuild.start();
}

GraphData SwarmGraphDock::graphOf(const QString &self, const QList<PeerSnapshot> &peers,
                                  const QList<CandidateSnapshot> &queue)
{
    GraphData g;
    QSet<QString> known;
    g.nodes.append({self, QObject::tr("me"), true, false, 0});
    known.insert(self);
    for (const PeerSnapshot &p : peers) {
        const QString key = keyOf(p.address, p.host, p.port);
        if (!known.contains(key)) {
            known.insert(key);
            g.nodes.append({key, shortLabel(key), false, false, 0});
        }
        g.edges.append({self, key, p.transport, p.state});
    }
    // Second-hand: a candidate someone told us about is drawn next to whoever told us.
    for (const CandidateSnapshot &c : queue) {
        if (c.referrer.isEmpty() || c.state == QLatin1String("connected"))
            continue;
        const QString key = keyOf(c.address, c.host, c.port);
        if (!known.contains(c.referrer) || key == c.referrer)
            continue;
        if (!known.contains(key)) {
            known.insert(key);
            g.nodes.append({key, shortLabel(key), false, true, 0});
        }
        g.edges.append({c.referrer, key, QString(), QStringLiteral("pex")});
    }
    return g;
}

void SwarmGraphDock::rebuild()
{
    if (!isVisible())
        return;  // rebuilt on show
    GraphData g;
    if (labMode()) {
        const LabGraph lab = m_engine.labGraph();
        QHash<int, QString> keyOfIndex;
        for (const LabNode &n : lab.nodes) {
            keyOfIndex.insert(n.index, n.address);
            g.nodes.append({n.address, QString::number(n.index), false, false, n.side});
        }
        for (const LabEdge &e : lab.edges)
            g.edges.append({keyOfIndex.value(e.from), keyOfIndex.value(e.to), e.transport, e.state});
        m_summary->setText(tr("Lab: %n node(s)", nullptr, int(lab.nodes.size())) + QStringLiteral(" · ") +
                           tr("%n connection(s)", nullptr, lab.connectedEdges()));
    } else {
        g = graphOf(m_engine.address(), m_peers.values(), m_queue);
        int secondHand = 0;
        for (const GraphData::Node &n : std::as_const(g.nodes))
            secondHand += n.secondHand ? 1 : 0;
        m_peerRelay.addTo(g, m_engine.address());
        QString summary = tr("%n peer(s)", nullptr, int(m_peers.size())) + QStringLiteral(" · ") +
                          tr("%n known from peer exchange", nullptr, secondHand);
        if (m_peerRelay.peerCount() + m_peerRelay.learnedCount() > 0)
            summary += QStringLiteral(" · ") + tr("peer-relay: %n peer(s)", nullptr, m_peerRelay.peerCount()) +
                       QStringLiteral(", ") + tr("%n more on message paths", nullptr, m_peerRelay.learnedCount());
        m_summary->setText(summary);
    }
    m_view->setGraph(g);
}

void SwarmGraphDock::fetchPeerRelayState()
{
    m_engine.peerRelayView(this, [this](const PeerRelayView &view) {
        if (!view.joined)
            return;
        m_peerRelay.setOwnId(view.id);
        for (const PeerRelayPeer &p : view.peers)
            m_peerRelay.addPeer(p.id);
        markDirty();
    });
}

void SwarmGraphDock::onPeerRelayEvent(const EngineEvent &e)
{
    const QString id = e.fields.value(QStringLiteral("id")).toString();
    // Our own id comes with `listening`, but a member that only dials never listens.
    if (m_peerRelay.ownId().isEmpty()) {
        if (e.kind == QLatin1String("relay-sent"))
            m_peerRelay.setOwnId(e.fields.value(QStringLiteral("from")).toString());
        else if (e.kind == QLatin1String("relay-received"))
            m_peerRelay.setOwnId(e.fields.value(QStringLiteral("to")).toString());
        else if (e.kind == QLatin1String("peer"))
            fetchPeerRelayState();
    }
    if (e.kind == QLatin1String("listening")) {
        m_peerRelay.setOwnId(id);
    } else if (e.kind == QLatin1String("peer")) {
        if (m_peerRelay.addPeer(id))
            markDirty();
    } else if (e.kind == QLatin1String("peer-closed")) {
        if (m_peerRelay.removePeer(id))
            markDirty();
    } else if (e.kind.startsWith(QLatin1String("relay-"))) {
        const auto strings = [&](const char *key) {
            QStringList out;
            for (const QJsonValue &v : e.fields.value(QLatin1String(key)).toArray())
                out.append(v.toString());
            return out;
        };
        const int before = m_peerRelay.revision();
        const auto hops = m_peerRelay.recordHop(m_engine.address(), strings("path"),
                                                e.fields.value(QStringLiteral("via")).toString(), strings("next"));
        if (m_peerRelay.revision() != before && isVisible() && !labMode())
            rebuild();  // the hop's nodes must be in the view before they can light up
        if (isVisible() && !labMode())
            for (const auto &[a, b] : hops)
                m_view->flashEdge(a, b);
    }
}

void SwarmGraphDock::onEvents(const QString &node, const QList<EngineEvent> &events)
{
    const bool ours = node == m_engine.address();
    for (const EngineEvent &e : events) {
        // Peer-relay state is kept while hidden so the graph is right when shown.
        if (ours && e.fields.value(QStringLiteral("backend")).toString() == QLatin1String("peer-relay")) {
            onPeerRelayEvent(e);
            continue;
        }
        if (!isVisible() || !isTrafficEvent(e.kind))
            continue;
        const QString via = e.fields.value(QStringLiteral("via")).toString();
        if (!via.isEmpty())
            m_view->flashEdge(node, via);
        const QString to = e.fields.value(QStringLiteral("to")).toString();
        if (!to.isEmpty())
            m_view->flashEdge(node, to);
    }
}

void SwarmGraphDock::selectPeer(const QString &address)
{
    m_view->setSelectedKey(address);
}

} // namespace swarmscope::ui
