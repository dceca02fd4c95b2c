#include "lab/lab.h"

#include "lab/lab_node.h"
#include "lab/paced_clock.h"

#include "core/clock.h"
#include "core/random.h"
#include "transport/memory_datagram.h"
#include "transport/memory_network.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLab, "swarmscope.engine.lab")

namespace swarmscope {

int LabGraph::connectedEdges() const
{
    return int(std::count_if(edges.begin(), edges.end(),
                             [](const LabEdge &e) { return e.state == ConnectionState::Connected; }));
}

QList<QList<int>> LabGraph::components() const
{
    QHash<int, QList<int>> adjacent;
    for (const LabEdge &e : edges) {
        if (e.state != ConnectionState::Connected)
            continue;
        adjacent[e.from].append(e.to);
        adjacent[e.to].append(e.from);
    }
    QSet<int> seen;
    QList<QList<int>> out;
    for (const LabNode &n : nodes) {
        if (seen.contains(n.index))
            continue;
        QList<int> component;
        QList<int> stack{n.index};
        seen.insert(n.index);
        while (!stack.isEmpty()) {
            const int i = stack.takeLast();
            component.append(i);
            for (int j : adjacent.value(i))
                if (!seen.contains(j)) {
                    seen.insert(j);
                    stack.append(j);
                }
        }
        std::sort(component.begin(), component.end());
        out.append(component);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.size() > b.size(); });
    return out;
}

namespace {
Clock &clockOf(World &world, std::unique_ptr<Clock> &owned)
{
    if (!world.clock) {
        owned = std::make_unique<PacedClock>();
        world.clock = owned.get();
    }
    return *world.clock;
}
}  // namespace

Lab::Lab(QObject *parent) : Lab(Options{}, World{}, parent)
{}

