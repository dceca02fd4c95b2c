// A file (1 GiB by default) from one swarmscope-node to another on loopback: throughput from
// /accept to file-done, and each process's peak resident memory during the transfer over its
// idle figure. A benchmark run by hand, not a test.
#include "node_process.h"
#include "test_env.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace swarmscope;
using swarmscope::test::NodeProcess;

namespace {
bool writeFile(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(4 << 20, Qt::Uninitialized);
    for (int i = 0; i < block.size(); ++i)
        block[i] = char((i * 131 + 7) & 0xff);
    for (qint64 left = size; left > 0; left -= block.size()) {
        block[0] = char(left);  // no two blocks alike
        f.write(block.constData(), std::min<qint64>(left, block.size()));
    }
    return true;
}

int fail(const char *what)
{
    std::fprintf(stderr, "bench_file_transfer: %s\n", what);
    return 1;
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("SWARMSCOPE_NODE_BIN", SWARMSCOPE_NODE_BIN);
    qputenv("SWARMSCOPE_OFFLINE", "1");
    const qint64 mib = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1024;
    const qint64 size = mib << 20;
    QTemporaryDir da, db, src, downloads;
    const QString path = src.filePath(QStringLiteral("payload.bin"));
    if (!writeFile(path, size))
        return fail("cannot write the payload");

    NodeProcess a, b;
    const QStringList common{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--join"),
                             QStringLiteral("bench"),    QStringLiteral("--no-lan"),    QStringLiteral("--no-dht")};
    if (!a.start(QStringList{QStringLiteral("--profile"), da.path()} + common))
        return fail("sender did not start");
    const auto listening = a.waitForTcpListening();
    if (!listening)
        return fail("sender is not listening");
    if (!b.start(QStringList{QStringLiteral("--profile"), db.path(), QStringLiteral("--download-dir"), downloads.path(),
                             QStringLiteral("--connect"),
                             QStringLiteral("127.0.0.1:%1").arg(listening->value(QStringLiteral("port")).toInt())}
                 + common))
        return fail("receiver did not start");
    if (!a.waitFor(QStringLiteral("seen"), 10000) || !b.waitFor(QStringLiteral("seen"), 10000))
        return fail("the nodes did not meet");
    QThread::sleep(1);  // settle before the idle figure
    const qint64 idleA = test::residentKiB(a.process().processId());
    const qint64 idleB = test::residentKiB(b.process().processId());

    QElapsedTimer hashing;
    hashing.start();
    a.send(QStringLiteral("/sendfile bench %1").arg(path));
    const auto offer = b.waitFor(QStringLiteral("file-offer"), 120000);
    if (!offer)
        return fail("no offer arrived");
    const double offerSecs = double(hashing.nsecsElapsed()) / 1e9;
    qint64 peakA = test::residentKiB(a.process().processId());
    qint64 peakB = test::residentKiB(b.process().processId());
    QElapsedTimer t;
    t.start();
    b.send(QStringLiteral("/accept %1").arg(offer->value(QStringLiteral("id")).toString()));
    std::optional<QJsonObject> done;
    while (!done && t.elapsed() < 600000) {
        done = b.waitFor(QStringLiteral("file-done"), 20);
        peakA = std::max(peakA, test::residentKiB(a.process().processId()));
        peakB = std::max(peakB, test::residentKiB(b.process().processId()));
        if (!b.events(QStringLiteral("file-failed")).isEmpty())
            return fail("the transfer failed");
    }
    if (!done)
        return fail("the transfer did not finish in 10 minutes");
    const double secs = double(t.nsecsElapsed()) / 1e9;
    std::printf("file of %lld MiB, two swarmscope-node processes on loopback\n", mib);
    std::printf("offer (hash + send) %.2f s; transfer from /accept to file-done %.2f s: %.0f MB/s\n", offerSecs, secs,
                double(size) / secs / 1e6);
    std::printf("sender   VmRSS idle %lld kB, peak %lld kB: +%.1f MiB\n", idleA, peakA, double(peakA - idleA) / 1024.0);
    std::printf("receiver VmRSS idle %lld kB, peak %lld kB: +%.1f MiB\n", idleB, peakB, double(peakB - idleB) / 1024.0);
    std::printf("received hash %s\n", qPrintable(done->value(QStringLiteral("hash")).toString()));
    a.send(QStringLiteral("/quit"));
    b.send(QStringLiteral("/quit"));
    int code = 0;
    a.waitForExit(10000, &code);
    b.waitForExit(10000, &code);
    return 0;
}
