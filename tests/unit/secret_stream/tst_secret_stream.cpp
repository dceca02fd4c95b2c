#include "crypto/key_pair.h"
#include "crypto/noise_xx.h"
#include "crypto/secret_stream.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <sodium.h>

using namespace swarmscope;

namespace {

KeyPair keysFrom(std::uint8_t fill)
{
    std::array<std::uint8_t, 32> seed{};
    seed.fill(fill);
    return KeyPair::fromSeed(seed);
}

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

template <std::size_t N>
QByteArray bytesOf(const std::array<std::uint8_t, N> &a)
{
    return QByteArray(reinterpret_cast<const char *>(a.data()), qsizetype(N));
}

// Splits a carrier byte stream into frame bodies (uint24le length prefix).
QList<QByteArray> splitFrames(const QByteArray &stream)
{
    QList<QByteArray> frames;
    qsizetype pos = 0;
    while (stream.size() - pos >= 3) {
        const auto *p = reinterpret_cast<const std::uint8_t *>(stream.constData()) + pos;
        const qsizetype len = p[0] | (p[1] << 8) | (p[2] << 16);
        if (stream.size() - pos - 3 < len)
            break;
        frames.append(stream.mid(pos + 3, len));
        pos += 3 + len;
    }
    if (pos != stream.size())
        return {};
    return frames;
}

QByteArray frame(const QByteArray &body)
{
    QByteArray out;
    out.append(char(body.size() & 0xff));
    out.append(char((body.size() >> 8) & 0xff));
    out.append(char((body.size() >> 16) & 0xff));
    return out + body;
}

// hypercore-crypto namespace('hyperswarm/secret-stream', 3)[0] and [1], printed by Node.
const QByteArray kNsInitiator = hex("a931a0155b5c09e6d28628236af83c4b8a6af9af60986edeede9dc5d63192bf7");
const QByteArray kNsResponder = hex("742c9d833d430af4c48a8705e91631eecf295442bbca18996e597097723b1061");

QByteArray streamIdFor(const QByteArray &handshakeHash, const QByteArray &ns)
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 32,
                       reinterpret_cast<const unsigned char *>(ns.constData()), std::size_t(ns.size()),
                       reinterpret_cast<const unsigned char *>(handshakeHash.constData()),
                       std::size_t(handshakeHash.size()));
    return out;
}

QByteArray pattern(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed | 1;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x & 0xff);
    }
    return out;
}

// Everything one side produced, collected across feed() calls.
struct Side {
    Side(bool initiator, const KeyPair &keys, qsizetype maxFrame = SecretStream::kDefaultMaxFrame)
        : stream(initiator, keys, maxFrame)
    {}
    SecretStream stream;
    QList<QByteArray> received;
    int establishedCount = 0;
    Status status;

    // Feeds bytes in chunks of `chunk` (0 = all at once); returns what this side wants sent.
    QByteArray feed(const QByteArray &bytes, qsizetype chunk = 0)
    {
        QByteArray reply;
        const qsizetype step = chunk > 0 ? chunk : qMax<qsizetype>(1, bytes.size());
        for (qsizetype pos = 0; pos < bytes.size() && status.ok(); pos += step) {
            SecretStreamOutput out;
            status = stream.feed(QByteArrayView(bytes).sliced(pos, qMin(step, bytes.size() - pos)), out);
            reply += out.toSend;
            received += out.messages;
            if (out.established)
                ++establishedCount;
        }
        return reply;
    }
};

// Runs the handshake by shuttling bytes until neither side has anything left to say.
bool shuttle(Side &a, Side &b, QByteArray toB, qsizetype chunk = 0)
{
    QByteArray toA;
    for (int round = 0; round < 10 && (!toA.isEmpty() || !toB.isEmpty()); ++round) {
        toA += b.feed(std::exchange(toB, QByteArray()), chunk);
        toB += a.feed(std::exchange(toA, QByteArray()), chunk);
        if (!a.status.ok() || !b.status.ok())
            return false;
    }
    return toA.isEmpty() && toB.isEmpty();
}

}  // namespace

