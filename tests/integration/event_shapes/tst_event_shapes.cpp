// The node's JSON-lines output is public: a scripted session of four swarmscope-node processes
// exercises the documented events, and the shape of every line (field names and JSON types) is
// compared with event_shapes.json. Fields may be added; none may vanish or change type.
// SWARMSCOPE_WRITE_EVENT_SHAPES=1 rewrites the file from a run (review the diff before committing).
#include "node_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using swarmscope::test::NodeProcess;

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    default: return QStringLiteral("null");
    }
}

using Shape = QMap<QString, QSet<QString>>;  // field (or "list[].field") -> JSON types seen

// The union of the fields seen per event kind; arrays of objects contribute their elements' fields.
// Another backend's events with the same name ("peer", "message" with "backend": "peer-relay")
// have a shape of their own, under "name@backend".
void addShape(QMap<QString, Shape> &shapes, const QJsonObject &e)
{
    QString key = e.value(QStringLiteral("event")).toString();
    if (const QString backend = e.value(QStringLiteral("backend")).toString(); !backend.isEmpty())
        key += QLatin1Char('@') + backend;
    Shape &shape = shapes[key];
    for (auto it = e.begin(); it != e.end(); ++it) {
        if (it.key() == QLatin1String("event"))
            continue;
        shape[it.key()].insert(typeName(it.value()));
        if (it.value().isArray())
            for (const QJsonValue &item : it.value().toArray())
                if (item.isObject()) {
                    const QJsonObject o = item.toObject();
                    for (auto f = o.begin(); f != o.end(); ++f)
                        shape[it.key() + QStringLiteral("[].") + f.key()].insert(typeName(f.value()));
                }
    }
}

QStringList nodeArgs(const QString &profile, const QStringList &more)
{
    return QStringList{QStringLiteral("--profile"),   profile,
                       QStringLiteral("--listen"),    QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--no-lan"),    QStringLiteral("--no-peer-exchange"),
                       QStringLiteral("--heartbeat"), QStringLiteral("300")}
    + more;
}

QString addressOf(NodeProcess &n)
{
    n.send(QStringLiteral("/status"));
    const auto status = n.waitFor(QStringLiteral("status"));
    return status ? status->value(QStringLiteral("address")).toString() : QString();
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return f.fileName();
}

// The id of the next file offered after `seen` offers of this kind were printed.
QString nextFileId(NodeProcess &n, const QString &kind, qsizetype seen)
{
    const auto offer = n.waitFor(kind, 10000, [&](const QJsonObject &) { return n.events(kind).size() > seen; });
    return offer ? n.events(kind).at(seen).value(QStringLiteral("id")).toString() : QString();
}

}  // namespace

