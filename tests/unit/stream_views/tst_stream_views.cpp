#include "inspector/stream_views.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonDocument>
#include <QtTest>

using namespace swarmscope::ui;

// The packet inspector's "view as" for a discovery-swarm app's raw stream: a chunk decoded on its
// own shows a frame cut by a chunk boundary as "(incomplete)" rather than as garbage, and bad
// lengths never read past the chunk; read as part of its stream, with what the chunks before it
// left unfinished, the cut frame shows whole in the chunk that completes it.
namespace {

const QString kIncomplete = QStringLiteral("(incomplete)");

QCborArray framesOf(const QByteArray &bytes)
{
    return decodeStream(bytes, StreamView::LengthPrefixed).toArray();
}

QCborArray jsonOf(const QByteArray &bytes)
{
    return decodeStream(bytes, StreamView::NdJson).toArray();
}

QByteArray compact(const QCborValue &v)
{
    const QJsonValue j = v.toJsonValue();
    return j.isObject() ? QJsonDocument(j.toObject()).toJson(QJsonDocument::Compact)
        : j.isArray()   ? QJsonDocument(j.toArray()).toJson(QJsonDocument::Compact)
                        : j.toVariant().toByteArray();
}

}  // namespace

class TestStreamViews : public QObject {
    Q_OBJECT

private slots:
    void lengthPrefixedFrames()
    {
        const QCborArray frames = framesOf(QByteArray("\x03"
                                                      "abc"
                                                      "\x00"
                                                      "\x02"
                                                      "hi",
                                                      8));
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames[0].toByteArray(), QByteArray("abc"));
        QCOMPARE(frames[1].toByteArray(), QByteArray());
        QCOMPARE(frames[2].toByteArray(), QByteArray("hi"));

