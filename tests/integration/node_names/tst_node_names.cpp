// The node's name commands: two nodes on loopback in one room. /name changes a's display name
// while connected (b's peer and member follow, a's next message carries it), /name alone
// clears it, a bad name is refused with a reason; /rename gives b a local name on a's side.
#include "node_process.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using swarmscope::test::NodeProcess;

namespace {
constexpr int kWait = 20000;

QStringList args(const QString &profile)
{
    return {QStringLiteral("--profile"), profile,
            QStringLiteral("--listen"),  QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--join"),    QStringLiteral("lobby"),
            QStringLiteral("--no-lan"),  QStringLiteral("--no-dht")};
}

std::function<bool(const QJsonObject &)> field(const QString &key, const QString &value)
{
    return [key, value](const QJsonObject &e) { return e.value(key).toString() == value; };
}

// The name b's /peers gives the peer at address.
QString nameOnPeers(NodeProcess &node, const QString &address)
{
    const auto peers = node.ask(QStringLiteral("/peers"), QStringLiteral("peers"), kWait);
    if (!peers)
        return QStringLiteral("<no answer>");
    for (const QJsonValue &p : peers->value(QStringLiteral("peers")).toArray())
        if (p.toObject().value(QStringLiteral("address")).toString() == address)
            return p.toObject().value(QStringLiteral("name")).toString();
    return QStringLiteral("<not a peer>");
}
}  // namespace

class TestNodeNames : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(NodeProcess::binary()), "SWARMSCOPE_NODE_BIN not set"); }

    void nameAndRenameWhileConnected()
    {
        QTemporaryDir da, db;
        NodeProcess a, b;
        QVERIFY(b.start(args(db.path())));
        const auto listening = b.waitForTcpListening(kWait);
        QVERIFY2(listening, qPrintable(b.stderrText()));
        const QString bEndpoint = QStringLiteral("127.0.0.1:%1").arg(listening->value(QStringLiteral("port")).toInt());
        QVERIFY(a.start(args(da.path()) << QStringLiteral("--name") << QStringLiteral("Ada")
                                        << QStringLiteral("--connect") << bEndpoint));
        QVERIFY2(a.waitFor(QStringLiteral("seen"), kWait), qPrintable(a.stderrText()));
        const auto seenByB = b.waitFor(QStringLiteral("seen"), kWait);
        QVERIFY(seenByB);
        const QString aAddress = seenByB->value(QStringLiteral("address")).toString();
        QCOMPARE(seenByB->value(QStringLiteral("name")).toString(), QStringLiteral("Ada"));
        const QString bAddress = a.events(QStringLiteral("seen")).first().value(QStringLiteral("address")).toString();

        a.send(QStringLiteral("/name Ada Lovelace"));
        QVERIFY(
            a.waitFor(QStringLiteral("name"), kWait, field(QStringLiteral("name"), QStringLiteral("Ada Lovelace"))));
        QVERIFY(b.waitFor(QStringLiteral("peer-name"), kWait,
                          field(QStringLiteral("name"), QStringLiteral("Ada Lovelace"))));
        QCOMPARE(nameOnPeers(b, aAddress), QStringLiteral("Ada Lovelace"));
        a.send(QStringLiteral("after the rename"));
        const auto message = b.waitFor(QStringLiteral("message"), kWait,
                                       field(QStringLiteral("text"), QStringLiteral("after the rename")));
        QVERIFY(message);
        QCOMPARE(message->value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));

        // Refused: a's name stays, b hears nothing new.
        const int renamesSeen = int(b.events(QStringLiteral("peer-name")).size());
        const auto refused =
            a.ask(QStringLiteral("/name %1").arg(QString(65, QLatin1Char('x'))), QStringLiteral("error"), kWait);
        QVERIFY(refused);
        QCOMPARE(refused->value(QStringLiteral("reason")).toString(), QStringLiteral("bad-name"));
        QCOMPARE(refused->value(QStringLiteral("command")).toString(), QStringLiteral("name"));

        // Cleared.
        a.send(QStringLiteral("/name"));
        QVERIFY(a.waitFor(QStringLiteral("name"), kWait, field(QStringLiteral("name"), QString())));
        QVERIFY(b.waitFor(QStringLiteral("peer-name"), kWait, field(QStringLiteral("name"), QString())));
        QCOMPARE(int(b.events(QStringLiteral("peer-name")).size()), renamesSeen + 1);
        QCOMPARE(nameOnPeers(b, aAddress), QString());

        // A local name for b, on a's side only; a bad one is refused.
        const auto local =
            a.ask(QStringLiteral("/rename %1 Bob the builder").arg(bAddress), QStringLiteral("local-name"), kWait);
        QVERIFY(local);
        QCOMPARE(local->value(QStringLiteral("address")).toString(), bAddress);
        QCOMPARE(local->value(QStringLiteral("name")).toString(), QStringLiteral("Bob the builder"));
        const auto badLocal = a.ask(QStringLiteral("/rename %1 %2").arg(bAddress, QString(65, QLatin1Char('y'))),
                                    QStringLiteral("error"), kWait);
        QVERIFY(badLocal);
        QVERIFY(badLocal->value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("/rename")));
    }
};

QTEST_GUILESS_MAIN(TestNodeNames)
#include "tst_node_names.moc"
