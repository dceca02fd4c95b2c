// peer-relay's JSON envelope and ids, byte for byte with frames captured between real
// peer-relay@0.0.2 peers (shared wire notes, section 3), and the schema checks on bad input.
#include "peer_relay/peer_relay_envelope.h"
#include "peer_relay/peer_relay_id.h"
#include "peer_relay/peer_relay_socket.h"

#include <QTest>

using namespace swarmscope;
using namespace swarmscope::peerrelay;

namespace {
QByteArray repeated(char hexDigit)
{
    return QByteArray(40, hexDigit);
}
QByteArray idOf(char hexDigit)
{
    return QByteArray::fromHex(repeated(hexDigit));
}
}  // namespace

class TestPeerRelayEnvelope : public QObject {
    Q_OBJECT

private slots:
    void idFrameIsNodeBufferJson()
    {
        QByteArray id(20, '\0');
        id[0] = char(0xcc);
        id[1] = char(0xcc);
        QCOMPARE(bufferJson(id),
                 QByteArray("{\"type\":\"Buffer\",\"data\":[204,204,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]}"));
        QCOMPARE(*parseId(*parseJsonValue(bufferJson(id))), id);
        QCOMPARE(*parseId(QJsonValue(QString::fromLatin1(id.toHex()))), id);  // a hex string works too
    }