class TestSecretStream : public QObject {
    Q_OBJECT

private slots:
    void noiseKnownAnswer();
    void noiseRejectsOutOfTurn();
    void streamIdKnownAnswer();
    void startFrames();
    void bulkExchange();
    void byteAtATime();
    void manyFramesInOneChunk();
    void fragmentedLargeMessage();
    void tamperedHandshakeMessage2();
    void tamperedHandshakeMessage3();
    void tamperedCiphertext();
    void truncatedDataFrame();
    void frameTooLargeAfterThreeBytes();
    void frameCapIsInclusive();
    void wrongStreamIdRejected();
    void tamperedSecretstreamHeader();
    void headerOfWrongLength_data();
    void headerOfWrongLength();
    void sealRefusedBeforeHandshake();
    void sealIntoOwnBuffer();
    void garbageNeverCrashes();
};

// Vectors from noise-handshake 4.x + noise-curve-ed under Node (see tests/interop for the live
// check): static seeds 0x11.. / 0x22.., ephemeral seeds 0xe1.. / 0xe2.., empty payloads.
void TestSecretStream::noiseKnownAnswer()
{
    const KeyPair ini = keysFrom(0x11);
    const KeyPair res = keysFrom(0x22);
    NoiseXX a(true, ini);
    NoiseXX b(false, res);
    std::array<std::uint8_t, 32> e{};
    e.fill(0xe1);
    a.setEphemeralSeed(e);
    e.fill(0xe2);
    b.setEphemeralSeed(e);

    QVERIFY(a.wantsToWrite());
    QVERIFY(!b.wantsToWrite());
    QByteArray m1;
    QVERIFY(a.writeMessage(m1).ok());
    QCOMPARE(m1.toHex(), QByteArray("25fc32c478a5a4f84e4557a0342e08278c883641b6149bdb0b4a986ab6c2cb78"));
    QVERIFY(b.readMessage(m1).ok());

    QByteArray m2;
    QVERIFY(b.writeMessage(m2).ok());
    QCOMPARE(m2.toHex(),
             QByteArray("c91cb3ce2b84e4ba85f562ece41edfe4e27afc52d88d507f66a18638df823e9f"
                        "cf84288782908bc22c65d2e6b40442e98fd5fee37efb9f247e629c973049d6a4"
                        "5d945a51f86dba67a3cf1661a2e486c6d4eea6758a491a783decc166f87258dc"));
    QVERIFY(a.readMessage(m2).ok());

    QByteArray m3;
    QVERIFY(a.writeMessage(m3).ok());
    QCOMPARE(m3.toHex(),
             QByteArray("4571762ffee4e6e34bf796c6b9da85ac04b390e3d8e720ac6cd5b283e8b4bd0d"
                        "d460bfc3b0eb14dff51458d342f3b4cc6570197cbae3e05ef3f819dd361636e5"));
    QVERIFY(a.complete());
    QVERIFY(b.readMessage(m3).ok());
    QVERIFY(b.complete());

    const QByteArray hash("db1a226610b634efb8f1e5124e80fd926ff0f300d614271e8ec208e1cd9835af"
                          "cb84b0f085e3ec4601ef2f2831fa710e191cd811cad32a4c413f1f8dbe4ef7d5");
    QCOMPARE(bytesOf(a.handshakeHash()).toHex(), hash);
    QCOMPARE(bytesOf(b.handshakeHash()).toHex(), hash);
    const QByteArray k1("33f43676f22fa1f8610f45ebeda013b8d638cf264e5f8870ea2e606f74e866b4");
    const QByteArray k2("393f666bc3f1926366aec36381fe18cd745078410e5722ba7ce495a315e0d137");
    QCOMPARE(bytesOf(a.txKey()).toHex(), k1);
    QCOMPARE(bytesOf(a.rxKey()).toHex(), k2);
    QCOMPARE(bytesOf(b.txKey()).toHex(), k2);
    QCOMPARE(bytesOf(b.rxKey()).toHex(), k1);
    QCOMPARE(a.remoteStatic(), res.publicKey);
    QCOMPARE(b.remoteStatic(), ini.publicKey);
}

