#include "core/random.h"
#include "transport/udp_datagram.h"
#include "core/clock.h"
#include "dht/dht_node.h"
#include "dht/krpc.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QUdpSocket>
#include <QtTest>

#include <memory>

using namespace swarmscope;

namespace {

Random g_random{42};

NodeId fixedId(char c)
{
    return *NodeId::fromBytes(QByteArray(20, c));
}

// A hand-driven remote on 127.0.0.1 that sends raw datagrams and reads the node's answers.
class RawPeer {
public:
    RawPeer() { m_socket.bind(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_socket.localPort(); }
    void send(const QByteArray &datagram, quint16 to) { m_socket.writeDatagram(datagram, QHostAddress::LocalHost, to); }
    // The next answer, parsed; fails the test after a timeout.
    std::optional<KrpcMessage> next(int timeoutMs = 3000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_socket.hasPendingDatagrams() && t.elapsed() < timeoutMs)
            QTest::qWait(1);
        if (!m_socket.hasPendingDatagrams())
            return std::nullopt;
        const auto parsed = Krpc::parse(m_socket.receiveDatagram().data());
        if (!parsed)
            return std::nullopt;
        return *parsed;
    }
    QUdpSocket &socket() { return m_socket; }

private:
    QUdpSocket m_socket;
};

QByteArray query(const QByteArray &method, const QByteArray &argsBencoded, const QByteArray &tid = "xy")
{
    return "d1:a" + argsBencoded + "1:q" + QByteArray::number(method.size()) + ':' + method + "1:t"
        + QByteArray::number(tid.size()) + ':' + tid + "1:y1:qe";
}

}  // namespace

class TestDhtKrpc : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void compactNodesAndPeers();
    void queriesRoundTrip();
    void responsesRoundTrip();
    void wrongTypesRejected_data();
    void wrongTypesRejected();

    void unknownQueryAnswered204();
    void unknownTransactionRejected();
    void malformedQueriesAnswered203();
    void garbageCounted();
    void getPeersAndAnnounce();
    void announceWithBadTokenRefused();
    void impliedPortUsesSourcePort();
    void atMost100PeersPerReply();
    void boundedInfohashes();
    void findNodeReturnsClosest();

private:
    std::unique_ptr<DhtNode> makeNode(DhtConfig config = {});
    SystemClock m_clock;
    Random m_random{1};
    UdpDatagramFactory m_udp;
    std::unique_ptr<DhtNode> m_node;
};

void TestDhtKrpc::init()
{
    m_node = makeNode();
}

void TestDhtKrpc::cleanup()
{
    m_node.reset();
}

std::unique_ptr<DhtNode> TestDhtKrpc::makeNode(DhtConfig config)
{
    config.bindHost = QHostAddress::LocalHost;
    config.enforceIpLimits = false;  // every RawPeer is 127.0.0.1
    auto node = std::make_unique<DhtNode>(config, m_clock, m_random, m_udp);
    const Status s = node->start();
    if (!s.ok())
        qWarning() << s.error().detail;
    return node;
}

void TestDhtKrpc::compactNodesAndPeers()
{
    const QList<CompactNode> nodes{{fixedId('a'), DhtEndpoint{0x7f000001, 6881}},
                                   {fixedId('b'), DhtEndpoint{0x01020304, 1}}};
    const QByteArray bytes = Krpc::encodeNodes(nodes);
    QCOMPARE(bytes.size(), 52);
    QCOMPARE(bytes.mid(20, 6), QByteArray("\x7f\x00\x00\x01\x1a\xe1", 6));
    const auto back = Krpc::decodeNodes(bytes);
    QVERIFY(back.ok());
    QCOMPARE(*back, nodes);
    QVERIFY(Krpc::decodeNodes(QByteArray()).ok());
    QCOMPARE(BencodeValue::reason(Krpc::decodeNodes(bytes.left(25)).error()), QStringLiteral("bad-compact-nodes"));
    QCOMPARE(BencodeValue::reason(Krpc::decodeNodes(QByteArray(bytes + 'x')).error()),
             QStringLiteral("bad-compact-nodes"));
    const auto peer = Krpc::decodePeer(QByteArray("\x0a\x00\x00\x02\x00\x50", 6));
    QVERIFY(peer);
    QCOMPARE(peer->host(), QHostAddress(QStringLiteral("10.0.0.2")));
    QCOMPARE(peer->port, 80);
    QCOMPARE(Krpc::encodePeer(*peer), QByteArray("\x0a\x00\x00\x02\x00\x50", 6));
    QVERIFY(!Krpc::decodePeer(QByteArray(5, 'x')));
    QVERIFY(!Krpc::decodePeer(QByteArray(18, 'x')));
}

