// swarmscope/1 messages: every type round-trips, every malformed input is refused with a reason.
#include "crypto/key_pair.h"
#include "wire/display_name.h"
#include "wire/file_chunk_codec.h"
#include "wire/message_codec.h"
#include "wire/signed_envelope.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::wire;

namespace {
QByteArray topic(char fill)
{
    return QByteArray(32, fill);
}
QByteArray cbor(const QCborMap &m)
{
    return m.toCborValue().toCbor();
}
}  // namespace

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

    void observedAddressAndDialBack()
    {
        Hello h{QStringLiteral("swarmscope/0.1"), 1, 7000, {topic('a')}};
        h.observed = encodeEndpoint(QHostAddress(QStringLiteral("203.0.113.2")), 40123);
        QCOMPARE(h.observed,
                 QByteArray::fromHex("cb007102"
                                     "9cbb"));
        const auto got = std::get<Hello>(*decode(encode(h)));
        const auto seen = decodeEndpoint(got.observed);
        QVERIFY(seen);
        QCOMPARE(seen->host, QHostAddress(QStringLiteral("203.0.113.2")));
        QCOMPARE(seen->port, quint16(40123));
        const QByteArray v6 = encodeEndpoint(QHostAddress(QStringLiteral("2001:db8::7")), 1);
        QCOMPARE(v6.size(), 18);
        QCOMPARE(decodeEndpoint(v6)->host, QHostAddress(QStringLiteral("2001:db8::7")));
        // An old peer sends no "seen": nothing is assumed.
        QVERIFY(std::get<Hello>(*decode(encode(Hello{QStringLiteral("a"), 1, 1, {}}))).observed.isEmpty());

        const auto req = std::get<DialBack>(*decode(encode(DialBack{QByteArray(16, 'n'), 7000})));
        QCOMPARE(req.nonce, QByteArray(16, 'n'));
        QCOMPARE(req.port, quint16(7000));
        const auto res =
            std::get<DialBackResult>(*decode(encode(DialBackResult{QByteArray(16, 'n'), true, QStringLiteral("ok")})));
        QVERIFY(res.reachable);
        QCOMPARE(res.detail, QStringLiteral("ok"));
    }

    // Circuit relay messages and peer-exchange entries for peers behind a relay (docs/NAT.md).
    void circuitMessages()
    {
        QVERIFY(std::holds_alternative<Reserve>(*decode(encode(Reserve{}))));
        const auto granted = std::get<Reserved>(*decode(encode(Reserved{true, {}, 1800000})));
        QVERIFY(granted.ok);
        QCOMPARE(granted.ttlMs, 1800000);
        const QByteArray key(32, 'k');
        const auto req = std::get<CircuitRequest>(*decode(encode(CircuitRequest{QByteArray(16, 'n'), key})));
        QCOMPARE(req.target, key);
        const QByteArray where = encodeEndpoint(QHostAddress(QStringLiteral("203.0.113.3")), 51234);
        const auto ok = std::get<CircuitAnswer>(
            *decode(encode(CircuitAnswer{QByteArray(16, 'n'), true, {}, QByteArray(16, 't'), 7000, where})));
        QVERIFY(ok.ok);
        QCOMPARE(ok.token, QByteArray(16, 't'));
        QCOMPARE(ok.port, quint16(7000));
        QCOMPARE(ok.peer, where);
        const auto no = std::get<CircuitAnswer>(
            *decode(encode(CircuitAnswer{QByteArray(16, 'n'), false, QStringLiteral("loop: x"), {}, 0, {}})));
        QVERIFY(!no.ok);
        QCOMPARE(no.detail, QStringLiteral("loop: x"));
        const auto in =
            std::get<CircuitIncoming>(*decode(encode(CircuitIncoming{QByteArray(16, 't'), 7000, key, where})));
        QCOMPARE(in.from, key);
        QCOMPARE(in.seen, where);

        const auto punch =
            std::get<HolePunch>(*decode(encode(HolePunch{QByteArray(16, 'n'), PunchPhase::Answer, 40001, {}})));
        QCOMPARE(punch.phase, PunchPhase::Answer);
        QCOMPARE(punch.port, quint16(40001));

        // A keyed entry is a peer behind the relay; one without a key is read as before.
        const Peers p{topic('p'), {{QStringLiteral("0.0.0.0"), 7000, key}, {QStringLiteral("10.0.0.1"), 7001, {}}}};
        const auto got = std::get<Peers>(*decode(encode(p)));
        QCOMPARE(got.peers, p.peers);
    }

    void helloWithoutNameIsUnchangedOnTheWire()
    {
        // An old peer's hello and ours without a name are the same bytes: no name fields at all.
        const Hello h{QStringLiteral("swarmscope/0.1"), 1, 7000, {topic('a')}};
        const QByteArray expected = cbor({{QStringLiteral("t"), 1},
                                          {QStringLiteral("agent"), h.agent},
                                          {QStringLiteral("version"), 1},
                                          {QStringLiteral("port"), 7000},
                                          {QStringLiteral("topics"), QCborArray{topic('a')}}});
        QCOMPARE(encode(h), expected);
        const auto got = std::get<Hello>(*decode(expected));
        QVERIFY(got.name.isEmpty());
        QVERIFY(got.nameSignature.isEmpty());
    }

    void helloCarriesASignedName()
    {
        const KeyPair alice = KeyPair::generate();
        Hello h{QStringLiteral("swarmscope/0.1"), 1, 7000, {topic('a')}};
        h.name = QStringLiteral("Zoë 🦊");
        h.nameSignature = signDisplayName(h.name, alice);
        const QByteArray bytes = encode(h);
        QCOMPARE(QCborValue::fromCbor(bytes).toMap().value(QStringLiteral("name")).toString(), h.name);
        const auto got = std::get<Hello>(*decode(bytes));
        QCOMPARE(got.name, h.name);
        QCOMPARE(got.nameSignature, h.nameSignature);
        QCOMPARE(got.topics, h.topics);
        QVERIFY(verifyDisplayName(got.name, got.nameSignature, alice.publicKey));
        // Bound to the name and to the key, and never a signature over the bare name.
        QVERIFY(!verifyDisplayName(QStringLiteral("Zoe 🦊"), got.nameSignature, alice.publicKey));
        QVERIFY(!verifyDisplayName(got.name, got.nameSignature, KeyPair::generate().publicKey));
        QVERIFY(!verifyDetached(alice.publicKey, got.name.toUtf8(), got.nameSignature));
        // The codec checks types only: a name the swarm will refuse still decodes.
        Hello tooLong = h;
        tooLong.name = QString(65, QLatin1Char('x'));
        QCOMPARE(std::get<Hello>(*decode(encode(tooLong))).name, tooLong.name);
    }

    void displayNameRules()
    {
        QVERIFY(!displayNameProblem(QStringLiteral("Ada")));
        QVERIFY(!displayNameProblem(QString(64, QLatin1Char('x'))));
        QVERIFY(displayNameProblem(QString(65, QLatin1Char('x'))));
        QString foxes;  // 64 characters of four UTF-8 bytes (two UTF-16 units) each
        for (int i = 0; i < 64; ++i)
            foxes += QStringLiteral("🦊");
        QVERIFY(!displayNameProblem(foxes));
        QVERIFY(displayNameProblem(QString(foxes + QStringLiteral("🦊"))));
        QVERIFY(displayNameProblem(QString()));
        QVERIFY(displayNameProblem(QStringLiteral("a\nb")));
        QVERIFY(displayNameProblem(QStringLiteral("tab\there")));
        QVERIFY(displayNameProblem(QStringLiteral("del\x7f")));
        QVERIFY(displayNameProblem(QString(QChar(0x85))));  // C1 control (NEL)
        QVERIFY(displayNameProblem(QStringLiteral("line\u2028break")));
        QVERIFY(displayNameProblem(QStringLiteral("evil\u202Etxt.exe")));  // right-to-left override
        QVERIFY(!displayNameProblem(QStringLiteral("👩\u200D💻")));  // a joiner inside an emoji sequence
        QVERIFY(displayNameProblem(QString(QChar(0xd83e))));  // a lone surrogate
        QVERIFY(displayNameProblem(QStringLiteral("a\nb"))->contains(QStringLiteral("control")));
    }

    void fileRequestsAndChunks()
    {
        const auto req = std::get<FileRequest>(*decode(encode(FileRequest{QByteArray(8, 'i'), 1LL << 33, 131072})));
        QCOMPARE(req.id, QByteArray(8, 'i'));
        QCOMPARE(req.offset, 1LL << 33);
        QCOMPARE(req.length, 131072);
        const auto chunk =
            std::get<FileChunk>(*decode(encode(FileChunk{QByteArray(8, 'i'), 42, QByteArray(kMaxFileChunk, 'd')})));
        QCOMPARE(chunk.offset, 42);
        QCOMPARE(chunk.data, QByteArray(kMaxFileChunk, 'd'));
    }

    void dataFastPathMatchesTreeEncoding()
    {
        // Every form of the byte string's head: inline, 1, 2 and 4 length bytes.
        for (const int size : {0, 1, 23, 24, 255, 256, 65535, 65536, 100000}) {
            const QByteArray payload(size, 'x');
            QByteArray fast = "kept";  // appends
            appendDataMessage(payload, fast);
            QVERIFY(fast.startsWith("kept"));
            QCOMPARE(fast.mid(4), encode(Data{payload}));
            QCOMPARE(std::get<Data>(*decode(fast.mid(4))).bytes, payload);
        }
    }

    // A hello says whether its sender reads batches: only when it does is "batch" on the wire,
    // so a hello without it is the bytes older peers send; anything but a boolean is refused.
    void helloSaysItReadsBatches()
    {
        Hello h{QStringLiteral("swarmscope/0.1"), 1, 7000, {topic('a')}};
        QVERIFY(!encode(h).contains("batch"));
        QVERIFY(!std::get<Hello>(*decode(encode(h))).batches);
        h.batches = true;
        const QByteArray bytes = encode(h);
        QVERIFY(QCborValue::fromCbor(bytes).toMap().value(QStringLiteral("batch")).isTrue());
        QVERIFY(std::get<Hello>(*decode(bytes)).batches);
        QCborMap odd = QCborValue::fromCbor(bytes).toMap();
        odd.insert(QStringLiteral("batch"), 1);
        const auto refused = decode(cbor(odd));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::MalformedMessage);
    }

    void fileChunkFastPathMatchesTreeEncoding()
    {
        for (const qint64 offset : {qint64(0), qint64(23), qint64(24), qint64(300), qint64(70000), qint64(5) << 32}) {
            for (const qsizetype size : {qsizetype(0), qsizetype(23), qsizetype(200), qsizetype(kMaxFileChunk)}) {
                const QByteArray id("\x01\x02\x03\x04\x05\x06\x07\x08", 8);
                const QByteArray payload(size, 'p');
                QByteArray fast;
                const qsizetype at = appendFileChunkHead(id, offset, size, fast);
                fast.append(payload);
                QCOMPARE(at, fast.size() - size);
                QCOMPARE(fast, encode(FileChunk{id, offset, payload}));
                const auto chunk = std::get<FileChunk>(*decodeOwned(fast));
                QCOMPARE(chunk.id, id);
                QCOMPARE(chunk.offset, offset);
                QCOMPARE(chunk.data, payload);
            }
        }
        // A tree-encoded chunk in another key order still decodes (general path).
        QCborMap reordered{{QStringLiteral("d"), QByteArray("xyz")},
                           {QStringLiteral("off"), 7},
                           {QStringLiteral("id"), QByteArray(8, 'i')},
                           {QStringLiteral("t"), 20}};
        const auto chunk = std::get<FileChunk>(*decodeOwned(reordered.toCborValue().toCbor()));
        QCOMPARE(chunk.offset, 7);
        QCOMPARE(chunk.data, QByteArray("xyz"));
        // Too big for a chunk is refused, fast path or not.
        QByteArray big;
        appendFileChunkHead(QByteArray(8, 'i'), 0, kMaxFileChunk + 1, big);
        big.append(QByteArray(kMaxFileChunk + 1, 'd'));
        QCOMPARE(decodeOwned(big).error().code, ErrorCode::MalformedMessage);
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
        QTest::newRow("ping nonce text") << cbor(
            {{QStringLiteral("t"), 2}, {QStringLiteral("nonce"), QStringLiteral("1")}, {QStringLiteral("ms"), 1}})
                                         << M;
        QTest::newRow("join short topic")
            << cbor({{QStringLiteral("t"), 4}, {QStringLiteral("topic"), QByteArray(31, 'x')}}) << M;
        QTest::newRow("hello port too big") << cbor({{QStringLiteral("t"), 1},
                                                     {QStringLiteral("agent"), QStringLiteral("a")},
                                                     {QStringLiteral("version"), 1},
                                                     {QStringLiteral("port"), 70000},
                                                     {QStringLiteral("topics"), QCborArray{}}})
                                            << M;
        QCborArray many;
        for (int i = 0; i < kMaxTopicsPerHello + 1; ++i)
            many.append(topic('m'));
        QTest::newRow("hello too many topics") << cbor({{QStringLiteral("t"), 1},
                                                        {QStringLiteral("agent"), QStringLiteral("a")},
                                                        {QStringLiteral("version"), 1},
                                                        {QStringLiteral("port"), 1},
                                                        {QStringLiteral("topics"), many}})
                                               << M;
        QTest::newRow("hello topic not bytes") << cbor({{QStringLiteral("t"), 1},
                                                        {QStringLiteral("agent"), QStringLiteral("a")},
                                                        {QStringLiteral("version"), 1},
                                                        {QStringLiteral("port"), 1},
                                                        {QStringLiteral("topics"), QCborArray{1}}})
                                               << M;
        QTest::newRow("room message short sig") << cbor({{QStringLiteral("t"), 6},
                                                         {QStringLiteral("p"), QByteArray("x")},
                                                         {QStringLiteral("s"), QByteArray(10, 's')}})
                                                << M;
        const auto hello = [](const QCborValue &seen) {
            return cbor({{QStringLiteral("t"), 1},
                         {QStringLiteral("agent"), QStringLiteral("a")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("port"), 1},
                         {QStringLiteral("topics"), QCborArray{}},
                         {QStringLiteral("seen"), seen}});
        };
        QTest::newRow("hello seen of 5 bytes") << hello(QByteArray(5, 'x')) << M;
        QTest::newRow("hello seen too long") << hello(QByteArray(40, 'x')) << M;
        QTest::newRow("hello seen text") << hello(QStringLiteral("203.0.113.2:1")) << M;
        const auto named = [](const QCborValue &name, const QCborValue &signature) {
            return cbor({{QStringLiteral("t"), 1},
                         {QStringLiteral("agent"), QStringLiteral("a")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("port"), 1},
                         {QStringLiteral("topics"), QCborArray{}},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("name-sig"), signature}});
        };
        QTest::newRow("hello name not text") << named(7, QByteArray(64, 's')) << M;
        QTest::newRow("hello name beyond the wire bound")
            << named(QString(kMaxNameWireChars + 1, QLatin1Char('x')), QByteArray(64, 's')) << M;
        QTest::newRow("hello name-sig text") << named(QStringLiteral("n"), QStringLiteral("sig")) << M;
        QTest::newRow("hello name-sig too long") << named(QStringLiteral("n"), QByteArray(65, 's')) << M;
        QTest::newRow("dial-back port 0") << cbor(
            {{QStringLiteral("t"), 17}, {QStringLiteral("nonce"), QByteArray(16, 'n')}, {QStringLiteral("port"), 0}})
                                          << M;
        QTest::newRow("dial-back long nonce") << cbor(
            {{QStringLiteral("t"), 17}, {QStringLiteral("nonce"), QByteArray(64, 'n')}, {QStringLiteral("port"), 1}})
                                              << M;
        QTest::newRow("dial-back result ok not bool") << cbor({{QStringLiteral("t"), 18},
                                                               {QStringLiteral("nonce"), QByteArray(16, 'n')},
                                                               {QStringLiteral("ok"), 1},
                                                               {QStringLiteral("detail"), QString()}})
                                                      << M;
        QTest::newRow("file-request short id") << cbor({{QStringLiteral("t"), 19},
                                                        {QStringLiteral("id"), QByteArray(7, 'i')},
                                                        {QStringLiteral("off"), 0},
                                                        {QStringLiteral("len"), 1}})
                                               << M;
        QTest::newRow("file-request too long") << cbor({{QStringLiteral("t"), 19},
                                                        {QStringLiteral("id"), QByteArray(8, 'i')},
                                                        {QStringLiteral("off"), 0},
                                                        {QStringLiteral("len"), kMaxFileChunk + 1}})
                                               << M;
        QTest::newRow("file-request negative offset") << cbor({{QStringLiteral("t"), 19},
                                                               {QStringLiteral("id"), QByteArray(8, 'i')},
                                                               {QStringLiteral("off"), -1},
                                                               {QStringLiteral("len"), 1}})
                                                      << M;
        QTest::newRow("file-chunk too big") << cbor({{QStringLiteral("t"), 20},
                                                     {QStringLiteral("id"), QByteArray(8, 'i')},
                                                     {QStringLiteral("off"), 0},
                                                     {QStringLiteral("d"), QByteArray(kMaxFileChunk + 1, 'd')}})
                                            << M;
        QTest::newRow("circuit-request short key") << cbor({{QStringLiteral("t"), 23},
                                                            {QStringLiteral("nonce"), QByteArray(16, 'n')},
                                                            {QStringLiteral("to"), QByteArray(31, 'k')}})
                                                   << M;
        QTest::newRow("circuit-answer short token") << cbor({{QStringLiteral("t"), 24},
                                                             {QStringLiteral("nonce"), QByteArray(16, 'n')},
                                                             {QStringLiteral("ok"), true},
                                                             {QStringLiteral("detail"), QString()},
                                                             {QStringLiteral("token"), QByteArray(15, 't')},
                                                             {QStringLiteral("port"), 1},
                                                             {QStringLiteral("peer"), QByteArray()}})
                                                    << M;
        QTest::newRow("circuit-answer port 0") << cbor({{QStringLiteral("t"), 24},
                                                        {QStringLiteral("nonce"), QByteArray(16, 'n')},
                                                        {QStringLiteral("ok"), true},
                                                        {QStringLiteral("detail"), QString()},
                                                        {QStringLiteral("token"), QByteArray(16, 't')},
                                                        {QStringLiteral("port"), 0},
                                                        {QStringLiteral("peer"), QByteArray()}})
                                               << M;
        QTest::newRow("circuit-incoming bad seen") << cbor({{QStringLiteral("t"), 25},
                                                            {QStringLiteral("token"), QByteArray(16, 't')},
                                                            {QStringLiteral("port"), 1},
                                                            {QStringLiteral("from"), QByteArray(32, 'k')},
                                                            {QStringLiteral("seen"), QByteArray(5, 's')}})
                                                   << M;
        QTest::newRow("hole-punch unknown phase") << cbor({{QStringLiteral("t"), 26},
                                                           {QStringLiteral("nonce"), QByteArray(16, 'n')},
                                                           {QStringLiteral("phase"), 9},
                                                           {QStringLiteral("port"), 1},
                                                           {QStringLiteral("detail"), QString()}})
                                                  << M;
        QTest::newRow("reserved ok not bool") << cbor({{QStringLiteral("t"), 22},
                                                       {QStringLiteral("ok"), 1},
                                                       {QStringLiteral("detail"), QString()},
                                                       {QStringLiteral("ttl"), 1}})
                                              << M;
        QTest::newRow("peers entry short key")
            << cbor({{QStringLiteral("t"), 14},
                     {QStringLiteral("topic"), topic('p')},
                     {QStringLiteral("peers"),
                      QCborArray{QCborMap{{QStringLiteral("host"), QStringLiteral("0.0.0.0")},
                                          {QStringLiteral("port"), 1},
                                          {QStringLiteral("key"), QByteArray(31, 'k')}}}}})
            << M;
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