void TestSecretStream::noiseRejectsOutOfTurn()
{
    NoiseXX a(true, keysFrom(1));
    QByteArray m(32, '\0');
    QCOMPARE(a.readMessage(m).error().code, ErrorCode::HandshakeFailed);
    QVERIFY(a.failed());
    QByteArray out;
    QVERIFY(!a.writeMessage(out).ok());
    QVERIFY(out.isEmpty());

    NoiseXX b(false, keysFrom(2));
    QVERIFY(!b.writeMessage(out).ok());
    NoiseXX c(false, keysFrom(3));
    QCOMPARE(c.readMessage(QByteArray(31, 'x')).error().code, ErrorCode::HandshakeFailed);
}

void TestSecretStream::streamIdKnownAnswer()
{
    // The ids Node's SecretStream.id() gives for the handshake hash of noiseKnownAnswer().
    const QByteArray hash = hex("db1a226610b634efb8f1e5124e80fd926ff0f300d614271e8ec208e1cd9835af"
                                "cb84b0f085e3ec4601ef2f2831fa710e191cd811cad32a4c413f1f8dbe4ef7d5");
    QCOMPARE(streamIdFor(hash, kNsInitiator).toHex(),
             QByteArray("ca86ab10fb55c841d826744728f83517b7b758898424806605b380e24fa7d40f"));
    QCOMPARE(streamIdFor(hash, kNsResponder).toHex(),
             QByteArray("4c35938036b270806ffa26efa6ae995de859cbe299e28507bf4e5101be8241f7"));

    // And our header frames carry exactly those ids.
    Side a(true, keysFrom(1));
    Side b(false, keysFrom(2));
    const QByteArray m2 = b.feed(a.stream.start());
    const QList<QByteArray> fromA = splitFrames(a.feed(m2));
    QCOMPARE(fromA.size(), 2);  // message 3 and the initiator's header
    QCOMPARE(fromA[1].size(), 56);
    const QByteArray h = a.stream.handshakeHash();
    QCOMPARE(h.size(), 64);
    QCOMPARE(fromA[1].left(32), streamIdFor(h, kNsInitiator));

    const QList<QByteArray> fromB = splitFrames(b.feed(frame(fromA[0]) + frame(fromA[1])));
    QCOMPARE(fromB.size(), 1);
    QCOMPARE(fromB[0].size(), 56);
    QCOMPARE(fromB[0].left(32), streamIdFor(h, kNsResponder));
    QCOMPARE(b.stream.handshakeHash(), h);
}

void TestSecretStream::startFrames()
{
    SecretStream res(false, keysFrom(2));
    QVERIFY(res.start().isEmpty());

    SecretStream ini(true, keysFrom(1));
    const QByteArray first = ini.start();
    QCOMPARE(first.size(), 3 + 32);
    QCOMPARE(first.left(3), QByteArray("\x20\x00\x00", 3));
    QVERIFY(ini.start().isEmpty());
    QCOMPARE(ini.framesOut(), quint64(1));
    QVERIFY(!ini.canSend());
    QVERIFY(!ini.handshakeComplete());
    QVERIFY(ini.remotePublicKey().isNull());
    QVERIFY(ini.handshakeHash().isEmpty());

    // Sizes of the whole exchange: 32, 96, 64 bytes of handshake, then 56-byte headers.
    SecretStreamOutput out;
    QVERIFY(res.feed(first, out).ok());
    QCOMPARE(out.toSend.size(), 3 + 96);
    QVERIFY(!res.canSend());
    SecretStreamOutput out2;
    QVERIFY(ini.feed(out.toSend, out2).ok());
    QCOMPARE(out2.toSend.size(), 3 + 64 + 3 + 56);
    QVERIFY(ini.canSend());
    QVERIFY(!ini.established());
    QVERIFY(!out2.established);
}