void TestDhtKrpc::queriesRoundTrip()
{
    const NodeId self = fixedId('s');
    auto ping = Krpc::parse(Krpc::pingQuery("aa", self));
    QVERIFY(ping.ok());
    QCOMPARE(ping->kind, KrpcMessage::Kind::Query);
    QCOMPARE(ping->method, KrpcMessage::Method::Ping);
    QCOMPARE(ping->transactionId, QByteArray("aa"));
    QCOMPARE(ping->senderId, self);
    QCOMPARE(ping->version, Krpc::clientVersion());
    // The exact bytes of a ping (BEP 5 example layout, plus our "v").
    QCOMPARE(Krpc::clientVersion(), QByteArray("SW\x00\x01", 4));
    QCOMPARE(Krpc::pingQuery("aa", *NodeId::fromBytes("abcdefghij0123456789")),
             QByteArray("d1:ad2:id20:abcdefghij0123456789e1:q4:ping1:t2:aa1:v4:") + Krpc::clientVersion()
                 + QByteArray("1:y1:qe"));

    auto find = Krpc::parse(Krpc::findNodeQuery("bb", self, fixedId('t')));
    QVERIFY(find.ok());
    QCOMPARE(find->method, KrpcMessage::Method::FindNode);
    QCOMPARE(find->target, fixedId('t'));

    auto get = Krpc::parse(Krpc::getPeersQuery("cc", self, QByteArray(20, 'h')));
    QVERIFY(get.ok());
    QCOMPARE(get->method, KrpcMessage::Method::GetPeers);
    QCOMPARE(get->infohash, QByteArray(20, 'h'));

    auto ann = Krpc::parse(Krpc::announcePeerQuery("dd", self, QByteArray(20, 'h'), 4321, false, "tok"));
    QVERIFY(ann.ok());
    QCOMPARE(ann->method, KrpcMessage::Method::AnnouncePeer);
    QCOMPARE(ann->port, 4321);
    QVERIFY(!ann->impliedPort);
    QCOMPARE(ann->token, QByteArray("tok"));
    auto implied = Krpc::parse(Krpc::announcePeerQuery("ee", self, QByteArray(20, 'h'), 0, true, "tok"));
    QVERIFY(implied.ok());
    QVERIFY(implied->impliedPort);

    auto err = Krpc::parse(Krpc::error("ff", Krpc::MethodUnknown, "Method Unknown"));
    QVERIFY(err.ok());
    QCOMPARE(err->kind, KrpcMessage::Kind::Error);
    QCOMPARE(err->errorCode, 204);
    QCOMPARE(err->errorMessage, QByteArray("Method Unknown"));
}

void TestDhtKrpc::responsesRoundTrip()
{
    const NodeId self = fixedId('s');
    const QList<CompactNode> nodes{{fixedId('a'), DhtEndpoint{0x7f000001, 1000}}};
    const QList<DhtEndpoint> values{{0x0a000001, 1}, {0x0a000002, 2}};
    auto r = Krpc::parse(Krpc::response("tt", self, nodes, values, "token", DhtEndpoint{0x01020304, 5}));
    QVERIFY(r.ok());
    QCOMPARE(r->kind, KrpcMessage::Kind::Response);
    QCOMPARE(r->senderId, self);
    QCOMPARE(r->nodes, nodes);
    QCOMPARE(r->values, values);
    QCOMPARE(r->token, QByteArray("token"));
    QVERIFY(r->yourAddress);
    QCOMPARE(r->yourAddress->port, 5);
    // IPv6 values (18 bytes) are skipped, not refused.
    const QByteArray withV6 = "d1:rd2:id20:" + QByteArray(20, 'x') + "6:values"
        + "l6:" + Krpc::encodePeer({0x0a000001, 9}) + "18:" + QByteArray(18, 'z') + "ee1:t2:aa1:y1:re";
    auto v6 = Krpc::parse(withV6);
    QVERIFY(v6.ok());
    QCOMPARE(v6->values.size(), 1);
}