class TestEventShapes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(NodeProcess::binary()), "SWARMSCOPE_NODE_BIN not set"); }

    void everyDocumentedEventKeepsItsShape()
    {
        QTemporaryDir da, db, dc, dd;
        NodeProcess a, b, c, d;
        // a: the hub (relays, runs the DHT others bootstrap from, holds at most three peers).
        QVERIFY(
            a.start(nodeArgs(da.path(),
                             {QStringLiteral("--join"), QStringLiteral("lobby"), QStringLiteral("--relay"),
                              QStringLiteral("--dht-port"), QStringLiteral("0"), QStringLiteral("--max-peers"),
                              QStringLiteral("2"), QStringLiteral("--peer-relay-listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")})));
        const auto listening = a.waitFor(QStringLiteral("listening"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("transport")).toString() == QLatin1String("tcp");
        });
        QVERIFY2(listening, qPrintable(a.stderrText()));
        const QString hub = QStringLiteral("127.0.0.1:%1").arg(listening->value(QStringLiteral("port")).toInt());
        QVERIFY(a.waitFor(QStringLiteral("joined")));
        const auto dhtReady = a.waitFor(QStringLiteral("dht-ready"));
        QVERIFY(dhtReady);
        const QString dhtHub = QStringLiteral("127.0.0.1:%1").arg(dhtReady->value(QStringLiteral("port")).toInt());

        QVERIFY(b.start(nodeArgs(db.path(),
                                 {QStringLiteral("--join"), QStringLiteral("lobby"), QStringLiteral("--connect"), hub,
                                  QStringLiteral("--dht-port"), QStringLiteral("0"), QStringLiteral("--dht-bootstrap"),
                                  dhtHub, QStringLiteral("--name"), QStringLiteral("Bea")})));
        // c is also a's peer on a peer-relay network.
        const auto prListening = a.waitFor(QStringLiteral("listening"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("backend")).toString() == QLatin1String("peer-relay");
        });
        QVERIFY(prListening);
        const QString prIdA = prListening->value(QStringLiteral("id")).toString();
        QVERIFY(c.start(
            nodeArgs(dc.path(),
                     {QStringLiteral("--join"), QStringLiteral("lobby"), QStringLiteral("--connect"), hub,
                      QStringLiteral("--no-dht"), QStringLiteral("--peer-relay-bootstrap"),
                      QStringLiteral("ws://127.0.0.1:%1").arg(prListening->value(QStringLiteral("port")).toInt())})));
        QVERIFY(b.waitFor(QStringLiteral("seen")));
        QVERIFY(c.waitFor(QStringLiteral("seen")));
        QVERIFY(a.waitFor(QStringLiteral("seen"), 10000,
                          [&](const QJsonObject &) { return a.events(QStringLiteral("seen")).size() >= 2; }));
        const QString addrA = addressOf(a), addrB = addressOf(b), addrC = addressOf(c);
        QVERIFY(!addrA.isEmpty() && !addrB.isEmpty() && !addrC.isEmpty());
        // b's display name reaches a with its hello.
        QVERIFY(a.waitFor(QStringLiteral("peer-name"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("name")).toString() == QLatin1String("Bea");
        }));

        // Server mode: a room named by a's address has a as its server.
        a.send(QStringLiteral("/join ") + addrA);
        b.send(QStringLiteral("/join ") + addrA);
        QVERIFY(b.waitFor(QStringLiteral("server")));

        // A third peer is over a's limit.
        QVERIFY(d.start(nodeArgs(dd.path(),
                                 {QStringLiteral("--connect"), hub, QStringLiteral("--no-dht"),
                                  QStringLiteral("--peer-relay-bootstrap"), QStringLiteral("ws://127.0.0.1:1")})));
        QVERIFY(d.waitFor(QStringLiteral("connect-failed"), 10000,
                          [](const QJsonObject &e) { return e.contains(QStringLiteral("backend")); }));
        QVERIFY(a.waitFor(QStringLiteral("peer-rejected")));

        // Room chat, a direct message with its receipt.
        b.send(QStringLiteral("hello lobby"));
        QVERIFY(a.waitFor(QStringLiteral("message")));
        b.send(QStringLiteral("/send ") + addrA + QStringLiteral(" just for you"));
        QVERIFY(a.waitFor(QStringLiteral("message"), 10000,
                          [](const QJsonObject &e) { return e.value(QStringLiteral("direct")).toBool(); }));
        QVERIFY(b.waitFor(QStringLiteral("delivered")));

        // Remote procedures.
        b.send(QStringLiteral("/procedures ") + addrA);
        QVERIFY(b.waitFor(QStringLiteral("procedures")));
        b.send(QStringLiteral("/rpc ") + addrA + QStringLiteral(" echo {\"x\":1}"));
        QVERIFY(b.waitFor(QStringLiteral("rpc-response")));
        QVERIFY(a.waitFor(QStringLiteral("rpc-answered")));

        // Gossip and relay.
        b.send(QStringLiteral("/announce _whois ? 3"));
        QVERIFY(b.waitFor(QStringLiteral("reply"), 10000, [](const QJsonObject &e) {
            return e.value(QStringLiteral("role")).toString() == QLatin1String("received");
        }));
        QVERIFY(a.waitFor(QStringLiteral("request")));
        c.send(QStringLiteral("/relay ") + addrB + QStringLiteral(" around the hub"));
        QVERIFY(b.waitFor(QStringLiteral("relay-message")));

        // A second connection between two peers: b dials c by two names of one endpoint (a, the
        // hub, is full and refuses any inbound before it knows who it is). Whether or not b already
        // holds c, one of the dials is new, opens and ends as a redundant connection.
        {
            const auto cListening = c.waitFor(QStringLiteral("listening"), 10000, [](const QJsonObject &e) {
                return e.value(QStringLiteral("transport")).toString() == QLatin1String("tcp");
            });
            QVERIFY(cListening);
            const int cPort = cListening->value(QStringLiteral("port")).toInt();
            b.send(QStringLiteral("/connect 127.0.0.1:%1").arg(cPort));
            b.send(QStringLiteral("/connect localhost:%1").arg(cPort));
            const auto native = [](const QJsonObject &e) { return !e.contains(QStringLiteral("backend")); };
            if (!b.waitFor(QStringLiteral("redundant-connection"), 30000, native)
                && !c.waitFor(QStringLiteral("redundant-connection"), 1000, native)) {
                QStringList seen;
                for (NodeProcess *n : {&b, &c})
                    for (const QJsonObject &e : n->allEvents())
                        if (e.value(QStringLiteral("event")).toString() != QLatin1String("ping"))
                            seen << QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)).left(200);
                QFAIL(qPrintable(seen.mid(seen.size() - 40).join(QLatin1Char('\n'))));
            }
        }

        // The peer-relay network: a message from c to a, both peers' views.
        QVERIFY(c.waitFor(QStringLiteral("peer"), 10000,
                          [](const QJsonObject &e) { return e.contains(QStringLiteral("backend")); }));
        c.send(QStringLiteral("/pr-send %1 over peer-relay").arg(prIdA));
        QVERIFY(a.waitFor(QStringLiteral("message"), 10000,
                          [](const QJsonObject &e) { return e.contains(QStringLiteral("backend")); }));
        QVERIFY(c.waitFor(QStringLiteral("relay-sent"), 10000,
                          [](const QJsonObject &e) { return e.contains(QStringLiteral("backend")); }));
        c.send(QStringLiteral("/pr-peers"));
        QVERIFY(c.waitFor(QStringLiteral("peers"), 10000,
                          [](const QJsonObject &e) { return e.contains(QStringLiteral("backend")); }));

        // Files: b offers three to a; a takes one, declines one and cancels one; a command fails.
        {
            QTemporaryDir src, downloads;
            const QString path = writeFile(src.path(), QStringLiteral("notes.txt"), QByteArray(3000, 'n'));
            QVERIFY(!path.isEmpty());
            for (int i = 0; i < 3; ++i)
                b.send(QStringLiteral("/sendfile %1 %2").arg(addrA, path));
            const QString take = nextFileId(a, QStringLiteral("file-offer"), 0);
            const QString decline = nextFileId(a, QStringLiteral("file-offer"), 1);
            const QString cancel = nextFileId(a, QStringLiteral("file-offer"), 2);
            QVERIFY(!take.isEmpty() && !decline.isEmpty() && !cancel.isEmpty());
            a.send(QStringLiteral("/accept %1 %2").arg(take, downloads.path()));
            QVERIFY(a.waitFor(QStringLiteral("file-done")));
            QVERIFY(b.waitFor(QStringLiteral("file-delivered")));
            a.send(QStringLiteral("/decline ") + decline);
            QVERIFY(b.waitFor(QStringLiteral("file-declined")));
            a.send(QStringLiteral("/cancel ") + cancel);
            QVERIFY(b.waitFor(QStringLiteral("file-cancelled")));
            a.send(QStringLiteral("/accept 00"));
            QVERIFY(a.waitFor(QStringLiteral("error"), 10000,
                              [](const QJsonObject &e) { return e.contains(QStringLiteral("command")); }));
        }

        // The DHT: b looks the room up through a.
        QVERIFY(b.waitFor(QStringLiteral("updated"), 20000));

        // A discovery-swarm room between two more nodes: found on the DHT, dialled by hand, a line
        // each way, bad bytes, a dial nobody answers, a second connection between the same two ids.
        {
            QTemporaryDir de, df;
            NodeProcess e, f;
            const QString room = QStringLiteral("discovery-swarm:shapes");
            const auto isDswarm = [](const QJsonObject &ev) {
                return ev.value(QStringLiteral("backend")).toString() == QLatin1String("discovery-swarm");
            };
            // Bugout's BitTorrent port is taken, so a Bugout join is refused (an error with "backend").
            QTcpServer taken;
            QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
            QVERIFY(e.start(nodeArgs(de.path(),
                                     {QStringLiteral("--join"), room, QStringLiteral("--dht-port"), QStringLiteral("0"),
                                      QStringLiteral("--bittorrent-port"), QString::number(taken.serverPort())})));
            const auto dsE = e.waitFor(QStringLiteral("listening"), 10000, isDswarm);
            QVERIFY2(dsE, qPrintable(e.stderrText()));
            const quint16 dsPortE = quint16(dsE->value(QStringLiteral("port")).toInt());
            const auto eDht = e.waitFor(QStringLiteral("dht-ready"));
            QVERIFY(eDht);
            QVERIFY(
                f.start(nodeArgs(df.path(),
                                 {QStringLiteral("--join"), room, QStringLiteral("--dht-port"), QStringLiteral("0"),
                                  QStringLiteral("--dht-bootstrap"),
                                  QStringLiteral("127.0.0.1:%1").arg(eDht->value(QStringLiteral("port")).toInt())})));
            const auto dsF = f.waitFor(QStringLiteral("listening"), 10000, isDswarm);
            QVERIFY(dsF);
            QVERIFY(f.waitFor(QStringLiteral("announce"), 10000, isDswarm));
            f.send(QStringLiteral("/connect 127.0.0.1:%1 %2").arg(dsPortE).arg(room));
            QVERIFY(f.waitFor(QStringLiteral("connection"), 10000, isDswarm));
            QVERIFY(e.waitFor(QStringLiteral("connection"), 10000, isDswarm));
            // f may also have found e on the DHT: a line written on the connection that loses the
            // dedup is gone with it (as in discovery-swarm), so f writes until one arrives.
            bool arrived = false;
            for (int i = 0; i < 10 && !arrived; ++i) {
                f.send(QStringLiteral("a line for discovery-swarm"));
                arrived = e.waitFor(QStringLiteral("message"), 1000, isDswarm).has_value();
            }
            QVERIFY(arrived);
            QVERIFY(f.waitFor(QStringLiteral("sent"), 10000, isDswarm));
            // A second dial between the same two ids ends as a redundant connection (the exact line:
            // tst_event_json). It names f as "localhost": e may already know f's 127.0.0.1 endpoint
            // from the DHT, and a known endpoint is refused as a duplicate before any dial.
            e.send(
                QStringLiteral("/connect localhost:%1 %2").arg(dsF->value(QStringLiteral("port")).toInt()).arg(room));
            QVERIFY(e.waitFor(QStringLiteral("redundant-connection"), 10000, isDswarm)
                    || f.waitFor(QStringLiteral("redundant-connection"), 1000, isDswarm));
            f.send(QStringLiteral("/connect 127.0.0.1:1 ") + room);
            QVERIFY(f.waitFor(QStringLiteral("connect-failed"), 10000, isDswarm));
            QTcpSocket junk;
            junk.connectToHost(QHostAddress::LocalHost, dsPortE);
            QVERIFY(junk.waitForConnected(5000));
            junk.write(QByteArray(64, '\xff'));
            QVERIFY(junk.waitForBytesWritten(5000));
            QVERIFY(e.waitFor(QStringLiteral("rejected"), 10000, isDswarm));
            QVERIFY(f.waitFor(QStringLiteral("updated"), 20000, isDswarm));
            e.send(QStringLiteral("/peers"));
            QVERIFY(e.waitFor(QStringLiteral("peers")));
            e.send(QStringLiteral("/status"));
            QVERIFY(e.waitFor(QStringLiteral("status")));
            f.send(QStringLiteral("/leave ") + room);
            QVERIFY(e.waitFor(QStringLiteral("connection-closed"), 10000, isDswarm));
            e.send(QStringLiteral("/join bugout:nothing-here"));
            QVERIFY(e.waitFor(QStringLiteral("error"), 10000,
                              [](const QJsonObject &ev) { return ev.contains(QStringLiteral("backend")); }));
            for (NodeProcess *n : {&e, &f}) {
                n->send(QStringLiteral("/quit"));
                int code = -1;
                QVERIFY(n->waitForExit(10000, &code));
                for (const QJsonObject &ev : n->allEvents())
                    addShape(m_extraShapes, ev);
            }
        }

        // Commands and their answers.
        a.send(QStringLiteral("/peers"));
        QVERIFY(a.waitFor(QStringLiteral("peers")));
        a.send(QStringLiteral("/queue"));
        QVERIFY(a.waitFor(QStringLiteral("queue")));
        a.send(QStringLiteral("/nonsense"));
        QVERIFY(a.waitFor(QStringLiteral("error")));

        // A dial nobody answers.
        b.send(QStringLiteral("/connect 127.0.0.1:1"));
        const auto failed = b.waitFor(QStringLiteral("connect-failed"));
        QVERIFY(failed);
        QCOMPARE(failed->value(QStringLiteral("host")).toString(),
                 QStringLiteral("127.0.0.1"));  // the endpoint dialled
        QCOMPARE(failed->value(QStringLiteral("port")).toInt(), 1);

        // Bad bytes on b's port (a is full) are rejected with a reason.
        {
            const auto bListening = b.waitForTcpListening();
            QVERIFY(bListening);
            QTcpSocket junk;
            junk.connectToHost(QHostAddress::LocalHost, quint16(bListening->value(QStringLiteral("port")).toInt()));
            QVERIFY(junk.waitForConnected(5000));
            junk.write(QByteArray(64, '\xff'));
            QVERIFY(junk.waitForBytesWritten(5000));
            QVERIFY(b.waitFor(QStringLiteral("rejected")));
        }

        // A member that goes silent times out.
        ::kill(pid_t(c.process().processId()), SIGSTOP);
        const bool timedOut = a.waitFor(QStringLiteral("timeout"), 10000).has_value();
        ::kill(pid_t(c.process().processId()), SIGCONT);
        QVERIFY(timedOut);

        // Steering: back off c, ban b, leave the room.
        a.send(QStringLiteral("/backoff ") + addrC);
        QVERIFY(a.waitFor(QStringLiteral("backoff")));
        a.send(QStringLiteral("/ban ") + addrB);
        QVERIFY(a.waitFor(QStringLiteral("peer-banned")));
        QVERIFY(a.waitFor(QStringLiteral("disconnection")));
        b.send(QStringLiteral("/leave lobby"));
        QVERIFY(b.waitFor(QStringLiteral("room-left")));
        for (NodeProcess *n : {&a, &b, &c, &d}) {
            n->send(QStringLiteral("/quit"));
            int code = -1;
            QVERIFY(n->waitForExit(10000, &code));
        }

        QMap<QString, Shape> shapes = m_extraShapes;
        for (NodeProcess *n : {&a, &b, &c, &d})
            for (const QJsonObject &e : n->allEvents())
                addShape(shapes, e);
        compareWithGolden(shapes);
    }

