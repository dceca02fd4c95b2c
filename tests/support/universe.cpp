#include "universe.h"

#include "crypto/identity.h"
#include "dht/dht_node.h"
#include "events/event_json.h"
#include "transport/memory_datagram.h"
#include "virtual_time.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace swarmscope::test {

namespace {
const QString kBootstrapHost = QStringLiteral("10.9.255.1");
}

Universe::Universe(quint64 seed, qint64 latencyMs) : m_random(seed), m_net(std::make_unique<MemoryNetwork>(m_clock))
{
    m_net->setLatency(latencyMs);
}

Universe::~Universe()
{
    for (Node &n : m_nodes)
        n.session->disconnect();
    m_nodes.clear();  // sessions first: their carriers hold timers on the network
    m_bootstrap.reset();
    m_bootstrapDatagrams.reset();
    m_net.reset();
}

QString Universe::hostOf(int i)
{
    return QStringLiteral("10.9.%1.1").arg(i);
}

int Universe::indexOfHost(const QString &host) const
{
    for (int i = 0; i < size(); ++i)
        if (m_nodes[size_t(i)].host == host)
            return i;
    return -1;
}

Session &Universe::add(const std::function<void(EngineConfig &)> &configure)
{
    const int index = size();
    Q_ASSERT(index < 255);
    EngineConfig config;
    config.profileDir = m_dir.filePath(QStringLiteral("node-%1").arg(index));
    QDir().mkpath(config.profileDir);
    // The identity comes from the seed too, so that peer ids, addresses and XOR distances repeat.
    std::array<std::uint8_t, 32> seed{};
    m_random.fill(seed.data(), qsizetype(seed.size()));
    QFile file(QDir(config.profileDir).filePath(QStringLiteral("identity.seed")));
    if (!file.open(QIODevice::WriteOnly) || file.write(Identity::encodeSeed(seed).toLatin1()) < 0)
        qFatal("cannot write an identity seed in %s", qPrintable(config.profileDir));
    file.close();
    config.agent = QStringLiteral("swarmscope-test");
    config.listenPort = kPort;
    config.lan.enabled = false;
    config.dht.enabled = false;
    config.bookPeersAtStart = 0;
    if (configure)
        configure(config);
    const QString host = hostOf(index);
    auto created = Session::create(
        config, World{&m_clock, &m_random, m_net->factoryFor(host), m_net->datagramsFor(host), &m_router});
    if (!created)
        qFatal("cannot create session %d: %s", index, qPrintable(created.error().detail));
    Session *s = created->get();
    m_nodes.push_back(Node{host, std::move(*created), {}});
    watch(index, s);
    return *s;
}

void Universe::watch(int index, Session *s)
{
    const auto seen = [this, index]() -> Seen & { return m_nodes[size_t(index)].seen; };
    QObject::connect(s, &Session::eventsReady, s, [this, index, seen](const EventBatch &events) {
        record(index, events);
        for (const Event &e : events) {
            if (const auto *m = e.get<MessageReceived>())
                seen().messages.append(m->message);
            else if (const auto *r = e.get<RpcResponded>())
                seen().rpcResponses.append(r->response);
            else if (const auto *g = e.get<GossipRequestReceived>())
                seen().gossipRequests.append(g->request);
            else if (const auto *reply = e.get<GossipReply>(); reply && reply->role == ReplyRole::Received)
                seen().gossipReplyHops.append(reply->hops);
            else if (const auto *relayed = e.get<RelayReceived>())
                seen().relayed.append({relayed->data, relayed->hops});
        }
    });
}

void Universe::addStarted(int n, const std::function<void(EngineConfig &)> &configure)
{
    for (int i = 0; i < n; ++i) {
        Session &s = add(configure);
        if (Status st = s.start(); !st.ok())
            qFatal("cannot start session %d: %s", size() - 1, qPrintable(st.error().detail));
    }
}

DhtNode &Universe::addDhtBootstrap()
{
    DhtConfig config;
    config.port = kDhtPort;
    config.bootstrap.clear();
    m_bootstrapDatagrams.reset(m_net->datagramsFor(kBootstrapHost));
    m_bootstrap = std::make_unique<DhtNode>(config, m_clock, m_random, *m_bootstrapDatagrams);
    if (Status st = m_bootstrap->start(); !st.ok())
        qFatal("cannot start the bootstrap DHT node: %s", qPrintable(st.error().detail));
    return *m_bootstrap;
}

void Universe::dhtConfig(EngineConfig &config) const
{
    config.dht.enabled = true;
    config.dht.port = kDhtPort;
    config.dht.bootstrap = {{kBootstrapHost, kDhtPort}};
}

void Universe::run(qint64 ms)
{
    fastForward(m_clock, ms);
}

bool Universe::runUntil(const std::function<bool()> &done, qint64 maxMs)
{
    return fastForwardUntil(m_clock, done, maxMs);
}

void Universe::partition(const QList<int> &a, const QList<int> &b)
{
    QSet<QString> sideA, sideB;
    for (int i : a)
        sideA.insert(hostOf(i));
    for (int i : b)
        sideB.insert(hostOf(i));
    m_net->partition(sideA, sideB);
    note(-1, QStringLiteral("partition"));
}

void Universe::heal()
{
    m_net->heal();
    note(-1, QStringLiteral("heal"));
}

bool Universe::connectedGraph() const
{
    if (m_nodes.empty())
        return true;
    QList<QList<int>> adjacent(size());
    for (int i = 0; i < size(); ++i)
        for (const PeerSnapshot &p : m_nodes[size_t(i)].session->peers())
            if (p.state == ConnectionState::Connected)
                if (const int j = indexOfHost(p.host); j >= 0) {
                    adjacent[i].append(j);
                    adjacent[j].append(i);
                }
    QList<bool> seen(size(), false);
    QList<int> stack{0};
    seen[0] = true;
    int reached = 1;
    while (!stack.isEmpty())
        for (int j : adjacent[stack.takeLast()])
            if (!seen[j]) {
                seen[j] = true;
                ++reached;
                stack.append(j);
            }
    return reached == size();
}

void Universe::note(int node, const QString &what)
{
    m_trace.append(QStringLiteral("%1 %2 %3").arg(now()).arg(node).arg(what));
}

void Universe::record(int node, const EventBatch &events)
{
    for (const Event &e : events)
        for (const QJsonObject &line : eventJsonLines(e))
            note(node, QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
}

}  // namespace swarmscope::test
