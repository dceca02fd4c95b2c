#include "lab/lab.h"

#include "core/clock.h"
#include "core/random.h"
#include "session.h"
#include "transport/memory_datagram.h"
#include "transport/memory_network.h"

#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLab, "swarmscope.engine.lab")

namespace swarmscope {

namespace {
const QString kProbePrefix = QStringLiteral("lab-probe ");
} // namespace

struct Lab::Node {
    int index = 0;
    QString host;
    std::unique_ptr<Session> session;
    QList<int> bootstrap;  // earlier nodes this one dialled at start
    bool probeReceived = false;
};

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
constexpr qint64 kConvergenceCheckMs = 100;
constexpr qint64 kHealCheckMs = 1000;

Clock &clockOf(World &world, std::unique_ptr<Clock> &owned)
{
    if (!world.clock) {
        owned = std::make_unique<SystemClock>();
        world.clock = owned.get();
    }
    return *world.clock;
}
} // namespace

Lab::Lab(QObject *parent) : Lab(Options{}, World{}, parent) {}

Lab::Lab(Options options, World world, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(&clockOf(world, m_ownedClock))
    , m_graphTimer(*m_clock)
    , m_convergenceTimer(*m_clock)
    , m_startTimer(*m_clock)
    , m_healTimer(*m_clock)
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
    m_lastProbeMs = -1;
    m_probes = 0;
    m_sideOf.clear();
    m_startedMs = m_clock->monotonicMs();
    qCInfo(lcLab) << "starting" << n << "nodes, latency" << latencyMs << "ms, loss" << lossPercent << "%";
    m_startTimer.start(0, [this] { startBatch(); });
    return {};
}

void Lab::startBatch()
{
    for (int k = 0; k < m_options.nodesPerTurn && int(m_nodes.size()) < m_requested; ++k) {
        const int index = int(m_nodes.size());
        auto node = std::make_unique<Node>();
        node->index = index;
        node->host = hostOf(index);
        EngineConfig config;
        config.profileDir = m_dir->filePath(QStringLiteral("node-%1").arg(index));
        QDir().mkpath(config.profileDir);
        config.agent = QStringLiteral("swarmscope-lab");
        config.lan.enabled = false;
        config.dht.enabled = false;
        config.bookPeersAtStart = 0;
        config.handshakeTimeoutMs = 3000;
        config.swarm.maxPeers = m_options.maxPeers;
        config.swarm.maxInboundPerIp = 0;
        auto session = Session::create(config, World{m_clock, m_random, m_net->factoryFor(node->host),
                                                     m_net->datagramsFor(node->host)});
        if (!session) {
            qCWarning(lcLab) << "node" << index << "failed:" << session.error().detail;
            m_requested = index;
            break;
        }
        node->session = std::move(*session);
        Session *s = node->session.get();
        if (Status st = s->start(); !st.ok()) {
            qCWarning(lcLab) << "node" << index << "cannot start:" << st.error().detail;
            m_requested = index;
            break;
        }
        s->joinRoom(m_room);
        connect(s, &Session::peersChanged, this, &Lab::markGraphDirty);
        Node *raw = node.get();
        connect(s, &Session::eventsReady, this, [this, raw](const EventBatch &events) {
            for (const Event &e : events)
                if (const auto *got = e.get<MessageReceived>(); got && !raw->probeReceived
                    && got->message.room == m_room && got->message.text.startsWith(kProbePrefix)) {
                    raw->probeReceived = true;
                    markGraphDirty();
                }
        });
        // Bootstrap: a few random earlier nodes; peer exchange finds the rest.
        QList<int> earlier;
        for (int j = 0; j < index; ++j)
            earlier.append(j);
        for (int b = 0; b < m_options.bootstrapLinks && !earlier.isEmpty(); ++b) {
            const int j = earlier.takeAt(int(m_random->bounded(quint32(earlier.size()))));
            raw->bootstrap.append(j);
            s->connectTo(hostOf(j), m_nodes[size_t(j)]->session->listenPort());
        }
        m_indexOfHost.insert(node->host, index);
        m_nodes.push_back(std::move(node));
    }
    emit progress(int(m_nodes.size()), m_requested);
    markGraphDirty();
    if (int(m_nodes.size()) >= m_requested) {
        if (!m_nodes.empty())
            m_nodes.front()->probeReceived = true;  // the sender has its own probe
        m_convergenceTimer.start(kConvergenceCheckMs, [this] { checkConvergence(); });
        emit started();
    } else {
        m_startTimer.start(0, [this] { startBatch(); });  // the next batch on the next turn
    }
}

