// Bad input to our peer-relay node over a real WebSocket on 127.0.0.1: every bad frame is refused
// with a counted reason and the node keeps working; a flood from one peer is rate-limited. The
// node runs on a virtual clock, so its token bucket never refills during the test.
#include "core/clock.h"
#include "core/random.h"
#include "peer_relay/peer_relay_envelope.h"
#include "peer_relay/peer_relay_id.h"
#include "peer_relay/peer_relay_node.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace swarmscope;
using namespace swarmscope::peerrelay;

namespace {

const QByteArray kClientId = QByteArray::fromHex(QByteArray(40, 'a'));
const QByteArray kOtherId = QByteArray::fromHex(QByteArray(40, 'c'));

QByteArray hexQuoted(const QByteArray &id)
{
    return '"' + id.toHex() + '"';
}

QByteArray envelope(const QByteArray &to, const QList<QByteArray> &path, const QByteArray &nonce,
                    const QByteArray &data = "{\"type\":\"user\",\"data\":\"x\"}")
{
    QByteArray hops;
    for (const QByteArray &h : path)
        hops += (hops.isEmpty() ? "" : ",") + hexQuoted(h);
    return "{\"to\":" + hexQuoted(to) + ",\"from\":" + hexQuoted(kClientId) + ",\"path\":[" + hops + "],\"nonce\":\""
        + nonce + "\",\"data\":" + data + "}";
}

}  // namespace

class TestPeerRelayBadInput : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock;
    Random m_random{7};
    std::unique_ptr<PeerRelayNode> m_node;

    // A raw client that has done the id exchange.
    std::unique_ptr<QWebSocket> connectClient(const QByteArray &id = kClientId)
    {
        auto ws = std::make_unique<QWebSocket>();
        QSignalSpy connected(ws.get(), &QWebSocket::connected);
        ws->open(QUrl(m_node->url()));
        if (!connected.wait(5000))
            return nullptr;
        ws->sendTextMessage(QString::fromLatin1(bufferJson(id)));
        return ws;
    }

private slots:
    void init()
    {
        PeerRelayOptions o;
        o.listenHost = QHostAddress::LocalHost;
        o.listenPort = 0;
        o.envelopesPerSecond = 200;
        m_node = std::make_unique<PeerRelayNode>(o, m_clock, m_random);
        QVERIFY(m_node->start().ok());
    }
    void cleanup() { m_node.reset(); }

    void eachBadFrameIsCountedAndTheNodeKeepsWorking()
    {
        QSignalSpy peers(m_node.get(), &PeerRelayNode::peerConnected);
        QSignalSpy rejected(m_node.get(), &PeerRelayNode::rejected);
        QSignalSpy delivered(m_node.get(), &PeerRelayNode::messageReceived);
        auto ws = connectClient();
        QVERIFY(ws);
        QTRY_COMPARE(peers.size(), 1);
        const QByteArray us = m_node->id();

        const QList<QPair<QByteArray, Reject>> cases = {
            {"{\"to\":", Reject::MalformedJson},
            {"{\"from\":" + hexQuoted(kClientId) + ",\"path\":[" + hexQuoted(kClientId)
                 + "],\"nonce\":\"1\",\"data\":{\"type\":\"user\"}}",
             Reject::MissingTo},
            {"{\"to\":\"" + QByteArray(40, 'z') + "\",\"from\":" + hexQuoted(kClientId) + ",\"path\":["
                 + hexQuoted(kClientId) + "],\"nonce\":\"2\",\"data\":{\"type\":\"user\"}}",
             Reject::BadId},
            {"{\"to\":\"abcdef\",\"from\":" + hexQuoted(kClientId) + ",\"path\":[" + hexQuoted(kClientId)
                 + "],\"nonce\":\"3\",\"data\":{\"type\":\"user\"}}",
             Reject::BadId},
            {envelope(us, QList<QByteArray>(21, kClientId), "4"), Reject::HopLimit},
            {envelope(us, {kClientId, us}, "5"), Reject::PathContainsUs},
            {envelope(us, {kClientId}, "6", "{\"type\":\"user\",\"data\":\"" + QByteArray(70 * 1024, 'x') + "\"}"),
             Reject::Oversized},
            {envelope(us, {kClientId}, "7", "42"), Reject::BadData},
        };
        for (const auto &[frame, reason] : cases) {
            const quint64 before = m_node->rejectCount(reason);
            ws->sendTextMessage(QString::fromUtf8(frame));
            QTRY_COMPARE_WITH_TIMEOUT(m_node->rejectCount(reason), before + 1, 5000);
            QCOMPARE(rejected.last().at(0).toString(), rejectName(reason));
        }
        QCOMPARE(delivered.size(), 0);

        // A message for someone else whose path is already at the limit is not sent on.
        QSignalSpy hops(m_node.get(), &PeerRelayNode::hop);
        ws->sendTextMessage(QString::fromUtf8(envelope(kOtherId, QList<QByteArray>(20, kClientId), "8")));
        QTRY_COMPARE(m_node->rejectCount(Reject::HopLimit), quint64(2));
        QTRY_VERIFY(!hops.isEmpty());
        QCOMPARE(hops.last().at(0).value<PeerRelayHop>().role, PeerRelayHopRole::Dropped);

        // Still connected and serving: a good message arrives.
        ws->sendTextMessage(QString::fromUtf8(envelope(us, {kClientId}, "9")));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(delivered.first().at(0).toString(), QString::fromLatin1(kClientId.toHex()));
        QCOMPARE(m_node->peerIds(), QList<QByteArray>{kClientId});
    }

    void aFirstFrameThatIsNoIdClosesTheSocket()
    {
        auto ws = std::make_unique<QWebSocket>();
        QSignalSpy connected(ws.get(), &QWebSocket::connected);
        QSignalSpy closed(ws.get(), &QWebSocket::disconnected);
        ws->open(QUrl(m_node->url()));
        QVERIFY(connected.wait(5000));
        ws->sendTextMessage(QStringLiteral("{\"hello\":1}"));
        QVERIFY(closed.wait(5000));
        QCOMPARE(m_node->rejectCount(Reject::BadFirstFrame), quint64(1));
        QVERIFY(m_node->peerIds().isEmpty());
    }

    void aFloodFromOnePeerIsRateLimited()
    {
        QSignalSpy delivered(m_node.get(), &PeerRelayNode::messageReceived);
        auto ws = connectClient();
        QVERIFY(ws);
        QTRY_COMPARE(m_node->peerIds().size(), 1);
        constexpr int kFlood = 1000;
        for (int i = 0; i < kFlood; ++i)
            ws->sendTextMessage(QString::fromUtf8(envelope(m_node->id(), {kClientId}, QByteArray::number(1000 + i))));
        // One second's worth (200) gets through; the clock does not move, so nothing refills.
        QTRY_COMPARE_WITH_TIMEOUT(quint64(delivered.size()) + m_node->rejectCount(Reject::RateLimited), quint64(kFlood),
                                  10000);
        QCOMPARE(delivered.size(), 200);
        QCOMPARE(m_node->rejectCount(Reject::RateLimited), quint64(kFlood - 200));
        // Once time passes, the peer is heard again.
        m_clock.advance(1000);
        ws->sendTextMessage(QString::fromUtf8(envelope(m_node->id(), {kClientId}, "after")));
        QTRY_COMPARE(delivered.size(), 201);
    }
};

QTEST_GUILESS_MAIN(TestPeerRelayBadInput)
#include "tst_peer_relay_bad_input.moc"
