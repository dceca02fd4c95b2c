#include "discovery/dns_packet.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace swarmscope;

namespace {

// The query dns-discovery sends for the room "test" (SHA-1 a94a8f...), as dns-packet lays it out:
// id 0, flags 0, one question, no records; labels without compression; type TXT (16), class IN (1).
const QByteArray kTestQuery =
    QByteArray::fromHex("0000"
                        "0000"
                        "0001"
                        "0000"
                        "0000"
                        "0000"
                        "28"
                        "61393461386665356363623139626136316334633038373364333931653938373938326662626433"
                        "0d"
                        "646e732d646973636f76657279"
                        "05"
                        "6c6f63616c"
                        "00"
                        "0010"
                        "0001");

const QString kTestName = QStringLiteral("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3.dns-discovery.local");

QByteArray header(quint16 qd, quint16 an, quint16 ns = 0, quint16 ar = 0, quint16 flags = 0)
{
    QByteArray h;
    for (quint16 v : {quint16(0), flags, qd, an, ns, ar}) {
        h += char(v >> 8);
        h += char(v & 0xff);
    }
    return h;
}

QByteArray label(const QByteArray &text)
{
    return char(text.size()) + text;
}

const QSet<QString> kKnownReasons = {
    QString::fromLatin1(dns::ReasonTruncated), QString::fromLatin1(dns::ReasonBadLabel),
    QString::fromLatin1(dns::ReasonNameTooLong), QString::fromLatin1(dns::ReasonPointerLoop),
    QString::fromLatin1(dns::ReasonBadRdata)};

}  // namespace

class TestDnsPacket : public QObject {
    Q_OBJECT

private slots:
    void encodesQueryByteExact();
    void decodesQuery();
    void encodesTxtResponseByteExact();
    void roundTripsResponse();
    void roundTripsEmptyAndRootNames();
    void decodesCompressedNames();
    void decodesCompressedSrvTarget();
    void keepsUnknownRecordTypesRaw();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void refusesToEncodeInvalid_data();
    void refusesToEncodeInvalid();
    void survivesTruncationsAndNoise();
};

void TestDnsPacket::encodesQueryByteExact()
{
    DnsMessage m;
    m.questions.append(DnsQuestion{kTestName, dns::TypeTxt, dns::ClassIn});
    const Result<QByteArray> bytes = m.encode();
    QVERIFY(bytes.ok());
    QCOMPARE(bytes->toHex(), kTestQuery.toHex());
    QCOMPARE(bytes->size(), 78);
}

void TestDnsPacket::decodesQuery()
{
    QString reason = QStringLiteral("stale");
    const Result<DnsMessage> m = DnsMessage::decode(kTestQuery, &reason);
    QVERIFY(m.ok());
    QVERIFY(reason.isEmpty());
    QCOMPARE(m->id, 0);
    QCOMPARE(m->flags, 0);
    QVERIFY(!m->isResponse());
    QCOMPARE(m->questions.size(), 1);
    QCOMPARE(m->questions[0].name, kTestName);
    QCOMPARE(m->questions[0].type, dns::TypeTxt);
    QCOMPARE(m->questions[0].klass, dns::ClassIn);
    QVERIFY(m->answers.isEmpty() && m->authorities.isEmpty() && m->additionals.isEmpty());
}

void TestDnsPacket::encodesTxtResponseByteExact()
{
    // dns-packet 4.2.0: encode({type: 'response', flags: AUTHORITATIVE_ANSWER, answers: [{type: 'TXT',
    // name: 'x.dns-discovery.local', ttl: 0, data: ['token=abc', 'peers=AAAAAA+h']}]})
    const QByteArray expected = QByteArray::fromHex("0000"
                                                    "8400"
                                                    "0000"
                                                    "0001"
                                                    "0000"
                                                    "0000"
                                                    "0178"
                                                    "0d646e732d646973636f76657279"
                                                    "056c6f63616c"
                                                    "00"
                                                    "0010"
                                                    "0001"
                                                    "00000000"
                                                    "0019"
                                                    "09746f6b656e3d616263"
                                                    "0e70656572733d4141414141412b68");
    DnsMessage m;
    m.flags = dns::FlagResponse | dns::FlagAuthoritative;
    m.answers.append(DnsRecord::makeTxt(QStringLiteral("x.dns-discovery.local"),
                                        {QByteArrayLiteral("token=abc"), QByteArrayLiteral("peers=AAAAAA+h")}));
    const Result<QByteArray> bytes = m.encode();
    QVERIFY(bytes.ok());
    QCOMPARE(bytes->toHex(), expected.toHex());
}