void TestSecretStream::bulkExchange()
{
    const KeyPair ka = keysFrom(0x41);
    const KeyPair kb = keysFrom(0x42);
    Side a(true, ka);
    Side b(false, kb);
    QVERIFY(shuttle(a, b, a.stream.start()));

    QVERIFY(a.stream.established());
    QVERIFY(b.stream.established());
    QCOMPARE(a.establishedCount, 1);
    QCOMPARE(b.establishedCount, 1);
    QCOMPARE(a.stream.remotePublicKey(), kb.publicKey);
    QCOMPARE(b.stream.remotePublicKey(), ka.publicKey);
    QCOMPARE(a.stream.handshakeHash(), b.stream.handshakeHash());
    QCOMPARE(a.stream.handshakeHash().size(), 64);

    const QList<QByteArray> msgs = {QByteArray("hello"), QByteArray(), pattern(1000, 7),
                                    pattern(SecretStream::kDefaultMaxFrame - 17, 9)};
    QByteArray wire;
    for (const QByteArray &m : msgs)
        a.stream.sealInto(m, wire);
    QByteArray back;
    for (const QByteArray &m : msgs)
        b.stream.sealInto(m, back);
    QVERIFY(b.feed(wire).isEmpty());
    QVERIFY(a.feed(back).isEmpty());
    QVERIFY(a.status.ok());
    QVERIFY(b.status.ok());
    QCOMPARE(b.received, msgs);
    QCOMPARE(a.received, msgs);
    // 1 or 2 handshake frames + 1 header + 4 data frames.
    QCOMPARE(a.stream.framesOut(), quint64(2 + 1 + 4));
    QCOMPARE(b.stream.framesIn(), quint64(2 + 1 + 4));
    QCOMPARE(b.stream.framesOut(), quint64(1 + 1 + 4));
    QCOMPARE(a.stream.framesIn(), quint64(1 + 1 + 4));
}

void TestSecretStream::byteAtATime()
{
    const KeyPair ka = keysFrom(0x51);
    const KeyPair kb = keysFrom(0x52);
    Side a(true, ka);
    Side b(false, kb);
    QVERIFY(shuttle(a, b, a.stream.start(), 1));
    QCOMPARE(a.establishedCount, 1);
    QCOMPARE(b.establishedCount, 1);
    QCOMPARE(a.stream.remotePublicKey(), kb.publicKey);
    QCOMPARE(b.stream.remotePublicKey(), ka.publicKey);

    QList<QByteArray> msgs;
    QByteArray wire;
    for (int i = 0; i < 20; ++i) {
        msgs.append(pattern(i * 37, quint32(i + 1)));
        wire += a.stream.seal(msgs.last());
    }
    b.feed(wire, 1);
    QVERIFY(b.status.ok());
    QCOMPARE(b.received, msgs);

    // Odd chunk sizes that straddle length prefixes and bodies.
    b.received.clear();
    wire.clear();
    for (const QByteArray &m : msgs)
        a.stream.sealInto(m, wire);
    b.feed(wire, 7);
    QVERIFY(b.status.ok());
    QCOMPARE(b.received, msgs);
}

void TestSecretStream::manyFramesInOneChunk()
{
    Side a(true, keysFrom(1));
    Side b(false, keysFrom(2));
    // The initiator may send right after its header, before it has seen the responder's.
    const QByteArray m2 = b.feed(a.stream.start());
    QByteArray burst = a.feed(m2);
    QVERIFY(a.stream.canSend());
    QVERIFY(!a.stream.established());
    QList<QByteArray> msgs;
    for (int i = 0; i < 200; ++i) {
        msgs.append(QByteArray::number(i));
        a.stream.sealInto(msgs.last(), burst);
    }
    // Message 3, header and 200 messages in one chunk.
    const QByteArray header = b.feed(burst);
    QVERIFY(b.status.ok());
    QCOMPARE(b.establishedCount, 1);
    QCOMPARE(b.received, msgs);
    a.feed(header);
    QCOMPARE(a.establishedCount, 1);
}