private:
    QMap<QString, Shape> m_extraShapes;  // nodes that quit before the end

    void compareWithGolden(const QMap<QString, Shape> &shapes)
    {
        const QString path = qEnvironmentVariable("SWARMSCOPE_EVENT_SHAPES");
        QVERIFY2(!path.isEmpty(), "SWARMSCOPE_EVENT_SHAPES not set");
        if (qEnvironmentVariableIntValue("SWARMSCOPE_WRITE_EVENT_SHAPES")) {
            QJsonObject out;
            for (auto k = shapes.begin(); k != shapes.end(); ++k) {
                QJsonObject fields;
                for (auto f = k->begin(); f != k->end(); ++f) {
                    QStringList types(f->begin(), f->end());
                    types.sort();
                    fields.insert(f.key(), types.join(QLatin1Char('|')));
                }
                out.insert(k.key(), fields);
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(out).toJson(QJsonDocument::Indented));
            QSKIP("event shapes written");
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QJsonObject golden = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(golden.size() > 30);
        QStringList problems;
        for (auto k = golden.begin(); k != golden.end(); ++k) {
            if (!shapes.contains(k.key())) {
                problems << QStringLiteral("event '%1' was not printed").arg(k.key());
                continue;
            }
            const Shape &now = shapes[k.key()];
            const QJsonObject fields = k.value().toObject();
            for (auto fl = fields.begin(); fl != fields.end(); ++fl) {
                if (!now.contains(fl.key()))
                    problems << QStringLiteral("%1: field '%2' missing").arg(k.key(), fl.key());
                else
                    for (const QString &type : fl.value().toString().split(QLatin1Char('|')))
                        if (!now[fl.key()].contains(type))
                            problems << QStringLiteral("%1: field '%2' was never %3").arg(k.key(), fl.key(), type);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestEventShapes)
#include "tst_event_shapes.moc"
