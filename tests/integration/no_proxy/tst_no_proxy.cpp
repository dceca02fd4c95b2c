// Peer traffic goes straight to the peer, whatever proxy the application or the system names:
// with a proxy factory installed that sends everything to a closed port on 127.0.0.1, a secure
// connection still completes over TCP and over WebSocket, a DHT node still answers, and the
// factory is never even asked (asking the system's settings would start libproxy's thread).
#include "core/random.h"
#include "transport/udp_datagram.h"
#include "core/clock.h"
#include "crypto/key_pair.h"
#include "dht/dht_node.h"
#include "swarm/connection.h"
#include "transport/tcp_carrier.h"
#include "transport/ws_carrier.h"

#include <QNetworkProxyFactory>
#include <QTest>

#include <atomic>
#include <memory>

using namespace swarmscope;

namespace {

constexpr int kWait = 10000;

// Names a proxy nobody listens on, for every query, and counts the queries.
class DeadEndProxyFactory final : public QNetworkProxyFactory {
public:
    explicit DeadEndProxyFactory(std::atomic<int> &queries) : m_queries(queries) {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &) override
    {
        ++m_queries;
        return {QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9)};
    }

private:
    std::atomic<int> &m_queries;
};

bool handshakeThrough(CarrierFactory &listener, CarrierFactory &dialler)
{
    SystemClock clock;
    const KeyPair a = KeyPair::generate(), b = KeyPair::generate();
    // Qt never asks about connections to loopback addresses, but it does for a server on every
    // interface (and for sockets bound to all of them). Only 127.0.0.1 is ever dialled.
    if (!listener.listen(QHostAddress::AnyIPv4, 0).ok())
        return false;
    bool inboundUp = false, outboundUp = false;
    std::unique_ptr<Connection> inbound;
    QObject::connect(&listener, &CarrierFactory::incoming, [&](Carrier *carrier) {
        inbound = std::make_unique<Connection>(1, carrier, Direction::Inbound, a, clock, ConnectionLimits{},
                                               QStringLiteral("test"));
        QObject::connect(inbound.get(), &Connection::established, [&] { inboundUp = true; });
        inbound->start();
    });
    Connection outbound(2, dialler.dial(QStringLiteral("127.0.0.1"), listener.listenPort(), nullptr),
                        Direction::Outbound, b, clock, ConnectionLimits{}, QStringLiteral("test"));
    QObject::connect(&outbound, &Connection::established, [&] { outboundUp = true; });
    outbound.start();
    return QTest::qWaitFor([&] { return inboundUp && outboundUp; }, kWait);
}

}  // namespace

class TestNoProxy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QNetworkProxyFactory::setApplicationProxyFactory(new DeadEndProxyFactory(m_queries));  // Qt owns it
    }

    void init() { m_queries = 0; }

    void cleanup() { QCOMPARE(m_queries.load(), 0); }

    void tcpGoesStraightToThePeer()
    {
        TcpCarrierFactory listener, dialler;
        QVERIFY(handshakeThrough(listener, dialler));
    }

    void webSocketGoesStraightToThePeer()
    {
        WsCarrierFactory listener, dialler;
        QVERIFY(handshakeThrough(listener, dialler));
    }

    void dhtDatagramsGoStraightToThePeer()
    {
        ManualClock clock;
        DhtConfig config;
        config.bindHost = QHostAddress::AnyIPv4;  // a socket on every interface, as users run it
        config.enforceIpLimits = false;
        Random random(1);
        UdpDatagramFactory udp;
        DhtNode a(config, clock, random, udp), b(config, clock, random, udp);
        QVERIFY(a.start().ok());
        QVERIFY(b.start().ok());
        a.addNode(QHostAddress::LocalHost, b.port());  // a ping; b's answer puts b in a's table
        QTRY_COMPARE_WITH_TIMEOUT(a.stats().routingTableSize, 1, kWait);
    }

private:
    std::atomic<int> m_queries{0};
};

QTEST_GUILESS_MAIN(TestNoProxy)
#include "tst_no_proxy.moc"
