// Our swarmscope-node inside networks of real npm peer-relay@0.0.2 peers (pr_peers.js under Node),
// on loopback only: relaying for JS peers, sending through a JS peer, direct connections by
// connect(id), the hop limit, and the dgram-like Socket.
#include "node_process.h"
#include "test_env.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using swarmscope::test::NodeProcess;

namespace {

constexpr int kWaitMs = 15000;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// The JS side: one Node process hosting named peer-relay peers.
class JsPeers {
public:
    bool start()
    {
        const QString script =
            QDir(qEnvironmentVariable("SWARMSCOPE_INTEROP_DIR")).filePath(QStringLiteral("pr_peers.js"));
        m_node.process().start(swarmscope::test::nodeExecutable(), {script});
        return m_node.process().waitForStarted(5000) && m_node.waitFor(QStringLiteral("ready"), kWaitMs);
    }
    void command(const QJsonObject &c)
    {
        m_node.send(QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact)));
    }
    // Starts a peer; port -1 = no WebSocket server (it can only dial out).
    QJsonObject peer(const QString &name, int port, const QStringList &bootstrap, bool populate = true)
    {
        command({{QStringLiteral("cmd"), QStringLiteral("start")},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("port"), port < 0 ? QJsonValue() : QJsonValue(port)},
                 {QStringLiteral("bootstrap"), QJsonArray::fromStringList(bootstrap)},
                 {QStringLiteral("populate"), populate}});
        return m_node
            .waitFor(QStringLiteral("started"), kWaitMs, [&](const QJsonObject &e) { return str(e, "name") == name; })
            .value_or(QJsonObject());
    }
    void send(const QString &name, const QString &to, const QJsonValue &data)
    {
        command({{QStringLiteral("cmd"), QStringLiteral("send")},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("to"), to},
                 {QStringLiteral("data"), data}});
    }
    std::optional<QJsonObject> waitFor(const QString &kind, const QString &name,
                                       const std::function<bool(const QJsonObject &)> &pred = {})
    {
        return m_node.waitFor(kind, kWaitMs,
                              [&](const QJsonObject &e) { return str(e, "name") == name && (!pred || pred(e)); });
    }
    QList<QJsonObject> events(const QString &kind) const { return m_node.events(kind); }
    // Waits until every line the peers printed so far has been read.
    bool sync()
    {
        const int n = ++m_pings;
        command({{QStringLiteral("cmd"), QStringLiteral("ping")}, {QStringLiteral("n"), n}});
        return m_node
            .waitFor(QStringLiteral("pong"), kWaitMs,
                     [&](const QJsonObject &e) { return e.value(QStringLiteral("n")).toInt() == n; })
            .has_value();
    }
    NodeProcess &process() { return m_node; }

private:
    NodeProcess m_node;
    int m_pings = 0;
};

struct OurNode {
    QTemporaryDir dir;
    NodeProcess node;
    QString id;
    int port = 0;

    bool start(const QStringList &extra)
    {
        if (!node.start(QStringList{QStringLiteral("--profile"), dir.path(), QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-lan"),
                                    QStringLiteral("--no-dht")}
                        + extra))
            return false;
        node.send(QStringLiteral("/status"));
        const auto status = node.waitFor(QStringLiteral("status"), kWaitMs);
        if (!status)
            return false;
        id = str(*status, "peerRelayId");
        port = status->value(QStringLiteral("peerRelay")).toObject().value(QStringLiteral("port")).toInt();
        return id.size() == 40;
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(port); }
};

bool isPeerRelay(const QJsonObject &e)
{
    return str(e, "backend") == QLatin1String("peer-relay");
}

}  // namespace

