// Two swarmscope-node processes chat over --connect; the scripting surface (JSON events on stdout,
// chat lines and /commands on stdin) behaves as documented.
#include "node_process.h"
#include "test_env.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using swarmscope::test::NodeProcess;

class TestNodeProcesses : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(NodeProcess::binary()), "SWARMSCOPE_NODE_BIN not set"); }

    void identityIsStableJson()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 2; ++i) {
            QProcess p;
            p.start(NodeProcess::binary(), {QStringLiteral("--profile"), dir.path(), QStringLiteral("--identity")});
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitCode(), 0);
            const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            QVERIFY(o.value(QStringLiteral("address")).toString().startsWith(QLatin1Char('b')));
            QCOMPARE(o.value(QStringLiteral("publicKey")).toString().size(), 64);
            static QString first;
            if (i == 0)
                first = o.value(QStringLiteral("address")).toString();
            else
                QCOMPARE(o.value(QStringLiteral("address")).toString(), first);
        }
    }

    void twoNodesChat()
    {
        QTemporaryDir da, db;
        NodeProcess a, b;
        QVERIFY(
            a.start({QStringLiteral("--profile"), da.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--join"), QStringLiteral("lobby"), QStringLiteral("--no-lan")}));
        const auto listening = a.waitForTcpListening();
        QVERIFY2(listening, qPrintable(a.stderrText()));
        const int port = listening->value(QStringLiteral("port")).toInt();
        QVERIFY(port > 0);
        const auto joined = a.waitFor(QStringLiteral("joined"));
        QVERIFY(joined);
        QCOMPARE(joined->value(QStringLiteral("topic")).toString().size(), 64);

        QVERIFY(
            b.start({QStringLiteral("--profile"), db.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--connect"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--join"),
                     QStringLiteral("lobby"), QStringLiteral("--no-lan")}));
        const auto connA = a.waitFor(QStringLiteral("connection"));
        const auto connB = b.waitFor(QStringLiteral("connection"));
        QVERIFY(connA && connB);
        QVERIFY(b.waitFor(QStringLiteral("seen")));

        b.send(QStringLiteral("hello over the wire"));
        const auto msg = a.waitFor(QStringLiteral("message"));
        QVERIFY2(msg, qPrintable(a.stderrText()));
        QCOMPARE(msg->value(QStringLiteral("text")).toString(), QStringLiteral("hello over the wire"));
        QCOMPARE(msg->value(QStringLiteral("room")).toString(), QStringLiteral("lobby"));
        QCOMPARE(msg->value(QStringLiteral("from")).toString(), connA->value(QStringLiteral("address")).toString());

        a.send(QStringLiteral("/status"));
        const auto status = a.waitFor(QStringLiteral("status"));
        QVERIFY(status);
        QCOMPARE(status->value(QStringLiteral("connected")).toInt(), 1);
        QCOMPARE(status->value(QStringLiteral("address")).toString(),
                 connB->value(QStringLiteral("address")).toString());
        QCOMPARE(status->value(QStringLiteral("rooms")).toArray().first().toString(), QStringLiteral("lobby"));

        a.send(QStringLiteral("/peers"));
        const auto peers = a.waitFor(QStringLiteral("peers"));
        QVERIFY(peers);
        QCOMPARE(peers->value(QStringLiteral("peers")).toArray().size(), 1);

        a.send(QStringLiteral("/nonsense"));
        QVERIFY(a.waitFor(QStringLiteral("error")));

        // b quits cleanly; a sees it leave the room and the connection close.
        b.send(QStringLiteral("/quit"));
        int code = -1;
        QVERIFY(b.waitForExit(10000, &code));
        QCOMPARE(code, 0);
        QVERIFY(a.waitFor(QStringLiteral("left")));
        QVERIFY(a.waitFor(QStringLiteral("connection-closed")));
        a.send(QStringLiteral("/quit"));
        QVERIFY(a.waitForExit(10000, &code));
        QCOMPARE(code, 0);
    }

    void steeringFromTheCommandLine()
    {
        QTemporaryDir da, db, dc;
        NodeProcess a, b, c;
        QVERIFY(a.start({QStringLiteral("--profile"), da.path(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--join"), QStringLiteral("ops"),
                         QStringLiteral("--no-lan"), QStringLiteral("--max-peers"), QStringLiteral("1")}));
        const auto listening = a.waitForTcpListening();
        QVERIFY(listening);
        const QString target = QStringLiteral("127.0.0.1:%1").arg(listening->value(QStringLiteral("port")).toInt());
        QVERIFY(
            b.start({QStringLiteral("--profile"), db.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--join"), QStringLiteral("ops"), QStringLiteral("--no-lan")}));
        QVERIFY(b.waitForTcpListening());
        b.send(QStringLiteral("/connect ") + target);
        const auto conn = a.waitFor(QStringLiteral("connection"));
        QVERIFY(conn);
        const QString bAddress = conn->value(QStringLiteral("address")).toString();

        // --max-peers 1 holds: a third node is refused with a reason.
        QVERIFY(
            c.start({QStringLiteral("--profile"), dc.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--connect"), target, QStringLiteral("--no-lan")}));
        const auto refused = a.waitFor(QStringLiteral("peer-rejected"));
        QVERIFY(refused);
        QCOMPARE(refused->value(QStringLiteral("reason")).toString(), QStringLiteral("limit"));

        a.send(QStringLiteral("/status"));
        const auto status = a.waitFor(QStringLiteral("status"));
        QVERIFY(status && status->contains(QStringLiteral("queued")) && status->contains(QStringLiteral("connecting")));
        QCOMPARE(status->value(QStringLiteral("connected")).toInt(), 1);

        // Ban b: the connection closes and b's redials are refused.
        a.send(QStringLiteral("/ban ") + bAddress);
        const auto banned = a.waitFor(QStringLiteral("peer-banned"));
        QVERIFY(banned);
        QCOMPARE(banned->value(QStringLiteral("address")).toString(), bAddress);
        QVERIFY(b.waitFor(QStringLiteral("connection-closed")));
        a.send(QStringLiteral("/ban nobody-we-know"));
        QVERIFY(a.waitFor(QStringLiteral("error"), 5000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("detail")).toString().contains(QStringLiteral("no known peer"));
        }));
        a.send(QStringLiteral("/queue"));
        QVERIFY(a.waitFor(QStringLiteral("queue")));
    }

    void whitelistRefusesOthers()
    {
        QTemporaryDir da, db;
        NodeProcess a, b;
        QVERIFY(
            a.start({QStringLiteral("--profile"), da.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--no-lan"), QStringLiteral("--whitelist"), QStringLiteral("127.0.0.9")}));
        const auto listening = a.waitForTcpListening();
        QVERIFY(listening);
        QVERIFY(
            b.start({QStringLiteral("--profile"), db.path(), QStringLiteral("--no-lan"), QStringLiteral("--connect"),
                     QStringLiteral("127.0.0.1:%1").arg(listening->value(QStringLiteral("port")).toInt())}));
        const auto refused = a.waitFor(QStringLiteral("peer-rejected"));
        QVERIFY(refused);
        QCOMPARE(refused->value(QStringLiteral("reason")).toString(), QStringLiteral("whitelist"));
        QVERIFY(a.events(QStringLiteral("connection")).isEmpty());
    }

    void dhtBringsTwoNodesTogether()
    {
        QTemporaryDir da, db;
        NodeProcess a, b;
        QVERIFY(a.start({QStringLiteral("--profile"), da.path(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-lan"), QStringLiteral("--dht-port"),
                         QStringLiteral("0"), QStringLiteral("--join"), QStringLiteral("over the dht")}));
        const auto ready = a.waitFor(QStringLiteral("dht-ready"));
        QVERIFY2(ready, qPrintable(a.stderrText()));
        const int dhtPort = ready->value(QStringLiteral("port")).toInt();
        QVERIFY(dhtPort > 0);
        const auto joined = a.waitFor(QStringLiteral("joined"));
        QVERIFY(joined);
        QCOMPARE(joined->value(QStringLiteral("dhtKey")).toString().size(), 40);

        QVERIFY(b.start({QStringLiteral("--profile"), db.path(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-lan"), QStringLiteral("--dht-bootstrap"),
                         QStringLiteral("127.0.0.1:%1").arg(dhtPort), QStringLiteral("--join"),
                         QStringLiteral("over the dht")}));
        const auto readyB = b.waitFor(QStringLiteral("dht-ready"));
        QVERIFY(readyB);
        QCOMPARE(readyB->value(QStringLiteral("nodes")).toInt(), 1);
        const auto conn = b.waitFor(QStringLiteral("connection"));
        QVERIFY2(conn, qPrintable(b.stderrText()));
        QVERIFY(b.waitFor(QStringLiteral("updated")));
        a.send(QStringLiteral("/status"));
        const auto status = a.waitFor(QStringLiteral("status"));
        QVERIFY(status);
        const QJsonObject dht = status->value(QStringLiteral("dht")).toObject();
        QCOMPARE(dht.value(QStringLiteral("nodes")).toInt(), 1);
        QVERIFY(dht.value(QStringLiteral("queriesIn")).toObject().value(QStringLiteral("announce_peer")).toInt() >= 1);
        QVERIFY(dht.contains(QStringLiteral("rejects")));
    }

    void proceduresRpcAndDirectMessages()
    {
        QTemporaryDir da, db;
        NodeProcess a, b;
        QVERIFY(a.start({QStringLiteral("--profile"), da.path(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--join"), QStringLiteral("rpc"),
                         QStringLiteral("--no-lan"), QStringLiteral("--no-dht")}));
        const auto listening = a.waitForTcpListening();
        QVERIFY(listening);
        QVERIFY(b.start({QStringLiteral("--profile"), db.path(), QStringLiteral("--no-lan"), QStringLiteral("--no-dht"),
                         QStringLiteral("--join"), QStringLiteral("rpc"), QStringLiteral("--connect"),
                         QStringLiteral("127.0.0.1:%1").arg(listening->value(QStringLiteral("port")).toInt())}));
        const auto seen = b.waitFor(QStringLiteral("seen"));
        QVERIFY(seen);
        const QString aAddress = seen->value(QStringLiteral("address")).toString();

        b.send(QStringLiteral("/procedures ") + aAddress);
        const auto procs = b.waitFor(QStringLiteral("procedures"));
        QVERIFY(procs);
        QStringList names;
        for (const QJsonValue &p : procs->value(QStringLiteral("procedures")).toArray()) {
            names << p.toObject().value(QStringLiteral("name")).toString();
            QVERIFY(!p.toObject().value(QStringLiteral("doc")).toString().isEmpty());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("echo"), QStringLiteral("peers"), QStringLiteral("whoami")}));

        b.send(QStringLiteral("/rpc ") + aAddress + QStringLiteral(" echo {\"n\":[1,2,3]}"));
        const auto echo = b.waitFor(QStringLiteral("rpc-response"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("name")).toString() == QLatin1String("echo");
        });
        QVERIFY(echo);
        QCOMPARE(echo->value(QStringLiteral("result")).toObject().value(QStringLiteral("n")).toArray().size(), 3);
        b.send(QStringLiteral("/rpc ") + aAddress + QStringLiteral(" whoami"));
        const auto who = b.waitFor(QStringLiteral("rpc-response"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("name")).toString() == QLatin1String("whoami");
        });
        QVERIFY(who);
        QCOMPARE(who->value(QStringLiteral("result")).toString(), aAddress);
        b.send(QStringLiteral("/rpc ") + aAddress + QStringLiteral(" missing 1"));
        const auto missing = b.waitFor(QStringLiteral("rpc-response"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("name")).toString() == QLatin1String("missing");
        });
        QVERIFY(missing);
        QCOMPARE(missing->value(QStringLiteral("error")).toString(), QStringLiteral("No such API call."));

        b.send(QStringLiteral("/send ") + aAddress + QStringLiteral(" just for you"));
        const auto dm = a.waitFor(QStringLiteral("message"), 10000,
                                  [](const QJsonObject &e) { return e.value(QStringLiteral("direct")).toBool(); });
        QVERIFY(dm);
        QCOMPARE(dm->value(QStringLiteral("text")).toString(), QStringLiteral("just for you"));
        QVERIFY(b.waitFor(QStringLiteral("delivered")));
    }

    void doctorReportsJson()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setProcessEnvironment(swarmscope::test::offlineEnvironment());
        p.start(NodeProcess::binary(),
                {QStringLiteral("--profile"), dir.path(), QStringLiteral("--doctor"), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-dht"), QStringLiteral("--lan-interface"),
                 QStringLiteral("lo"), QStringLiteral("--lan-port"),
                 QString::number(swarmscope::test::uniqueLanPort())});
        QVERIFY(p.waitForFinished(20000));
        const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QStringList ids;
        for (const QJsonValue &c : report.value(QStringLiteral("checks")).toArray()) {
            ids << c.toObject().value(QStringLiteral("id")).toString();
            if (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("listen"))
                QCOMPARE(c.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        }
        QVERIFY2(ids.contains(QStringLiteral("lan-multicast")) && ids.contains(QStringLiteral("clock")),
                 qPrintable(ids.join(u',')));
        QCOMPARE(p.exitCode(), 0);
    }

    void badArgumentsFailClearly()
    {
        QProcess p;
        p.start(NodeProcess::binary(), {QStringLiteral("--listen"), QStringLiteral("nonsense")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--listen"));
    }

    void corruptProfileIsRefused()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("identity.seed")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("broken");
        f.close();
        QProcess p;
        p.start(NodeProcess::binary(), {QStringLiteral("--profile"), dir.path(), QStringLiteral("--no-lan")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("refusing"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("broken"));
    }
    // Each socket the node listens on prints `listening` with its transport and port: the session's
    // TCP listener first, then the mDNS socket and the DHT's UDP socket (both on loopback here).
    void everyListenerIsPrinted()
    {
        QTemporaryDir dir;
        NodeProcess node;
        QVERIFY(node.start({QStringLiteral("--profile"), dir.path(), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--dht-port"), QStringLiteral("0")}));
        QVERIFY2(node.waitFor(QStringLiteral("dht-ready")), qPrintable(node.stderrText()));
        const auto byTransport = [&](const char *transport) {
            return node.waitFor(QStringLiteral("listening"), 10000, [transport](const QJsonObject &e) {
                return e.value(QStringLiteral("transport")).toString() == QLatin1String(transport);
            });
        };
        const auto tcp = byTransport("tcp"), mdns = byTransport("mdns"), dht = byTransport("dht");
        QVERIFY(tcp && mdns && dht);
        QCOMPARE(node.events(QStringLiteral("listening")).first(), *tcp);
        QCOMPARE(node.events(QStringLiteral("listening")).size(), 3);
        QVERIFY(tcp->value(QStringLiteral("port")).toInt() > 0);
        QCOMPARE(mdns->value(QStringLiteral("host")).toString(), QStringLiteral("224.0.0.251"));
        QCOMPARE(mdns->value(QStringLiteral("port")).toInt(), 5353);
        QCOMPARE(dht->value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        // The port printed is the one bound, as dht-ready reports it after it.
        QCOMPARE(dht->value(QStringLiteral("port")).toInt(),
                 node.events(QStringLiteral("dht-ready")).first().value(QStringLiteral("port")).toInt());
        QVERIFY(dht->value(QStringLiteral("port")).toInt() > 0);
        const QList<QJsonObject> all = node.allEvents();
        QVERIFY(all.indexOf(*dht) < all.indexOf(node.events(QStringLiteral("dht-ready")).first()));

        // Without LAN discovery and the DHT only the TCP listener is printed.
        QTemporaryDir quietDir;
        NodeProcess quiet;
        QVERIFY(quiet.start({QStringLiteral("--profile"), quietDir.path(), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-lan"), QStringLiteral("--no-dht"),
                             QStringLiteral("--join"), QStringLiteral("lobby")}));
        QVERIFY(quiet.waitFor(QStringLiteral("joined")));
        QCOMPARE(quiet.events(QStringLiteral("listening")).size(), 1);
        QVERIFY(NodeProcess::isTcpListening(quiet.events(QStringLiteral("listening")).first()));
    }

    // Without --dht-port the DHT takes the TCP port's number (libtorrent looks for a peer's DHT
    // node there), unless that UDP port is taken. A relay holds room for its slot holders.
    void dhtOnTheTcpPortAndARelaysRoom()
    {
        QTemporaryDir dir;
        NodeProcess relay;
        QVERIFY(relay.start({QStringLiteral("--profile"), dir.path(), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-lan"), QStringLiteral("--relay")}));
        const auto tcp = relay.waitForTcpListening();
        const auto dht = relay.waitFor(QStringLiteral("listening"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("transport")).toString() == QLatin1String("dht");
        });
        QVERIFY(tcp && dht);
        const int tcpPort = tcp->value(QStringLiteral("port")).toInt();
        QVERIFY2(dht->value(QStringLiteral("port")).toInt() == tcpPort
                     || relay.stderrText().contains(QLatin1String("is taken")),
                 qPrintable(relay.stderrText()));
        const auto st = relay.ask(QStringLiteral("/status"), QStringLiteral("status"));
        QVERIFY(st);
        QCOMPARE(st->value(QStringLiteral("maxPeers")).toInt(), 24 + 128);
        QVERIFY(st->value(QStringLiteral("relayService")).toObject().value(QStringLiteral("serving")).toBool());

        QTemporaryDir otherDir;
        NodeProcess chosen;
        QVERIFY(chosen.start({QStringLiteral("--profile"), otherDir.path(), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-lan"), QStringLiteral("--relay"),
                              QStringLiteral("--max-peers"), QStringLiteral("10"), QStringLiteral("--dht-port"),
                              QStringLiteral("0")}));
        const auto st2 = chosen.ask(QStringLiteral("/status"), QStringLiteral("status"));
        QVERIFY(st2);
        QCOMPARE(st2->value(QStringLiteral("maxPeers")).toInt(), 10);
    }
};

QTEST_GUILESS_MAIN(TestNodeProcesses)
#include "tst_node_processes.moc"
