// Hostile BitTorrent/Bugout input against our Bugout backend on 127.0.0.1: each kind of bad input
// is refused with its counted reason, the wire stays or closes as it should, nothing crashes.
#include "bittorrent/bt_protocol.h"
#include "bugout/bugout_packet.h"
#include "bugout/bugout_room.h"
#include "bugout/bugout_service.h"
#include "core/clock.h"
#include "core/random.h"
#include "crypto/identity.h"
#include "transport/tcp_carrier.h"

#include <QTcpSocket>
#include <QtTest>

using namespace swarmscope;

namespace {

struct FrameList : FrameTap {
    QList<FrameRecord> frames;
    void onFrame(const FrameRecord &f) override { frames.append(f); }
};

constexpr int kWaitMs = 10000;
const QString kRoom = QStringLiteral("bad-room");

// A hand-driven BitTorrent peer speaking to our listener.
class RawPeer {
public:
    RawPeer() : keys(bugout::Keys::make(KeyPair::generate())) {}

    bool connectTo(quint16 port, const QByteArray &infoHash)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(kWaitMs))
            return false;
        bt::Handshake h;
        h.reserved[5] = char(0x10);
        h.infoHash = infoHash;
        h.peerId = QByteArrayLiteral("-WW0109-rawpeer00000");
        socket.write(h.encode());
        return true;
    }
    // Our extended handshake, with the given Bugout fields (none: bo_channel without pk/ek).
    void extendedHandshake(bool withKeys)
    {
        BencodeValue hs = BencodeValue::dict({{"m", BencodeValue::dict({{"bo_channel", BencodeValue::integer(3)}})},
                                              {"id", BencodeValue::string(kRoom.toUtf8())}});
        if (withKeys) {
            hs.insert("pk", BencodeValue::string(keys.pk58.toLatin1()));
            hs.insert("ek", BencodeValue::string(keys.ek58.toLatin1()));
        }
        socket.write(bt::Message::extended(0, hs.encode()));
    }
    void packet(const QByteArray &raw) { socket.write(bt::Message::extended(2, raw)); }  // our bo_channel is 2
    bool closedByThem() { return socket.state() == QAbstractSocket::UnconnectedState || !socket.isValid(); }

    QTcpSocket socket;
    bugout::Keys keys;
};

}  // namespace

class TestBugoutWireBadInput : public QObject {
    Q_OBJECT

private:
    SystemClock m_clock;
    KeyPair m_keys = KeyPair::generate();
    Random m_random = Random::fromSystem();
    std::unique_ptr<bugout::Service> m_service;
    EventBatch m_events;

    quint64 count(const char *reason) const { return m_service->rejectCount(QString::fromLatin1(reason)); }
    int messages() const
    {
        return int(
            std::count_if(m_events.cbegin(), m_events.cend(), [](const Event &e) { return e.is<BugoutMessage>(); }));
    }
    // A peer that completed both handshakes and was seen in the room.
    std::unique_ptr<RawPeer> joinedPeer()
    {
        auto p = std::make_unique<RawPeer>();
        if (!p->connectTo(m_service->port(), m_service->room(kRoom)->torrent().infoHash))
            return nullptr;
        p->extendedHandshake(true);
        const QString address = Identity::addressOf(p->keys.signing.publicKey);
        if (!QTest::qWaitFor([&] { return m_service->room(kRoom)->hasMember(address); }, kWaitMs))
            return nullptr;
        return p;
    }
    QByteArray message(const bugout::Keys &keys, const QString &room, qint64 timeMs, const QByteArray &text)
    {
        return bugout::makePacket(keys, room, timeMs, QByteArray(8, 'n'), "m",
                                  {{"v", BencodeValue::string("\"" + text + "\"")}});
    }

private slots:
    void init()
    {
        m_events.clear();
        m_service = std::make_unique<bugout::Service>(m_keys, m_clock, m_random, new TcpCarrierFactory);
        connect(m_service.get(), &bugout::Service::event, this, [this](const Event &e) { m_events.append(e); });
        QVERIFY(m_service->listen(QHostAddress::LocalHost, 0).ok());
        m_service->join(kRoom);
    }
    void cleanup() { m_service.reset(); }

    void goodPacketIsDelivered()
    {
        auto p = joinedPeer();
        QVERIFY(p);
        p->packet(message(p->keys, kRoom, m_clock.wallMs(), "fine"));
        QTRY_COMPARE_WITH_TIMEOUT(messages(), 1, kWaitMs);
    }

    void badSignature()
    {
        auto p = joinedPeer();
        QVERIFY(p);
        QByteArray raw = message(p->keys, kRoom, m_clock.wallMs(), "forged");
        raw[raw.size() - 3] = char(raw[raw.size() - 3] ^ 0x01);  // inside s
        p->packet(raw);
        QTRY_COMPARE_WITH_TIMEOUT(count("bad-signature"), 1u, kWaitMs);
        QCOMPARE(messages(), 0);
        QVERIFY(!p->closedByThem());  // one bad packet does not cost the wire
    }

    void packetForAnotherIdentifier()
    {
        auto p = joinedPeer();
        QVERIFY(p);
        p->packet(message(p->keys, QStringLiteral("another-room"), m_clock.wallMs(), "elsewhere"));
        QTRY_COMPARE_WITH_TIMEOUT(count("wrong-room"), 1u, kWaitMs);
        QCOMPARE(messages(), 0);
    }

