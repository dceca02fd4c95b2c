// Encrypted channel benchmark between two processes on loopback, through the real stack
// (TCP carrier, secret-stream, CBOR messages): bulk MB/s, 100-byte ping-pong RTT, and one-way
// 100-byte messages per second. The process re-runs itself with --serve as the far end.
#include "core/clock.h"
#include "crypto/key_pair.h"
#include "swarm/connection.h"
#include "transport/tcp_carrier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace swarmscope;

namespace {
constexpr qint64 kBulkBytes = qint64(2) << 30;  // 2 GiB
constexpr int kBulkChunk = 64 * 1024;
constexpr int kPingRounds = 20000;
constexpr int kOneWay = 2'000'000;
const QByteArray kSmall(100, 'p');

// Both ends are Swarmscope: each tells the other in its hello that it reads batches, as a
// swarm's own hello does (--no-batches leaves that out, to compare).
bool g_batches = true;
wire::Hello ownHello()
{
    wire::Hello hello;
    hello.agent = QStringLiteral("bench");
    hello.batches = g_batches;
    return hello;
}

int serve()
{
    SystemClock clock;
    const KeyPair keys = KeyPair::generate();
    TcpCarrierFactory factory;
    if (!factory.listen(QHostAddress::LocalHost, 0).ok())
        return 1;
    std::printf("%u\n", factory.listenPort());
    std::fflush(stdout);
    QObject::connect(&factory, &CarrierFactory::incoming, [&](Carrier *carrier) {
        auto *c = new Connection(1, carrier, Direction::Inbound, keys, clock, {}, QStringLiteral("bench"));
        auto *received = new qint64(0);
        QObject::connect(c, &Connection::messageReceived, [c, received](const wire::Message &m) {
            if (const auto *hello = std::get_if<wire::Hello>(&m)) {  // what the swarm does with a hello
                c->setHello(*hello);
                c->send(ownHello());
                return;
            }
            const auto *d = std::get_if<wire::Data>(&m);
            if (!d)
                return;
            if (d->bytes.startsWith("echo"))
                c->sendData(d->bytes);  // ping-pong
            else if (d->bytes.startsWith("count?"))
                c->sendData(QByteArray::number(*received));
            else
                *received += d->bytes.size();
        });
        QObject::connect(c, &Connection::closed, qApp, &QCoreApplication::quit);
        c->start();
    });
    return QCoreApplication::exec();
}

struct Client {
    SystemClock clock;
    KeyPair keys = KeyPair::generate();
    TcpCarrierFactory factory;
    Connection *conn = nullptr;
    bool helloReceived = false;
    std::function<void(const QByteArray &)> onData;

    bool open(quint16 port)
    {
        conn = new Connection(1, factory.dial(QStringLiteral("127.0.0.1"), port, nullptr), Direction::Outbound, keys,
                              clock, {}, QStringLiteral("bench"));
        QObject::connect(conn, &Connection::messageReceived, [this](const wire::Message &m) {
            if (const auto *hello = std::get_if<wire::Hello>(&m)) {
                conn->setHello(*hello);
                helloReceived = true;
                return;
            }
            if (const auto *d = std::get_if<wire::Data>(&m); d && onData)
                onData(d->bytes);
        });
        QObject::connect(conn, &Connection::established, [this] { conn->send(ownHello()); });
        conn->start();
        QElapsedTimer t;
        t.start();
        while (!helloReceived && t.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        return helloReceived;
    }
    void runUntil(const bool &done)
    {
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    qint64 askCount()
    {
        qint64 n = -1;
        bool done = false;
        onData = [&](const QByteArray &b) {
            n = b.toLongLong();
            done = true;
        };
        conn->sendData("count?");
        runUntil(done);
        return n;
    }
};

void bulk(Client &c)
{
    const QByteArray chunk(kBulkChunk, 'b');
    const qint64 before = c.askCount();
    QElapsedTimer t;
    t.start();
    qint64 sent = 0;
    while (sent < kBulkBytes) {
        // Keep a few MiB queued: enough to fill the pipe, not enough to balloon memory.
        while (sent < kBulkBytes && c.conn->bytesQueued() < 8 * kBulkChunk) {
            c.conn->sendData(chunk);
            sent += chunk.size();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    const qint64 got = c.askCount() - before;
    const double secs = double(t.nsecsElapsed()) / 1e9;
    std::printf("bulk: %lld MiB in %.2f s = %.0f MB/s (payload, received %s)\n", sent >> 20, secs,
                double(got) / 1e6 / secs, got == sent ? "all" : "MISMATCH");
}

void pingPong(Client &c)
{
    std::vector<double> rtts;
    rtts.reserve(kPingRounds);
    QByteArray msg = "echo" + kSmall.left(96);
    QElapsedTimer t;
    for (int i = 0; i < kPingRounds; ++i) {
        bool done = false;
        c.onData = [&](const QByteArray &) { done = true; };
        t.start();
        c.conn->sendData(msg);
        c.runUntil(done);
        rtts.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    std::sort(rtts.begin(), rtts.end());
    std::printf("ping-pong 100 B: median %.1f us, p99 %.1f us over %d rounds\n", rtts[rtts.size() / 2],
                rtts[rtts.size() * 99 / 100], kPingRounds);
}

void oneWay(Client &c)
{
    const qint64 before = c.askCount();
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < kOneWay; ++i) {
        c.conn->sendData(kSmall);
        if ((i & 1023) == 0)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    const qint64 got = c.askCount() - before;
    const double secs = double(t.nsecsElapsed()) / 1e9;
    std::printf("one-way 100 B messages: %d in %.2f s = %.0f msg/s (received %s)\n", kOneWay, secs, kOneWay / secs,
                got == qint64(kOneWay) * 100 ? "all" : "MISMATCH");
}
}  // namespace

int main(int argc, char **argv)
{
    // The headless node runs on Qt's own event dispatcher (see app/node); so do both ends here.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    g_batches = !app.arguments().contains(QStringLiteral("--no-batches"));
    if (app.arguments().contains(QStringLiteral("--serve")))
        return serve();

    QProcess server;
    server.start(QCoreApplication::applicationFilePath(),
                 g_batches ? QStringList{QStringLiteral("--serve")}
                           : QStringList{QStringLiteral("--serve"), QStringLiteral("--no-batches")});
    if (!server.waitForReadyRead(10000))
        return 1;
    const quint16 port = quint16(server.readLine().trimmed().toUInt());
    Client c;
    if (!c.open(port)) {
        std::fprintf(stderr, "cannot connect to the serving process\n");
        return 1;
    }
    std::printf("swarmscope channel benchmark: two processes on 127.0.0.1, secret-stream + CBOR\n");
    // "--only ping|oneway|bulk" runs one figure, for profiling one path at a time.
    const int only = app.arguments().indexOf(QStringLiteral("--only"));
    const QString which = only >= 0 ? app.arguments().value(only + 1) : QString();
    if (which.isEmpty() || which == QLatin1String("ping"))
        pingPong(c);
    if (which.isEmpty() || which == QLatin1String("oneway"))
        oneWay(c);
    if (which.isEmpty() || which == QLatin1String("bulk"))
        bulk(c);
    c.conn->close(ErrorCode::Closed);
    if (!server.waitForFinished(5000))
        server.kill();
    server.waitForFinished(1000);
    return 0;
}