void TestDnsPacket::roundTripsResponse()
{
    DnsMessage m;
    m.id = 0x1234;
    m.flags = dns::FlagResponse | dns::FlagAuthoritative;
    m.questions.append(DnsQuestion{kTestName, dns::TypeSrv, quint16(dns::ClassIn | dns::ClassMdnsBit)});
    m.answers.append(DnsRecord::makeTxt(
        kTestName,
        {QByteArrayLiteral("token=abc"), QByteArrayLiteral("peers=AAAAAAQA"), QByteArray(), QByteArray(255, 'x')},
        120));
    DnsRecord srv;
    srv.name = kTestName;
    srv.type = dns::TypeSrv;
    srv.klass = dns::ClassIn | dns::ClassMdnsBit;
    srv.ttl = 0xfffffff0;
    srv.srv = DnsSrv{1, 2, 8080, QStringLiteral("host.local")};
    m.authorities.append(srv);
    DnsRecord a;
    a.name = QStringLiteral("host.local");
    a.type = dns::TypeA;
    a.ttl = 60;
    a.address = QHostAddress(QStringLiteral("192.168.7.9"));
    m.additionals.append(a);

    const Result<QByteArray> bytes = m.encode();
    QVERIFY(bytes.ok());
    const Result<DnsMessage> back = DnsMessage::decode(*bytes);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().detail));
    QCOMPARE(back->id, 0x1234);
    QVERIFY(back->isResponse());
    QCOMPARE(back->opcode(), 0);
    QCOMPARE(back->questions, m.questions);
    QCOMPARE(back->answers.size(), 1);
    QCOMPARE(back->answers[0].name, kTestName);
    QCOMPARE(back->answers[0].ttl, 120u);
    QCOMPARE(back->answers[0].txt, m.answers[0].txt);
    QCOMPARE(back->authorities.size(), 1);
    QCOMPARE(back->authorities[0].klass, quint16(dns::ClassIn | dns::ClassMdnsBit));
    QCOMPARE(back->authorities[0].ttl, 0xfffffff0u);
    QCOMPARE(back->authorities[0].srv, srv.srv);
    QCOMPARE(back->additionals.size(), 1);
    QCOMPARE(back->additionals[0].address, a.address);
    QCOMPARE(back->additionals[0].rdata, QByteArray::fromHex("c0a80709"));

    // Re-encoding the decoded message gives the same bytes.
    const Result<QByteArray> again = back->encode();
    QVERIFY(again.ok());
    QCOMPARE(again->toHex(), bytes->toHex());
}

void TestDnsPacket::roundTripsEmptyAndRootNames()
{
    DnsMessage m;
    m.questions.append(DnsQuestion{QString(), dns::TypeAny, dns::ClassIn});
    m.answers.append(DnsRecord::makeTxt(QStringLiteral("trailing.dot.local."), {}));
    const Result<QByteArray> bytes = m.encode();
    QVERIFY(bytes.ok());
    const Result<DnsMessage> back = DnsMessage::decode(*bytes);
    QVERIFY(back.ok());
    QCOMPARE(back->questions[0].name, QString());
    QCOMPARE(back->answers[0].name, QStringLiteral("trailing.dot.local"));
    QVERIFY(back->answers[0].txt.isEmpty());
}

void TestDnsPacket::decodesCompressedNames()
{
    // Question "foo.local" at offset 12; the answer's name is a pointer to it; the additional's
    // name is "bar" followed by a pointer to "local" (offset 16).
    QByteArray d = header(1, 1, 0, 1, dns::FlagResponse);
    d += label("foo") + label("local") + '\0' + QByteArray::fromHex("00100001");
    d += QByteArray::fromHex("c00c"
                             "0010"
                             "0001"
                             "00000000"
                             "0004")
        + label("a=b");
    d += label("bar")
        + QByteArray::fromHex("c010"
                              "0001"
                              "0001"
                              "0000000a"
                              "0004"
                              "7f000001");
    QString reason;
    const Result<DnsMessage> m = DnsMessage::decode(d, &reason);
    QVERIFY2(m.ok(), qPrintable(reason));
    QCOMPARE(m->questions[0].name, QStringLiteral("foo.local"));
    QCOMPARE(m->answers[0].name, QStringLiteral("foo.local"));
    QCOMPARE(m->answers[0].txt, QList<QByteArray>{QByteArrayLiteral("a=b")});
    QCOMPARE(m->additionals[0].name, QStringLiteral("bar.local"));
    QCOMPARE(m->additionals[0].address, QHostAddress(QStringLiteral("127.0.0.1")));
}

