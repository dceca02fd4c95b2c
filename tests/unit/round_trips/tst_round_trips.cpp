// The three encode/decode asymmetries the first fuzzing probe found, kept fixed: DNS names with
// dots or non-UTF-8 bytes inside a label, host:port with brackets, and base58's length limits.
#include "crypto/base58.h"
#include "discovery/dns_packet.h"
#include "engine_config.h"

#include <QTest>

using namespace swarmscope;

namespace {
// A TXT question whose name is the given raw labels.
QByteArray questionWithLabels(const QList<QByteArray> &labels)
{
    QByteArray out = QByteArray::fromHex("000000000001000000000000");
    for (const QByteArray &l : labels)
        out += char(l.size()) + l;
    out += QByteArray::fromHex("0000100001");
    return out;
}
}  // namespace

class TestRoundTrips : public QObject {
    Q_OBJECT

private slots:
    void dnsLabelsWithDotsAndBytesRoundTrip_data()
    {
        QTest::addColumn<QList<QByteArray>>("labels");
        QTest::addColumn<QString>("name");
        QTest::newRow("dot in a label") << QList<QByteArray>{"my.printer", "local"}
                                        << QStringLiteral("my\\.printer.local");
        QTest::newRow("backslash") << QList<QByteArray>{"a\\b", "local"} << QStringLiteral("a\\\\b.local");
        QTest::newRow("utf-8") << QList<QByteArray>{"caf\xc3\xa9", "local"} << QStringLiteral("caf\u00e9.local");
        QTest::newRow("not utf-8") << QList<QByteArray>{"a\xff\xc3", "local"} << QStringLiteral("a\\255\\195.local");
        QTest::newRow("digits after a backslash") << QList<QByteArray>{"\\123"} << QStringLiteral("\\\\123");
    }
    void dnsLabelsWithDotsAndBytesRoundTrip()
    {
        QFETCH(QList<QByteArray>, labels);
        QFETCH(QString, name);
        const QByteArray wire = questionWithLabels(labels);
        const auto decoded = DnsMessage::decode(wire);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->questions.value(0).name, name);
        const auto encoded = decoded->encode();
        QVERIFY(encoded.ok());
        QCOMPARE(*encoded, wire);
    }

    void dnsNamesThatCannotBeEncodedAreRefused()
    {
        for (const char *bad : {"a..b", ".a", "dangling\\", "\\256"}) {
            DnsMessage m;
            m.questions.append(DnsQuestion{QString::fromLatin1(bad), dns::TypeTxt, dns::ClassIn});
            QVERIFY2(!m.encode().ok(), bad);
        }
        DnsMessage root;
        root.questions.append(DnsQuestion{QStringLiteral("."), dns::TypeTxt, dns::ClassIn});
        QVERIFY(root.encode().ok());
    }

    void hostPortParsesOnlyWhatItPrints()
    {
        QVERIFY(!HostPort::parse(QStringLiteral("[[]]:0"), true));
        QVERIFY(!HostPort::parse(QStringLiteral("[]:80")));
        QVERIFY(!HostPort::parse(QStringLiteral("[example.org]:80")));
        QVERIFY(!HostPort::parse(QStringLiteral("a:b:80")));
        QVERIFY(!HostPort::parse(QStringLiteral("a]:80")));
        const auto v6 = HostPort::parse(QStringLiteral("[::1]:4000"));
        QVERIFY(v6);
        QCOMPARE(v6->host, QStringLiteral("::1"));
        QCOMPARE(v6->toString(), QStringLiteral("[::1]:4000"));
        const auto bare = HostPort::parse(QStringLiteral("fe80::1:4000"));
        QVERIFY(bare);
        QCOMPARE(bare->toString(), QStringLiteral("[fe80::1]:4000"));
        QCOMPARE(HostPort::parse(QStringLiteral("localhost:7000"))->toString(), QStringLiteral("localhost:7000"));
        QCOMPARE(HostPort::parse(QStringLiteral("ws://127.0.0.1:7001"))->host, QStringLiteral("ws://127.0.0.1"));
        QCOMPARE(HostPort::parse(QStringLiteral("ws://[::1]:7001"))->toString(), QStringLiteral("ws://[::1]:7001"));
        QVERIFY(!HostPort::parse(QStringLiteral("ws://:7001")));
        QVERIFY(!HostPort::parse(QStringLiteral("localhost:0")));
        QVERIFY(HostPort::parse(QStringLiteral("localhost:0"), true));
    }

    void base58DecodesEverythingItEncodes()
    {
        const QByteArray longest(4096, '\x00');
        const QString zeros = base58Encode(longest);
        QCOMPARE(zeros.size(), 4096);
        QCOMPARE(base58Decode(zeros), std::optional<QByteArray>(longest));
        const QByteArray dense(4096, '\xff');
        const QString text = base58Encode(dense);
        QVERIFY(text.size() > 4096);  // longer than the old decode limit
        QCOMPARE(base58Decode(text), std::optional<QByteArray>(dense));
        // Past the limit, neither side agrees to anything.
        QVERIFY(base58Encode(QByteArray(4097, 'x')).isEmpty());
        QVERIFY(!base58Decode(QString(4097, QLatin1Char('1'))));
    }
};

QTEST_GUILESS_MAIN(TestRoundTrips)
#include "tst_round_trips.moc"
