// swarmscope-node --metrics-listen: Prometheus scrapes at /metrics over HTTP on loopback. Two
// connected nodes: the scrape counts the connection by transport, path and state, the room and its
// member, and passes `promtool check metrics`; requests that are not a GET of /metrics are
// answered 404, 405, 400 or 431 and counted.
#include "metrics/prometheus_text.h"
#include "node_process.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using swarmscope::PrometheusText;
using swarmscope::test::NodeProcess;

namespace {
struct HttpAnswer {
    int status = 0;
    QByteArray head, body;
};

// Sends raw bytes, reads until the server closes.
HttpAnswer request(quint16 port, const QByteArray &raw)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!s.waitForConnected(5000))
        return {};
    s.write(raw);
    QByteArray all;
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(5000))
        all += s.readAll();
    all += s.readAll();
    HttpAnswer a;
    const qsizetype split = all.indexOf("\r\n\r\n");
    a.head = all.left(split);
    a.body = split < 0 ? QByteArray() : all.mid(split + 4);
    const QList<QByteArray> first = a.head.left(a.head.indexOf("\r\n")).split(' ');
    a.status = first.size() >= 2 ? first[1].toInt() : 0;
    return a;
}

double sampleValue(const QByteArray &body, const QString &sample)
{
    for (const QByteArray &line : body.split('\n'))
        if (line.startsWith(QByteArray(sample.toUtf8() + ' ')))
            return line.mid(sample.size() + 1).toDouble();
    return -1;
}
}  // namespace

class TestNodeMetrics : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(NodeProcess::binary()), "SWARMSCOPE_NODE_BIN not set"); }

    void labelValuesAreEscaped()
    {
        PrometheusText t;
        t.family(QStringLiteral("x_rooms"), PrometheusText::Type::Gauge, QStringLiteral("help with \\ and\nnewline"));
        t.sample(QStringLiteral("x_rooms"), 2, {{QStringLiteral("room"), QStringLiteral("a\"b\\c\nd")}});
        QCOMPARE(t.text(),
                 QByteArray("# HELP x_rooms help with \\\\ and\\nnewline\n# TYPE x_rooms gauge\n"
                            "x_rooms{room=\"a\\\"b\\\\c\\nd\"} 2\n"));
        QVERIFY(PrometheusText::isValidName(QStringLiteral("swarmscope_up")));
        QVERIFY(!PrometheusText::isValidName(QStringLiteral("9lives")));
    }

    void scrapeOfTwoConnectedNodes()
    {
        QTemporaryDir da, db;
        NodeProcess a, b;
        QVERIFY(
            a.start({QStringLiteral("--profile"), da.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--join"), QStringLiteral("ops \"night\""), QStringLiteral("--no-lan"),
                     QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")}));
        const auto listening = a.waitFor(QStringLiteral("listening"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("transport")).toString() == QLatin1String("tcp");
        });
        const auto metrics = a.waitFor(QStringLiteral("listening"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("transport")).toString() == QLatin1String("metrics");
        });
        QVERIFY2(listening && metrics, qPrintable(a.stderrText()));
        const quint16 metricsPort = quint16(metrics->value(QStringLiteral("port")).toInt());
        QVERIFY(metricsPort > 0);
        QCOMPARE(metrics->value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));

        QVERIFY(b.start({QStringLiteral("--profile"), db.path(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--connect"),
                         QStringLiteral("127.0.0.1:%1").arg(listening->value(QStringLiteral("port")).toInt()),
                         QStringLiteral("--join"), QStringLiteral("ops \"night\""), QStringLiteral("--no-lan")}));
        QVERIFY(a.waitFor(QStringLiteral("connection")));
        QVERIFY(a.waitFor(QStringLiteral("seen")));

        const HttpAnswer scrape = request(metricsPort, "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(scrape.status, 200);
        QVERIFY(scrape.head.contains("Content-Type: text/plain; version=0.0.4"));
        QCOMPARE(sampleValue(scrape.body, QStringLiteral("swarmscope_up")), 1.0);
        QCOMPARE(sampleValue(
                     scrape.body,
                     QStringLiteral("swarmscope_connections{transport=\"tcp\",path=\"direct\",state=\"connected\"}")),
                 1.0);
        QCOMPARE(sampleValue(scrape.body, QStringLiteral("swarmscope_rooms")), 1.0);
        QCOMPARE(sampleValue(scrape.body, QStringLiteral("swarmscope_room_members{room=\"ops \\\"night\\\"\"}")), 1.0);
        QVERIFY(sampleValue(scrape.body, QStringLiteral("swarmscope_bytes_total{direction=\"in\"}")) > 0);
        QCOMPARE(sampleValue(scrape.body, QStringLiteral("swarmscope_metrics_scrapes_total")), 1.0);

        // Prometheus' own checker agrees with the format.
        const QString promtool = qEnvironmentVariable("SWARMSCOPE_PROMTOOL");
        if (!QFile::exists(promtool)) {
            QVERIFY2(qEnvironmentVariable("CI") != QLatin1String("true"), "promtool missing under CI");
            QSKIP("promtool not available here (tools/fetch-promtool.sh could not fetch Debian's prometheus package)");
        }
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(scrape.body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0,
                 QByteArray(check.readAllStandardOutput() + check.readAllStandardError()).constData());
    }

    void badRequestsAreRefusedAndCounted()
    {
        QTemporaryDir dir;
        NodeProcess node;
        QVERIFY(node.start({QStringLiteral("--profile"), dir.path(), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-lan"),
                            QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")}));
        const auto metrics = node.waitFor(QStringLiteral("listening"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("transport")).toString() == QLatin1String("metrics");
        });
        QVERIFY2(metrics, qPrintable(node.stderrText()));
        const quint16 port = quint16(metrics->value(QStringLiteral("port")).toInt());

        QCOMPARE(request(port, "GET /other HTTP/1.1\r\n\r\n").status, 404);
        QCOMPARE(request(port, "POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n").status, 405);
        QCOMPARE(request(port, "not http at all\r\n\r\n").status, 400);
        QCOMPARE(request(port, "GET /metrics HTTP/1.1\r\nX-Fill: " + QByteArray(9000, 'x')).status, 431);
        const HttpAnswer scrape = request(port, "GET /metrics HTTP/1.0\r\n\r\n");
        QCOMPARE(scrape.status, 200);
        QCOMPARE(sampleValue(scrape.body, QStringLiteral("swarmscope_metrics_rejects_total{reason=\"bad-method\"}")),
                 1.0);
        QCOMPARE(sampleValue(scrape.body, QStringLiteral("swarmscope_metrics_rejects_total{reason=\"bad-request\"}")),
                 1.0);
        QCOMPARE(
            sampleValue(scrape.body, QStringLiteral("swarmscope_metrics_rejects_total{reason=\"oversized-request\"}")),
            1.0);
        QCOMPARE(sampleValue(
                     scrape.body,
                     QStringLiteral("swarmscope_connections{transport=\"tcp\",path=\"direct\",state=\"connected\"}")),
                 -1.0);
    }

    void badAddressIsAnError()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(NodeProcess::binary(),
                {QStringLiteral("--profile"), dir.path(), QStringLiteral("--metrics-listen"),
                 QStringLiteral("localhost:9100")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--metrics-listen expects ip:port"));
    }
};

QTEST_GUILESS_MAIN(TestNodeMetrics)
#include "tst_node_metrics.moc"