        // A varint of two bytes: 0xac 0x02 is 300.
        const QByteArray big(300, 'b');
        const QCborArray one = framesOf(QByteArray("\xac\x02") + big
                                        + "\x01"
                                          "z");
        QCOMPARE(one.size(), 2);
        QCOMPARE(one[0].toByteArray(), big);
        QCOMPARE(one[1].toByteArray(), QByteArray("z"));
    }

    void frameSplitAcrossChunks()
    {
        const QByteArray stream = QByteArray("\x03"
                                             "abc"
                                             "\x05"
                                             "hello"
                                             "\x02"
                                             "ok");
        const QByteArray first = stream.left(7), second = stream.mid(7);  // cut inside "hello"
        const QCborArray a = framesOf(first);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].toByteArray(), QByteArray("abc"));
        // The cut frame is shown whole as far as it goes, its prefix included.
        QCOMPARE(a[1].toMap().value(kIncomplete).toByteArray(),
                 QByteArray("\x05"
                            "he"));
        // The rest of the chunk starts mid-frame: 'l' (108) claims more than is there.
        const QCborArray b = framesOf(second);
        QCOMPARE(b.size(), 1);
        QCOMPARE(b[0].toMap().value(kIncomplete).toByteArray(), second);
        // The two chunks together decode cleanly.
        const QCborArray whole = framesOf(first + second);
        QCOMPARE(whole.size(), 3);
        QCOMPARE(whole[1].toByteArray(), QByteArray("hello"));
        QCOMPARE(whole[2].toByteArray(), QByteArray("ok"));
    }

    void framesPutBackTogetherAcrossChunks()
    {
        const QByteArray stream = QByteArray("\x03"
                                             "abc"
                                             "\x05"
                                             "hello"
                                             "\x02"
                                             "ok");
        // Cut inside the varint-prefixed "hello", then again between "ok"'s prefix and its bytes.
        const QByteArray first = stream.left(7), second = stream.mid(7, 4), third = stream.mid(11);
        QByteArray carry;
        const QCborArray a = decodeStreamChunk(carry, first, StreamView::LengthPrefixed, &carry).toArray();
        QCOMPARE(a.size(), 2);
        QCOMPARE(carry,
                 QByteArray("\x05"
                            "he"));
        QCOMPARE(streamRest({}, first, StreamView::LengthPrefixed), carry);
        const QCborArray b = decodeStreamChunk(carry, second, StreamView::LengthPrefixed, &carry).toArray();
        QCOMPARE(b.size(), 3);
        QCOMPARE(b[0].toMap().value(QStringLiteral("(carried over)")).toInteger(), 3);
        QCOMPARE(b[1].toByteArray(), QByteArray("hello"));
        QCOMPARE(b[2].toMap().value(kIncomplete).toByteArray(), QByteArray("\x02"));
        QCOMPARE(carry, QByteArray("\x02"));
        const QCborArray c = decodeStreamChunk(carry, third, StreamView::LengthPrefixed, &carry).toArray();
        QCOMPARE(c.size(), 2);
        QCOMPARE(c[1].toByteArray(), QByteArray("ok"));
        QVERIFY(carry.isEmpty());
    }

    void linesPutBackTogetherAcrossChunks()
    {
        QByteArray carry;
        decodeStreamChunk(carry, "first line\nsecond ha", StreamView::TextLines, &carry);
        QCOMPARE(carry, QByteArray("second ha"));
        const QCborArray b = decodeStreamChunk(carry, "lf\nthird", StreamView::TextLines, &carry).toArray();
        QCOMPARE(b[1].toString(), QStringLiteral("second half"));
        QCOMPARE(carry, QByteArray("third"));
        // JSON split across reads parses once whole.
        QByteArray jsonCarry;
        decodeStreamChunk(jsonCarry, "{\"type\":\"he", StreamView::NdJson, &jsonCarry);
        const QCborArray j = decodeStreamChunk(jsonCarry, "llo\"}\n", StreamView::NdJson, &jsonCarry).toArray();
        QCOMPARE(compact(j[1]), QByteArray("{\"type\":\"hello\"}"));
        QVERIFY(jsonCarry.isEmpty());
    }

    void aBadLengthDoesNotSwallowTheStream()
    {
        // A prefix claiming 4 GiB: carried only up to kMaxStreamCarry, then dropped.
        QByteArray carry;
        decodeStreamChunk(carry,
                          QByteArray("\xff\xff\xff\xff\x0f"
                                     "x"),
                          StreamView::LengthPrefixed, &carry);
        QCOMPARE(carry.size(), 6);
        const QByteArray big(kMaxStreamCarry, 'z');
        decodeStreamChunk(carry, big, StreamView::LengthPrefixed, &carry);
        QVERIFY(carry.isEmpty());
        const QCborArray after = decodeStreamChunk(carry,
                                                   QByteArray("\x02"
                                                              "ok"),
                                                   StreamView::LengthPrefixed)
                                     .toArray();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after[0].toByteArray(), QByteArray("ok"));
    }

    void badLengths()
    {
        // A varint that never ends within five bytes.
        const QByteArray endless(6, char(0xff));
        QCOMPARE(framesOf(endless).size(), 1);
        QCOMPARE(framesOf(endless)[0].toMap().value(kIncomplete).toByteArray(), endless);
        // A prefix cut after its continuation bit.
        QCOMPARE(framesOf(QByteArray("\x02"
                                     "ab"
                                     "\x80"))[1]
                     .toMap()
                     .value(kIncomplete)
                     .toByteArray(),
                 QByteArray("\x80"));
        // A length past the end of the chunk (4 GiB - 1), after a good frame.
        const QByteArray huge = QByteArray("\x01"
                                           "x")
            + QByteArray("\xff\xff\xff\xff\x0f"
                         "rest");
        const QCborArray h = framesOf(huge);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].toByteArray(), QByteArray("x"));
        QCOMPARE(h[1].toMap().value(kIncomplete).toByteArray(), huge.mid(2));
    }

    void manyFramesAreCut()
    {
        const QCborArray frames = framesOf(QByteArray(kMaxStreamItems + 5, '\0'));
        QCOMPARE(frames.size(), kMaxStreamItems + 1);
        QCOMPARE(frames[kMaxStreamItems].toMap().value(QStringLiteral("(more)")).toInteger(), 5);
    }

    void newlineDelimitedJson()
    {
        const QCborArray items = jsonOf("{\"a\":1}\n[1,\"two\"]\r\n\n  \n\"s\"\nnot json\n{\"b\":");
        QCOMPARE(items.size(), 5);  // blank lines are skipped
        QCOMPARE(compact(items[0]), QByteArray("{\"a\":1}"));
        QCOMPARE(compact(items[1]), QByteArray("[1,\"two\"]"));
        QCOMPARE(items[2].toString(), QStringLiteral("s"));
        QCOMPARE(items[3].toMap().value(QStringLiteral("not JSON")).toString(), QStringLiteral("not json"));
        QCOMPARE(items[4].toMap().value(kIncomplete).toString(), QStringLiteral("{\"b\":"));
    }

    void jsonSplitAcrossChunks()
    {
        const QByteArray stream = "{\"type\":\"hello\",\"n\":7}\n{\"type\":\"bye\"}\n";
        const qsizetype cut = stream.indexOf("bye");
        const QCborArray a = jsonOf(stream.left(cut));
        QCOMPARE(a.size(), 2);
        QCOMPARE(compact(a[0]), QByteArray("{\"n\":7,\"type\":\"hello\"}"));
        QCOMPARE(a[1].toMap().value(kIncomplete).toString(), QStringLiteral("{\"type\":\""));
        // A complete-looking line that is only the tail of one is not taken for JSON.
        const QCborArray b = jsonOf(stream.mid(cut));
        QCOMPARE(b.size(), 1);
        QCOMPARE(b[0].toMap().value(QStringLiteral("not JSON")).toString(), QStringLiteral("bye\"}"));
        QCOMPARE(jsonOf(stream).size(), 2);
    }

    void textLines()
    {
        const QCborArray lines = decodeStream("one\ntwo\r\n\nthr", StreamView::TextLines).toArray();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0].toString(), QStringLiteral("one"));
        QCOMPARE(lines[1].toString(), QStringLiteral("two"));
        QCOMPARE(lines[2].toString(), QString());
        QCOMPARE(lines[3].toMap().value(kIncomplete).toString(), QStringLiteral("thr"));
    }

    void idHandshake()
    {
        const QByteArray id(32, '\x42');
        const QCborMap hello = decodeIdHandshake(QByteArray("\x20") + id).toMap();
        QCOMPARE(hello.value(QStringLiteral("length")).toInteger(), 32);
        QCOMPARE(hello.value(QStringLiteral("id")).toByteArray(), id);
        QCOMPARE(decodeIdHandshake(QByteArray("\x80")).toMap().value(kIncomplete).toByteArray(), QByteArray("\x80"));
    }
};

QTEST_GUILESS_MAIN(TestStreamViews)
#include "tst_stream_views.moc"
