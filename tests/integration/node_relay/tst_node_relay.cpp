// Five swarmscope-node processes in a line (a - b - c - d - e, only neighbours connected): gossip
// reaches everyone and every reply comes back; a relayed message reaches the far end; and a peer
// joins over WebSocket.
#include "node_process.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using swarmscope::test::NodeProcess;

class TestNodeRelay : public QObject {
    Q_OBJECT

private slots:
    void chainOfFive()
    {
        constexpr int kNodes = 5;
        std::vector<std::unique_ptr<QTemporaryDir>> dirs;
        std::vector<std::unique_ptr<NodeProcess>> nodes;
        QStringList addresses;
        int previousPort = 0;
        for (int i = 0; i < kNodes; ++i) {
            dirs.push_back(std::make_unique<QTemporaryDir>());
            nodes.push_back(std::make_unique<NodeProcess>());
            QStringList args{QStringLiteral("--profile"), dirs.back()->path(),
                             QStringLiteral("--listen"),  QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--no-lan"),  QStringLiteral("--no-dht"),
                             QStringLiteral("--join"),    QStringLiteral("line"),
                             QStringLiteral("--relay"),   QStringLiteral("--no-peer-exchange")};
            if (previousPort)
                args << QStringLiteral("--connect") << QStringLiteral("127.0.0.1:%1").arg(previousPort);
            QVERIFY(nodes.back()->start(args));
            const auto listening = nodes.back()->waitForTcpListening();
            QVERIFY(listening);
            previousPort = listening->value(QStringLiteral("port")).toInt();
            nodes.back()->send(QStringLiteral("/status"));
            addresses << nodes.back()->waitFor(QStringLiteral("status"))->value(QStringLiteral("address")).toString();
        }
        for (int i = 1; i < kNodes; ++i)
            QVERIFY(nodes[i]->waitFor(QStringLiteral("connection")));

        // Gossip: a asks everyone who they are; four replies come back along the reverse paths.
        nodes[0]->send(QStringLiteral("/announce _whois ? 15"));
        QSet<QString> replied;
        QVERIFY(nodes[0]->waitFor(QStringLiteral("reply"), 15000, [&](const QJsonObject &e) {
            if (e.value(QStringLiteral("role")).toString() == QLatin1String("received"))
                replied.insert(e.value(QStringLiteral("data")).toString());
            return replied.size() == kNodes - 1;
        }));
        QCOMPARE(replied, QSet<QString>(addresses.begin() + 1, addresses.end()));
        for (int i = 1; i < kNodes; ++i) {
            QVERIFY(nodes[i]->waitFor(QStringLiteral("request")));
            QCOMPARE(nodes[i]->events(QStringLiteral("request")).size(), 1);  // exactly once each
        }

        // Relay: e speaks in the room so a knows it, then a relays to e through b, c and d.
        nodes[4]->send(QStringLiteral("hello from the far end"));
        QVERIFY(nodes[0]->waitFor(QStringLiteral("message")));
        nodes[0]->send(QStringLiteral("/relay ") + addresses[4] + QStringLiteral(" through the line"));
        const auto got = nodes[4]->waitFor(QStringLiteral("relay-message"));
        QVERIFY2(got, qPrintable(nodes[4]->stderrText()));
        QCOMPARE(got->value(QStringLiteral("text")).toString(), QStringLiteral("through the line"));
        QCOMPARE(got->value(QStringLiteral("from")).toString(), addresses[0]);
        QVERIFY(got->value(QStringLiteral("hops")).toInt() >= 4);
    }

    void peerOverWebSocket()
    {
        QTemporaryDir da, db;
        NodeProcess a, b;
        QVERIFY(a.start({QStringLiteral("--profile"), da.path(), QStringLiteral("--no-lan"), QStringLiteral("--no-dht"),
                         QStringLiteral("--ws-listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--join"),
                         QStringLiteral("ws")}));
        const auto ws = a.waitFor(QStringLiteral("listening"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("transport")).toString() == QLatin1String("ws");
        });
        QVERIFY(ws);
        QVERIFY(b.start({QStringLiteral("--profile"), db.path(), QStringLiteral("--no-lan"), QStringLiteral("--no-dht"),
                         QStringLiteral("--join"), QStringLiteral("ws"), QStringLiteral("--connect"),
                         QStringLiteral("ws://127.0.0.1:%1").arg(ws->value(QStringLiteral("port")).toInt())}));
        QVERIFY(b.waitFor(QStringLiteral("connection")));
        b.send(QStringLiteral("over websocket"));
        const auto msg = a.waitFor(QStringLiteral("message"));
        QVERIFY(msg);
        QCOMPARE(msg->value(QStringLiteral("text")).toString(), QStringLiteral("over websocket"));
    }
};

QTEST_GUILESS_MAIN(TestNodeRelay)
#include "tst_node_relay.moc"