void TestDnsPacket::decodesCompressedSrvTarget()
{
    QByteArray d = header(0, 1, 0, 0, dns::FlagResponse);
    const QByteArray name = label("svc") + label("local") + '\0';  // offset 12, "local" at 16
    d += name
        + QByteArray::fromHex("0021"
                              "0001"
                              "00000000"
                              "000a"
                              "0000"
                              "0000"
                              "1f90");
    d += label("h") + QByteArray::fromHex("c010");
    const Result<DnsMessage> m = DnsMessage::decode(d);
    QVERIFY(m.ok());
    QCOMPARE(m->answers[0].srv.port, 8080);
    QCOMPARE(m->answers[0].srv.target, QStringLiteral("h.local"));
}

void TestDnsPacket::keepsUnknownRecordTypesRaw()
{
    DnsMessage m;
    DnsRecord r;
    r.name = QStringLiteral("x.local");
    r.type = dns::TypeAaaa;
    r.rdata = QByteArray(16, '\x01');
    m.answers.append(r);
    const Result<QByteArray> bytes = m.encode();
    QVERIFY(bytes.ok());
    const Result<DnsMessage> back = DnsMessage::decode(*bytes);
    QVERIFY(back.ok());
    QCOMPARE(back->answers[0].type, dns::TypeAaaa);
    QCOMPARE(back->answers[0].rdata, r.rdata);
}

void TestDnsPacket::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    const QString truncated = QString::fromLatin1(dns::ReasonTruncated);
    const QString loop = QString::fromLatin1(dns::ReasonPointerLoop);
    const QString badLabel = QString::fromLatin1(dns::ReasonBadLabel);
    const QString tooLong = QString::fromLatin1(dns::ReasonNameTooLong);
    const QString badRdata = QString::fromLatin1(dns::ReasonBadRdata);
    const QByteArray qtail = QByteArray::fromHex("00100001");

    const auto row = [](const char *name, const QByteArray &bytes, const QString &reason) {
        QTest::newRow(name) << bytes << reason;
    };
    const QByteArray q1 = header(1, 0);
    row("empty", QByteArray(), truncated);
    row("header cut at 5 bytes", kTestQuery.left(5), truncated);
    row("header cut at 11 bytes", kTestQuery.left(11), truncated);
    row("question missing", q1, truncated);
    row("label past end", kTestQuery.left(30), truncated);
    row("name without terminator", q1 + label("abc"), truncated);
    row("question type cut", kTestQuery.left(kTestQuery.size() - 3), truncated);
    row("more questions than sent", header(2, 0) + kTestQuery.mid(12), truncated);
    row("answer missing", header(0, 1), truncated);
    row("additional missing", header(0, 0, 0, 1), truncated);
    row("authority missing", header(0, 0, 1, 0), truncated);
    row("pointer to itself", q1 + QByteArray::fromHex("c00c") + qtail, loop);
    row("pointer back to its own name", q1 + label("a") + QByteArray::fromHex("c00c") + qtail, loop);
    row("pointer forward", q1 + QByteArray::fromHex("c00e") + label("a") + '\0' + qtail, loop);
    row("pointer beyond datagram", q1 + QByteArray::fromHex("c0ff"), loop);
    row("pointer cut in half", q1 + QByteArray::fromHex("c0"), truncated);
    // Offset 12 "a" + pointer to 16; offset 16 "b" + pointer back to 12.
    row("pointer cycle", q1 + label("a") + QByteArray::fromHex("c010") + label("b") + QByteArray::fromHex("c00c"),
        loop);
    row("label type 0x40", q1 + QByteArray::fromHex("4100") + qtail, badLabel);
    row("label type 0x80", q1 + QByteArray::fromHex("8100") + qtail, badLabel);
    {
        QByteArray longName;
        for (int i = 0; i < 5; ++i)
            longName += label(QByteArray(60, 'a'));
        row("name over 255 bytes", q1 + longName + '\0' + qtail, tooLong);
        // The same length reached through a pointer chain.
        QByteArray viaPointer = header(2, 0) + longName.left(183) + '\0' + qtail;  // 3 labels at 12
        viaPointer += longName.left(122) + QByteArray::fromHex("c00c") + qtail;
        row("name over 255 bytes via pointer", viaPointer, tooLong);
    }
    const QByteArray rrName = label("x") + '\0';
    const QByteArray rr0 = header(0, 1) + rrName;
    row("record header cut", rr0 + QByteArray::fromHex("00100001"), truncated);
    row("rdata past end",
        rr0
            + QByteArray::fromHex("0010000100000000"
                                  "0010"
                                  "616263"),
        truncated);
    row("txt string overruns record",
        rr0
            + QByteArray::fromHex("0010000100000000"
                                  "0003"
                                  "056162"),
        badRdata);
    row("A with 3 bytes",
        rr0
            + QByteArray::fromHex("0001000100000000"
                                  "0003"
                                  "7f0000"),
        badRdata);
    row("A with 5 bytes",
        rr0
            + QByteArray::fromHex("0001000100000000"
                                  "0005"
                                  "7f00000101"),
        badRdata);
    row("SRV too short",
        rr0
            + QByteArray::fromHex("0021000100000000"
                                  "0005"
                                  "0000000000"),
        badRdata);
    row("SRV target overruns record",
        rr0
            + QByteArray::fromHex("0021000100000000"
                                  "0007"
                                  "000000001f90")
            + label("host") + '\0',
        badRdata);
    row("SRV target past datagram",
        rr0
            + QByteArray::fromHex("0021000100000000"
                                  "0009"
                                  "000000001f90")
            + label("ho"),
        truncated);
    row("second record cut",
        header(0, 2) + rrName
            + QByteArray::fromHex("0010000100000000"
                                  "0002"
                                  "0161")
            + rrName,
        truncated);
}