void TestSecretStream::fragmentedLargeMessage()
{
    Side a(true, keysFrom(1));
    Side b(false, keysFrom(2));
    QVERIFY(shuttle(a, b, a.stream.start()));
    const QByteArray big = pattern(300000, 3);
    // One statement each: the order of operands of + is unspecified.
    QByteArray wire = a.stream.seal(big);
    wire += a.stream.seal("tail");
    wire += a.stream.seal(big);
    b.feed(wire, 1400);
    QVERIFY2(b.status.ok(), qPrintable(b.status.error().detail));
    QCOMPARE(b.received.size(), 3);
    QCOMPARE(b.received[0], big);
    QCOMPARE(b.received[1], QByteArray("tail"));
    QCOMPARE(b.received[2], big);
}

void TestSecretStream::tamperedHandshakeMessage2()
{
    // Every byte of message 2 is covered: the ephemeral key by the transcript, the rest by MACs.
    for (int i = 0; i < 96; ++i) {
        SecretStream a(true, keysFrom(1));
        SecretStream b(false, keysFrom(2));
        SecretStreamOutput ob;
        QVERIFY(b.feed(a.start(), ob).ok());
        QByteArray m2 = ob.toSend;
        QCOMPARE(m2.size(), 99);
        m2[3 + i] = char(m2[3 + i] ^ 0x01);
        SecretStreamOutput oa;
        const Status s = a.feed(m2, oa);
        QVERIFY2(!s.ok(), qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
        QCOMPARE(s.error().code, ErrorCode::HandshakeFailed);
        QVERIFY(oa.toSend.isEmpty());
        QVERIFY(!a.handshakeComplete());
        QVERIFY(!a.canSend());
        // Failure is final.
        QCOMPARE(a.feed(QByteArray(1, 'x'), oa).error().code, ErrorCode::HandshakeFailed);
    }
}

void TestSecretStream::tamperedHandshakeMessage3()
{
    for (int i = 0; i < 64; ++i) {
        SecretStream a(true, keysFrom(1));
        SecretStream b(false, keysFrom(2));
        SecretStreamOutput ob;
        QVERIFY(b.feed(a.start(), ob).ok());
        SecretStreamOutput oa;
        QVERIFY(a.feed(ob.toSend, oa).ok());
        QByteArray m3 = oa.toSend.left(3 + 64);
        m3[3 + i] = char(m3[3 + i] ^ 0x80);
        SecretStreamOutput ob2;
        const Status s = b.feed(m3, ob2);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::HandshakeFailed);
        QVERIFY(ob2.toSend.isEmpty());
        QVERIFY(!b.handshakeComplete());
    }
}

void TestSecretStream::tamperedCiphertext()
{
    const QByteArray msg("attack at dawn");
    const qsizetype bodyLen = msg.size() + 17;
    for (qsizetype i = 0; i < bodyLen; ++i) {
        Side a(true, keysFrom(1));
        Side b(false, keysFrom(2));
        QVERIFY(shuttle(a, b, a.stream.start()));
        QByteArray wire = a.stream.seal(msg);
        wire[3 + i] = char(wire[3 + i] ^ 0x04);
        b.feed(wire);
        QCOMPARE(b.status.error().code, ErrorCode::DecryptFailed);
        QVERIFY(b.received.isEmpty());
        // A later, valid message does not revive the channel.
        SecretStreamOutput out;
        QCOMPARE(b.stream.feed(a.stream.seal(msg), out).error().code, ErrorCode::DecryptFailed);
        QVERIFY(out.messages.isEmpty());
        QVERIFY(!b.stream.canSend());
    }

    // Replaying a message is a decryption failure too (the secretstream nonce moved on).
    Side a(true, keysFrom(1));
    Side b(false, keysFrom(2));
    QVERIFY(shuttle(a, b, a.stream.start()));
    const QByteArray once = a.stream.seal(msg);
    b.feed(once + once);
    QCOMPARE(b.received, QList<QByteArray>{msg});
    QCOMPARE(b.status.error().code, ErrorCode::DecryptFailed);
}

