// The lab at scale, without the window: N sessions in this process on virtual time converge, one
// probe message from node 0 reaches every one of them, and the process's memory is read once the
// lab has idled. With --paced the lab runs on its own clock, paced by the wall clock, as in the
// window. Prints a few lines for people and, last, one JSON line for docs/BENCHMARKS.md.
#include "core/clock.h"
#include "crypto/key_pair.h"
#include "crypto/secret_stream.h"
#include "lab/lab.h"
#include "test_env.h"
#include "virtual_time.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <sys/resource.h>
#include <utility>
#include <vector>

using namespace swarmscope;

namespace {
struct Args {
    int nodes = 200;
    qint64 latencyMs = 5;
    double lossPercent = 0;
    quint32 seed = 7;
    qint64 timeoutMs = 120000;  // wall clock
    bool paced = false;
    bool exitAtIdle = false;
};

Args parse(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Starts an in-process lab and reports its convergence."));
    p.addHelpOption();
    const QCommandLineOption nodes(QStringLiteral("nodes"), QStringLiteral("Lab nodes, 1 to %1.").arg(Lab::kMaxNodes),
                                   QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("One-way latency."),
                                     QStringLiteral("MS"), QStringLiteral("5"));
    const QCommandLineOption loss(QStringLiteral("loss"), QStringLiteral("Loss."), QStringLiteral("PERCENT"),
                                  QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Bootstrap choices and loss draws."),
                                  QStringLiteral("S"), QStringLiteral("7"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Gives up after this much wall time."),
                                     QStringLiteral("SECONDS"), QStringLiteral("120"));
    const QCommandLineOption paced(QStringLiteral("paced"),
                                   QStringLiteral("The lab's own clock, paced by the wall clock (as in the window)."));
    const QCommandLineOption exitAtIdle(
        QStringLiteral("exit-at-idle"),
        QStringLiteral("Exits without tearing the lab down once memory is read: under a heap profiler "
                       "(heaptrack), what is left allocated is what the idle nodes hold."));
    p.addOptions({nodes, latency, loss, seed, timeout, paced, exitAtIdle});
    p.process(app);
    Args a;
    a.nodes = p.value(nodes).toInt();
    a.latencyMs = p.value(latency).toLongLong();
    a.lossPercent = p.value(loss).toDouble();
    a.seed = p.value(seed).toUInt();
    a.timeoutMs = p.value(timeout).toLongLong() * 1000;
    a.paced = p.isSet(paced);
    a.exitAtIdle = p.isSet(exitAtIdle);
    return a;
}

// One JSON object with its fields in the order given (QJsonObject would sort them).
QByteArray jsonLine(const std::vector<std::pair<QString, QJsonValue>> &fields)
{
    QByteArray out = "{";
    for (const auto &[key, value] : fields) {
        if (out.size() > 1)
            out += ", ";
        // A one-element array serialises the value; its brackets come off.
        const QByteArray v = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += '"' + key.toUtf8() + "\": " + v.mid(1, v.size() - 2);
    }
    return out + '}';
}

// Runs the event loop until done() holds (looked at every 10 ms) or ms of wall time have passed.
template <class F>
void runFor(qint64 ms, F done)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() >= ms)
            loop.quit();
    });
    poll.start(10);
    loop.exec();
}

// Bytes the allocator has handed out and not yet had back, small chunks and mmapped ones.
qint64 heapInUseKiB()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
}