    void staleAndFarFutureTimestamps()
    {
        auto p = joinedPeer();
        QVERIFY(p);
        p->packet(message(p->keys, kRoom, m_clock.wallMs() - 301000, "old"));
        p->packet(message(p->keys, kRoom, m_clock.wallMs() + 3600000, "future"));
        QTRY_COMPARE_WITH_TIMEOUT(count("stale"), 1u, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(count("future"), 1u, kWaitMs);
        QCOMPARE(messages(), 0);
    }

    void replayedPacket()
    {
        auto p = joinedPeer();
        QVERIFY(p);
        const QByteArray raw = message(p->keys, kRoom, m_clock.wallMs(), "once");
        p->packet(raw);
        p->packet(raw);
        p->packet(raw);
        QTRY_COMPARE_WITH_TIMEOUT(count("duplicate"), 2u, kWaitMs);
        QCOMPARE(messages(), 1);
    }

    void malformedBencode()
    {
        auto p = joinedPeer();
        QVERIFY(p);
        p->packet("d1:pi3e");
        p->packet("not bencode at all");
        QTRY_COMPARE_WITH_TIMEOUT(count("malformed"), 2u, kWaitMs);
        p->packet(message(p->keys, kRoom, m_clock.wallMs(), "still-here"));
        QTRY_COMPARE_WITH_TIMEOUT(messages(), 1, kWaitMs);
    }

    void oversizedExtendedMessage()
    {
        auto p = joinedPeer();
        QVERIFY(p);
        QByteArray header = QByteArray::fromHex("00200001") + char(bt::Extended) + char(2);  // 2 MiB announced
        p->socket.write(header + QByteArray(1000, 'x'));
        QTRY_COMPARE_WITH_TIMEOUT(count("too-large"), 1u, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(p->socket.state() == QAbstractSocket::UnconnectedState, kWaitMs);
    }

    void handshakeForAnotherInfohash()
    {
        RawPeer p;
        QVERIFY(p.connectTo(m_service->port(), QByteArray(20, 'z')));
        QTRY_COMPARE_WITH_TIMEOUT(count("wrong-infohash"), 1u, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(p.socket.state() == QAbstractSocket::UnconnectedState, kWaitMs);
        QCOMPARE(p.socket.readAll().size(), 0);  // we never answered with our handshake
    }

    void boChannelWithoutKeys()
    {
        RawPeer p;
        QVERIFY(p.connectTo(m_service->port(), m_service->room(kRoom)->torrent().infoHash));
        p.extendedHandshake(false);
        QTRY_COMPARE_WITH_TIMEOUT(count("missing-keys"), 1u, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(p.socket.state() == QAbstractSocket::UnconnectedState, kWaitMs);
        QVERIFY(m_service->room(kRoom)->members().isEmpty());
    }

    // The packet inspector's view: BitTorrent messages and Bugout packets as a field tree, with the
    // signature's verdict and the content of packets sealed to us.
    void inspectorDescribesPackets()
    {
        FrameList tap;
        m_service->setTap(&tap);
        auto p = joinedPeer();
        QVERIFY(p);
        const QString ourEk =
            QString::fromLatin1(m_service->room(kRoom)->handshakeFields().at(0).second.toBytes());  // ek
        const QByteArray plain = message(p->keys, kRoom, m_clock.wallMs(), "sealed-to-you");
        p->packet(bugout::encryptPacket(p->keys, plain, ourEk));
        QByteArray forged = message(p->keys, kRoom, m_clock.wallMs(), "forged");
        forged[forged.size() - 3] = char(forged[forged.size() - 3] ^ 0x01);
        p->packet(forged);
        QTRY_COMPARE_WITH_TIMEOUT(count("bad-signature"), 1u, kWaitMs);
        m_service->setTap(nullptr);

        QList<QCborMap> packets;
        bool sawHandshake = false;
        for (const FrameRecord &f : tap.frames) {
            QCOMPARE(f.protocol, QStringLiteral("bittorrent"));
            const QCborMap tree = m_service->describe(f);
            if (f.type == QLatin1String("handshake") && f.direction == Direction::Inbound) {
                sawHandshake = true;
                QCOMPARE(tree.value(QStringLiteral("client")).toString(), QStringLiteral("WebTorrent 1.9"));
                QVERIFY(tree.value(QStringLiteral("extended")).toBool());
            }
            if (f.type == QLatin1String("bo_channel") && f.direction == Direction::Inbound)
                packets.append(tree.value(QStringLiteral("bugout")).toMap());
        }
        QVERIFY(sawHandshake);
        QCOMPARE(packets.size(), 2);
        QCOMPARE(packets[0].value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        QVERIFY(packets[0].value(QStringLiteral("sealed")).toBool());
        QCOMPARE(packets[0].value(QStringLiteral("signature")).toString(), QStringLiteral("valid"));
        QCOMPARE(packets[0].value(QStringLiteral("packet")).toMap().value(QStringLiteral("v")).toString(),
                 QStringLiteral("\"sealed-to-you\""));
        QCOMPARE(packets[1].value(QStringLiteral("verdict")).toString(), QStringLiteral("bad-signature"));
        QCOMPARE(packets[1].value(QStringLiteral("signature")).toString(), QStringLiteral("invalid"));
    }

    void notBitTorrentAtAll()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_service->port());
        QVERIFY(s.waitForConnected(kWaitMs));
        s.write("GET / HTTP/1.1\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(count("handshake-failed"), 1u, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(s.state() == QAbstractSocket::UnconnectedState, kWaitMs);
    }
};

QTEST_GUILESS_MAIN(TestBugoutWireBadInput)
#include "tst_bugout_wire_bad_input.moc"