void TestDhtKrpc::wrongTypesRejected_data()
{
    const QByteArray id = "2:id20:" + QByteArray(20, 'i');
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("list") << QByteArray("le") << "not-a-dict";
    QTest::newRow("no t") << QByteArray("d1:y1:qe") << "missing-field";
    QTest::newRow("t integer") << QByteArray("d1:ti1e1:y1:qe") << "wrong-type";
    QTest::newRow("t empty") << QByteArray("d1:t0:1:y1:qe") << "bad-transaction-id";
    QTest::newRow("y integer") << QByteArray("d1:t2:aa1:yi1ee") << "wrong-type";
    QTest::newRow("y unknown") << QByteArray("d1:t2:aa1:y1:xe") << "bad-message-type";
    QTest::newRow("q integer") << QByteArray("d1:ade1:qi1e1:t2:aa1:y1:qe") << "wrong-type";
    QTest::newRow("a missing") << QByteArray("d1:q4:ping1:t2:aa1:y1:qe") << "missing-field";
    QTest::newRow("a list") << QByteArray("d1:ale1:q4:ping1:t2:aa1:y1:qe") << "wrong-type";
    QTest::newRow("id missing") << query("ping", "de") << "missing-field";
    QTest::newRow("id integer") << query("ping", "d2:idi5ee") << "wrong-type";
    QTest::newRow("id short") << query("ping", "d2:id3:abce") << "bad-id";
    QTest::newRow("target short") << query("find_node", "d" + id + "6:target3:abce") << "bad-target";
    QTest::newRow("info_hash int") << query("get_peers", "d" + id + "9:info_hashi1ee") << "wrong-type";
    QTest::newRow("port string") << query("announce_peer",
                                          "d" + id + "9:info_hash20:" + QByteArray(20, 'h') + "4:port4:80805:token1:xe")
                                 << "wrong-type";
    QTest::newRow("port zero") << query("announce_peer",
                                        "d" + id + "9:info_hash20:" + QByteArray(20, 'h') + "4:porti0e5:token1:xe")
                               << "bad-port";
    QTest::newRow("port too big") << query(
        "announce_peer", "d" + id + "9:info_hash20:" + QByteArray(20, 'h') + "4:porti70000e5:token1:xe")
                                  << "bad-port";
    QTest::newRow("token int") << query("announce_peer",
                                        "d" + id + "9:info_hash20:" + QByteArray(20, 'h') + "4:porti80e5:tokeni1ee")
                               << "wrong-type";
    QTest::newRow("implied_port string") << query(
        "announce_peer",
        "d" + id + "12:implied_port1:1" + "9:info_hash20:" + QByteArray(20, 'h') + "4:porti80e5:token1:xe")
                                         << "wrong-type";
    QTest::newRow("r list") << QByteArray("d1:rle1:t2:aa1:y1:re") << "wrong-type";
    QTest::newRow("r no id") << QByteArray("d1:rde1:t2:aa1:y1:re") << "missing-field";
    QTest::newRow("nodes int") << QByteArray("d1:rd" + id + "5:nodesi1ee1:t2:aa1:y1:re") << "wrong-type";
    QTest::newRow("nodes 25 bytes") << QByteArray("d1:rd" + id + "5:nodes25:" + QByteArray(25, 'n') + "e1:t2:aa1:y1:re")
                                    << "bad-compact-nodes";
    QTest::newRow("values string") << QByteArray("d1:rd" + id + "6:values6:abcdefe1:t2:aa1:y1:re") << "wrong-type";
    QTest::newRow("values int entry") << QByteArray("d1:rd" + id + "6:valuesli1eee1:t2:aa1:y1:re") << "wrong-type";
    QTest::newRow("values 5 bytes") << QByteArray("d1:rd" + id + "6:valuesl5:abcdeee1:t2:aa1:y1:re")
                                    << "bad-compact-peers";
    QTest::newRow("token int") << QByteArray("d1:rd" + id + "5:tokeni1ee1:t2:aa1:y1:re") << "wrong-type";
    QTest::newRow("e dict") << QByteArray("d1:ede1:t2:aa1:y1:ee") << "wrong-type";
    QTest::newRow("e reversed") << QByteArray("d1:el3:badi201ee1:t2:aa1:y1:ee") << "bad-error";
}

