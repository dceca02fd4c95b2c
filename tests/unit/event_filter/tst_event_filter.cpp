// The event filter expression: parsing (with error positions), every operator, negation and
// quoting; and the JSON-lines reader that opens exported logs.

#include "inspector/event_log_file_reader.h"
#include "inspector/event_filter_expression.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;
using Op = EventFilterExpression::Op;
using Code = EventFilterExpression::ErrorCode;

namespace {

LoggedEvent rpcEvent()
{
    LoggedEvent e;
    e.timeMs = 1700000000000;
    e.kind = QStringLiteral("rpc-response");
    e.fields =
        QJsonObject{{QStringLiteral("peer"), QStringLiteral("bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ")},
                    {QStringLiteral("name"), QStringLiteral("ping")},
                    {QStringLiteral("rttMs"), 150},
                    {QStringLiteral("room"), QStringLiteral("my room")},
                    {QStringLiteral("nested"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("timeout")}}}};
    return e;
}

LoggedEvent connectionEvent()
{
    LoggedEvent e;
    e.timeMs = 1700000000500;
    e.kind = QStringLiteral("connection");
    e.fields = QJsonObject{{QStringLiteral("address"), QStringLiteral("bYwqSagZb5n42M9qXSw2uu3Cpxg9JhZcnd")},
                           {QStringLiteral("port"), 4000},
                           {QStringLiteral("transport"), QStringLiteral("tcp")}};
    return e;
}

bool matches(const QString &text, const LoggedEvent &e)
{
    EventFilterExpression x;
    const auto error = EventFilterExpression::parse(text, x);
    if (error) {
        qWarning("unexpected parse error for %s at %d", qPrintable(text), error->position);
        return false;
    }
    return x.matches(e);
}

}  // namespace

class TestEventFilter : public QObject {
    Q_OBJECT

private slots:
    void parsesTerms();
    void parseErrors_data();
    void parseErrors();
    void emptyMatchesAll();
    void bareWords();
    void fieldContains();
    void peerAlias();
    void numericOperators();
    void equality();
    void negation();
    void quotedValues();
    void readerRoundTrip();
    void readerCountsMalformed();
};

void TestEventFilter::parsesTerms()
{
    EventFilterExpression x;
    QVERIFY(
        !EventFilterExpression::parse(QStringLiteral("  kind:rpc peer:bYSk rtt>100 -reason:\"time out\" word "), x));
    QCOMPARE(x.terms().size(), 5);
    QCOMPARE(x.terms().at(0).op, Op::Contains);
    QCOMPARE(x.terms().at(0).field, QStringLiteral("kind"));
    QCOMPARE(x.terms().at(0).value, QStringLiteral("rpc"));
    QCOMPARE(x.terms().at(2).op, Op::Greater);
    QCOMPARE(x.terms().at(2).number, 100.0);
    QVERIFY(x.terms().at(3).negated);
    QCOMPARE(x.terms().at(3).value, QStringLiteral("time out"));
    QCOMPARE(x.terms().at(4).op, Op::Anywhere);

    QVERIFY(!EventFilterExpression::parse(QStringLiteral("a>=1 b<=2 c<3 d=4"), x));
    QCOMPARE(x.terms().at(0).op, Op::GreaterEqual);
    QCOMPARE(x.terms().at(1).op, Op::LessEqual);
    QCOMPARE(x.terms().at(2).op, Op::Less);
    QCOMPARE(x.terms().at(3).op, Op::Equal);
    QVERIFY(x.terms().at(3).numeric);
}