void TestSecretStream::truncatedDataFrame()
{
    Side a(true, keysFrom(1));
    Side b(false, keysFrom(2));
    QVERIFY(shuttle(a, b, a.stream.start()));
    b.feed(frame(QByteArray(16, 'z')));
    QCOMPARE(b.status.error().code, ErrorCode::MalformedMessage);

    Side c(true, keysFrom(1));
    Side d(false, keysFrom(2));
    QVERIFY(shuttle(c, d, c.stream.start()));
    d.feed(frame(QByteArray()));
    QCOMPARE(d.status.error().code, ErrorCode::MalformedMessage);
}

void TestSecretStream::frameTooLargeAfterThreeBytes()
{
    // Before the handshake...
    SecretStream res(false, keysFrom(2));
    SecretStreamOutput out;
    const QByteArray prefix("\x01\x00\x10", 3);  // 0x100001 = cap + 1
    QVERIFY(res.feed(prefix.left(1), out).ok());
    QVERIFY(res.feed(prefix.mid(1, 1), out).ok());
    const Status s = res.feed(prefix.mid(2, 1), out);
    QCOMPARE(s.error().code, ErrorCode::FrameTooLarge);
    QCOMPARE(res.framesIn(), quint64(0));

    // ...and on an open channel, with no body ever sent.
    Side a(true, keysFrom(1));
    Side b(false, keysFrom(2));
    QVERIFY(shuttle(a, b, a.stream.start()));
    b.feed(QByteArray("\xff\xff\xff", 3));
    QCOMPARE(b.status.error().code, ErrorCode::FrameTooLarge);
}

void TestSecretStream::frameCapIsInclusive()
{
    const qsizetype cap = 1000;
    Side a(true, keysFrom(1), cap);
    Side b(false, keysFrom(2), cap);
    QVERIFY(shuttle(a, b, a.stream.start()));
    const QByteArray atCap = pattern(cap - 17, 5);
    b.feed(a.stream.seal(atCap), 100);
    QVERIFY(b.status.ok());
    QCOMPARE(b.received, QList<QByteArray>{atCap});

    const QByteArray over = a.stream.seal(pattern(cap - 16, 6));
    QCOMPARE(over.size(), 3 + cap + 1);
    SecretStreamOutput out;
    QCOMPARE(b.stream.feed(QByteArrayView(over).first(3), out).error().code, ErrorCode::FrameTooLarge);
}

void TestSecretStream::wrongStreamIdRejected()
{
    for (int i : {0, 17, 31}) {
        Side a(true, keysFrom(1));
        Side b(false, keysFrom(2));
        const QByteArray m2 = b.feed(a.stream.start());
        const QList<QByteArray> fromA = splitFrames(a.feed(m2));
        QCOMPARE(fromA.size(), 2);
        QByteArray header = fromA[1];
        header[i] = char(header[i] ^ 0x10);
        const QByteArray fromB = b.feed(frame(fromA[0]) + frame(header));
        QCOMPARE(b.status.error().code, ErrorCode::HandshakeFailed);
        QCOMPARE(b.establishedCount, 0);
        QVERIFY(!b.stream.established());
        // The responder had finished the handshake and sent its own header before the bad one.
        QCOMPARE(splitFrames(fromB).size(), 1);
    }

    // A header carrying the responder's id (a reflected header) is refused as well.
    Side a(true, keysFrom(1));
    Side b(false, keysFrom(2));
    const QList<QByteArray> fromA = splitFrames(a.feed(b.feed(a.stream.start())));
    const QList<QByteArray> fromB = splitFrames(b.feed(frame(fromA[0]) + frame(fromA[1])));
    QVERIFY(b.stream.established());
    a.feed(frame(fromA[1]));  // its own header back
    QCOMPARE(a.status.error().code, ErrorCode::HandshakeFailed);
}