void TestDhtKrpc::wrongTypesRejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto m = Krpc::parse(bytes);
    QVERIFY(!m.ok());
    QCOMPARE(BencodeValue::reason(m.error()), reason);
}

void TestDhtKrpc::unknownQueryAnswered204()
{
    RawPeer peer;
    peer.send(query("vote", "d2:id20:" + QByteArray(20, 'p') + "e", "u1"), m_node->port());
    const auto answer = peer.next();
    QVERIFY(answer);
    QCOMPARE(answer->kind, KrpcMessage::Kind::Error);
    QCOMPARE(answer->errorCode, 204);
    QCOMPARE(answer->transactionId, QByteArray("u1"));
    // Even without arguments worth reading.
    peer.send(query("sample_infohashes", "de", "u2"), m_node->port());
    QCOMPARE(peer.next()->errorCode, 204);
    QCOMPARE(m_node->stats().rejects.value(QStringLiteral("unknown-method")), quint64(2));
    QCOMPARE(m_node->stats().queriesIn.value(QStringLiteral("unknown")), quint64(2));
}

void TestDhtKrpc::unknownTransactionRejected()
{
    QSignalSpy rejected(m_node.get(), &DhtNode::rejected);
    const quint64 sentBefore = m_node->stats().datagramsOut;
    RawPeer peer;
    peer.send(Krpc::response("zz", fixedId('p')), m_node->port());
    peer.send(Krpc::response("ab", fixedId('p')), m_node->port());
    peer.send(Krpc::error("cd", 201, "nope"), m_node->port());
    QTRY_COMPARE(m_node->stats().rejects.value(QStringLiteral("unknown-transaction")), quint64(3));
    // Answers are never answered: an answer goes out while its input is handled, so once all
    // three are counted nothing more can come.
    QCOMPARE(m_node->stats().datagramsOut, sentBefore);
    QVERIFY(!peer.socket().hasPendingDatagrams());
    QCOMPARE(rejected.count(), 3);
    QCOMPARE(rejected.first().first().toString(), QStringLiteral("unknown-transaction"));
    // Nothing from it entered the table.
    QCOMPARE(m_node->stats().routingTableSize, 0);

    // A real answer to our ping is accepted; the same answer again is refused (transaction spent).
    auto other = makeNode();
    m_node->addNode(QHostAddress::LocalHost, other->port());
    QTRY_COMPARE(m_node->stats().routingTableSize, 1);
    QCOMPARE(m_node->exportNodes().first().id, other->nodeId());
}

void TestDhtKrpc::malformedQueriesAnswered203()
{
    RawPeer peer;
    peer.send(query("get_peers", "d2:id20:" + QByteArray(20, 'p') + "9:info_hash3:abce", "m1"), m_node->port());
    const auto answer = peer.next();
    QVERIFY(answer);
    QCOMPARE(answer->kind, KrpcMessage::Kind::Error);
    QCOMPARE(answer->errorCode, 203);
    QCOMPARE(answer->transactionId, QByteArray("m1"));
    QCOMPARE(m_node->stats().rejects.value(QStringLiteral("bad-infohash")), quint64(1));
    peer.send(query("ping", "d2:idi1ee", "m2"), m_node->port());
    QCOMPARE(peer.next()->errorCode, 203);
    QCOMPARE(m_node->stats().rejects.value(QStringLiteral("wrong-type")), quint64(1));
    QCOMPARE(m_node->stats().routingTableSize, 0);
}