void Lab::stop()
{
    if (!m_running)
        return;
    m_startTimer.stop();
    m_convergenceTimer.stop();
    m_graphTimer.stop();
    m_healTimer.stop();
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

void Lab::partition(double fraction)
{
    const int n = int(m_nodes.size());
    const int cut = std::clamp(int(std::lround(std::clamp(fraction, 0.0, 1.0) * n)), 0, n);
    QList<int> a, b;
    for (int i = 0; i < n; ++i)
        (i < cut ? a : b).append(i);
    partition(QList<QList<int>>{a, b});
}

void Lab::partition(const QList<QList<int>> &sets)
{
    if (!m_running)
        return;
    m_net->heal();
    m_healTimer.stop();
    m_sideOf.clear();
    QList<QSet<QString>> hosts;
    for (int s = 0; s < sets.size(); ++s) {
        QSet<QString> side;
        for (int i : sets[s])
            if (i >= 0 && i < int(m_nodes.size())) {
                m_sideOf.insert(i, s + 1);
                side.insert(m_nodes[size_t(i)]->host);
            }
        hosts.append(side);
    }
    for (int s = 0; s < hosts.size(); ++s)
        for (int t = s + 1; t < hosts.size(); ++t)
            m_net->partition(hosts[s], hosts[t]);
    resetCrossLinks();
    qCInfo(lcLab) << "partitioned into" << sets.size() << "sides";
    markGraphDirty();
}

void Lab::resetCrossLinks()
{
    // Streams across the cut would only stall; reset them as a firewall would, so the graph shows the split.
    for (auto &node : m_nodes) {
        const int side = m_sideOf.value(node->index);
        for (const PeerSnapshot &p : node->session->peers()) {
            const int other = indexOfHost(p.host);
            if (other >= 0 && m_sideOf.value(other) != side && !p.address.isEmpty())
                node->session->disconnectPeer(p.address);
        }
    }
}

void Lab::heal()
{
    if (!m_running)
        return;
    const QHash<int, int> sideOf = std::exchange(m_sideOf, {});
    m_net->heal();
    for (auto &node : m_nodes)
        rejoin(*node, sideOf);
    m_healTimer.start(kHealCheckMs, [this] { keepHealing(); });
    qCInfo(lcLab) << "healed";
    markGraphDirty();
}

// Redials a node's bootstrap links. While split, each side fills every slot with peers of its
// own side, and a full node refuses new peers (maxPeers holds for inbound too): a link across
// the cut would wait for churn, a minute at times. So both ends of such a link make room first,
// as an operator would. An empty sideOf means every link counts as crossing.
void Lab::rejoin(Node &node, const QHash<int, int> &sideOf)
{
    for (int j : node.bootstrap) {
        Node &target = *m_nodes[size_t(j)];
        if (sideOf.isEmpty() || sideOf.value(node.index) != sideOf.value(j)) {
            makeRoom(node, j);
            makeRoom(target, node.index);
        }
        node.session->connectTo(target.host, target.session->listenPort());
    }
}

// Once a second after heal(): nodes outside the largest component rejoin, until there is one.
void Lab::keepHealing()
{
    const QList<QList<int>> parts = graph().components();
    if (!m_running || partitioned() || parts.size() <= 1)
        return;
    const auto largest = std::max_element(parts.begin(), parts.end(),
                                          [](const QList<int> &a, const QList<int> &b) { return a.size() < b.size(); });
    for (const QList<int> &part : parts)
        if (&part != &*largest)
            for (int i : part)
                rejoin(*m_nodes[size_t(i)], {});
    m_healTimer.start(kHealCheckMs, [this] { keepHealing(); });
}

// Lets go of one peer of a full node: one of its own side that is neither `keep` nor a bootstrap
// link of either end.
void Lab::makeRoom(Node &node, int keep)
{
    // Connections still handshaking hold a slot too.
    if (node.session->peers().size() < m_options.maxPeers)
        return;
    for (const PeerSnapshot &p : node.session->peers()) {
        const int other = indexOfHost(p.host);
        if (other < 0 || other == keep || p.address.isEmpty() || node.bootstrap.contains(other)
            || m_nodes[size_t(other)]->bootstrap.contains(node.index))
            continue;
        node.session->disconnectPeer(p.address);
        return;
    }
}

void Lab::checkConvergence()
{
    if (!m_running || m_convergedMs >= 0 || m_nodes.empty())
        return;
    m_convergenceTimer.start(kConvergenceCheckMs, [this] { checkConvergence(); });
    for (const auto &node : m_nodes)
        if (m_nodes.size() > 1 && node->session->status().connected < 1)
            return;
    const bool all = std::all_of(m_nodes.begin(), m_nodes.end(), [](const auto &n) { return n->probeReceived; });
    if (all) {
        m_convergenceTimer.stop();
        m_convergedMs = m_clock->monotonicMs() - m_startedMs;
        qCInfo(lcLab) << "converged after" << m_convergedMs << "ms," << m_probes << "probes";
        emit converged(m_convergedMs);
        return;
    }
    // A probe reaches only nodes already in the room's mesh; send another until every node has one.
    if (m_lastProbeMs < 0 || m_clock->monotonicMs() - m_startedMs - m_lastProbeMs >= 1000)
        sendProbe();
}

void Lab::sendProbe()
{
    m_lastProbeMs = m_clock->monotonicMs() - m_startedMs;
    ++m_probes;
    const auto sent = m_nodes.front()->session->sendMessage(m_room, kProbePrefix + QString::number(m_probes));
    if (!sent)
        qCDebug(lcLab) << "probe not sent:" << sent.error().detail;
}

LabGraph Lab::graph() const
{
    LabGraph g;
    QHash<QPair<int, int>, qsizetype> edgeOf;
    for (const auto &node : m_nodes) {
        LabNode n;
        n.index = node->index;
        n.host = node->host;
        n.port = node->session->listenPort();
        n.address = node->session->address();
        n.side = m_sideOf.value(node->index);
        n.probeReceived = node->probeReceived;
        for (const PeerSnapshot &p : node->session->peers()) {
            const int other = indexOfHost(p.host);
            if (p.state == ConnectionState::Connected)
                ++n.connections;
            if (other < 0 || other == node->index)
                continue;
            const QPair<int, int> key{std::min(other, node->index), std::max(other, node->index)};
            if (const auto it = edgeOf.constFind(key); it != edgeOf.constEnd()) {
                // The other end may know better (connected while this end still handshakes).
                if (p.state == ConnectionState::Connected)
                    g.edges[*it].state = p.state;
                continue;
            }
            edgeOf.insert(key, g.edges.size());
            const bool outbound = p.direction == Direction::Outbound;
            g.edges.append({outbound ? node->index : other, outbound ? other : node->index, p.transport, p.state});
        }
        g.nodes.append(n);
    }
    return g;
}

} // namespace swarmscope