void TestEventFilter::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("position");
    QTest::newRow("unterminated bare") << QStringLiteral("kind:rpc \"open") << int(Code::UnterminatedQuote) << 9;
    QTest::newRow("unterminated value") << QStringLiteral("room:\"x y") << int(Code::UnterminatedQuote) << 5;
    QTest::newRow("empty field") << QStringLiteral("abc :x") << int(Code::EmptyField) << 4;
    QTest::newRow("missing value") << QStringLiteral("kind: x") << int(Code::MissingValue) << 5;
    QTest::newRow("missing at end") << QStringLiteral("rtt>") << int(Code::MissingValue) << 4;
    QTest::newRow("not a number >") << QStringLiteral("kind:a rtt>fast") << int(Code::NotANumber) << 11;
    QTest::newRow("not a number <=") << QStringLiteral("rtt<=x") << int(Code::NotANumber) << 5;
    QTest::newRow("lone minus") << QStringLiteral("a - b") << int(Code::EmptyNegation) << 2;
    QTest::newRow("minus at end") << QStringLiteral("a -") << int(Code::EmptyNegation) << 2;
}

void TestEventFilter::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(int, position);
    EventFilterExpression x;
    const auto error = EventFilterExpression::parse(text, x);
    QVERIFY(error.has_value());
    QCOMPARE(int(error->code), code);
    QCOMPARE(error->position, position);
    QVERIFY(x.isEmpty());  // a failed parse leaves nothing behind
    QVERIFY(EventFilterExpression::describe(*error).contains(QString::number(position + 1)));
}

void TestEventFilter::emptyMatchesAll()
{
    QVERIFY(matches(QString(), rpcEvent()));
    QVERIFY(matches(QStringLiteral("   "), connectionEvent()));
}

void TestEventFilter::bareWords()
{
    QVERIFY(matches(QStringLiteral("PING"), rpcEvent()));
    QVERIFY(matches(QStringLiteral("rpc-resp timeout"), rpcEvent()));
    QVERIFY(!matches(QStringLiteral("rpc-resp nothere"), rpcEvent()));
    QVERIFY(matches(QStringLiteral("tcp"), connectionEvent()));
    // A host:port is a word, not a field.
    LoggedEvent e = connectionEvent();
    e.fields.insert(QStringLiteral("endpoint"), QStringLiteral("127.0.0.1:4000"));
    QVERIFY(matches(QStringLiteral("127.0.0.1:4000"), e));
    QVERIFY(
        matches(QStringLiteral("[::1]:80 -[::1]:81"),
                LoggedEvent{0, QStringLiteral("x"), QJsonObject{{QStringLiteral("h"), QStringLiteral("[::1]:80")}}}));
}

void TestEventFilter::fieldContains()
{
    QVERIFY(matches(QStringLiteral("kind:rpc"), rpcEvent()));
    QVERIFY(matches(QStringLiteral("event:RPC"), rpcEvent()));
    QVERIFY(!matches(QStringLiteral("kind:rpc"), connectionEvent()));
    QVERIFY(matches(QStringLiteral("reason:time"), rpcEvent()));  // nested field
    QVERIFY(matches(QStringLiteral("transport:tc"), connectionEvent()));
    QVERIFY(!matches(QStringLiteral("name:tcp"), connectionEvent()));  // no such field
    QVERIFY(matches(QStringLiteral("port:400"), connectionEvent()));  // numbers as text
}

void TestEventFilter::peerAlias()
{
    QVERIFY(matches(QStringLiteral("peer:bYSk"), rpcEvent()));
    QVERIFY(matches(QStringLiteral("peer:bYwq"), connectionEvent()));  // "address" field
    QVERIFY(matches(QStringLiteral("address:bysk"), rpcEvent()));
    QVERIFY(!matches(QStringLiteral("peer:bYSk"), connectionEvent()));
}

void TestEventFilter::numericOperators()
{
    QVERIFY(matches(QStringLiteral("rtt>100"), rpcEvent()));  // rttMs
    QVERIFY(!matches(QStringLiteral("rtt>150"), rpcEvent()));
    QVERIFY(matches(QStringLiteral("rtt>=150"), rpcEvent()));
    QVERIFY(matches(QStringLiteral("rtt<151"), rpcEvent()));
    QVERIFY(!matches(QStringLiteral("rtt<150"), rpcEvent()));
    QVERIFY(matches(QStringLiteral("rtt<=150"), rpcEvent()));
    QVERIFY(matches(QStringLiteral("port>3999.5"), connectionEvent()));
    QVERIFY(!matches(QStringLiteral("rtt>1"), connectionEvent()));  // missing field never matches
    QVERIFY(matches(QStringLiteral("time>1700000000100"), connectionEvent()));
    QVERIFY(!matches(QStringLiteral("time>1700000000100"), rpcEvent()));
}

