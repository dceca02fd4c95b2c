// Bugout's room torrent, BitTorrent framing and bo_channel packets, byte for byte.
#include "bittorrent/bt_protocol.h"
#include "bittorrent/room_torrent.h"
#include "bugout/bugout_packet.h"
#include "crypto/identity.h"

#include <QtTest>

using namespace swarmscope;

namespace {

// A ping captured between two real bugout@0.0.13 peers in room "compat-room" (WIRE-NOTES 2).
const QByteArray kCapturedPing = QByteArray::fromHex(
    "64313a703135383a64323a656b34343a42614a586e6937694c436a38464d596a74794b756a64436b724165734b53796b3756336268"
    "4a7166544a4566313a6931313a636f6d7061742d726f6f6d313a6e383a77b4778c43ca45e3323a706b34343a396853523653375750"
    "74786d546f6a676f364747336b347944506563674a593239326a377872735547574275313a74693137393633383937303435373665"
    "313a79313a7065313a7336343a3650b32fb961b9a9fa763552343ff8163e5aba9af2f4e1252fd0e3ad6d5c6d5cdea0c8ee0549d8e7"
    "cec8b154fcafa5a25649a62278c322471201b64e1ad5070065");
constexpr qint64 kCapturedTime = 1796389704576;

KeyPair keysFrom(std::uint8_t fill)
{
    std::array<std::uint8_t, 32> seed{};
    seed.fill(fill);
    return KeyPair::fromSeed(seed);
}

}  // namespace

class TestBugoutPacket : public QObject {
    Q_OBJECT

private slots:
    void infoHashesOfBugoutsOwnTests()
    {
        // bugout test.js and WIRE-NOTES 2: what webtorrent computes for these rooms.
        const auto seed = Identity::decodeSeed(u"BohNtZ24TrgMwZTLx9VDKtcZARNVuCt5tnecAAxYtTBC8pC61uGN");
        QVERIFY(seed.ok());
        const QString server = Identity::addressOf(KeyPair::fromSeed(*seed).publicKey);
        QCOMPARE(bt::RoomTorrent::of(server).infoHash.toHex(), QByteArray("28d878040b7d2f5215409373b415fb99bc0e6d88"));
        QCOMPARE(bt::RoomTorrent::of(QStringLiteral("bYwqSagZb5n42M9qXSw2uu3Cpxg9JhZcnd")).infoHash.toHex(),
                 QByteArray("5486696a87e91c6c7fcfc6279c9b08709c7aa61f"));
        QCOMPARE(bt::RoomTorrent::of(QStringLiteral("compat-room")).infoHash.toHex(),
                 QByteArray("a29b336199d002dde844f495145ebab76b0cfacd"));
        QCOMPARE(bt::RoomTorrent::of(QStringLiteral("dht-room")).infoHash.toHex(),
                 QByteArray("38307cba26ea8b7f45ecbbb744c3c1655619bf00"));
        QCOMPARE(bt::RoomTorrent::of(QStringLiteral("compat-room")).info.size(), 87);  // metadata_size seen
    }

