// Batches of swarmscope/1 messages: what is written reads back item by item, in order; the bytes
// are the CBOR a generic decoder reads as {"t": 27, "m": [...]}; every malformed batch is refused
// with a reason.
#include "wire/batch_codec.h"
#include "wire/message_codec.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::wire;

namespace {
QByteArray batchOf(const QList<QByteArray> &messages)
{
    QByteArray out;
    beginBatch(out);
    for (const QByteArray &m : messages)
        appendToBatch(m, out);
    endBatch(out);
    return out;
}
}  // namespace

class TestBatchCodec : public QObject {
    Q_OBJECT

private slots:
    void itemsReadBackInOrder()
    {
        QList<QByteArray> messages;
        for (const int size : {1, 23, 24, 255, 256, 65535, 65536, 70000}) {
            QByteArray m;
            appendDataMessage(QByteArray(size, char('a' + messages.size())), m);
            messages.append(m);
        }
        messages.append(encode(Ping{7, 8}));
        const QByteArray batch = batchOf(messages);
        QVERIFY(isBatch(batch));
        QVERIFY(!isBatch(messages.first()));
        const auto items = batchItems(batch);
        QVERIFY(items);
        QCOMPARE(items->size(), messages.size());
        for (int i = 0; i < messages.size(); ++i)
            QCOMPARE(items->at(i).toByteArray(), messages[i]);
        QCOMPARE(std::get<Ping>(*decode(items->last())).nonce, 7u);
        // A generic CBOR reader sees a map with the batch's type and an array of byte strings,
        // and the message codec counts it as a type it does not decode.
        const QCborMap map = QCborValue::fromCbor(batch).toMap();
        QCOMPARE(map.value(QStringLiteral("t")).toInteger(), qint64(kBatchType));
        QCOMPARE(map.value(QStringLiteral("m")).toArray().size(), messages.size());
        QCOMPARE(map.value(QStringLiteral("m")).toArray().at(2).toByteArray(), messages[2]);
        QCOMPARE(decode(batch).error().code, ErrorCode::UnknownType);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray ping = encode(Ping{1, 2});
        const QByteArray good = batchOf({ping, ping});
        QByteArray head;
        beginBatch(head);
        QTest::newRow("no break") << good.chopped(1);
        QTest::newRow("truncated item") << good.left(good.size() - 3);
        QTest::newRow("bytes after the break") << good + QByteArray("\x00", 1);
        QTest::newRow("empty batch") << head + QByteArray("\xff", 1);
        QTest::newRow("item is not a byte string") << head + QByteArray("\x01\xff", 2);
        QTest::newRow("empty item") << head + QByteArray("\x40\xff", 2);
        QTest::newRow("indefinite byte string") << head + QByteArray("\x5f\x41\x01\xff\xff", 5);
        QTest::newRow("8-byte length") << head + QByteArray("\x5b\0\0\0\0\0\0\0\x01\x01\xff", 11);
        QTest::newRow("length past the end") << head + QByteArray("\x59\xff\xff\x01\xff", 5);
        QTest::newRow("batch in a batch") << batchOf({good});
        QList<QByteArray> many(kMaxBatchItems + 1, ping);
        QTest::newRow("too many items") << batchOf(many);
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(isBatch(bytes));
        const auto items = batchItems(bytes);
        QVERIFY(!items);
        QCOMPARE(items.error().code, ErrorCode::MalformedMessage);
        QVERIFY(!items.error().detail.isEmpty());
    }

    void theMostItemsAllowedRead()
    {
        const QList<QByteArray> many(kMaxBatchItems, encode(Ping{1, 2}));
        const auto items = batchItems(batchOf(many));
        QVERIFY(items);
        QCOMPARE(items->size(), kMaxBatchItems);
    }
};

QTEST_GUILESS_MAIN(TestBatchCodec)
#include "tst_batch_codec.moc"
