#include "dht/bencode.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace swarmscope;

class TestBencode : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void encodesCanonically();
    void valueRoundTrip();
    void rejects_data();
    void rejects();
    void limits();
    void randomGarbageNeverCrashes();
};

void TestBencode::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("int") << QByteArray("i42e");
    QTest::newRow("negative") << QByteArray("i-7e");
    QTest::newRow("zero") << QByteArray("i0e");
    QTest::newRow("int64 max") << QByteArray("i9223372036854775807e");
    QTest::newRow("int64 min") << QByteArray("i-9223372036854775808e");
    QTest::newRow("empty string") << QByteArray("0:");
    QTest::newRow("string") << QByteArray("4:spam");
    QTest::newRow("binary") << QByteArray("3:\x00\xff\x01", 5);
    QTest::newRow("list") << QByteArray("l4:spami42ee");
    QTest::newRow("empty list") << QByteArray("le");
    QTest::newRow("dict") << QByteArray("d3:bar4:spam3:fooi42ee");
    QTest::newRow("empty dict") << QByteArray("de");
    QTest::newRow("krpc ping") << QByteArray("d1:ad2:id20:abcdefghij0123456789e1:q4:ping1:t2:aa1:y1:qe");
    QTest::newRow("nested") << QByteArray("d1:ald1:xi1eeee");
}

void TestBencode::roundTrip()
{
    QFETCH(QByteArray, bytes);
    const auto v = BencodeValue::decode(bytes);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().detail));
    QCOMPARE(v->encode(), bytes);
    const auto again = BencodeValue::decode(v->encode());
    QVERIFY(again.ok());
    QVERIFY(*again == *v);
}

void TestBencode::encodesCanonically()
{
    // Unsorted input is accepted and re-encoded with sorted keys (raw byte order).
    const auto v = BencodeValue::decode("d1:bi2e1:ai1e2:aai3e1:Ai0ee");
    QVERIFY(v.ok());
    QCOMPARE(v->encode(), QByteArray("d1:Ai0e1:ai1e2:aai3e1:bi2ee"));
    BencodeValue d = BencodeValue::dict();
    d.insert("zz", BencodeValue::integer(1));
    d.insert("a", BencodeValue::string("x"));
    d.insert("zz", BencodeValue::integer(2));  // replaces
    QCOMPARE(d.encode(), QByteArray("d1:a1:x2:zzi2ee"));
    QVERIFY(d.find("a") && d.find("a")->isString());
    QVERIFY(!d.find("b"));
    QVERIFY(!BencodeValue::integer(1).find("a"));
}

void TestBencode::valueRoundTrip()
{
    // decode(encode(m)) == m for generated values.
    auto *rng = QRandomGenerator::global();
    std::function<BencodeValue(int)> make = [&](int depth) -> BencodeValue {
        switch (depth > 3 ? rng->bounded(2) : rng->bounded(4)) {
        case 0: return BencodeValue::integer(qint64(rng->generate64()) >> rng->bounded(64));
        case 1: {
            QByteArray b(int(rng->bounded(40)), Qt::Uninitialized);
            for (char &c : b)
                c = char(rng->bounded(256));
            return BencodeValue::string(b);
        }
        case 2: {
            BencodeValue l = BencodeValue::list();
            for (int i = int(rng->bounded(5)); i > 0; --i)
                l.append(make(depth + 1));
            return l;
        }
        default: {
            BencodeValue d = BencodeValue::dict();
            for (int i = int(rng->bounded(5)); i > 0; --i)
                d.insert(QByteArray::number(rng->bounded(1000)), make(depth + 1));
            return d;
        }
        }
    };
    for (int i = 0; i < 500; ++i) {
        const BencodeValue v = make(0);
        const auto back = BencodeValue::decode(v.encode());
        QVERIFY(back.ok());
        QVERIFY(*back == v);
        QCOMPARE(back->encode(), v.encode());
    }
}

