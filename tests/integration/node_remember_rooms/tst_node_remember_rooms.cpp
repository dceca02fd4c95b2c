// Rooms that stay for the node: with --remember-rooms (or "remember-rooms = true" in the config
// file) the rooms joined with /join come back at the next start in the order they were joined,
// /leave forgets one, and without the option nothing is rejoined. /export writes a room's stored
// history as JSON and as plain text.
#include "node_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using swarmscope::test::NodeProcess;

namespace {
constexpr int kWait = 20000;

QStringList baseArgs(const QString &profile)
{
    return {QStringLiteral("--profile"), profile,
            QStringLiteral("--listen"),  QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--no-lan"),  QStringLiteral("--no-dht")};
}

QStringList roomsOf(const QJsonObject &status)
{
    QStringList out;
    for (const QJsonValue &v : status.value(QStringLiteral("rooms")).toArray())
        out.append(v.toString());
    return out;
}

bool quit(NodeProcess &node)
{
    node.send(QStringLiteral("/quit"));
    int code = -1;
    return node.waitForExit(kWait, &code) && code == 0;
}
}  // namespace

class TestNodeRememberRooms : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(NodeProcess::binary()), "SWARMSCOPE_NODE_BIN not set"); }

    void roomsComeBackInOrderWithTheirHistory()
    {
        QTemporaryDir profile, out;
        const QStringList expected{QStringLiteral("zulu"), QStringLiteral("discovery-swarm:beta"),
                                   QStringLiteral("alpha")};
        {
            NodeProcess node;
            QVERIFY(node.start(baseArgs(profile.path()) << QStringLiteral("--remember-rooms")));
            QVERIFY2(node.waitForTcpListening(kWait), qPrintable(node.stderrText()));
            for (const QString &room : {QStringLiteral("zulu"), QStringLiteral("discovery-swarm:beta"),
                                        QStringLiteral("gone"), QStringLiteral("alpha")})
                node.send(QStringLiteral("/join %1").arg(room));
            node.send(QStringLiteral("/leave gone"));
            const auto status = node.ask(QStringLiteral("/status"), QStringLiteral("status"), kWait);
            QVERIFY(status);
            QCOMPARE(roomsOf(*status), expected);
            node.send(QStringLiteral("hello"));
            node.send(QStringLiteral("world"));
            QVERIFY(node.waitFor(QStringLiteral("sent"), kWait, [](const QJsonObject &e) {
                return e.value(QStringLiteral("room")).toString() == QLatin1String("alpha")
                    && e.value(QStringLiteral("text")).toString() == QLatin1String("world");
            }));
            QVERIFY(quit(node));
        }
        QString address;
        {
            // Rejoined at start, in the order joined; the history stayed with them.
            NodeProcess node;
            QVERIFY(node.start(baseArgs(profile.path()) << QStringLiteral("--remember-rooms")));
            QVERIFY2(node.waitForTcpListening(kWait), qPrintable(node.stderrText()));
            const auto status = node.ask(QStringLiteral("/status"), QStringLiteral("status"), kWait);
            QVERIFY(status);
            QCOMPARE(roomsOf(*status), expected);
            address = status->value(QStringLiteral("address")).toString();
            QVERIFY(node.waitFor(QStringLiteral("joined"), kWait, [](const QJsonObject &e) {
                return e.value(QStringLiteral("room")).toString() == QLatin1String("alpha");
            }));

            const QString json = out.filePath(QStringLiteral("alpha.json"));
            const auto exported =
                node.ask(QStringLiteral("/export alpha %1").arg(json), QStringLiteral("exported"), kWait);
            QVERIFY(exported);
            QCOMPARE(exported->value(QStringLiteral("format")).toString(), QStringLiteral("json"));
            QCOMPARE(exported->value(QStringLiteral("messages")).toInt(), 2);
            QCOMPARE(exported->value(QStringLiteral("path")).toString(), json);
            QFile file(json);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("swarmscope-history"));
            QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 1);
            QCOMPARE(doc.value(QStringLiteral("room")).toString(), QStringLiteral("alpha"));
            QCOMPARE(doc.value(QStringLiteral("backend")).toString(), QStringLiteral("native"));
            const QJsonArray messages = doc.value(QStringLiteral("messages")).toArray();
            QCOMPARE(messages.size(), 2);
            QCOMPARE(messages.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("hello"));
            QCOMPARE(messages.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("world"));
            for (const QJsonValue &m : messages) {
                QCOMPARE(m.toObject().value(QStringLiteral("from")).toString(), address);
                QVERIFY(m.toObject().value(QStringLiteral("own")).toBool());
                QCOMPARE(m.toObject().value(QStringLiteral("id")).toString().size(), 64);
                QVERIFY(m.toObject().value(QStringLiteral("time")).toDouble() > 0);
            }

            const QString text = out.filePath(QStringLiteral("alpha.txt"));
            const auto asText =
                node.ask(QStringLiteral("/export alpha %1").arg(text), QStringLiteral("exported"), kWait);
            QVERIFY(asText);
            QCOMPARE(asText->value(QStringLiteral("format")).toString(), QStringLiteral("text"));
            QFile textFile(text);
            QVERIFY(textFile.open(QIODevice::ReadOnly));
            const QStringList lines =
                QString::fromUtf8(textFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 3);
            QVERIFY(lines.at(0).startsWith(QStringLiteral("# Room alpha")));
            QVERIFY(lines.at(1).endsWith(QStringLiteral("%1: hello").arg(address)));
            QVERIFY(lines.at(2).endsWith(QStringLiteral("%1: world").arg(address)));

            // A path that names no format, and a room with no history, are answered too.
            const auto refused = node.ask(QStringLiteral("/export alpha %1").arg(out.filePath(QStringLiteral("a.csv"))),
                                          QStringLiteral("error"), kWait);
            QVERIFY(refused);
            QVERIFY(refused->value(QStringLiteral("detail")).toString().contains(QStringLiteral(".json")));
            QVERIFY(!QFile::exists(out.filePath(QStringLiteral("a.csv"))));
            QVERIFY(quit(node));
        }
        {
            // Without the option the profile's list is kept but not used.
            NodeProcess node;
            QVERIFY(node.start(baseArgs(profile.path())));
            QVERIFY2(node.waitForTcpListening(kWait), qPrintable(node.stderrText()));
            const auto status = node.ask(QStringLiteral("/status"), QStringLiteral("status"), kWait);
            QVERIFY(status);
            QVERIFY(roomsOf(*status).isEmpty());
            QVERIFY(quit(node));
        }
        {
            // The config key does what the option does; /leave forgets for the next start.
            QFile conf(out.filePath(QStringLiteral("node.conf")));
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write("remember-rooms = true\nno-lan = true\nno-dht = true\n");
            conf.close();
            NodeProcess node;
            QVERIFY(node.start({QStringLiteral("--config"), conf.fileName(), QStringLiteral("--profile"),
                                profile.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}));
            QVERIFY2(node.waitForTcpListening(kWait), qPrintable(node.stderrText()));
            const auto status = node.ask(QStringLiteral("/status"), QStringLiteral("status"), kWait);
            QVERIFY(status);
            QCOMPARE(roomsOf(*status), expected);
            node.send(QStringLiteral("/leave zulu"));
            QVERIFY(quit(node));
        }
        {
            NodeProcess node;
            QVERIFY(node.start(baseArgs(profile.path()) << QStringLiteral("--remember-rooms")));
            QVERIFY2(node.waitForTcpListening(kWait), qPrintable(node.stderrText()));
            const auto status = node.ask(QStringLiteral("/status"), QStringLiteral("status"), kWait);
            QVERIFY(status);
            QCOMPARE(roomsOf(*status), (QStringList{QStringLiteral("discovery-swarm:beta"), QStringLiteral("alpha")}));
            QVERIFY(quit(node));
        }
    }
};

QTEST_GUILESS_MAIN(TestNodeRememberRooms)
#include "tst_node_remember_rooms.moc"
