#include "dswarm/dswarm_handshake.h"
#include "dswarm/dswarm_swarm.h"
#include "events/event_json.h"

#include <QTest>

using namespace swarmscope;
using dswarm::HandshakeReader;

// discovery-swarm's id exchange, byte for byte (docs/DISCOVERY_SWARM.md).
class TestDswarmHandshake : public QObject {
    Q_OBJECT

private slots:
    void encodesVarintLengthThenId()
    {
        // The dump seen between two real peers: dialer id bb00..00.
        QByteArray id(32, '\0');
        id[0] = char(0xbb);
        const QByteArray wire = dswarm::encodeHandshake(id);
        QCOMPARE(wire.size(), 33);
        QCOMPARE(quint8(wire.at(0)), quint8(0x20));
        QCOMPARE(wire.mid(1), id);
        // LEB128 beyond one byte, as npm varint 3 writes it.
        QCOMPARE(dswarm::encodeHandshake(QByteArray(300, 'x')).left(2), QByteArray("\xac\x02"));
    }

    void readsIdAndLeavesTheStream()
    {
        const QByteArray id(32, char(0xaa));
        QByteArray buffer = dswarm::encodeHandshake(id) + "line-from-A\n";
        HandshakeReader r;
        QCOMPARE(r.feed(buffer), HandshakeReader::State::Done);
        QCOMPARE(r.remoteId(), id);
        QCOMPARE(buffer, QByteArray("line-from-A\n"));  // not a byte of the stream lost
    }

    void waitsForSplitSegments()
    {
        // Seen on the wire: the varint and the id as two segments (two write() calls).
        const QByteArray whole = dswarm::encodeHandshake(QByteArray(32, char(0x11)));
        HandshakeReader r;
        QByteArray buffer;
        for (int i = 0; i < whole.size() - 1; ++i) {
            buffer.append(whole.at(i));
            QCOMPARE(r.feed(buffer), HandshakeReader::State::NeedMore);
            QCOMPARE(buffer.size(), i + 1);
        }
        buffer.append(whole.back());
        QCOMPARE(r.feed(buffer), HandshakeReader::State::Done);
        QVERIFY(buffer.isEmpty());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("id shorter than 32") << (QByteArray("\x1f") + QByteArray(31, 'a')) << "bad-id-length";
        QTest::newRow("id longer than 32") << (QByteArray("\x21") + QByteArray(33, 'a')) << "bad-id-length";
        QTest::newRow("empty id") << QByteArray(1, '\0') << "bad-id-length";
        QTest::newRow("huge length") << QByteArray("\xff\xff\xff\xff\x0f") << "bad-id-length";
        QTest::newRow("prefix never ends") << QByteArray(5, char(0xff)) << "bad-length-prefix";
        QTest::newRow("padded varint") << QByteArray("\xa0\x00", 2) << "bad-length-prefix";
    }
    void refusesBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        HandshakeReader r;
        QCOMPARE(r.feed(bytes), HandshakeReader::State::Failed);
        QCOMPARE(dswarmRefusalName(r.reason()), reason);
        QVERIFY(!r.detail().isEmpty());
    }

    void refusesLongIdWithoutWaitingForIt()
    {
        // A claimed 1 GiB id is refused on its prefix: nothing of it is ever buffered.
        QByteArray buffer("\x80\x80\x80\x80\x04", 5);
        HandshakeReader r;
        QCOMPARE(r.feed(buffer), HandshakeReader::State::Failed);
        QCOMPARE(r.reason(), DswarmRefusal::BadIdLength);
    }

    void infohashIsSha1OfTheName()
    {
        // Seen between real peers: room "compat-room"; and "test" as dns-discovery names it.
        QCOMPARE(DswarmSwarm::infohashOf(QStringLiteral("compat-room")).toHex(),
                 QByteArray("0c01b4f1d905b8b721aa4493bb7b23fb15899756"));
        QCOMPARE(DswarmSwarm::infohashOf(QStringLiteral("test")).toHex(),
                 QByteArray("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"));
    }
};

QTEST_GUILESS_MAIN(TestDswarmHandshake)
#include "tst_dswarm_handshake.moc"