    void badIdsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("short hex") << QByteArray("\"abcd\"");
        QTest::newRow("non-hex") << QByteArray("\"zz" + QByteArray(38, 'a') + "\"");
        QTest::newRow("19 bytes") << QByteArray(
            "{\"type\":\"Buffer\",\"data\":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19]}");
        QTest::newRow("byte 256") << QByteArray(
            "{\"type\":\"Buffer\",\"data\":[256,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]}");
        QTest::newRow("number") << QByteArray("12");
    }
    void badIdsAreRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!parseId(*parseJsonValue(json)));
    }

    // The frame C received from B when A sent it a user message (captured between JS peers).
    void relayedEnvelopeRoundTripsByteForByte()
    {
        Envelope e;
        e.to = idOf('c');
        e.from = idOf('a');
        e.path = {QString::fromLatin1(repeated('a')), QString::fromLatin1(repeated('b'))};
        e.nonce = QStringLiteral("267086484550058");
        e.rawData = "{\"type\":\"user\",\"data\":\"hello-C-from-A\"}";
        const QByteArray relayed = serializeEnvelope(e, true);
        QVERIFY(relayed.startsWith("{\"to\":{\"type\":\"Buffer\",\"data\":[204,204,204,"));
        QVERIFY(relayed.contains("]},\"from\":{\"type\":\"Buffer\",\"data\":[170,170,"));
        const QByteArray relayedTail = ",\"path\":[\"" + repeated('a') + "\",\"" + repeated('b')
            + "\"],\"nonce\":\"267086484550058\",\"data\":{\"type\":\"user\",\"data\":\"hello-C-from-A\"}}";
        QVERIFY(relayed.endsWith(relayedTail));
        const QByteArray originated = serializeEnvelope(e, false);
        QCOMPARE(originated,
                 "{\"to\":\"" + repeated('c') + "\",\"from\":\"" + repeated('a') + "\",\"path\":[\"" + repeated('a')
                     + "\",\"" + repeated('b')
                     + "\"],\"nonce\":\"267086484550058\",\"data\":{\"type\":\"user\",\"data\":\"hello-C-from-A\"}}");

        for (const QByteArray &text : {relayed, originated}) {
            auto parsed = parseEnvelope(text, 65536, 20);
            QVERIFY(std::holds_alternative<Envelope>(parsed));
            const Envelope &back = std::get<Envelope>(parsed);
            QCOMPARE(back.to, e.to);
            QCOMPARE(back.from, e.from);
            QCOMPARE(back.path, e.path);
            QCOMPARE(back.type, QStringLiteral("user"));
            QCOMPARE(back.data.toString(), QStringLiteral("hello-C-from-A"));
            QCOMPARE(serializeEnvelope(back, true), relayed);
        }
    }

    // What we forward keeps the data's bytes: key order and spacing as the originator wrote them.
    void forwardedDataKeepsItsBytes()
    {
        const QByteArray data = "{\"type\":\"user\",\"data\":{\"z\":1, \"a\":[true,null,\"x\\\"y\"]}}";
        const QByteArray text = "{\"to\":\"" + repeated('c') + "\",\"from\":\"" + repeated('a') + "\",\"path\":[\""
            + repeated('a') + "\"],\"nonce\":\"1\",\"data\":" + data + "}";
        auto parsed = parseEnvelope(text, 65536, 20);
        QVERIFY(std::holds_alternative<Envelope>(parsed));
        QCOMPARE(std::get<Envelope>(parsed).rawData, data);
    }

    void badEnvelopesAreRefusedWithTheirReason_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("reason");
        const QByteArray to = "\"to\":\"" + repeated('c') + "\"";
        const QByteArray from = "\"from\":\"" + repeated('a') + "\"";
        const QByteArray path = "\"path\":[\"" + repeated('a') + "\"]";
        const QByteArray tail = "\"nonce\":\"5\",\"data\":{\"type\":\"user\",\"data\":1}";
        QByteArray longPath = "\"path\":[";
        for (int i = 0; i < 21; ++i)
            longPath += (i ? ",\"" : "\"") + repeated('a') + "\"";
        longPath += "]";
        QTest::newRow("not JSON") << QByteArray("{\"to\":") << int(Reject::MalformedJson);
        QTest::newRow("not an object") << QByteArray("[1,2]") << int(Reject::MalformedJson);
        QTest::newRow("no to") << QByteArray("{" + from + "," + path + "," + tail + "}") << int(Reject::MissingTo);
        QTest::newRow("no from") << QByteArray("{" + to + "," + path + "," + tail + "}") << int(Reject::MissingFrom);
        QTest::newRow("non-hex to") << QByteArray("{\"to\":\"" + QByteArray(40, 'g') + "\"," + from + "," + path + ","
                                                  + tail + "}")
                                    << int(Reject::BadId);
        QTest::newRow("short from") << QByteArray("{" + to + ",\"from\":\"aaaa\"," + path + "," + tail + "}")
                                    << int(Reject::BadId);
        QTest::newRow("empty path") << QByteArray("{" + to + "," + from + ",\"path\":[]," + tail + "}")
                                    << int(Reject::BadPath);
        QTest::newRow("path of 21") << QByteArray("{" + to + "," + from + "," + longPath + "," + tail + "}")
                                    << int(Reject::HopLimit);
        QTest::newRow("numeric nonce") << QByteArray("{" + to + "," + from + "," + path
                                                     + ",\"nonce\":5,\"data\":{\"type\":\"user\"}}")
                                       << int(Reject::BadNonce);
        QTest::newRow("data without type")
            << QByteArray("{" + to + "," + from + "," + path + ",\"nonce\":\"5\",\"data\":\"x\"}")
            << int(Reject::BadData);
        QTest::newRow("oversized") << QByteArray("{" + to + "," + from + "," + path
                                                 + ",\"nonce\":\"5\",\"data\":{\"type\":\"user\",\"data\":\""
                                                 + QByteArray(70000, 'x') + "\"}}")
                                   << int(Reject::Oversized);
    }
    void badEnvelopesAreRefusedWithTheirReason()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, reason);
        auto parsed = parseEnvelope(text, 65536, 20);
        QVERIFY(std::holds_alternative<ParseFailure>(parsed));
        QCOMPARE(rejectName(std::get<ParseFailure>(parsed).reason), rejectName(Reject(reason)));
    }

    // wgram.js's datagram: {buffer: Buffer, address: sender id, port: sender port}, in that order.
    void datagramFormat()
    {
        const QByteArray json = PeerRelaySocket::encodeDatagram("hi", QString::fromLatin1(repeated('a')), 4242);
        QCOMPARE(json,
                 "{\"buffer\":{\"type\":\"Buffer\",\"data\":[104,105]},\"address\":\"" + repeated('a')
                     + "\",\"port\":4242}");
        const auto back = PeerRelaySocket::decodeDatagram(*parseJsonValue(json));
        QVERIFY(back);
        QCOMPARE(back->first, QByteArray("hi"));
        QCOMPARE(back->second.address, QString::fromLatin1(repeated('a')));
        QCOMPARE(back->second.port, quint16(4242));
        QVERIFY(!PeerRelaySocket::decodeDatagram(QJsonValue(QStringLiteral("plain text"))));
    }

    void closestIsXorOrder()
    {
        const QByteArray target = idOf('0');
        const QList<QByteArray> ids = {idOf('f'), idOf('1'), idOf('8'), idOf('3')};
        QCOMPARE(closest(ids, target, 2), (QList<QByteArray>{idOf('1'), idOf('3')}));
    }
};

QTEST_GUILESS_MAIN(TestPeerRelayEnvelope)
#include "tst_peer_relay_envelope.moc"