void TestDhtKrpc::garbageCounted()
{
    const quint64 sentBefore = m_node->stats().datagramsOut;
    RawPeer peer;
    peer.send("this is not bencode", m_node->port());
    peer.send("d1:t2:aa1:y1:q", m_node->port());
    peer.send("l" + QByteArray(50, 'l') + QByteArray(51, 'e'), m_node->port());
    peer.send("i1ei2e", m_node->port());
    peer.send(QByteArray(5000, 'x'), m_node->port());
    QTRY_COMPARE(m_node->stats().datagramsIn, quint64(5));
    const auto rejects = m_node->stats().rejects;
    QCOMPARE(rejects.value(QStringLiteral("bencode-bad-type")), quint64(1));
    QCOMPARE(rejects.value(QStringLiteral("bencode-truncated")), quint64(1));
    QCOMPARE(rejects.value(QStringLiteral("bencode-too-deep")), quint64(1));
    QCOMPARE(rejects.value(QStringLiteral("bencode-trailing-garbage")), quint64(1));
    QCOMPARE(rejects.value(QStringLiteral("oversized")), quint64(1));
    QCOMPARE(m_node->stats().datagramsOut, sentBefore);  // garbage gets no answer
    QVERIFY(!peer.socket().hasPendingDatagrams());
}

void TestDhtKrpc::getPeersAndAnnounce()
{
    RawPeer peer;
    const QByteArray ih(20, 'h');
    peer.send(Krpc::getPeersQuery("g1", fixedId('p'), ih), m_node->port());
    auto answer = peer.next();
    QVERIFY(answer);
    QCOMPARE(answer->kind, KrpcMessage::Kind::Response);
    QCOMPARE(answer->senderId.toBytes(), m_node->nodeId());
    QVERIFY(!answer->token.isEmpty());
    QVERIFY(answer->values.isEmpty());
    QVERIFY(answer->yourAddress);
    QCOMPARE(answer->yourAddress->port, peer.port());
    const QByteArray token = answer->token;

    peer.send(Krpc::announcePeerQuery("a1", fixedId('p'), ih, 7777, false, token), m_node->port());
    answer = peer.next();
    QVERIFY(answer);
    QCOMPARE(answer->kind, KrpcMessage::Kind::Response);
    QCOMPARE(m_node->stats().storedInfohashes, 1);

    RawPeer other;
    other.send(Krpc::getPeersQuery("g2", fixedId('q'), ih), m_node->port());
    answer = other.next();
    QVERIFY(answer);
    QCOMPARE(answer->values.size(), 1);
    QCOMPARE(answer->values.first().port, 7777);
    QCOMPARE(answer->values.first().host(), QHostAddress(QHostAddress::LocalHost));
    // The first peer is in our table now (it queried us) and is named to the second one.
    QCOMPARE(answer->nodes.size(), 1);
    QCOMPARE(answer->nodes.first().endpoint.port, peer.port());
    QCOMPARE(m_node->stats().queriesIn.value(QStringLiteral("get_peers")), quint64(2));
    QCOMPARE(m_node->stats().queriesIn.value(QStringLiteral("announce_peer")), quint64(1));
}

void TestDhtKrpc::announceWithBadTokenRefused()
{
    RawPeer peer;
    const QByteArray ih(20, 'h');
    peer.send(Krpc::announcePeerQuery("a1", fixedId('p'), ih, 7777, false, "forged12"), m_node->port());
    const auto answer = peer.next();
    QVERIFY(answer);
    QCOMPARE(answer->kind, KrpcMessage::Kind::Error);
    QCOMPARE(answer->errorCode, 203);
    QCOMPARE(m_node->stats().rejects.value(QStringLiteral("bad-token")), quint64(1));
    QCOMPARE(m_node->stats().storedInfohashes, 0);
}

