// The NAT lab (docs/NAT.md): network namespaces with home routers (nftables masquerade, inbound
// dropped), optional UPnP/NAT-PMP (miniupnpd), a public host with the DHT bootstrap node, and
// swarmscope-node processes on both sides. Each case builds its own lab and tears it down.
#include "nat_lab.h"
#include "node_process.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using swarmscope::test::NatLab;
using swarmscope::test::NodeProcess;

namespace {

const QString kRoom = QStringLiteral("nat-lab-room");
const QString kPort = QStringLiteral("7000");

struct LabNode {
    QTemporaryDir dir;
    NodeProcess process;
    QString address;
};

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

class TestNatLab : public QObject {
    Q_OBJECT

private:
    // Starts a node in a lab namespace, listening on ip:7000 with the DHT on the same port, and
    // learns its address. bootstrap: DHT from the public host (the public host itself has none).
    std::unique_ptr<LabNode> startNode(const NatLab &lab, const QString &host, const QString &ip, QStringList extra)
    {
        auto n = std::make_unique<LabNode>();
        QStringList args{QStringLiteral("--profile"), n->dir.path(), QStringLiteral("--listen"), ip + QLatin1Char(':') + kPort,
                         QStringLiteral("--dht-port"), kPort, QStringLiteral("--no-lan")};
        args += extra;
        if (!n->process.startIn(lab.ns(host), args))
            return nullptr;
        if (!n->process.waitForTcpListening(10000))
            return nullptr;
        n->process.send(QStringLiteral("/status"));
        const auto st = n->process.waitFor(QStringLiteral("status"));
        if (!st)
            return nullptr;
        n->address = field(*st, "address");
        return n;
    }

    std::unique_ptr<LabNode> startBootstrap(const NatLab &lab)
    {
        return startNode(lab, QStringLiteral("pub"), QLatin1String(NatLab::kPublicHost), {QStringLiteral("--relay")});
    }

    QStringList peerArgs(bool mapping) const
    {
        return {QStringLiteral("--dht-bootstrap"), QLatin1String(NatLab::kPublicHost) + QLatin1Char(':') + kPort,
                QStringLiteral("--join"), kRoom, mapping ? QStringLiteral("--port-mapping") : QStringLiteral("--no-port-mapping")};
    }

    // a and b connect to each other (either direction), see each other in the room and exchange
    // a message each way, intact. Returns the path the connection reports.
    QString connectAndTalk(LabNode &a, LabNode &b, int timeoutMs)
    {
        const auto isPeer = [](const QString &address) {
            return [address](const QJsonObject &e) { return field(e, "address") == address; };
        };
        const auto conn = a.process.waitFor(QStringLiteral("connection"), timeoutMs, isPeer(b.address));
        if (!conn)
            return QStringLiteral("no connection: ") + a.process.stderrText();
        if (!b.process.waitFor(QStringLiteral("seen"), 10000, isPeer(a.address))
            || !a.process.waitFor(QStringLiteral("seen"), 10000, isPeer(b.address)))
            return QStringLiteral("not seen in the room");
        const QString ab = QStringLiteral("from a across two routers \u00e9\u00e8 %1").arg(a.address);
        const QString ba = QStringLiteral("and back from b %1").arg(b.address);
        a.process.send(ab);
        b.process.send(ba);
        const auto textIs = [](const QString &text) {
            return [text](const QJsonObject &e) { return field(e, "text") == text; };
        };
        const auto atB = b.process.waitFor(QStringLiteral("message"), 10000, textIs(ab));
        const auto atA = a.process.waitFor(QStringLiteral("message"), 10000, textIs(ba));
        if (!atB || !atA) {
            QStringList closed;
            for (LabNode *n : {&a, &b})
                for (const QJsonObject &e : n->process.events(QStringLiteral("connection-closed")) + n->process.events(QStringLiteral("redundant-connection")))
                    closed << field(e, "event") + QLatin1Char(' ') + field(e, "reason") + QLatin1Char(' ') + field(e, "detail");
            return QStringLiteral("messages lost (a->b %1, b->a %2): %3").arg(bool(atB)).arg(bool(atA)).arg(closed.join(QStringLiteral("; ")));
        }
        if (field(*atB, "from") != a.address || field(*atA, "from") != b.address)
            return QStringLiteral("messages from the wrong sender");
        return field(*conn, "path");
    }

    QJsonObject reachability(LabNode &n)
    {
        const auto st = n.process.ask(QStringLiteral("/status"), QStringLiteral("status"));
        return st ? st->value(QStringLiteral("reachability")).toObject() : QJsonObject();
    }

    // What a node learnt, in order (for failure messages).
    static QString history(LabNode &n)
    {
        QStringList lines;
        for (const QJsonObject &e : n.process.events(QStringLiteral("reachability")))
            lines << QStringLiteral("%1 %2 %3").arg(field(e, "status"), field(e, "nat"), field(e, "external"));
        for (const QJsonObject &e : n.process.events(QStringLiteral("dial-back")))
            lines << QStringLiteral("dial-back %1 %2").arg(field(e, "role"), field(e, "detail"));
        return lines.join(QStringLiteral("; "));
    }

    // Waits for a reachability event with this status (and NAT behaviour, if given): the node
    // re-evaluates as observations and dial-back answers come in, in whatever order.
    bool waitReachability(LabNode &n, const QString &status, int timeoutMs, const QString &nat = {})
    {
        return n.process.waitFor(QStringLiteral("reachability"), timeoutMs, [&](const QJsonObject &e) {
            return field(e, "status") == status && (nat.isEmpty() || field(e, "nat") == nat);
        }).has_value();
    }

private slots:
    void init()
    {
        QString why;
        if (NatLab::available(&why))
            return;
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(QStringLiteral("the NAT lab must run in CI: ") + why));
        QSKIP(qPrintable(QStringLiteral("no NAT lab here: ") + why));
    }