double cpuSeconds()
{
    rusage r{};
    getrusage(RUSAGE_SELF, &r);
    return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

// The floor under the lab's cost, measured in the same run: milliseconds for one whole secure
// handshake (Noise XX and both headers, both ends' work) in this process, keys made beforehand.
double handshakePairMs(int pairs)
{
    std::vector<std::pair<KeyPair, KeyPair>> keys;
    for (int i = 0; i < pairs; ++i)
        keys.emplace_back(KeyPair::generate(), KeyPair::generate());
    QElapsedTimer t;
    t.start();
    for (const auto &[a, b] : keys) {
        SecretStream initiator(true, a), responder(false, b);
        QByteArray toResponder = initiator.start(), toInitiator;
        while (!initiator.established() || !responder.established()) {
            SecretStreamOutput r, i;
            if (!responder.feed(toResponder, r).ok() || !initiator.feed(toInitiator, i).ok())
                return -1;
            toInitiator = r.toSend;
            toResponder = i.toSend;
            if (r.toSend.isEmpty() && i.toSend.isEmpty() && !(initiator.established() && responder.established()))
                return -1;
        }
    }
    return double(t.nsecsElapsed()) / 1e6 / pairs;
}

double rounded(double v, int decimals)
{
    const double scale = decimals == 1 ? 10 : 100;
    return qRound64(v * scale) / scale;
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("swarmscope.*.info=false\nswarmscope.*.debug=false"));
    const Args args = parse(app);
    const qint64 pid = QCoreApplication::applicationPid();

    ManualClock clock;
    Lab::Options options;
    options.seed = args.seed;
    Lab lab(options, World{args.paced ? nullptr : &clock});
    qint64 startedWall = -1, probeWall = -1, convergedWall = -1;
    QElapsedTimer wall;
    QObject::connect(&lab, &Lab::started, [&] { startedWall = wall.elapsed(); });
    QObject::connect(&lab, &Lab::probeSent, [&] { probeWall = wall.elapsed(); });
    QObject::connect(&lab, &Lab::converged, [&] { convergedWall = wall.elapsed(); });

    malloc_trim(0);
    const qint64 rssBefore = test::residentKiB(pid);
    const qint64 heapBefore = heapInUseKiB();
    wall.start();
    if (Status st = lab.start(args.nodes, args.latencyMs, args.lossPercent, QStringLiteral("bench")); !st.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error().detail));
        return 2;
    }
    const auto done = [&] { return convergedWall >= 0 || wall.elapsed() > args.timeoutMs; };
    if (args.paced)
        runFor(args.timeoutMs, done);
    else
        test::fastForwardUntil(clock, done, 24 * 3600 * 1000);
    const bool converged = convergedWall >= 0;
    const qint64 deliveredWall = converged ? convergedWall - probeWall : -1;
    const LabProbeFigures probe = lab.probeFigures();

    // Ten seconds of idling (pings, stats, nobody joining) before memory is read. On the paced
    // clock they are ten seconds of wall time too, and what they cost in CPU is the lab at rest.
    const double cpuBefore = cpuSeconds();
    if (args.paced)
        runFor(10000, [] { return false; });
    else
        test::fastForward(clock, 10000);
    const double idleCpuPercent = (cpuSeconds() - cpuBefore) / 10 * 100;
    // What the nodes hold (the allocator's bytes in use), and the resident memory once the
    // allocator has handed back what convergence used and freed: glibc keeps freed pages of its
    // arenas until asked, and a long-running node's figure is what it holds, not its peak.
    const qint64 heap = heapInUseKiB();
    if (args.exitAtIdle) {
        std::printf("%.1f KiB per idle node in the heap; exiting at idle\n", double(heap - heapBefore) / args.nodes);
        std::fflush(stdout);
        std::_Exit(0);
    }
    malloc_trim(0);
    const qint64 rss = test::residentKiB(pid);
    const double perNode = double(rss - rssBefore) / args.nodes;
    const double heapPerNode = double(heap - heapBefore) / args.nodes;

    std::printf("%d nodes, latency %lld ms, loss %.1f %%, seed %u, %s\n", args.nodes, args.latencyMs, args.lossPercent,
                args.seed, args.paced ? "the lab's clock paced by the wall clock" : "virtual time");
    std::printf("created in %lld ms; %s after %lld ms (%lld ms of the lab's time)\n", startedWall,
                converged ? "converged" : "not converged", converged ? convergedWall : wall.elapsed(),
                lab.convergenceMs());
    std::printf("probe %d reached %d nodes, the last %lld ms after it was sent (%lld ms of the lab's time); "
                "sends per node: at most %d, mean %.2f\n",
                probe.probes, probe.reached, deliveredWall, probe.deliveredMs, probe.maxSends, probe.meanSends);
    const double pairMs = handshakePairMs(500);
    const double perNodeInPairs = converged && pairMs > 0 ? double(convergedWall) / pairMs / args.nodes : -1;
    std::printf("one secure handshake takes %.3f ms here: converging took the time of %.1f per node\n", pairMs,
                perNodeInPairs);
    std::printf("resident %lld KiB, %lld KiB before the lab: %.1f KiB per idle node (%.1f KiB of it in the heap)\n",
                rss, rssBefore, perNode, heapPerNode);
    if (args.paced)
        std::printf("idle, the lab takes %.1f %% of one core\n", idleCpuPercent);
    std::vector<std::pair<QString, QJsonValue>> fields{
        {QStringLiteral("nodes"), args.nodes},
        {QStringLiteral("converged"), converged},
        {QStringLiteral("convergedMs"), converged ? convergedWall : -1},
        {QStringLiteral("deliveredMs"), deliveredWall},
        {QStringLiteral("reached"), probe.reached},
        {QStringLiteral("maxSendsPerNode"), probe.maxSends},
        {QStringLiteral("rssKiB"), rss},
        {QStringLiteral("rssKiBPerNode"), rounded(perNode, 1)},
        {QStringLiteral("heapKiBPerNode"), rounded(heapPerNode, 1)},
        {QStringLiteral("meanSendsPerNode"), rounded(probe.meanSends, 2)},
        {QStringLiteral("convergedHandshakesPerNode"), rounded(perNodeInPairs, 1)},
        {QStringLiteral("handshakePairMs"), rounded(pairMs, 2)},
        {QStringLiteral("probes"), probe.probes},
        {QStringLiteral("createdMs"), startedWall},
        {QStringLiteral("virtualConvergedMs"), lab.convergenceMs()},
        {QStringLiteral("virtualDeliveredMs"), probe.deliveredMs},
        {QStringLiteral("latencyMs"), args.latencyMs},
        {QStringLiteral("lossPercent"), args.lossPercent},
        {QStringLiteral("seed"), qint64(args.seed)},
        {QStringLiteral("paced"), args.paced},
    };
    if (args.paced)
        fields.emplace_back(QStringLiteral("idleCpuPercent"), rounded(idleCpuPercent, 1));
    const QByteArray line = jsonLine(fields);
    lab.stop();
    std::printf("%s\n", line.constData());
    return converged ? 0 : 1;
}
