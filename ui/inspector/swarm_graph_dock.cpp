#include "inspector/swarm_graph_dock.h"

#include "events/event_json.h"

#include "client/engine_client.h"
#include "client/engine_views.h"
#include "format/peer_names.h"

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

void appendPeer(QStringList &out, const PeerId &peer)
{
    if (!peer.isNull())
        out.append(addressText(peer));
}
}  // namespace

QStringList SwarmGraphDock::trafficNeighbours(const Event &event)
{
    QStringList out;
    if (const auto *m = event.get<MessageReceived>()) {
        appendPeer(out, m->via);
    } else if (const auto *request = event.get<GossipRequestReceived>()) {
        appendPeer(out, request->request.via);
    } else if (const auto *reply = event.get<GossipReply>()) {
        if (reply->role != ReplyRole::Sent)
            appendPeer(out, reply->via);
        if (reply->role != ReplyRole::Received)
            appendPeer(out, reply->to);
    } else if (const auto *received = event.get<RelayReceived>()) {
        appendPeer(out, received->via);
    } else if (const auto *forwarded = event.get<RelayForwarded>()) {
        appendPeer(out, forwarded->via);
        appendPeer(out, forwarded->to);
    }
    return out;
}

SwarmGraphDock::SwarmGraphDock(EngineClient &engine, QWidget *parent)
    : QDockWidget(tr("Swarm graph"), parent)
    , m_engine(engine)
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
            [this](const EventBatch &e) { showTraffic(m_engine.address(), e); });
    connect(&m_engine, &EngineClient::labEventsReady, this, &SwarmGraphDock::showTraffic);
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
    const auto addNode = [&](const QString &key, bool secondHand) {
        if (!known.contains(key)) {
            known.insert(key);
            g.nodes.append({key, shortLabel(key), false, secondHand, 0});
        }
    };
    // Where each neighbour sits, to find a relay among them by the via endpoint of a circuit.
    QHash<QString, QString> keyAtEndpoint;
    for (const PeerSnapshot &p : peers) {
        const QString key = keyOf(p.address, p.host, p.port);
        keyAtEndpoint.insert(p.host + QLatin1Char(':') + QString::number(p.port), key);
        if (p.listenPort)
            keyAtEndpoint.insert(p.host + QLatin1Char(':') + QString::number(p.listenPort), key);
    }
    QSet<QString> linkedToUs;
    for (const PeerSnapshot &p : peers) {
        const QString key = keyOf(p.address, p.host, p.port);
        addNode(key, false);
        if (p.path == ConnectionPath::Relayed && !p.via.isEmpty())
            continue;  // drawn through its relay below
        g.edges.append({self, key, GraphData::Edge::kindOf(p.transport, p.state)});
        linkedToUs.insert(key);
    }
    // A relayed connection runs us -> relay -> peer: two halves, the first shared with our own
    // connection to the relay when we have one.
    for (const PeerSnapshot &p : peers) {
        if (p.path != ConnectionPath::Relayed || p.via.isEmpty())
            continue;
        const QString key = keyOf(p.address, p.host, p.port);
        const QString relay = keyAtEndpoint.value(p.via, p.via);
        addNode(relay, false);
        if (!linkedToUs.contains(relay)) {
            g.edges.append({self, relay, GraphData::Edge::Kind::RelayedHalf});
            linkedToUs.insert(relay);
        }
        g.edges.append({relay, key, GraphData::Edge::Kind::RelayedHalf});
        g.relayOf.insert(key, relay);
    }
    // Second-hand: a candidate someone told us about is drawn next to whoever told us.
    for (const CandidateSnapshot &c : queue) {
        if (c.referrer.isEmpty() || c.state == CandidateState::Connected)
            continue;
        const QString key = keyOf(c.address, c.host, c.port);
        if (!known.contains(c.referrer) || key == c.referrer)
            continue;
        addNode(key, true);
        g.edges.append({c.referrer, key, GraphData::Edge::Kind::SecondHand});
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
            g.edges.append(
                {keyOfIndex.value(e.from), keyOfIndex.value(e.to), GraphData::Edge::kindOf(e.transport, e.state)});
        m_summary->setText(tr("Lab: %n node(s)", nullptr, int(lab.nodes.size())) + QStringLiteral(" · ")
                           + tr("%n connection(s)", nullptr, lab.connectedEdges()));
    } else {
        g = graphOf(m_engine.address(), m_peers.values(), m_queue);
        applyNames(g);
        int secondHand = 0;
        for (const GraphData::Node &n : std::as_const(g.nodes))
            secondHand += n.secondHand ? 1 : 0;
        m_peerRelay.addTo(g, m_engine.address());
        QString summary = tr("%n peer(s)", nullptr, int(m_peers.size())) + QStringLiteral(" · ")
            + tr("%n known from peer exchange", nullptr, secondHand);
        if (m_peerRelay.peerCount() + m_peerRelay.learnedCount() > 0)
            summary += QStringLiteral(" · ") + tr("peer-relay: %n peer(s)", nullptr, m_peerRelay.peerCount())
                + QStringLiteral(", ") + tr("%n more on message paths", nullptr, m_peerRelay.learnedCount());
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

bool SwarmGraphDock::onPeerRelayEvent(const Event &e)
{
    if (const auto *l = e.get<PeerRelayListening>()) {
        m_peerRelay.setOwnId(l->id);
    } else if (const auto *p = e.get<PeerRelayPeerOpened>()) {
        // Our own id comes with `listening`, but a member that only dials never listens.
        if (m_peerRelay.ownId().isEmpty())
            fetchPeerRelayState();
        if (m_peerRelay.addPeer(p->peer.id))
            markDirty();
    } else if (const auto *c = e.get<PeerRelayPeerClosed>()) {
        if (m_peerRelay.removePeer(c->id))
            markDirty();
    } else if (const auto *hopped = e.get<PeerRelayHopped>()) {
        const PeerRelayHop &h = hopped->hop;
        if (m_peerRelay.ownId().isEmpty() && h.role == PeerRelayHopRole::Sent)
            m_peerRelay.setOwnId(h.from);
        else if (m_peerRelay.ownId().isEmpty() && h.role == PeerRelayHopRole::Delivered)
            m_peerRelay.setOwnId(h.to);
        const int before = m_peerRelay.revision();
        const auto hops = m_peerRelay.recordHop(m_engine.address(), h.path, h.via, h.nextHops);
        if (m_peerRelay.revision() != before && isVisible() && !labMode())
            rebuild();  // the hop's nodes must be in the view before they can light up
        if (isVisible() && !labMode())
            for (const auto &[a, b] : hops)
                m_view->flashEdge(a, b);
    } else {
        return e.is<PeerRelayMessage>() || e.is<PeerRelayConnectFailed>() || e.is<PeerRelayWebrtcRefused>();
    }
    return true;
}

void SwarmGraphDock::showTraffic(const QString &node, const EventBatch &events)
{
    const bool ours = node == m_engine.address();
    for (const Event &e : events) {
        // Peer-relay state is kept while hidden so the graph is right when shown.
        if ((ours && onPeerRelayEvent(e)) || !isVisible())
            continue;
        for (const QString &neighbour : trafficNeighbours(e))
            m_view->flashEdge(node, neighbour);
    }
}

void SwarmGraphDock::setNames(PeerNames *names)
{
    m_names = names;
    if (names)
        connect(names, &PeerNames::changed, this, &SwarmGraphDock::markDirty);
    markDirty();
}

void SwarmGraphDock::applyNames(GraphData &g) const
{
    if (!m_names)
        return;
    constexpr int kLabelChars = 18;  // a long name would cover its neighbours
    QHash<QString, QString> signedOf;
    for (const PeerSnapshot &p : m_peers)
        if (!p.address.isEmpty() && !p.name.isEmpty())
            signedOf.insert(p.address, p.name);
    for (GraphData::Node &n : g.nodes) {
        if (n.self || !m_names->isNamed(n.key, signedOf.value(n.key)))
            continue;
        const QString name = m_names->display(n.key, signedOf.value(n.key));
        n.label = name.size() > kLabelChars ? name.left(kLabelChars - 1) + QStringLiteral("…") : name;
    }
}

void SwarmGraphDock::selectPeer(const QString &address)
{
    m_view->setSelectedKey(address);
}

}  // namespace swarmscope::ui
