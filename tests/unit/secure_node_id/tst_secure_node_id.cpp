// BEP 42's node ids: the five examples of the specification, verification, and the exempt ranges.
#include "core/random.h"
#include "dht/secure_node_id.h"

#include <QTest>

using namespace swarmscope;

class TestSecureNodeId : public QObject {
    Q_OBJECT

private slots:
    void crc32cKnownValue()
    {
        QCOMPARE(bep42::crc32c("123456789"), 0xE3069283u);  // the CRC-32C check value
    }

    void specificationExamples_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<int>("r");
        QTest::addColumn<QByteArray>("prefix");  // the first three bytes, the third masked to 0xf8
        QTest::newRow("124.31.75.21") << QStringLiteral("124.31.75.21") << 1 << QByteArray::fromHex("5fbfb8");
        QTest::newRow("21.75.31.124") << QStringLiteral("21.75.31.124") << 86 << QByteArray::fromHex("5a3ce8");
        QTest::newRow("65.23.51.170") << QStringLiteral("65.23.51.170") << 22 << QByteArray::fromHex("a5d430");
        QTest::newRow("84.124.73.14") << QStringLiteral("84.124.73.14") << 65 << QByteArray::fromHex("1b0320");
        QTest::newRow("43.213.53.83") << QStringLiteral("43.213.53.83") << 90 << QByteArray::fromHex("e56f68");
    }

    void specificationExamples()
    {
        QFETCH(QString, ip);
        QFETCH(int, r);
        QFETCH(QByteArray, prefix);
        Random random(7);
        const NodeId id = bep42::idFor(QHostAddress(ip), quint8(r), random);
        QByteArray head = id.toBytes().left(3);
        head[2] = char(quint8(head[2]) & 0xf8);
        QCOMPARE(head.toHex(), prefix.toHex());
        QCOMPARE(quint8(id.bytes()[19]), quint8(r));
        QVERIFY(bep42::matches(id, QHostAddress(ip)));
        QVERIFY(!bep42::matches(id, QHostAddress(QStringLiteral("198.51.100.7"))));
    }

    void exemptAddressesAlwaysMatch()
    {
        Random random(1);
        const NodeId any = NodeId::random(random);
        for (const char *ip : {"10.1.2.3", "127.0.0.1", "172.16.5.5", "192.168.1.1", "169.254.0.9"})
            QVERIFY2(bep42::matches(any, QHostAddress(QLatin1String(ip))), ip);
        QVERIFY(!bep42::isExempt(QHostAddress(QStringLiteral("203.0.113.2"))));
    }
};

QTEST_GUILESS_MAIN(TestSecureNodeId)
#include "tst_secure_node_id.moc"
