// DHT lookup to the first peer in a 50-node network on 127.0.0.1: time, datagrams sent by the
// looker and by all nodes, for our DhtNode and, in the same run, for npm bittorrent-dht.
// Run by hand (after the npm_install test has installed the interop packages):
//   ./build/tests/bench/dht_lookup/bench_dht_lookup [trials]
#include "core/random.h"
#include "transport/udp_datagram.h"
#include "core/clock.h"
#include "dht/dht_node.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace swarmscope;

namespace {

constexpr int kNodes = 50;

struct Trial {
    double ms = 0;
    int looker = 0;
    int all = 0;
};

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

template <class T>
T median(std::vector<T> v)
{
    if (v.empty())
        return T();
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void print(const char *who, const std::vector<Trial> &trials)
{
    std::vector<double> ms;
    std::vector<int> looker, all;
    for (const Trial &t : trials) {
        ms.push_back(t.ms);
        looker.push_back(t.looker);
        all.push_back(t.all);
    }
    std::printf(
        "%-16s trials %2zu | to first peer: median %.3f ms (min %.3f, max %.3f) | datagrams by looker: median %d "
        "(max %d) | by all nodes: median %d (max %d)\n",
        who, trials.size(), median(ms), ms.empty() ? 0 : *std::min_element(ms.begin(), ms.end()),
        ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()), median(looker),
        looker.empty() ? 0 : *std::max_element(looker.begin(), looker.end()), median(all),
        all.empty() ? 0 : *std::max_element(all.begin(), all.end()));
}

quint64 totalOut(const std::vector<std::unique_ptr<DhtNode>> &nodes)
{
    quint64 sum = 0;
    for (const auto &n : nodes)
        sum += n->stats().datagramsOut;
    return sum;
}

std::vector<Trial> runOurs(int trialCount)
{
    SystemClock clock;
    Random random{1};
    UdpDatagramFactory udp;
    std::vector<std::unique_ptr<DhtNode>> nodes;
    for (int i = 0; i < kNodes; ++i) {
        DhtConfig c;
        c.bindHost = QHostAddress::LocalHost;
        c.enforceIpLimits = false;  // 50 nodes on one address
        if (i > 0)
            c.bootstrap = {{QStringLiteral("127.0.0.1"), nodes.front()->port()}};
        auto node = std::make_unique<DhtNode>(c, clock, random, udp);
        if (!node->start().ok())
            return {};
        DhtNode *raw = node.get();
        nodes.push_back(std::move(node));
        // One after the other, as the JS side does: each joins a network that is already there.
        waitUntil([raw] { return raw->isReady(); }, 10000);
    }
    std::vector<Trial> trials;
    for (int t = 0; t < trialCount; ++t) {
        const int a = 1 + (t * 7) % (kNodes - 1);
        int l = 1 + (t * 13 + 5) % (kNodes - 1);
        if (l == a)
            l = 1 + l % (kNodes - 1);
        QByteArray ih(20, Qt::Uninitialized);
        for (char &c : ih)
            c = char(QRandomGenerator::global()->bounded(256));
        bool announced = false;
        auto c1 = QObject::connect(nodes[size_t(a)].get(), &DhtNode::lookupDone,
                                   [&](const QByteArray &h, int, int) { announced = announced || h == ih; });
        nodes[size_t(a)]->announce(ih, quint16(20000 + t));
        waitUntil([&] { return announced; }, 10000);
        waitUntil([] { return false; }, 20);  // the announce_peer answers land
        QObject::disconnect(c1);

        DhtNode *looker = nodes[size_t(l)].get();
        const quint64 before = looker->stats().datagramsOut;
        const quint64 beforeAll = totalOut(nodes);
        QElapsedTimer timer;
        bool found = false;
        Trial trial;
        auto c2 =
            QObject::connect(looker, &DhtNode::peerFound, [&](const QByteArray &h, const QHostAddress &, quint16) {
                if (found || h != ih)
                    return;
                found = true;
                trial.ms = double(timer.nsecsElapsed()) / 1e6;
                trial.looker = int(looker->stats().datagramsOut - before);
                trial.all = int(totalOut(nodes) - beforeAll);
            });
        timer.start();
        looker->lookup(ih);
        waitUntil([&] { return found; }, 10000);
        QObject::disconnect(c2);
        if (found)
            trials.push_back(trial);
        nodes[size_t(a)]->remove(ih);
        looker->remove(ih);
        waitUntil([] { return false; }, 50);
    }
    return trials;
}

std::vector<Trial> runBittorrentDht(int trialCount, QString *error)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QString modules = qEnvironmentVariable("SWARMSCOPE_NODE_MODULES", QStringLiteral(SWARMSCOPE_BENCH_NODE_MODULES));
    if (node.isEmpty() || !QFileInfo::exists(modules + QStringLiteral("/bittorrent-dht/package.json"))) {
        *error = QStringLiteral("node or %1/bittorrent-dht missing (run ctest -R npm_install first)").arg(modules);
        return {};
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(node,
            {QStringLiteral(SWARMSCOPE_BENCH_SCRIPT), modules, QString::number(kNodes), QString::number(trialCount)});
    if (!p.waitForFinished(120000)) {
        p.kill();
        *error = QStringLiteral("bittorrent-dht script did not finish");
        return {};
    }
    const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed().split('\n').last()).object();
    std::vector<Trial> trials;
    for (const QJsonValue &v : out.value(QStringLiteral("trials")).toArray()) {
        const QJsonObject o = v.toObject();
        trials.push_back({o.value(QStringLiteral("ms")).toDouble(), o.value(QStringLiteral("looker")).toInt(),
                          o.value(QStringLiteral("all")).toInt()});
    }
    return trials;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("swarmscope.*.info=false"));
    const int trials = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 20;
    std::printf("DHT lookup to first peer, %d-node network on 127.0.0.1, %d trials each\n", kNodes, trials);
    const auto ours = runOurs(trials);
    print("swarmscope", ours);
    QString error;
    const auto theirs = runBittorrentDht(trials, &error);
    if (theirs.empty())
        std::printf("%-16s %s\n", "bittorrent-dht", qPrintable(error.isEmpty() ? QStringLiteral("no result") : error));
    else
        print("bittorrent-dht", theirs);
    return ours.empty() ? 1 : 0;
}