void TestSecretStream::tamperedSecretstreamHeader()
{
    Side a(true, keysFrom(1));
    Side b(false, keysFrom(2));
    const QList<QByteArray> fromA = splitFrames(a.feed(b.feed(a.stream.start())));
    QByteArray header = fromA[1];
    header[40] = char(header[40] ^ 0x01);
    b.feed(frame(fromA[0]) + frame(header));
    QVERIFY(b.status.ok());  // the nonce part is not authenticated until the first message
    b.feed(a.stream.seal("hi"));
    QCOMPARE(b.status.error().code, ErrorCode::DecryptFailed);
}

void TestSecretStream::headerOfWrongLength_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("id only") << 32;
    QTest::newRow("one short") << 55;
    QTest::newRow("one long") << 57;
}

void TestSecretStream::headerOfWrongLength()
{
    QFETCH(int, size);
    Side a(true, keysFrom(1));
    Side b(false, keysFrom(2));
    const QList<QByteArray> fromA = splitFrames(a.feed(b.feed(a.stream.start())));
    QCOMPARE(fromA.size(), 2);
    // Keep the genuine id so only the length is wrong.
    QByteArray header = fromA[1];
    header = size <= header.size() ? header.left(size) : header + QByteArray(size - header.size(), '\0');
    b.feed(frame(fromA[0]) + frame(header));
    QCOMPARE(b.status.error().code, ErrorCode::MalformedMessage);
    QVERIFY(!b.stream.established());
}

void TestSecretStream::sealRefusedBeforeHandshake()
{
    SecretStream s(true, keysFrom(1));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("sealInto refused")));
    QVERIFY(s.seal("too early").isEmpty());
    QCOMPARE(s.framesOut(), quint64(0));
}

void TestSecretStream::sealIntoOwnBuffer()
{
    Side a(true, keysFrom(1));
    Side b(false, keysFrom(2));
    QVERIFY(shuttle(a, b, a.stream.start()));
    QByteArray buf = pattern(5000, 11);
    const QByteArray original = buf;
    buf.squeeze();
    // The plaintext lives in the buffer that grows.
    a.stream.sealInto(QByteArrayView(buf).first(4000), buf);
    b.feed(buf.mid(5000));
    QVERIFY(b.status.ok());
    QCOMPARE(b.received, QList<QByteArray>{original.left(4000)});
}

void TestSecretStream::garbageNeverCrashes()
{
    auto *rng = QRandomGenerator::global();
    for (int round = 0; round < 300; ++round) {
        const bool initiator = round % 2;
        SecretStream s(initiator, keysFrom(3), 4096);
        if (initiator)
            s.start();
        QByteArray junk(qsizetype(rng->bounded(500)) * 4, Qt::Uninitialized);
        rng->fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
        SecretStreamOutput out;
        const Status st = s.feed(junk, out);
        QVERIFY(out.messages.isEmpty());
        QVERIFY(!s.established());
        if (!st.ok())
            QVERIFY(st.error().code == ErrorCode::FrameTooLarge || st.error().code == ErrorCode::HandshakeFailed);
    }

    // Random bytes after a real handshake: never a message, never a crash.
    for (int round = 0; round < 100; ++round) {
        Side a(true, keysFrom(1));
        Side b(false, keysFrom(2));
        QVERIFY(shuttle(a, b, a.stream.start()));
        QByteArray junk(qsizetype(rng->bounded(1, 750)) * 4, Qt::Uninitialized);
        rng->fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
        b.feed(junk, qsizetype(rng->bounded(1, 64)));
        QVERIFY(b.received.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSecretStream)
#include "tst_secret_stream.moc"
