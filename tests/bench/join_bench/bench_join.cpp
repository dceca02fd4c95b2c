// Join → connected: the second peer joins after the first announced, over a local DHT and over
// mDNS on the loopback interface; simultaneous joins over the DHT; and the resident memory of an
// idle headless node with one room joined. Prints figures for docs/BENCHMARKS.md.
#include "dht/dht_node.h"
#include "events/event_json.h"
#include "session_harness.h"
#include "test_env.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace swarmscope;
using swarmscope::test::TestPeer;

namespace {
template <class F>
bool spin(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    return done();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void joinAfterAnnounce(bool lan, int trials)
{
    std::vector<double> ms;
    TestPeer::Options o;
    o.dht = !lan;
    o.lan = lan;
    o.lanPort = test::uniqueLanPort();
    std::unique_ptr<TestPeer> boot;
    if (!lan) {
        boot = std::make_unique<TestPeer>(o);
        spin([&] { return (*boot)->dht()->isReady(); }, 5000);
        o.dhtBootstrap = {{QStringLiteral("127.0.0.1"), (*boot)->dht()->port()}};
    }
    for (int i = 0; i < trials; ++i) {
        TestPeer a(o), b(o);
        if (!lan)
            spin([&] { return a->dht()->isReady() && b->dht()->isReady(); }, 5000);
        const QString room = QStringLiteral("bench %1 %2").arg(lan).arg(i);
        a->joinRoom(room);
        // Let the first peer's announcement land before the second joins.
        spin([&] { return lan || a.count(QStringLiteral("updated")) > 0; }, 5000);
        QElapsedTimer t;
        t.start();
        b->joinRoom(room);
        if (spin([&] { return b.connected() == 1; }, 5000))
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("join -> connected, second peer after the first announced, %s: median %.2f ms (%zu of %d trials)\n",
                lan ? "LAN mDNS on lo" : "local DHT", median(ms), ms.size(), trials);
}

void simultaneous(int trials)
{
    TestPeer::Options o;
    o.dht = true;
    TestPeer boot(o);
    spin([&] { return boot->dht()->isReady(); }, 5000);
    o.dhtBootstrap = {{QStringLiteral("127.0.0.1"), boot->dht()->port()}};
    int ok = 0;
    std::vector<double> ms;
    for (int i = 0; i < trials; ++i) {
        TestPeer a(o), b(o);
        spin([&] { return a->dht()->isReady() && b->dht()->isReady(); }, 5000);
        const QString room = QStringLiteral("together %1").arg(i);
        QElapsedTimer t;
        t.start();
        a->joinRoom(room);
        b->joinRoom(room);
        if (spin([&] { return a.connected() == 1 && b.connected() == 1; }, 2000)) {
            ++ok;
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        } else {
            // A miss says why: what each side saw, in order.
            for (const auto *p : {&a, &b}) {
                std::fprintf(stderr, "trial %d missed, %s:\n", i, p == &a ? "a" : "b");
                for (const Event &e : p->allEvents)
                    for (const QJsonObject &line : eventJsonLines(e))
                        std::fprintf(stderr, "  %lld %s\n", qint64(e.timeMs),
                                     QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
            }
        }
    }
    std::printf(
        "two peers join at the same instant (local DHT): connected within 2 s in %d of %d trials, median %.2f ms\n", ok,
        trials, median(ms));
}

// A field of /proc/PID/smaps_rollup in kB: Private_Dirty is the memory the process alone holds.
qint64 smapsKiB(qint64 pid, const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

void idleRss()
{
    QTemporaryDir dir;
    QProcess node;
    node.setProcessEnvironment(test::offlineEnvironment());
    node.start(QStringLiteral(SWARMSCOPE_NODE_BIN),
               {QStringLiteral("--profile"), dir.path(), QStringLiteral("--join"), QStringLiteral("idle"),
                QStringLiteral("--lan-interface"), QStringLiteral("lo"), QStringLiteral("--lan-port"),
                QString::number(test::uniqueLanPort())});
    node.waitForStarted();
    node.waitForReadyRead(5000);
    QThread::sleep(3);  // a benchmark, not a test: let it settle
    std::printf("idle swarmscope-node, one room joined, LAN on lo and DHT on: VmRSS: %lld kB, Private_Dirty: %lld kB\n",
                test::residentKiB(node.processId()), smapsKiB(node.processId(), "Private_Dirty"));
    node.kill();
    node.waitForFinished();
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int trials = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    joinAfterAnnounce(false, trials);
    joinAfterAnnounce(true, trials);
    simultaneous(trials);
    idleRss();
    return 0;
}