    // Building the lab changes nothing in the root namespace, and tearing it down removes it all.
    void labLeavesRootAlone()
    {
        QString before, after, during;
        const auto rootState = [] {
            QProcess p;
            p.start(QStringLiteral("ip"), {QStringLiteral("-o"), QStringLiteral("addr")});
            p.waitForFinished(5000);
            return QString::fromUtf8(p.readAll());
        };
        before = rootState();
        QString prefix;
        {
            NatLab lab;
            QVERIFY2(lab.isUp(), qPrintable(lab.error()));
            during = rootState();
            prefix = lab.ns(QStringLiteral("pub"));
            QString out;
            QCOMPARE(lab.run(QStringLiteral("ha"), {QStringLiteral("ip"), QStringLiteral("route")}, &out), 0);
            QVERIFY2(out.contains(QLatin1String("default via 10.10.1.1")), qPrintable(out));
        }
        after = rootState();
        QCOMPARE(during, before);
        QCOMPARE(after, before);
        QVERIFY(!before.contains(QLatin1String("203.0.113.")));
        QProcess list;
        list.start(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("list")});
        list.waitForFinished(5000);
        QVERIFY(!QString::fromUtf8(list.readAll()).contains(prefix));
    }

    // A home router drops what nobody inside asked for: a public peer cannot dial a home host.
    void unsolicitedInboundDropped()
    {
        NatLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.error()));
        auto home = startNode(lab, QStringLiteral("hb"), QLatin1String(NatLab::kHomeB),
                              {QStringLiteral("--no-dht"), QStringLiteral("--no-port-mapping")});
        QVERIFY(home);
        auto outside = startNode(lab, QStringLiteral("pc"), QLatin1String(NatLab::kPublicClient),
                                 {QStringLiteral("--no-dht"), QStringLiteral("--no-port-mapping"), QStringLiteral("--connect"),
                                  QLatin1String(NatLab::kRouterB) + QLatin1Char(':') + kPort});
        QVERIFY(outside);
        QVERIFY(outside->process.waitFor(QStringLiteral("connect-failed"), 20000));
        QVERIFY(outside->process.events(QStringLiteral("connection")).isEmpty());
        QVERIFY(home->process.events(QStringLiteral("connection")).isEmpty());
    }

    // Case (a): both routers map ports with UPnP; the peers connect directly through a mapping.
    void bothBehindUpnpConnectDirectly()
    {
        NatLab lab({QStringLiteral("--upnp"), QStringLiteral("a"), QStringLiteral("--upnp"), QStringLiteral("b")});
        QVERIFY2(lab.isUp(), qPrintable(lab.error()));
        auto boot = startBootstrap(lab);
        QVERIFY(boot);
        auto a = startNode(lab, QStringLiteral("ha"), QLatin1String(NatLab::kHomeA), peerArgs(true));
        auto b = startNode(lab, QStringLiteral("hb"), QLatin1String(NatLab::kHomeB), peerArgs(true));
        QVERIFY(a && b);
        for (LabNode *n : {a.get(), b.get()}) {
            const auto mapped = n->process.waitFor(QStringLiteral("port-mapping"), 15000);
            QVERIFY2(mapped, qPrintable(n->process.stderrText()));
            QCOMPARE(field(*mapped, "mapping"), QStringLiteral("upnp"));
        }
        QCOMPARE(connectAndTalk(*a, *b, 30000), QStringLiteral("direct"));
        // Dial-back answers take a few round trips through both routers; sanitizer builds are slow.
        QVERIFY2(waitReachability(*a, QStringLiteral("public"), 45000), qPrintable(history(*a)));
        const QJsonObject r = reachability(*a);
        QCOMPARE(field(r, "mapping"), QStringLiteral("upnp"));
        QCOMPARE(field(r, "external"), QLatin1String(NatLab::kRouterA) + QLatin1Char(':') + kPort);
        QCOMPARE(field(r, "status"), QStringLiteral("public"));
    }

    // Case (d): one peer on the public side, one behind a NAT without UPnP: the home peer dials out,
    // the connection is direct; the public one learns it is public, the home one that it is not.
    void publicAndPrivateConnectDirectly()
    {
        NatLab lab;
        QVERIFY2(lab.isUp(), qPrintable(lab.error()));
        auto boot = startBootstrap(lab);
        QVERIFY(boot);
        auto pub = startNode(lab, QStringLiteral("pc"), QLatin1String(NatLab::kPublicClient), peerArgs(false));
        auto home = startNode(lab, QStringLiteral("hb"), QLatin1String(NatLab::kHomeB), peerArgs(true));
        QVERIFY(pub && home);
        QCOMPARE(connectAndTalk(*pub, *home, 30000), QStringLiteral("direct"));
        QVERIFY(waitReachability(*pub, QStringLiteral("public"), 20000, QStringLiteral("none")));
        QVERIFY(waitReachability(*home, QStringLiteral("private"), 20000, QStringLiteral("port-preserving")));
        const QJsonObject rp = reachability(*pub), rh = reachability(*home);
        QCOMPARE(field(rp, "nat"), QStringLiteral("none"));
        QCOMPARE(field(rp, "external"), QLatin1String(NatLab::kPublicClient) + QLatin1Char(':') + kPort);
        QVERIFY2(field(rh, "nat") == QLatin1String("port-preserving"), qPrintable(history(*home)));
        QCOMPARE(field(rh, "mapping"), QStringLiteral("none"));
        QVERIFY(rh.value(QStringLiteral("relays")).isArray());
    }
};

QTEST_GUILESS_MAIN(TestNatLab)
#include "tst_nat_lab.moc"