class TestPeerRelayInterop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (swarmscope::test::nodeExecutable().isEmpty())
            QSKIP("Node is not installed");
        QVERIFY2(QFileInfo::exists(swarmscope::test::nodeModulesDir() + QStringLiteral("/peer-relay/lib/router.js")),
                 "peer-relay is not installed (the npm_install fixture)");
    }

    // JS A – our node – JS C, A and C not connected (neither listens, so their answers carry
    // ws: null and nothing but us joins them): A's send(C.id) reaches C through us and back.
    void jsThroughOurs()
    {
        OurNode ours;
        QVERIFY(ours.start({QStringLiteral("--peer-relay-listen"), QStringLiteral("127.0.0.1:0")}));
        const auto listening = ours.node.waitFor(QStringLiteral("listening"), kWaitMs, [](const QJsonObject &e) {
            return str(e, "transport") == QLatin1String("peer-relay");
        });
        QVERIFY(listening);
        QCOMPARE(listening->value(QStringLiteral("port")).toInt(), ours.port);
        QCOMPARE(str(*listening, "id"), ours.id);

        JsPeers js;
        QVERIFY(js.start());
        const QJsonObject a = js.peer(QStringLiteral("A"), -1, {ours.url()});
        const QJsonObject c = js.peer(QStringLiteral("C"), -1, {ours.url()});
        QVERIFY(js.waitFor(QStringLiteral("peer"), QStringLiteral("A")));
        QVERIFY(js.waitFor(QStringLiteral("peer"), QStringLiteral("C")));
        for (const QString &id : {str(a, "id"), str(c, "id")})
            QVERIFY(ours.node.waitFor(QStringLiteral("peer"), kWaitMs,
                                      [&](const QJsonObject &e) { return isPeerRelay(e) && str(e, "id") == id; }));

        js.send(QStringLiteral("A"), str(c, "id"), QStringLiteral("hello C, from A"));
        const auto atC = js.waitFor(QStringLiteral("message"), QStringLiteral("C"));
        QVERIFY2(atC, qPrintable(ours.node.stderrText()));
        QCOMPARE(str(*atC, "from"), str(a, "id"));
        QCOMPARE(str(*atC, "data"), QStringLiteral("hello C, from A"));
        js.send(QStringLiteral("C"), str(a, "id"), QJsonObject{{QStringLiteral("answer"), 42}});
        const auto atA = js.waitFor(QStringLiteral("message"), QStringLiteral("A"));
        QVERIFY(atA);
        QCOMPARE(str(*atA, "from"), str(c, "id"));
        QCOMPARE(atA->value(QStringLiteral("data")).toObject().value(QStringLiteral("answer")).toInt(), 42);

        // We forwarded both user messages, with the path so far.
        const auto forwarded = ours.node.waitFor(QStringLiteral("relay-forwarded"), kWaitMs, [&](const QJsonObject &e) {
            return isPeerRelay(e) && str(e, "type") == QLatin1String("user") && str(e, "from") == str(a, "id");
        });
        QVERIFY(forwarded);
        QCOMPARE(forwarded->value(QStringLiteral("path")).toArray(), (QJsonArray{str(a, "id"), ours.id}));
        QCOMPARE(forwarded->value(QStringLiteral("next")).toArray(), QJsonArray{str(c, "id")});
        // A and C never connected to each other.
        for (const QJsonObject &e : js.events(QStringLiteral("peer")))
            QCOMPARE(str(e, "id"), ours.id);
    }

    // Our node – JS B – our node: ours send through B (neither of ours listens).
    void oursThroughJs()
    {
        JsPeers js;
        QVERIFY(js.start());
        const QJsonObject b = js.peer(QStringLiteral("B"), 0, {});
        const QString bUrl = QStringLiteral("ws://127.0.0.1:%1").arg(b.value(QStringLiteral("port")).toInt());
        OurNode one, two;
        QVERIFY(one.start({QStringLiteral("--peer-relay-bootstrap"), bUrl}));
        QVERIFY(two.start({QStringLiteral("--peer-relay-bootstrap"), bUrl}));
        QVERIFY(one.node.waitFor(QStringLiteral("peer"), kWaitMs, isPeerRelay));
        QVERIFY(two.node.waitFor(QStringLiteral("peer"), kWaitMs, isPeerRelay));
        // peer-relay has no acknowledgements: B drops what it cannot route, so it must have
        // taken in both ids (our "peer" event only says we took in B's) before we send.
        for (const OurNode *n : {&one, &two})
            QVERIFY(js.waitFor(QStringLiteral("peer"), QStringLiteral("B"),
                               [&](const QJsonObject &ev) { return str(ev, "id") == n->id; }));

        one.node.send(QStringLiteral("/pr-send %1 through B").arg(two.id));
        const auto got = two.node.waitFor(QStringLiteral("message"), kWaitMs, isPeerRelay);
        QVERIFY2(got, qPrintable(two.node.stderrText()));
        QCOMPARE(str(*got, "from"), one.id);
        QCOMPARE(str(*got, "data"), QStringLiteral("through B"));
        QCOMPARE(got->value(QStringLiteral("path")).toArray(), (QJsonArray{one.id, str(b, "id")}));
        two.node.send(QStringLiteral("/pr-send-json %1 {\"back\":[1,2,3]}").arg(one.id));
        const auto back = one.node.waitFor(QStringLiteral("message"), kWaitMs, isPeerRelay);
        QVERIFY(back);
        QCOMPARE(back->value(QStringLiteral("data")).toObject().value(QStringLiteral("back")).toArray(),
                 (QJsonArray{1, 2, 3}));
        // B relayed both, each exactly once.
        QVERIFY(js.sync());
        for (const QString &nonce : {str(*got, "nonce"), str(*back, "nonce")}) {
            int atB = 0;
            for (const QJsonObject &e : js.events(QStringLiteral("seen")))
                atB += str(e, "name") == QLatin1String("B") && str(e, "nonce") == nonce;
            QCOMPARE(atB, 1);
        }
    }

    // connect(id): a direct WebSocket through the relayed offer/answer, both ways.
    void connectById()
    {
        JsPeers js;
        QVERIFY(js.start());
        const QJsonObject hub = js.peer(QStringLiteral("hub"), 0, {});
        const QString hubUrl = QStringLiteral("ws://127.0.0.1:%1").arg(hub.value(QStringLiteral("port")).toInt());
        OurNode ours;
        QVERIFY(ours.start({QStringLiteral("--peer-relay-listen"), QStringLiteral("127.0.0.1:0"),
                            QStringLiteral("--peer-relay-bootstrap"), hubUrl}));
        QVERIFY(ours.node.waitFor(QStringLiteral("peer"), kWaitMs, isPeerRelay));
        // D listens and joined after us, so we do not know it; it looks for no peers on its own:
        // only connect() can join us.
        const QJsonObject d = js.peer(QStringLiteral("D"), 0, {hubUrl}, false);
        QVERIFY(js.waitFor(QStringLiteral("peer"), QStringLiteral("D")));
        // The hub must know D before our offer reaches it, or it drops the offer.
        QVERIFY(js.waitFor(QStringLiteral("peer"), QStringLiteral("hub"),
                           [&](const QJsonObject &ev) { return str(ev, "id") == str(d, "id"); }));

        // Ours -> D: D answers with its ws://localhost URL and we dial it.
        ours.node.send(QStringLiteral("/pr-connect %1").arg(str(d, "id")));
        QVERIFY(ours.node.waitFor(QStringLiteral("peer"), kWaitMs, [&](const QJsonObject &ev) {
            return isPeerRelay(ev) && str(ev, "id") == str(d, "id")
                && str(ev, "direction") == QLatin1String("outbound");
        }));
        QVERIFY(js.waitFor(QStringLiteral("peer"), QStringLiteral("D"),
                           [&](const QJsonObject &ev) { return str(ev, "id") == ours.id; }));

        // E -> ours: we answer with our URL and E dials us. (E joins now: had we learned of it
        // first, our own offer to it would make peer-relay ignore E's connect().)
        const QJsonObject e = js.peer(QStringLiteral("E"), -1, {hubUrl}, false);
        QVERIFY(js.waitFor(QStringLiteral("peer"), QStringLiteral("E")));
        js.command({{QStringLiteral("cmd"), QStringLiteral("connect")},
                    {QStringLiteral("name"), QStringLiteral("E")},
                    {QStringLiteral("to"), ours.id}});
        QVERIFY(js.waitFor(QStringLiteral("peer"), QStringLiteral("E"),
                           [&](const QJsonObject &ev) { return str(ev, "id") == ours.id; }));
        QVERIFY(ours.node.waitFor(QStringLiteral("peer"), kWaitMs, [&](const QJsonObject &ev) {
            return isPeerRelay(ev) && str(ev, "id") == str(e, "id") && str(ev, "direction") == QLatin1String("inbound");
        }));

        // The direct link carries messages with a path of one hop.
        js.send(QStringLiteral("E"), ours.id, QStringLiteral("direct"));
        const auto got = ours.node.waitFor(QStringLiteral("message"), kWaitMs, isPeerRelay);
        QVERIFY(got);
        QCOMPARE(got->value(QStringLiteral("path")).toArray(), QJsonArray{str(e, "id")});
    }

    // A message to an id nobody has travels a line of 21 JS peers and dies at the 20th hop:
    // every peer up to the limit takes it in exactly once, the next never sees it.
    void unknownIdDiesAtHopLimit()
    {
        constexpr int kLine = 21;
        OurNode ours;
        QVERIFY(ours.start({QStringLiteral("--peer-relay-listen"), QStringLiteral("127.0.0.1:0")}));
        JsPeers js;
        QVERIFY(js.start());
        QString previous = ours.url();
        QStringList names;
        for (int i = 1; i <= kLine; ++i) {
            names << QStringLiteral("J%1").arg(i);
            const QJsonObject p = js.peer(names.last(), 0, {previous}, false);
            QVERIFY(!p.isEmpty());
            QVERIFY(js.waitFor(QStringLiteral("peer"), names.last()));
            // The line only carries the message if each peer also knows the next one.
            if (i == 1)
                QVERIFY(ours.node.waitFor(QStringLiteral("peer"), kWaitMs, [&](const QJsonObject &e) {
                    return isPeerRelay(e) && str(e, "id") == str(p, "id");
                }));
            else
                QVERIFY(js.waitFor(QStringLiteral("peer"), names.at(i - 2),
                                   [&](const QJsonObject &e) { return str(e, "id") == str(p, "id"); }));
            previous = QStringLiteral("ws://127.0.0.1:%1").arg(p.value(QStringLiteral("port")).toInt());
        }
        const QString nobody = QStringLiteral("00112233445566778899aabbccddeeff00112233");
        ours.node.send(QStringLiteral("/pr-send %1 anyone?").arg(nobody));
        const auto sent = ours.node.waitFor(QStringLiteral("relay-sent"), kWaitMs, [&](const QJsonObject &e) {
            return isPeerRelay(e) && str(e, "to") == nobody;
        });
        QVERIFY(sent);
        const QString nonce = str(*sent, "nonce");
        // J20 takes it in with a path of 20 and sends it no further.
        QVERIFY(js.waitFor(QStringLiteral("seen"), QStringLiteral("J20"),
                           [&](const QJsonObject &e) { return str(e, "nonce") == nonce; }));
        // J20 dropped it at once: a message J20 sends J21 next arrives after anything J20 sent on.
        const QJsonObject last = js.events(QStringLiteral("started")).last();
        QCOMPARE(str(last, "name"), QStringLiteral("J%1").arg(kLine));
        js.send(QStringLiteral("J20"), str(last, "id"), QStringLiteral("after"));
        QVERIFY(js.waitFor(QStringLiteral("message"), QStringLiteral("J%1").arg(kLine)));
        QVERIFY(js.sync());
        QHash<QString, int> seen;
        for (const QJsonObject &e : js.events(QStringLiteral("seen")))
            if (str(e, "nonce") == nonce) {
                ++seen[str(e, "name")];
                QCOMPARE(e.value(QStringLiteral("pathLength")).toInt(), str(e, "name").mid(1).toInt());
            }
        for (int i = 1; i <= 20; ++i)
            QCOMPARE(seen.value(QStringLiteral("J%1").arg(i)), 1);
        QCOMPARE(seen.value(QStringLiteral("J21")), 0);
        // And it never came back to us: no duplicate, nothing forwarded.
        const qsizetype before = ours.node.events(QStringLiteral("status")).size();
        ours.node.send(QStringLiteral("/status"));
        QVERIFY(ours.node.waitFor(QStringLiteral("status"), kWaitMs, [&](const QJsonObject &) {
            return ours.node.events(QStringLiteral("status")).size() > before;
        }));
        const QJsonObject status = ours.node.events(QStringLiteral("status")).last();
        QCOMPARE(status.value(QStringLiteral("peerRelay")).toObject().value(QStringLiteral("duplicates")).toInt(), 0);
        QVERIFY(ours.node.events(QStringLiteral("relay-forwarded")).isEmpty());
    }

    // The dgram-like Socket: a JS PeerRelay.Socket and our node's socket exchange datagrams.
    void datagramSockets()
    {
        OurNode ours;
        QVERIFY(ours.start({QStringLiteral("--peer-relay-listen"), QStringLiteral("127.0.0.1:0")}));
        JsPeers js;
        QVERIFY(js.start());
        js.command({{QStringLiteral("cmd"), QStringLiteral("socket")},
                    {QStringLiteral("name"), QStringLiteral("S")},
                    {QStringLiteral("port"), 4242},
                    {QStringLiteral("bootstrap"), QJsonArray{ours.url()}}});
        const auto bound = js.waitFor(QStringLiteral("bound"), QStringLiteral("S"));
        QVERIFY(bound);
        QCOMPARE(bound->value(QStringLiteral("port")).toInt(), 4242);
        // S binds before its link to us is up; a datagram to an id we do not know yet is dropped.
        QVERIFY(ours.node.waitFor(QStringLiteral("peer"), kWaitMs, [&](const QJsonObject &e) {
            return isPeerRelay(e) && str(e, "id") == str(*bound, "id");
        }));
        ours.node.send(QStringLiteral("/pr-dgram %1 4242 datagram from C++").arg(str(*bound, "id")));
        const auto atS = js.waitFor(QStringLiteral("datagram"), QStringLiteral("S"));
        QVERIFY(atS);
        QCOMPARE(str(*atS, "text"), QStringLiteral("datagram from C++"));
        QCOMPARE(str(*atS, "from"), ours.id);
        js.command({{QStringLiteral("cmd"), QStringLiteral("dgram")},
                    {QStringLiteral("name"), QStringLiteral("S")},
                    {QStringLiteral("to"), ours.id},
                    {QStringLiteral("port"), 1},
                    {QStringLiteral("text"), QStringLiteral("datagram from JS")}});
        const auto atOurs = ours.node.waitFor(QStringLiteral("datagram"), kWaitMs);
        QVERIFY(atOurs);
        QCOMPARE(str(*atOurs, "data"), QStringLiteral("datagram from JS"));
        QCOMPARE(str(*atOurs, "from"), str(*bound, "id"));
        QCOMPARE(atOurs->value(QStringLiteral("port")).toInt(), 4242);
    }
};

QTEST_GUILESS_MAIN(TestPeerRelayInterop)
#include "tst_peer_relay_interop.moc"
