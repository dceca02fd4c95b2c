// The WebSocket carrier on real sockets on 127.0.0.1: two Connections complete the secret-stream
// handshake over it and exchange messages both ways (small and large); a text frame closes the
// socket with 1003; dialling a closed port fails.
#include "core/clock.h"
#include "crypto/key_pair.h"
#include "swarm/connection.h"
#include "transport/ws_carrier.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace swarmscope;

namespace {
constexpr int kWait = 10000;

struct End {
    Connection *conn = nullptr;
    QList<QByteArray> data;
    bool established = false;
    bool closed = false;
    ErrorCode closeCode = ErrorCode::Ok;

    void attach(Connection *c)
    {
        conn = c;
        QObject::connect(c, &Connection::established, [this] { established = true; });
        QObject::connect(c, &Connection::messageReceived, [this](const wire::Message &m) {
            if (const auto *d = std::get_if<wire::Data>(&m))
                data.append(d->bytes);
        });
        QObject::connect(c, &Connection::closed, [this](ErrorCode code, const QString &) {
            closed = true;
            closeCode = code;
        });
    }
};
}  // namespace

class TestWsCarrier : public QObject {
    Q_OBJECT

private slots:
    void connectionsHandshakeAndExchangeData()
    {
        SystemClock clock;
        const KeyPair serverKeys = KeyPair::generate(), clientKeys = KeyPair::generate();
        WsCarrierFactory serverFactory, clientFactory;
        QVERIFY(serverFactory.listen(QHostAddress::LocalHost, 0).ok());
        const quint16 port = serverFactory.listenPort();
        QVERIFY(port != 0);

        End server, client;
        QObject::connect(&serverFactory, &CarrierFactory::incoming, [&](Carrier *carrier) {
            QCOMPARE(carrier->transport(), Transport::WebSocket);
            QVERIFY(carrier->isOpen());
            auto *c = new Connection(2, carrier, Direction::Inbound, serverKeys, clock, {}, QStringLiteral("test"),
                                     &serverFactory);
            server.attach(c);
            c->start();
        });
        Carrier *dialled = clientFactory.dial(QStringLiteral("127.0.0.1"), port, nullptr);
        auto *c = new Connection(1, dialled, Direction::Outbound, clientKeys, clock, {}, QStringLiteral("test"),
                                 &clientFactory);
        client.attach(c);
        c->start();

        QTRY_VERIFY_WITH_TIMEOUT(client.established && server.established, kWait);
        QCOMPARE(client.conn->remoteId(), serverKeys.publicKey);
        QCOMPARE(server.conn->remoteId(), clientKeys.publicKey);
        QCOMPARE(client.conn->snapshot().transport, Transport::WebSocket);
        QCOMPARE(server.conn->host(), QStringLiteral("127.0.0.1"));

        client.conn->send(wire::Data{"hello server"});
        server.conn->send(wire::Data{"hello client"});
        const QByteArray big(900 * 1024, 'b');  // larger than one WebSocket frame of Qt's (512 KiB)
        client.conn->sendData(big);
        for (int i = 0; i < 100; ++i)
            client.conn->sendData(QByteArray::number(i));
        QTRY_COMPARE_WITH_TIMEOUT(server.data.size(), 102, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(client.data.size(), 1, kWait);
        QCOMPARE(server.data[0], QByteArray("hello server"));
        QCOMPARE(server.data[1], big);
        QCOMPARE(server.data[101], QByteArray("99"));
        QCOMPARE(client.data[0], QByteArray("hello client"));

        // A clean close reaches the other side as a close, not an error.
        client.conn->close(ErrorCode::Closed, QStringLiteral("done"));
        QTRY_VERIFY_WITH_TIMEOUT(server.closed, kWait);
        QCOMPARE(server.closeCode, ErrorCode::Closed);
    }

    void textFrameClosesTheConnection()
    {
        WsCarrierFactory factory;
        QVERIFY(factory.listen(QHostAddress::LocalHost, 0).ok());
        WsCarrier *carrier = nullptr;
        QObject::connect(&factory, &CarrierFactory::incoming,
                         [&](Carrier *c) { carrier = qobject_cast<WsCarrier *>(c); });
        QWebSocket raw;
        QSignalSpy rawClosed(&raw, &QWebSocket::disconnected);
        raw.open(WsCarrierFactory::urlFor(QStringLiteral("127.0.0.1"), factory.listenPort()));
        QTRY_VERIFY_WITH_TIMEOUT(carrier != nullptr && raw.state() == QAbstractSocket::ConnectedState, kWait);
        QSignalSpy closed(carrier, &Carrier::closed);
        QByteArray got;
        QObject::connect(carrier, &Carrier::readyRead, [&] { got += carrier->readAll(); });
        raw.sendBinaryMessage("bytes are fine");
        QTRY_COMPARE_WITH_TIMEOUT(got, QByteArray("bytes are fine"), kWait);
        raw.sendTextMessage(QStringLiteral("but text is not"));
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kWait);
        QVERIFY(!carrier->isOpen());
        QVERIFY(!carrier->protocolError().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(rawClosed.size(), 1, kWait);
        QCOMPARE(raw.closeCode(), QWebSocketProtocol::CloseCodeDatatypeNotSupported);
        QCOMPARE(closed.size(), 1);  // once
    }

    void dialToAClosedPortFails()
    {
        quint16 port = 0;
        {
            WsCarrierFactory probe;  // find a free port, then free it
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0).ok());
            port = probe.listenPort();
        }
        WsCarrierFactory factory;
        std::unique_ptr<Carrier> carrier(factory.dial(QStringLiteral("127.0.0.1"), port, nullptr));
        QSignalSpy failed(carrier.get(), &Carrier::failed);
        QSignalSpy closed(carrier.get(), &Carrier::closed);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWait);
        QCOMPARE(closed.size(), 0);
        QVERIFY(!carrier->isOpen());
    }

    void listenOnABusyPortIsAnError()
    {
        WsCarrierFactory first, second;
        QVERIFY(first.listen(QHostAddress::LocalHost, 0).ok());
        const Status st = second.listen(QHostAddress::LocalHost, first.listenPort());
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::AddressInUse);
    }
};

QTEST_GUILESS_MAIN(TestWsCarrier)
#include "tst_ws_carrier.moc"