    void handshakeBytes()
    {
        bt::Handshake h;
        h.reserved[5] = char(0x10);
        h.reserved[7] = char(0x04);
        h.infoHash = QByteArray::fromHex("a29b336199d002dde844f495145ebab76b0cfacd");
        h.peerId = QByteArrayLiteral("-WW0109-X4XO2wkF8REF");
        const QByteArray bytes = h.encode();
        QCOMPARE(bytes.toHex(),
                 QByteArray("13426974546f7272656e742070726f746f636f6c0000000000100004a29b336199d002dde844f4"
                            "95145ebab76b0cfacd2d57573031303"
                            "92d5834584f32776b463852454"
                            "6"));
        auto parsed = bt::Handshake::parse(bytes);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->extended() && parsed->fast() && !parsed->dht());
        QCOMPARE(bt::clientName(parsed->peerId), QStringLiteral("WebTorrent 1.9"));
        QVERIFY(!bt::Handshake::parse(QByteArray(68, 'x')).ok());
    }

    void framing()
    {
        QCOMPARE((bt::Message{bt::HaveAll, {}}.encode().toHex()), QByteArray("000000010e"));
        QCOMPARE((bt::Message{bt::Bitfield, QByteArray(1, char(0x80))}.encode().toHex()), QByteArray("000000020580"));
        bt::FrameReader r;
        const QByteArray two = bt::Message::keepAlive() + bt::Message::extended(4, "abc");
        r.append(two.left(3));
        QVERIFY(!r.takeMessage());
        r.append(two.mid(3));
        auto keep = r.takeMessage();
        QVERIFY(keep && keep->ok() && keep->value().id == bt::KeepAlive);
        auto ext = r.takeMessage();
        QVERIFY(ext && ext->ok());
        QCOMPARE(ext->value().id, int(bt::Extended));
        QCOMPARE(ext->value().payload,
                 QByteArray("\x04"
                            "abc"));
        r.append(QByteArray::fromHex("00200000"));  // 2 MiB announced
        auto big = r.takeMessage();
        QVERIFY(big && !big->ok());
        QCOMPARE(big->error().code, ErrorCode::FrameTooLarge);
    }

    void capturedPingFromRealBugoutVerifies()
    {
        const bugout::Keys keys = bugout::Keys::make(keysFrom(1));
        const bugout::Opened o =
            bugout::openPacket(kCapturedPing, keys, QStringLiteral("compat-room"), kCapturedTime + 1000);
        QCOMPARE(o.refusal, bugout::Refusal::None);
        QVERIFY(o.packet->signatureValid);
        QCOMPARE(o.packet->type, QByteArray("p"));
        QCOMPARE(o.packet->pk58, QStringLiteral("9hSR6S7WPtxmTojgo6GG3k4yDPecgJY292j7xrsUGWBu"));
        QCOMPARE(o.packet->timeMs, kCapturedTime);
        // The same bytes later than Bugout's 5 minutes, or in another room, are refused.
        QCOMPARE(bugout::openPacket(kCapturedPing, keys, QStringLiteral("compat-room"), kCapturedTime + 300000).refusal,
                 bugout::Refusal::Stale);
        QCOMPARE(bugout::openPacket(kCapturedPing, keys, QStringLiteral("other"), kCapturedTime).refusal,
                 bugout::Refusal::WrongRoom);
        QByteArray tampered = kCapturedPing;
        tampered[tampered.size() - 3] = char(tampered[tampered.size() - 3] ^ 1);
        QCOMPARE(bugout::openPacket(tampered, keys, QStringLiteral("compat-room"), kCapturedTime).refusal,
                 bugout::Refusal::BadSignature);
    }

    void packetLayoutMatchesBugout()
    {
        const bugout::Keys keys = bugout::Keys::make(keysFrom(1));
        QCOMPARE(keys.pk58, QStringLiteral("AKnL4NNf3DGWZJS6cPknBuEGnVsV4A4m5tgebLHaRSZ9"));
        const QByteArray raw = bugout::makePacket(keys, QStringLiteral("room"), 1700000000000, QByteArray(8, 'n'), "m",
                                                  {{"v", BencodeValue::string("\"hi\"")}});
        auto outer = BencodeValue::decode(raw);
        QVERIFY(outer.ok());
        QCOMPARE(outer->toDict().size(), size_t(2));  // exactly p and s
        QCOMPARE(outer->find("s")->toBytes().size(), 64);
        auto inner = BencodeValue::decode(outer->find("p")->toBytes());
        QVERIFY(inner.ok());
        QStringList keysSeen;
        for (const auto &[k, v] : inner->toDict())
            keysSeen.append(QString::fromLatin1(k));
        QCOMPARE(keysSeen.join(QLatin1Char(',')), QStringLiteral("ek,i,n,pk,t,v,y"));
        QCOMPARE(inner->find("n")->toBytes().size(), 8);
        QCOMPARE(inner->find("t")->toInteger(), 1700000000000);
        const auto o = bugout::openPacket(raw, keys, QStringLiteral("room"), 1700000000000);
        QCOMPARE(o.refusal, bugout::Refusal::None);
        QCOMPARE(o.packet->field("v"), QByteArray("\"hi\""));
        QCOMPARE(bugout::openPacket(raw, keys, QStringLiteral("room"), 1700000000000 - 400000).refusal,
                 bugout::Refusal::Future);
    }

    void sealedOnlyForTheRecipient()
    {
        const bugout::Keys alice = bugout::Keys::make(keysFrom(1));
        const bugout::Keys bob = bugout::Keys::make(keysFrom(2));
        const bugout::Keys carol = bugout::Keys::make(keysFrom(3));
        const QByteArray plain =
            bugout::makePacket(alice, QStringLiteral("room"), 1700000000000, QByteArray(8, 'n'), "r",
                               {{"c", BencodeValue::string("echo")},
                                {"a", BencodeValue::string("1")},
                                {"rn", BencodeValue::string("12345678")}});
        const QByteArray sealed = bugout::encryptPacket(alice, plain, bob.ek58);
        auto env = BencodeValue::decode(sealed);
        QVERIFY(env.ok());
        QCOMPARE(env->find("n")->toBytes().size(), 24);
        QCOMPARE(env->find("e")->toBytes().size(), plain.size() + 16);  // tag + ciphertext, as tweetnacl
        const auto o = bugout::openPacket(sealed, bob, QStringLiteral("room"), 1700000000000);
        QCOMPARE(o.refusal, bugout::Refusal::None);
        QVERIFY(o.packet->sealed);
        QCOMPARE(o.packet->address, Identity::addressOf(keysFrom(1).publicKey));
        QCOMPARE(bugout::openPacket(sealed, carol, QStringLiteral("room"), 1700000000000).refusal,
                 bugout::Refusal::NotForUs);
        QVERIFY(bugout::encryptPacket(alice, plain, QStringLiteral("not-a-key")).isEmpty());
    }

    void malformedInput()
    {
        const bugout::Keys keys = bugout::Keys::make(keysFrom(1));
        for (const QByteArray &bad : {QByteArray("d1:p"), QByteArray("i42e"), QByteArray("d1:p3:abc1:s2:xxe"),
                                      QByteArray("d1:e1:x2:ek3:abc1:n1:ye"), QByteArray()}) {
            const auto o = bugout::openPacket(bad, keys, QStringLiteral("room"), 0);
            QVERIFY2(o.refusal == bugout::Refusal::Malformed || o.refusal == bugout::Refusal::NotForUs,
                     bad.constData());
        }
        QCOMPARE(bugout::dedupeKey("abc").size(), 96);  // hex of 48 bytes
    }
};

QTEST_GUILESS_MAIN(TestBugoutPacket)
#include "tst_bugout_packet.moc"