void TestBencode::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("int without e") << QByteArray("i42") << "truncated";
    QTest::newRow("empty int") << QByteArray("ie") << "bad-integer";
    QTest::newRow("leading zero") << QByteArray("i03e") << "bad-integer";
    QTest::newRow("minus zero") << QByteArray("i-0e") << "bad-integer";
    QTest::newRow("not a number") << QByteArray("i4x2e") << "bad-integer";
    QTest::newRow("int overflow") << QByteArray("i9223372036854775808e") << "bad-integer";
    QTest::newRow("huge int") << QByteArray("i123456789012345678901234567890e") << "bad-integer";
    QTest::newRow("string past end") << QByteArray("5:spam") << "truncated";
    QTest::newRow("length without colon") << QByteArray("4spam") << "truncated";
    QTest::newRow("length leading zero") << QByteArray("04:spam") << "bad-length";
    QTest::newRow("negative length") << QByteArray("-4:spam") << "bad-type";
    QTest::newRow("huge string") << QByteArray("999999999:x") << "string-too-long";
    QTest::newRow("absurd length") << QByteArray("99999999999999999999:x") << "bad-length";
    QTest::newRow("list without e") << QByteArray("l4:spam") << "truncated";
    QTest::newRow("dict without e") << QByteArray("d1:ai1e") << "truncated";
    QTest::newRow("dict key missing value") << QByteArray("d1:ae") << "bad-type";
    QTest::newRow("dict key at end") << QByteArray("d1:a") << "truncated";
    QTest::newRow("int key") << QByteArray("di1ei2ee") << "bad-type";
    QTest::newRow("duplicate key") << QByteArray("d1:ai1e1:ai2ee") << "duplicate-key";
    QTest::newRow("trailing garbage") << QByteArray("i1ex") << "trailing-garbage";
    QTest::newRow("two values") << QByteArray("dede") << "trailing-garbage";
    QTest::newRow("unknown byte") << QByteArray("x") << "bad-type";
    QTest::newRow("deep nesting") << QByteArray(100, 'l') + QByteArray(100, 'e') << "too-deep";
    QTest::newRow("deep dicts") << QByteArray("d1:a").repeated(40) + QByteArray("i1e") + QByteArray(40, 'e')
                                << "too-deep";
}

void TestBencode::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto v = BencodeValue::decode(bytes);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().code, ErrorCode::MalformedMessage);
    QCOMPARE(BencodeValue::reason(v.error()), reason);
    QVERIFY2(v.error().detail.contains(QStringLiteral("offset")), qPrintable(v.error().detail));
}

void TestBencode::limits()
{
    BencodeLimits l;
    l.maxInputBytes = 64;
    l.maxStringBytes = 8;
    l.maxDepth = 2;
    l.maxItems = 5;
    QCOMPARE(BencodeValue::reason(BencodeValue::decode(QByteArray(65, 'x'), l).error()), QStringLiteral("too-large"));
    QVERIFY(BencodeValue::decode("8:12345678", l).ok());
    QCOMPARE(BencodeValue::reason(BencodeValue::decode("9:123456789", l).error()), QStringLiteral("string-too-long"));
    QVERIFY(BencodeValue::decode("llee", l).ok());
    QCOMPARE(BencodeValue::reason(BencodeValue::decode("llleee", l).error()), QStringLiteral("too-deep"));
    QVERIFY(BencodeValue::decode("li1ei2ei3ei4ee", l).ok());  // 5 values
    QCOMPARE(BencodeValue::reason(BencodeValue::decode("li1ei2ei3ei4ei5ee", l).error()),
             QStringLiteral("too-many-items"));
    // A declared length far beyond the input is refused before any allocation.
    QCOMPARE(BencodeValue::reason(BencodeValue::decode("4000000000:x").error()), QStringLiteral("string-too-long"));
}

void TestBencode::randomGarbageNeverCrashes()
{
    auto *rng = QRandomGenerator::global();
    const QByteArray alphabet("ilde0123456789:-x");
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray b(int(rng->bounded(1, 40)), Qt::Uninitialized);
        for (char &c : b)
            c = alphabet[int(rng->bounded(alphabet.size()))];
        const auto v = BencodeValue::decode(b);
        if (v.ok()) {
            ++accepted;
            QVERIFY(BencodeValue::decode(v->encode()).ok());
        } else {
            QVERIFY(!BencodeValue::reason(v.error()).isEmpty());
        }
    }
    QVERIFY(accepted >= 0);
}

QTEST_GUILESS_MAIN(TestBencode)
#include "tst_bencode.moc"