void TestEventFilter::equality()
{
    QVERIFY(matches(QStringLiteral("port=4000"), connectionEvent()));
    QVERIFY(!matches(QStringLiteral("port=400"), connectionEvent()));
    QVERIFY(matches(QStringLiteral("transport=TCP"), connectionEvent()));  // text: exact, any case
    QVERIFY(!matches(QStringLiteral("transport=tc"), connectionEvent()));
}

void TestEventFilter::negation()
{
    QVERIFY(!matches(QStringLiteral("-kind:rpc"), rpcEvent()));
    QVERIFY(matches(QStringLiteral("-kind:rpc"), connectionEvent()));
    QVERIFY(matches(QStringLiteral("-rtt>200"), rpcEvent()));
    QVERIFY(matches(QStringLiteral("-nothere"), rpcEvent()));
    QVERIFY(!matches(QStringLiteral("kind:rpc -ping"), rpcEvent()));
}

void TestEventFilter::quotedValues()
{
    QVERIFY(matches(QStringLiteral("room:\"my room\""), rpcEvent()));
    QVERIFY(!matches(QStringLiteral("room:\"my  room\""), rpcEvent()));
    QVERIFY(matches(QStringLiteral("\"my room\""), rpcEvent()));
    QVERIFY(matches(QStringLiteral("-\"other room\""), rpcEvent()));
    // Operators inside quotes are text.
    EventFilterExpression x;
    QVERIFY(!EventFilterExpression::parse(QStringLiteral("\"a:b>c\" name:\"x\\\"y\""), x));
    QCOMPARE(x.terms().at(0).op, Op::Anywhere);
    QCOMPARE(x.terms().at(0).value, QStringLiteral("a:b>c"));
    QCOMPARE(x.terms().at(1).value, QStringLiteral("x\"y"));
}

void TestEventFilter::readerRoundTrip()
{
    QByteArray text;
    for (const LoggedEvent &e : {rpcEvent(), connectionEvent()})
        text += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    EventLogFileReader::Contents contents;
    QVERIFY(EventLogFileReader::read(buffer, contents));
    QCOMPARE(contents.events.size(), 2);
    QCOMPARE(contents.malformed, 0);
    QCOMPARE(contents.events.at(0).kind, rpcEvent().kind);
    QCOMPARE(contents.events.at(0).timeMs, rpcEvent().timeMs);
    QCOMPARE(contents.events.at(0).fields, rpcEvent().fields);
    QCOMPARE(contents.events.at(1).toJson(), connectionEvent().toJson());
}

void TestEventFilter::readerCountsMalformed()
{
    QByteArray text =
        "\n{\"event\":\"a\",\"time\":1}\nnot json\n[1,2]\n{\"time\":3}\n{\"event\":5}\n"
        "{\"event\":\"b\",\"time\":\"x\"}\n{\"event\":\"c\"}\n\xff\xfe\x01garbage\n{\"event\":\"d\",\"time\":2}";
    text += '\n' + QByteArray(EventLogFileReader::kMaxLineBytes + 10, 'x') + "\n{\"event\":\"e\"}\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    EventLogFileReader::Contents contents;
    QVERIFY(EventLogFileReader::read(buffer, contents));
    QStringList kinds;
    for (const LoggedEvent &e : contents.events)
        kinds.append(e.kind);
    QCOMPARE(kinds, (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")}));
    QCOMPARE(contents.malformed, 7);
    QCOMPARE(contents.firstMalformedLine, 3);
}

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_event_filter.moc"
