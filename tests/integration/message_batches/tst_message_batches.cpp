// Batches on a real connection over loopback TCP: small messages written while the socket is
// busy travel several to a secretstream message, and every one arrives, in order, with large
// messages and a close in between; a lone message is sealed at once; a peer whose hello does not
// say it reads batches never gets one.
#include "core/clock.h"
#include "crypto/key_pair.h"
#include "swarm/connection.h"
#include "transport/tcp_carrier.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace swarmscope;

namespace {
wire::Hello helloSaying(bool batches)
{
    wire::Hello hello;
    hello.agent = QStringLiteral("test");
    hello.batches = batches;
    return hello;
}

// Two connected ends; each takes the other's hello as the swarm does.
struct Pair {
    SystemClock clock;
    KeyPair serverKeys = KeyPair::generate(), clientKeys = KeyPair::generate();
    TcpCarrierFactory serverFactory, clientFactory;
    Connection *server = nullptr;
    std::unique_ptr<Connection> client;
    QList<QByteArray> received;  // the server's data, in order
    bool serverClosed = false;

    bool open(bool serverBatches, bool clientBatches)
    {
        if (!serverFactory.listen(QHostAddress::LocalHost, 0).ok())
            return false;
        QObject::connect(&serverFactory, &CarrierFactory::incoming, &serverFactory, [=, this](Carrier *carrier) {
            server = new Connection(1, carrier, Direction::Inbound, serverKeys, clock, {}, QStringLiteral("test"),
                                    &serverFactory);
            QObject::connect(server, &Connection::messageReceived, server, [=, this](const wire::Message &m) {
                if (const auto *hello = std::get_if<wire::Hello>(&m)) {
                    server->setHello(*hello);
                    server->send(helloSaying(serverBatches));
                } else if (const auto *d = std::get_if<wire::Data>(&m)) {
                    received.append(d->bytes);
                }
            });
            QObject::connect(server, &Connection::closed, server,
                             [this](ErrorCode code) { serverClosed = code == ErrorCode::Closed; });
            server->start();
        });
        client = std::make_unique<Connection>(
            2, clientFactory.dial(QStringLiteral("127.0.0.1"), serverFactory.listenPort(), nullptr),
            Direction::Outbound, clientKeys, clock, ConnectionLimits{}, QStringLiteral("test"));
        QObject::connect(client.get(), &Connection::established, client.get(),
                         [=, this] { client->send(helloSaying(clientBatches)); });
        QObject::connect(client.get(), &Connection::messageReceived, client.get(), [this](const wire::Message &m) {
            if (const auto *hello = std::get_if<wire::Hello>(&m))
                client->setHello(*hello);
        });
        client->start();
        return QTest::qWaitFor([this] { return client->hasHello(); }, 10000);
    }
};

QByteArray numbered(int i, int size = 100)
{
    QByteArray b = QByteArray::number(i);
    b.resize(size, '.');
    return b;
}
}  // namespace

class TestMessageBatches : public QObject {
    Q_OBJECT

private slots:
    void aBurstTravelsInBatchesAndArrivesInOrder()
    {
        Pair p;
        QVERIFY(p.open(true, true));
        const PeerSnapshot before = p.client->snapshot();
        constexpr int kMessages = 20000;
        for (int i = 0; i < kMessages; ++i)
            p.client->sendData(numbered(i, i == kMessages / 2 ? 10000 : 100));  // one too large to batch
        QTRY_COMPARE_WITH_TIMEOUT(p.received.size(), kMessages, 20000);
        for (int i = 0; i < kMessages; ++i)
            QCOMPARE(p.received[i], numbered(i, i == kMessages / 2 ? 10000 : 100));
        const PeerSnapshot after = p.client->snapshot();
        QCOMPARE(after.messagesOut - before.messagesOut, quint64(kMessages));
        // 32 KiB batches of 100-byte messages: about 300 messages a frame.
        QVERIFY2(after.framesOut - before.framesOut < kMessages / 100,
                 qPrintable(QString::number(after.framesOut - before.framesOut)));
        QCOMPARE(p.server->snapshot().messagesIn, after.messagesOut);
    }

    void aLoneMessageIsSealedAtOnce()
    {
        Pair p;
        QVERIFY(p.open(true, true));
        QTRY_COMPARE(p.client->bytesQueued(), 0);
        const quint64 frames = p.client->snapshot().framesOut;
        p.client->sendData("alone");
        QCOMPARE(p.client->snapshot().framesOut, frames + 1);  // before any event loop turn
        QTRY_COMPARE(p.received.size(), 1);
    }

    void noBatchesForAPeerThatDoesNotReadThem()
    {
        Pair p;
        QVERIFY(p.open(false, true));
        const PeerSnapshot before = p.client->snapshot();
        for (int i = 0; i < 2000; ++i)
            p.client->sendData(numbered(i));
        QTRY_COMPARE_WITH_TIMEOUT(p.received.size(), 2000, 20000);
        const PeerSnapshot after = p.client->snapshot();
        QCOMPARE(after.framesOut - before.framesOut, quint64(2000));
        QCOMPARE(p.received.last(), numbered(1999));
    }

    void aCloseRightAfterABurstDeliversItAll()
    {
        Pair p;
        QVERIFY(p.open(true, true));
        for (int i = 0; i < 5000; ++i)
            p.client->sendData(numbered(i));
        QVERIFY(p.client->bytesQueued() > 0);
        p.client->close(ErrorCode::Closed);
        QTRY_VERIFY_WITH_TIMEOUT(p.serverClosed, 10000);
        QCOMPARE(p.received.size(), 5000);
        QCOMPARE(p.received.last(), numbered(4999));
    }
};

QTEST_GUILESS_MAIN(TestMessageBatches)
#include "tst_message_batches.moc"