void TestDnsPacket::rejectsMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QString got;
    const Result<DnsMessage> m = DnsMessage::decode(bytes, &got);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, ErrorCode::MalformedMessage);
    QVERIFY(!m.error().detail.isEmpty());
    QCOMPARE(got, reason);
    // Without a reason pointer it fails the same way.
    QVERIFY(!DnsMessage::decode(bytes).ok());
}

void TestDnsPacket::refusesToEncodeInvalid_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("label of 64 bytes") << 0;
    QTest::newRow("empty label") << 1;
    QTest::newRow("name over 255 bytes") << 2;
    QTest::newRow("TXT string of 256 bytes") << 3;
    QTest::newRow("A without IPv4") << 4;
    QTest::newRow("SRV target with bad label") << 5;
}

void TestDnsPacket::refusesToEncodeInvalid()
{
    QFETCH(int, which);
    DnsMessage m;
    DnsRecord r;
    r.name = QStringLiteral("x.local");
    switch (which) {
    case 0: m.questions.append(DnsQuestion{QString(64, QLatin1Char('a')) + QStringLiteral(".local")}); break;
    case 1: m.questions.append(DnsQuestion{QStringLiteral("a..local")}); break;
    case 2: {
        QStringList labels(5, QString(60, QLatin1Char('a')));
        m.questions.append(DnsQuestion{labels.join(QLatin1Char('.'))});
        break;
    }
    case 3:
        r.txt = {QByteArray(256, 'x')};
        m.answers.append(r);
        break;
    case 4:
        r.type = dns::TypeA;
        r.address = QHostAddress(QStringLiteral("::1"));
        m.answers.append(r);
        break;
    case 5:
        r.type = dns::TypeSrv;
        r.srv.target = QStringLiteral("a..b");
        m.answers.append(r);
        break;
    }
    const Result<QByteArray> bytes = m.encode();
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code, ErrorCode::MalformedMessage);
    QVERIFY(!bytes.error().detail.isEmpty());
}

void TestDnsPacket::survivesTruncationsAndNoise()
{
    DnsMessage m;
    m.flags = dns::FlagResponse;
    m.questions.append(DnsQuestion{kTestName});
    m.answers.append(
        DnsRecord::makeTxt(kTestName, {QByteArrayLiteral("token=x"), QByteArrayLiteral("peers=AAAAAAQA")}));
    DnsRecord srv;
    srv.name = kTestName;
    srv.type = dns::TypeSrv;
    srv.srv = DnsSrv{0, 0, 1, QStringLiteral("0.0.0.0")};
    m.additionals.append(srv);
    const QByteArray full = *m.encode();

    // Every proper prefix is truncated somewhere.
    for (int n = 0; n < full.size(); ++n) {
        QString reason;
        const Result<DnsMessage> r = DnsMessage::decode(full.left(n), &reason);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("prefix %1 decoded").arg(n)));
        QVERIFY2(kKnownReasons.contains(reason), qPrintable(reason));
    }
    // Random bytes and random single-byte corruptions never crash and always give a reason.
    QRandomGenerator rng(12345);
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes;
        if (i % 2) {
            bytes = full;
            for (int k = 0; k < 3; ++k)
                bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
        } else {
            bytes.resize(rng.bounded(64));
            for (char &c : bytes)
                c = char(rng.bounded(256));
        }
        QString reason;
        const Result<DnsMessage> r = DnsMessage::decode(bytes, &reason);
        if (!r.ok())
            QVERIFY2(kKnownReasons.contains(reason), qPrintable(reason));
    }
}

QTEST_GUILESS_MAIN(TestDnsPacket)
#include "tst_dns_packet.moc"
