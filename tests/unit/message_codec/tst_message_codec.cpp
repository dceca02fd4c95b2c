// swarmscope/1 messages: every type round-trips, every malformed input is refused with a reason.
#include "crypto/key_pair.h"
#include "wire/message_codec.h"
#include "wire/signed_envelope.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::wire;

namespace {
QByteArray topic(char fill) { return QByteArray(32, fill); }
QByteArray cbor(const QCborMap &m) { return m.toCborValue().toCbor(); }
} // namespace

class TestMessageCodec : public QObject {
    Q_OBJECT

private slots:
    void roundTrips()
    {
        {
            const Hello h{QStringLiteral("swarmscope/0.1"), 1, 4242, {topic('a'), topic('b')}};
            auto d = decode(encode(h));
            QVERIFY(d.ok());
            const auto &got = std::get<Hello>(*d);
            QCOMPARE(got.agent, h.agent);
            QCOMPARE(got.listenPort, quint16(4242));
            QCOMPARE(got.topics, h.topics);
        }
        {
            auto d = decode(encode(Ping{123456789012345ULL, 77}));
            QVERIFY(d.ok());
            QCOMPARE(std::get<Ping>(*d).nonce, 123456789012345ULL);
            QCOMPARE(std::get<Ping>(*d).monotonicMs, 77);
        }
        {
            auto d = decode(encode(Pong{5, 6}));
            QCOMPARE(std::get<Pong>(*d).nonce, 5ULL);
        }
        QCOMPARE(std::get<Join>(*decode(encode(Join{topic('j')}))).topic, topic('j'));
        QCOMPARE(std::get<Leave>(*decode(encode(Leave{topic('l')}))).topic, topic('l'));
        QCOMPARE(std::get<Bye>(*decode(encode(Bye{QStringLiteral("bye")}))).reason, QStringLiteral("bye"));
        const RoomMessage rm{QByteArray("payload"), QByteArray(64, 's')};
        const auto drm = std::get<RoomMessage>(*decode(encode(rm)));
        QCOMPARE(drm.payload, rm.payload);
        QCOMPARE(drm.signature, rm.signature);
    }

    void dataFastPathMatchesTreeEncoding()
    {
        const QByteArray payload(100000, 'x');
        QByteArray fast;
        appendDataMessage(payload, fast);
        QCOMPARE(fast, encode(Data{payload}));
        QCOMPARE(std::get<Data>(*decode(fast)).bytes, payload);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        const int M = int(ErrorCode::MalformedMessage);
        QTest::newRow("empty") << QByteArray() << M;
        QTest::newRow("not cbor") << QByteArray("\xff\xff\xff", 3) << M;
        QTest::newRow("truncated map") << QByteArray::fromHex("a2617401") << M;
        QTest::newRow("array not map") << QCborValue(QCborArray{1, 2}).toCbor() << M;
        QTest::newRow("no type") << cbor({{QStringLiteral("x"), 1}}) << M;
        QTest::newRow("type is text") << cbor({{QStringLiteral("t"), QStringLiteral("hello")}}) << M;
        QTest::newRow("negative type") << cbor({{QStringLiteral("t"), -4}}) << M;
        QTest::newRow("ping nonce text") << cbor({{QStringLiteral("t"), 2}, {QStringLiteral("nonce"), QStringLiteral("1")}, {QStringLiteral("ms"), 1}}) << M;
        QTest::newRow("join short topic") << cbor({{QStringLiteral("t"), 4}, {QStringLiteral("topic"), QByteArray(31, 'x')}}) << M;
        QTest::newRow("hello port too big") << cbor({{QStringLiteral("t"), 1}, {QStringLiteral("agent"), QStringLiteral("a")}, {QStringLiteral("version"), 1}, {QStringLiteral("port"), 70000}, {QStringLiteral("topics"), QCborArray{}}}) << M;
        QCborArray many;
        for (int i = 0; i < kMaxTopicsPerHello + 1; ++i)
            many.append(topic('m'));
        QTest::newRow("hello too many topics") << cbor({{QStringLiteral("t"), 1}, {QStringLiteral("agent"), QStringLiteral("a")}, {QStringLiteral("version"), 1}, {QStringLiteral("port"), 1}, {QStringLiteral("topics"), many}}) << M;
        QTest::newRow("hello topic not bytes") << cbor({{QStringLiteral("t"), 1}, {QStringLiteral("agent"), QStringLiteral("a")}, {QStringLiteral("version"), 1}, {QStringLiteral("port"), 1}, {QStringLiteral("topics"), QCborArray{1}}}) << M;
        QTest::newRow("room message short sig") << cbor({{QStringLiteral("t"), 6}, {QStringLiteral("p"), QByteArray("x")}, {QStringLiteral("s"), QByteArray(10, 's')}}) << M;
        QTest::newRow("unknown type") << cbor({{QStringLiteral("t"), 999}}) << int(ErrorCode::UnknownType);
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        auto d = decode(bytes);
        QVERIFY(!d.ok());
        QCOMPARE(int(d.error().code), code);
        QVERIFY(!d.error().detail.isEmpty());
    }

    void knownButUnhandledTypesAreNotErrors()
    {
        auto d = decode(cbor({{QStringLiteral("t"), int(Type::RpcCall)}}));
        QVERIFY(d.ok());
        QCOMPARE(std::get<Unhandled>(*d).type, int(Type::RpcCall));
    }

    void signedEnvelope()
    {
        const KeyPair alice = KeyPair::generate();
        RoomPayload p;
        p.room = topic('r');
        p.from = alice.publicKey;
        p.seq = 3;
        p.timeMs = 1700000000000;
        p.body = QByteArray("hi there");
        const RoomMessage env = sealRoomMessage(p, alice);
        auto opened = openRoomMessage(env);
        QVERIFY(opened.ok());
        QCOMPARE(opened->body, p.body);
        QCOMPARE(opened->from, alice.publicKey);
        QCOMPARE(opened->seq, 3ULL);
        QCOMPARE(messageId(env).size(), 32);

        // A forged sender: mallory signs a payload that claims to be from alice.
        const KeyPair mallory = KeyPair::generate();
        RoomMessage forged = sealRoomMessage(p, mallory);
        auto f = openRoomMessage(forged);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, ErrorCode::BadSignature);

        // One flipped byte in the payload breaks the signature.
        RoomMessage tampered = env;
        tampered.payload[tampered.payload.size() - 1] = char(tampered.payload.back() ^ 1);
        QVERIFY(!openRoomMessage(tampered).ok());

        RoomMessage garbage{QByteArray("not cbor"), QByteArray(64, 's')};
        QCOMPARE(openRoomMessage(garbage).error().code, ErrorCode::MalformedMessage);
    }
};

QTEST_APPLESS_MAIN(TestMessageCodec)
#include "tst_message_codec.moc"