void TestDhtKrpc::impliedPortUsesSourcePort()
{
    RawPeer peer;
    const QByteArray ih(20, 'i');
    m_node->lookup(ih);  // we are looking for it: an announce to us is reported at once
    QSignalSpy found(m_node.get(), &DhtNode::peerFound);
    peer.send(Krpc::getPeersQuery("g1", fixedId('p'), ih), m_node->port());
    const QByteArray token = peer.next()->token;
    peer.send(Krpc::announcePeerQuery("a1", fixedId('p'), ih, 1, true, token), m_node->port());
    QVERIFY(peer.next());
    QTRY_COMPARE(found.count(), 1);
    QCOMPARE(found.first().at(0).toByteArray(), ih);
    QCOMPARE(found.first().at(2).value<quint16>(), peer.port());
    RawPeer other;
    other.send(Krpc::getPeersQuery("g2", fixedId('q'), ih), m_node->port());
    const auto answer = other.next();
    QCOMPARE(answer->values.size(), 1);
    QCOMPARE(answer->values.first().port, peer.port());
}

void TestDhtKrpc::atMost100PeersPerReply()
{
    DhtConfig config;
    config.maxPacketsPerSecond = 10000;
    auto node = makeNode(config);
    RawPeer peer;
    const QByteArray ih(20, 'm');
    peer.send(Krpc::getPeersQuery("g1", fixedId('p'), ih), node->port());
    const QByteArray token = peer.next()->token;
    for (int i = 0; i < 150; ++i) {
        peer.send(
            Krpc::announcePeerQuery("a" + QByteArray::number(i), fixedId('p'), ih, quint16(20000 + i), false, token),
            node->port());
        QVERIFY(peer.next());
    }
    RawPeer other;
    other.send(Krpc::getPeersQuery("g2", fixedId('q'), ih), node->port());
    const auto answer = other.next();
    QVERIFY(answer);
    QCOMPARE(answer->values.size(), 100);
}

void TestDhtKrpc::boundedInfohashes()
{
    DhtConfig config;
    config.maxInfohashes = 3;
    config.maxPeersPerInfohash = 2;
    auto node = makeNode(config);
    RawPeer peer;
    peer.send(Krpc::getPeersQuery("g1", fixedId('p'), QByteArray(20, 'a')), node->port());
    const QByteArray token = peer.next()->token;
    for (char c : {'a', 'b', 'c', 'd'}) {
        peer.send(Krpc::announcePeerQuery("a1", fixedId('p'), QByteArray(20, c), 1000, false, token), node->port());
        QVERIFY(peer.next());
    }
    QCOMPARE(node->stats().storedInfohashes, 3);
    QCOMPARE(node->stats().rejects.value(QStringLiteral("storage-full")), quint64(1));
}

void TestDhtKrpc::findNodeReturnsClosest()
{
    // Ten nodes known to ours; find_node names the 8 closest to the target in 26-byte entries.
    std::vector<std::unique_ptr<DhtNode>> others;
    for (int i = 0; i < 10; ++i) {
        others.push_back(makeNode());
        m_node->addNode(QHostAddress::LocalHost, others.back()->port());
    }
    QTRY_COMPARE(m_node->stats().routingTableSize, 10);
    RawPeer peer;
    const NodeId target = NodeId::random(g_random);
    peer.send(Krpc::findNodeQuery("f1", fixedId('p'), target), m_node->port());
    const auto answer = peer.next();
    QVERIFY(answer);
    QCOMPARE(answer->nodes.size(), 8);
    QList<NodeId> all;
    for (const auto &o : others)
        all.append(*NodeId::fromBytes(o->nodeId()));
    std::sort(all.begin(), all.end(), [&](const NodeId &a, const NodeId &b) { return target.closer(a, b); });
    for (int i = 0; i < 8; ++i)
        QCOMPARE(answer->nodes[i].id, all[i]);
}

QTEST_MAIN(TestDhtKrpc)
#include "tst_dht_krpc.moc"
