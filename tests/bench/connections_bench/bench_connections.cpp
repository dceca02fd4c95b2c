// How many connections one headless node holds, and what each costs: a swarmscope-node process
// accepts N secure connections (full handshake, hello) from this process, each from its own
// loopback address; its resident memory is read before and after.
#include "crypto/key_pair.h"
#include "crypto/secret_stream.h"
#include "test_env.h"
#include "wire/message_codec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace swarmscope;

namespace {
struct Client {
    explicit Client(const KeyPair &keys) : stream(true, keys) {}
    SecretStream stream;
    QTcpSocket socket;
    bool helloSent = false;
};
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 5000;
    QTemporaryDir dir;
    QProcess node;
    node.setProcessEnvironment(test::offlineEnvironment());
    node.start(QStringLiteral(SWARMSCOPE_NODE_BIN),
               {QStringLiteral("--profile"), dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--no-lan"), QStringLiteral("--no-dht"), QStringLiteral("--max-peers"),
                QString::number(count + 10), QStringLiteral("--join"), QStringLiteral("crowd")});
    if (!node.waitForReadyRead(10000))
        return 1;
    const QJsonObject listening = QJsonDocument::fromJson(node.readLine()).object();
    const quint16 port = quint16(listening.value(QStringLiteral("port")).toInt());
    node.setReadChannel(QProcess::StandardOutput);
    QObject::connect(&node, &QProcess::readyReadStandardOutput, [&] { node.readAllStandardOutput(); });
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const qint64 before = test::residentKiB(node.processId());

    const KeyPair keys = KeyPair::generate();  // one identity for all: the node keeps them apart by connection
    std::vector<std::unique_ptr<Client>> clients;
    int established = 0;
    QElapsedTimer t;
    t.start();
    const QByteArray topic(32, 'c');
    for (int i = 0; i < count; ++i) {
        auto c = std::make_unique<Client>(KeyPair::generate());
        Client *raw = c.get();
        // Each from its own loopback address, so per-address limits do not apply.
        raw->socket.bind(QHostAddress(quint32(0x7f000000u | quint32(2 + i / 250) << 8 | quint32(1 + i % 250))));
        QObject::connect(&raw->socket, &QTcpSocket::connected, [raw] { raw->socket.write(raw->stream.start()); });
        QObject::connect(&raw->socket, &QTcpSocket::readyRead, [raw, &established, &topic] {
            SecretStreamOutput out;
            raw->stream.feed(raw->socket.readAll(), out);
            if (!out.toSend.isEmpty())
                raw->socket.write(out.toSend);
            if (raw->stream.established() && !raw->helloSent) {
                raw->helloSent = true;
                raw->socket.write(raw->stream.seal(wire::encode(wire::Hello{QStringLiteral("bench"), 1, 0, {topic}})));
                ++established;
            }
        });
        raw->socket.connectToHost(QHostAddress::LocalHost, port);
        clients.push_back(std::move(c));
        if (i % 100 == 99)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    while (established < count && t.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double secs = double(t.elapsed()) / 1000.0;
    settle.restart();
    while (settle.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const qint64 after = test::residentKiB(node.processId());
    std::printf("connections held by one swarmscope-node: %d of %d established in %.1f s\n", established, count, secs);
    std::printf("node RSS: %lld KiB before, %lld KiB with the connections: %.1f KiB per connection\n", before, after,
                established ? double(after - before) / established : 0.0);
    node.kill();
    node.waitForFinished();
    return established == count ? 0 : 1;
}