Lab::Lab(Options options, World world, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(&clockOf(world, m_ownedClock))
    , m_graphTimer(*m_clock)
    , m_convergenceTimer(*m_clock)
    , m_startTimer(*m_clock)
    , m_mendTimer(*m_clock)
{
    if (!world.random) {
        m_ownedRandom = std::make_unique<Random>(m_options.seed);
        world.random = m_ownedRandom.get();
    }
    m_random = world.random;
}

Lab::~Lab()
{
    stop();
}

QString Lab::hostOf(int index)
{
    return QStringLiteral("10.77.%1.%2").arg(index / 250).arg(index % 250 + 1);
}

Status Lab::start(int n, qint64 latencyMs, double lossPercent, const QString &room)
{
    if (m_running)
        return makeError(ErrorCode::Invalid, QStringLiteral("the lab is already running"));
    if (n < 1 || n > kMaxNodes)
        return makeError(ErrorCode::Invalid, QStringLiteral("between 1 and %1 nodes").arg(kMaxNodes));
    if (room.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("no room name"));
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/swarmscope-lab-XXXXXX"));
    if (!m_dir->isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a temporary directory"));
    m_net = std::make_unique<MemoryNetwork>(*m_clock);
    m_net->setLatency(std::max<qint64>(0, latencyMs));
    m_net->setLoss(std::clamp(lossPercent, 0.0, 100.0) / 100.0, m_options.retransmitMs, m_options.seed);
    m_room = room.trimmed();
    m_requested = n;
    m_running = true;
    m_convergedMs = -1;
    m_probes = 0;
    m_probeText.clear();
    m_probeTag.clear();
    m_probeSentMs = -1;
    m_lastReceiptMs = -1;
    m_reached = 0;
    m_mendRound = 0;
    m_sideOf.clear();
    m_startedMs = m_clock->monotonicMs();
    qCInfo(lcLab) << "starting" << n << "nodes, latency" << latencyMs << "ms, loss" << lossPercent << "%";
    m_startTimer.start(0, [this] { startBatch(); });
    return {};
}

void Lab::startBatch()
{
    for (int k = 0; k < m_options.nodesPerTurn && int(m_nodes.size()) < m_requested; ++k)
        addNode(int(m_nodes.size()));
    emit progress(int(m_nodes.size()), m_requested);
    markGraphDirty();
    if (int(m_nodes.size()) >= m_requested) {
        m_convergenceTimer.start(0, [this] { checkConvergence(); });
        m_mendTimer.start(kLabMendMs, [this] { mend(); });
        emit started();
    } else {
        m_startTimer.start(0, [this] { startBatch(); });  // the next batch on the next turn
    }
}

void Lab::addNode(int index)
{
    Node *node = createNode(index);
    if (!node) {
        m_requested = index;
        return;
    }
    watch(*node);
    // Bootstrap: a few random earlier nodes; peer exchange finds the rest.
    QList<int> earlier;
    for (int j = 0; j < index; ++j)
        earlier.append(j);
    for (int b = 0; b < m_options.bootstrapLinks && !earlier.isEmpty(); ++b) {
        const int j = earlier.takeAt(int(m_random->bounded(quint32(earlier.size()))));
        node->bootstrap.append(j);
        node->session->connectTo(hostOf(j), m_nodes[size_t(j)]->session->listenPort());
    }
}

Lab::Node *Lab::createNode(int index)
{
    auto node = std::make_unique<Node>();
    node->index = index;
    node->host = hostOf(index);
    EngineConfig config;
    config.inMemoryProfile = true;
    config.profileDir = m_dir->filePath(QStringLiteral("node-%1").arg(index));  // only where files it accepts go
    config.agent = QStringLiteral("swarmscope-lab");
    config.lan.enabled = false;
    config.dht.enabled = false;
    config.bookPeersAtStart = 0;
    config.recordPeers = false;  // a book nobody reads would cost a fifth of a big lab's start
    config.sampleRates = false;  // nobody reads a lab node's rates
    config.handshakeTimeoutMs = 3000;
    config.swarm.maxPeers = m_options.maxPeers;
    config.swarm.maxInboundPerIp = 0;
    auto session = Session::create(
        config, World{m_clock, m_random, m_net->factoryFor(node->host), m_net->datagramsFor(node->host)});
    if (!session) {
        qCWarning(lcLab) << "node" << index << "failed:" << session.error().detail;
        return nullptr;
    }
    node->session = std::move(*session);
    if (Status st = node->session->start(); !st.ok()) {
        qCWarning(lcLab) << "node" << index << "cannot start:" << st.error().detail;
        return nullptr;
    }
    node->address = node->session->address();
    node->session->joinRoom(m_room);
    m_indexOfHost.insert(node->host, index);
    m_nodes.push_back(std::move(node));
    return m_nodes.back().get();
}

void Lab::watch(Node &node)
{
    Session *s = node.session.get();
    Node *raw = &node;
    connect(s, &Session::peersChanged, this, [this, raw](const PeerDelta &delta) { onPeersChanged(*raw, delta); });
    connect(s, &Session::eventsReady, this, [this, raw](const EventBatch &events) {
        if (m_probeText.isEmpty() || raw->probeSeen == m_probes)
            return;
        for (const Event &e : events)
            if (const auto *got = e.get<MessageReceived>();
                got && got->message.room == m_room && got->message.text == m_probeText) {
                onProbeReceived(*raw);
                return;
            }
    });
    connect(s, &Session::framesCaptured, this,
            [this, raw](const QList<FrameRecord> &frames) { onFramesSent(*raw, frames); });
}

void Lab::stop()
{
    if (!m_running)
        return;
    m_startTimer.stop();
    m_convergenceTimer.stop();
    m_graphTimer.stop();
    m_mendTimer.stop();
    for (auto &node : m_nodes)
        node->session->disconnect(this);
    for (auto &node : m_nodes)
        node->session->stop();
    // Sessions go first (their carriers hold timers on the network), then the network and clock.
    m_nodes.clear();
    m_indexOfHost.clear();
    m_sideOf.clear();
    m_net.reset();
    m_dir.reset();
    m_running = false;
    m_requested = 0;
    qCInfo(lcLab) << "stopped";
    emit graphChanged();
    emit stopped();
}

Session *Lab::session(int index) const
{
    return index >= 0 && index < int(m_nodes.size()) ? m_nodes[size_t(index)]->session.get() : nullptr;
}

int Lab::indexOfHost(const QString &host) const
{
    return m_indexOfHost.value(host, -1);
}

void Lab::markGraphDirty()
{
    if (!m_graphTimer.active())
        m_graphTimer.start(m_options.graphBatchMs, [this] { emit graphChanged(); });
}

qint64 Lab::elapsedMs() const
{
    return m_clock->monotonicMs() - m_startedMs;
}

void Lab::onPeersChanged(Node &node, const PeerDelta &delta)
{
    const auto find = [&node](quint64 id) {
        return std::find_if(node.links.begin(), node.links.end(),
                            [id](const Node::Link &l) { return l.connectionId == id; });
    };
    for (const QList<PeerSnapshot> *list : {&delta.added, &delta.updated})
        for (const PeerSnapshot &p : *list) {
            const Node::Link link{p.connectionId, indexOfHost(p.host), p.address, p.direction, p.transport, p.state};
            if (const auto it = find(p.connectionId); it != node.links.end())
                *it = link;
            else
                node.links.append(link);
        }
    for (quint64 id : delta.removed)
        if (const auto it = find(id); it != node.links.end())
            node.links.erase(it);
    markGraphDirty();
}

LabGraph Lab::graph() const
{
    LabGraph g;
    g.nodes.reserve(qsizetype(m_nodes.size()));
    QHash<QPair<int, int>, qsizetype> edgeOf;
    for (const auto &node : m_nodes) {
        LabNode n;
        n.index = node->index;
        n.host = node->host;
        n.port = node->session->listenPort();
        n.address = node->address;
        n.side = m_sideOf.value(node->index);
        n.probeReceived = m_probes > 0 && node->probeSeen == m_probes;
        for (const Node::Link &l : node->links) {
            if (l.state == ConnectionState::Connected)
                ++n.connections;
            if (l.other < 0 || l.other == node->index)
                continue;
            const QPair<int, int> key{std::min(l.other, node->index), std::max(l.other, node->index)};
            if (const auto it = edgeOf.constFind(key); it != edgeOf.constEnd()) {
                // The other end may know better (connected while this end still handshakes).
                if (l.state == ConnectionState::Connected)
                    g.edges[*it].state = l.state;
                continue;
            }
            edgeOf.insert(key, g.edges.size());
            const bool outbound = l.direction == Direction::Outbound;
            g.edges.append({outbound ? node->index : l.other, outbound ? l.other : node->index, l.transport, l.state});
        }
        g.nodes.append(n);
    }
    return g;
}

}  // namespace swarmscope
