// The NAT lab (docs/NAT.md): network namespaces with home routers (nftables masquerade, inbound
// dropped), optional UPnP/NAT-PMP (miniupnpd), a public host with the DHT bootstrap node, and
// swarmscope-node processes on both sides. Each case builds its own lab and tears it down.
#include "dht/secure_node_id.h"
#include "nat_lab.h"
#include "node_process.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using swarmscope::test::NatLab;
using swarmscope::test::NodeProcess;

namespace {

const QString kRoom = QStringLiteral("nat-lab-room");
const QString kPort = QStringLiteral("7000");
const QString kSecondRelayPort = QStringLiteral("7001");

struct LabNode {
    QTemporaryDir dir;
    NodeProcess process;
    QString address;
};

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

}  // namespace

class TestNatLab : public QObject {
    Q_OBJECT

private:
    // Starts a node in a lab namespace, listening on ip:7000 with the DHT on the same port, and
    // learns its address. bootstrap: DHT from the public host (the public host itself has none).
    std::unique_ptr<LabNode> startNode(const NatLab &lab, const QString &host, const QString &ip, QStringList extra,
                                       const QString &port = kPort)
    {
        auto n = std::make_unique<LabNode>();
        QStringList args{
            QStringLiteral("--profile"),  n->dir.path(), QStringLiteral("--listen"), ip + QLatin1Char(':') + port,
            QStringLiteral("--dht-port"), port,          QStringLiteral("--no-lan")};
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

    // A second relay on the public host, on another port, in the same DHT.
    std::unique_ptr<LabNode> startSecondRelay(const NatLab &lab)
    {
        return startNode(lab, QStringLiteral("pub"), QLatin1String(NatLab::kPublicHost),
                         {QStringLiteral("--relay"), QStringLiteral("--dht-bootstrap"), relayAt(kPort)},
                         kSecondRelayPort);
    }

    static QString relayAt(const QString &port) { return QLatin1String(NatLab::kPublicHost) + QLatin1Char(':') + port; }

    // The public relay (and a second one when asked), a home node behind each router holding a
    // slot on them, in one room and connected through a relay. Empty when so, else what failed.
    QString meetThroughRelay(const NatLab &lab, std::unique_ptr<LabNode> &boot, std::unique_ptr<LabNode> &a,
                             std::unique_ptr<LabNode> &b, std::unique_ptr<LabNode> *second = nullptr)
    {
        if (!lab.isUp())
            return lab.error();
        QStringList relays{QStringLiteral("--relay-node"), relayAt(kPort)};
        boot = startBootstrap(lab);
        if (second) {
            *second = startSecondRelay(lab);
            relays << QStringLiteral("--relay-node") << relayAt(kSecondRelayPort);
        }
        if (!boot || (second && !*second))
            return QStringLiteral("a relay did not start");
        a = startNode(lab, QStringLiteral("ha"), QLatin1String(NatLab::kHomeA), peerArgs(false) + relays);
        b = startNode(lab, QStringLiteral("hb"), QLatin1String(NatLab::kHomeB), peerArgs(false) + relays);
        if (!a || !b)
            return QStringLiteral("a home node did not start");
        const QString path = connectAndTalk(*a, *b, 15000);
        return path == QLatin1String("relayed") ? QString() : path;
    }

    // The connection a node keeps to a peer now, from its /peers answer.
    QJsonObject currentConnection(LabNode &n, const QString &address)
    {
        const auto peers = n.process.ask(QStringLiteral("/peers"), QStringLiteral("peers"));
        if (!peers)
            return {};
        for (const QJsonValue &v : peers->value(QStringLiteral("peers")).toArray()) {
            const QJsonObject p = v.toObject();
            if (field(p, "address") == address && field(p, "state") == QLatin1String("connected")
                && !p.value(QStringLiteral("retiring")).toBool())
                return p;
        }
        return {};
    }

    QStringList peerArgs(bool mapping) const
    {
        return {QStringLiteral("--dht-bootstrap"), QLatin1String(NatLab::kPublicHost) + QLatin1Char(':') + kPort,
                QStringLiteral("--join"), kRoom,
                mapping ? QStringLiteral("--port-mapping") : QStringLiteral("--no-port-mapping")};
    }

    // What happened between two nodes, for failure messages, in time order.
    static QString story(LabNode &a, LabNode &b)
    {
        QStringList lines;
        for (LabNode *n : {&a, &b})
            for (const QJsonObject &e : n->process.allEvents()) {
                const QString kind = field(e, "event");
                if (kind.startsWith(QLatin1String("connection")) || kind == QLatin1String("redundant-connection")
                    || kind == QLatin1String("connect-failed") || kind == QLatin1String("relay-reservation")
                    || kind == QLatin1String("path-upgraded") || kind == QLatin1String("seen")
                    || kind == QLatin1String("left") || kind == QLatin1String("sent")
                    || kind == QLatin1String("message"))
                    lines << QStringLiteral("%1 %2 %3 c%4 %5 %6")
                                 .arg(qint64(e.value(QStringLiteral("time")).toDouble()))
                                 .arg(n == &a ? QStringLiteral("a") : QStringLiteral("b"), kind)
                                 .arg(e.value(QStringLiteral("connection")).toDouble())
                                 .arg(field(e, "direction"),
                                      QStringList{field(e, "via"), field(e, "relay"), field(e, "host"),
                                                  field(e, "reason"), field(e, "detail"), field(e, "text")}
                                          .join(QLatin1Char(' ')));
            }
        lines.sort();
        return lines.join(QStringLiteral("\n"));
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
                for (const QJsonObject &e : n->process.events(QStringLiteral("connection-closed"))
                         + n->process.events(QStringLiteral("redundant-connection")))
                    closed << field(e, "event") + QLatin1Char(' ') + field(e, "reason") + QLatin1Char(' ')
                            + field(e, "detail");
            qWarning().noquote() << story(a, b);
            return QStringLiteral("messages lost (a->b %1, b->a %2): %3")
                .arg(bool(atB))
                .arg(bool(atA))
                .arg(closed.join(QStringLiteral("; ")));
        }
        if (field(*atB, "from") != a.address || field(*atA, "from") != b.address)
            return QStringLiteral("messages from the wrong sender");
        return field(*conn, "path");
    }

    // A message each way on the connection a and b hold now; empty when both arrived intact.
    QString talkAgain(LabNode &a, LabNode &b, const QString &ab, const QString &ba)
    {
        a.process.send(ab);
        b.process.send(ba);
        const auto textIs = [](const QString &text) {
            return [text](const QJsonObject &e) { return field(e, "text") == text; };
        };
        if (!b.process.waitFor(QStringLiteral("message"), 10000, textIs(ab))
            || !a.process.waitFor(QStringLiteral("message"), 10000, textIs(ba))) {
            qWarning().noquote() << story(a, b);
            return QStringLiteral("a message was lost");
        }
        return {};
    }

    QJsonObject reachability(LabNode &n)
    {
        const auto st = n.process.ask(QStringLiteral("/status"), QStringLiteral("status"));
        return st ? st->value(QStringLiteral("reachability")).toObject() : QJsonObject();
    }

    // What a node learnt, in order (for failure messages).
    static QString history(LabNode &n)
    {
        QList<QPair<double, QString>> lines;
        for (const QJsonObject &e : n.process.allEvents()) {
            const QString kind = field(e, "event");
            QString text;
            if (kind == QLatin1String("reachability"))
                text = QStringLiteral("%1 %2 %3").arg(field(e, "status"), field(e, "nat"), field(e, "external"));
            else if (kind == QLatin1String("dial-back"))
                text = QStringLiteral("dial-back %1 %2 %3")
                           .arg(field(e, "role"), field(e, "detail"))
                           .arg(e.value(QStringLiteral("reachable")).toBool());
            else if (kind == QLatin1String("port-mapping"))
                text = QStringLiteral("port-mapping %1 %2 %3")
                           .arg(field(e, "mapping"), field(e, "external"), field(e, "detail"));
            if (!text.isEmpty())
                lines.append({e.value(QStringLiteral("time")).toDouble(), text});
        }
        QStringList out;
        for (const auto &[time, text] : lines)
            out << text;
        return out.join(QStringLiteral("; "));
    }

    // Waits for a reachability event with this status (and NAT behaviour, if given): the node
    // re-evaluates as observations and dial-back answers come in, in whatever order.
    // since: only events printed at or after this time (ms since the epoch).
    bool waitReachability(LabNode &n, const QString &status, int timeoutMs, const QString &nat = {}, double since = 0)
    {
        return n.process
            .waitFor(QStringLiteral("reachability"), timeoutMs,
                     [&](const QJsonObject &e) {
                         return field(e, "status") == status && (nat.isEmpty() || field(e, "nat") == nat)
                             && e.value(QStringLiteral("time")).toDouble() >= since;
                     })
            .has_value();
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
        auto outside =
            startNode(lab, QStringLiteral("pc"), QLatin1String(NatLab::kPublicClient),
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
        double mappedAt = 0;
        for (LabNode *n : {a.get(), b.get()}) {
            const auto mapped = n->process.waitFor(QStringLiteral("port-mapping"), 15000);
            QVERIFY2(mapped, qPrintable(n->process.stderrText()));
            QCOMPARE(field(*mapped, "mapping"), QStringLiteral("upnp"));
            if (n == a.get())
                mappedAt = mapped->value(QStringLiteral("time")).toDouble();
        }
        QCOMPARE(connectAndTalk(*a, *b, 30000), QStringLiteral("direct"));
        // Dial-back answers take a few round trips through both routers; sanitizer builds are slow.
        // A dial-back may succeed before the mapping is reported (the router mapped already); the
        // report makes the node ask again. The verdict that counts is the one after it.
        QVERIFY2(waitReachability(*a, QStringLiteral("public"), 45000, {}, mappedAt), qPrintable(history(*a)));
        const QJsonObject r = reachability(*a);
        QCOMPARE(field(r, "mapping"), QStringLiteral("upnp"));
        QCOMPARE(field(r, "external"), QLatin1String(NatLab::kRouterA) + QLatin1Char(':') + kPort);
        QVERIFY2(field(r, "status") == QLatin1String("public"), qPrintable(history(*a)));
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
        // BEP 42: each DHT id now follows the public address its peers agree on.
        for (const auto &[node, ip] :
             {std::pair{pub.get(), NatLab::kPublicClient}, std::pair{home.get(), NatLab::kRouterB}}) {
            const auto changed = node->process.waitFor(QStringLiteral("dht-node-id"), 10000);
            QVERIFY2(changed, qPrintable(history(*node)));
            QCOMPARE(field(*changed, "external"), QLatin1String(ip));
            const auto id = swarmscope::NodeId::fromBytes(QByteArray::fromHex(field(*changed, "id").toLatin1()));
            QVERIFY(id && swarmscope::bep42::matches(*id, QHostAddress(QLatin1String(ip))));
            QVERIFY(field(*changed, "previous") != field(*changed, "id"));
        }
    }

    // Case (b): port-preserving NATs on both sides and no UPnP. The pair meets through the relay,
    // then punches a hole (TCP simultaneous open, coordinated over the relayed connection) and
    // moves onto it: path-upgraded, the kept connection hole-punched, messages both ways on it.
    void portPreservingNatsPunchAHole()
    {
        NatLab lab;
        std::unique_ptr<LabNode> boot, a, b;
        const QString met = meetThroughRelay(lab, boot, a, b);
        QVERIFY2(met.isEmpty(), qPrintable(met));
        const auto punchHistory = [&] {
            QStringList lines;
            for (LabNode *n : {a.get(), b.get()})
                for (const QJsonObject &e : n->process.events(QStringLiteral("hole-punch")))
                    lines << QStringLiteral("%1 ok=%2 %3")
                                 .arg(field(e, "attempt"))
                                 .arg(e.value(QStringLiteral("ok")).toBool())
                                 .arg(field(e, "detail"));
            return lines.join(QStringLiteral("; "));
        };
        for (const auto &ends : {std::pair{a.get(), b.get()}, std::pair{b.get(), a.get()}}) {
            LabNode *self = ends.first, *other = ends.second;  // lambdas below capture them
            const auto up = self->process.waitFor(QStringLiteral("path-upgraded"), 15000, [&](const QJsonObject &e) {
                return field(e, "address") == other->address;
            });
            QVERIFY2(up, qPrintable(punchHistory()));
            QCOMPARE(field(*up, "from"), QStringLiteral("relayed"));
            QCOMPARE(field(*up, "to"), QStringLiteral("hole-punched"));
        }
        QJsonObject kept;
        QTRY_VERIFY_WITH_TIMEOUT(
            field(kept = currentConnection(*a, b->address), "path") == QLatin1String("hole-punched"), 10000);
        QVERIFY(!kept.contains(QStringLiteral("via")));
        // The punched flow runs between the routers' public addresses, not through the relay.
        QCOMPARE(field(kept, "host"), QLatin1String(NatLab::kRouterB));
        const QString lost = talkAgain(*a, *b, QStringLiteral("on the punched path"), QStringLiteral("and back on it"));
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        // /status counts it, and the doctor reads those counts.
        for (LabNode *n : {a.get(), b.get()}) {
            const auto st = n->process.ask(QStringLiteral("/status"), QStringLiteral("status"));
            QVERIFY(st);
            const QJsonObject punch = st->value(QStringLiteral("holePunch")).toObject();
            QVERIFY2(punch.value(QStringLiteral("punched")).toInt() >= 1, qPrintable(punchHistory()));
            QVERIFY(punch.value(QStringLiteral("tried")).toInt() >= punch.value(QStringLiteral("punched")).toInt());
        }
    }

    // Case (c): both routers give every destination another port, so neither peer can be dialled
    // and no hole can be punched; both hold a slot on the public relay and meet through it.
    void changingPortsOnBothSidesMeetThroughARelay()
    {
        NatLab lab({QStringLiteral("--random-fully"), QStringLiteral("a"), QStringLiteral("--random-fully"),
                    QStringLiteral("b")});
        std::unique_ptr<LabNode> boot, a, b;
        const QString met = meetThroughRelay(lab, boot, a, b);
        QVERIFY2(met.isEmpty(), qPrintable(met));
        const QJsonObject viaA = currentConnection(*a, b->address), viaB = currentConnection(*b, a->address);
        QCOMPARE(field(viaA, "path"), QStringLiteral("relayed"));
        QCOMPARE(field(viaA, "via"), relayAt(kPort));
        QCOMPARE(field(viaB, "via"), relayAt(kPort));
        QVERIFY(boot->process.waitFor(QStringLiteral("relay-circuit"), 5000, [](const QJsonObject &e) {
            return field(e, "step") == QLatin1String("opened");
        }));
        // The relay's /status shows what it carries against its limits; the peers' show that no
        // hole was punched (their NATs cannot).
        const auto st = boot->process.ask(QStringLiteral("/status"), QStringLiteral("status"));
        QVERIFY(st);
        const QJsonObject served = st->value(QStringLiteral("relayService")).toObject();
        QVERIFY(served.value(QStringLiteral("serving")).toBool());
        QVERIFY(served.value(QStringLiteral("reservations")).toInt() >= 2);
        QVERIFY(served.value(QStringLiteral("circuits")).toInt() >= 1);
        QVERIFY(served.value(QStringLiteral("opened")).toDouble() >= 1);
        QCOMPARE(served.value(QStringLiteral("maxCircuits")).toInt(), 64);
        const auto sa = a->process.ask(QStringLiteral("/status"), QStringLiteral("status"));
        QVERIFY(sa);
        QCOMPARE(sa->value(QStringLiteral("holePunch")).toObject().value(QStringLiteral("punched")).toInt(), 0);
        QVERIFY(!sa->value(QStringLiteral("relayService")).toObject().value(QStringLiteral("serving")).toBool());
    }

    // Case (e): two relays; the one carrying the pair's circuit dies, and the pair comes back
    // through the other.
    void relayLostThePairMovesToAnother()
    {
        NatLab lab({QStringLiteral("--random-fully"), QStringLiteral("a"), QStringLiteral("--random-fully"),
                    QStringLiteral("b")});
        std::unique_ptr<LabNode> boot, second, a, b;
        const QString met = meetThroughRelay(lab, boot, a, b, &second);
        QVERIFY2(met.isEmpty(), qPrintable(met));
        // Both slots held, so the other relay can carry the pair at once.
        for (LabNode *n : {a.get(), b.get()})
            for (const QString &port : {kPort, kSecondRelayPort})
                QVERIFY2(n->process.waitFor(QStringLiteral("relay-reservation"), 10000,
                                            [&](const QJsonObject &e) {
                                                return field(e, "relay") == relayAt(port)
                                                    && e.value(QStringLiteral("ok")).toBool();
                                            }),
                         qPrintable(port));
        QJsonObject current;
        QTRY_VERIFY_WITH_TIMEOUT(!(current = currentConnection(*a, b->address)).isEmpty(), 10000);
        const QString usedRelay = field(current, "via");
        const QString otherRelay = usedRelay == relayAt(kPort) ? relayAt(kSecondRelayPort) : relayAt(kPort);
        LabNode &dying = usedRelay == relayAt(kPort) ? *boot : *second;
        const int connectionsBefore = int(a->process.events(QStringLiteral("connection")).size());
        const double killedAt = double(QDateTime::currentMSecsSinceEpoch());
        dying.process.process().kill();
        QVERIFY(dying.process.process().waitForFinished(5000));

        const auto again = a->process.waitFor(QStringLiteral("connection"), 15000, [&](const QJsonObject &e) {
            return field(e, "address") == b->address && field(e, "via") == otherRelay
                && e.value(QStringLiteral("time")).toDouble() >= killedAt;
        });
        if (!again)
            qWarning().noquote() << story(*a, *b);  // longer than a failure message may be
        QVERIFY2(again,
                 qPrintable(QStringLiteral("no connection through %1 after %2 died at %4 (%3 before)")
                                .arg(otherRelay, usedRelay)
                                .arg(connectionsBefore)
                                .arg(qint64(killedAt))));
        QCOMPARE(field(*again, "path"), QStringLiteral("relayed"));
        // Back in the room on both sides (the hellos follow the connection) before talking.
        for (const auto &ends : {std::pair{a.get(), b.get()}, std::pair{b.get(), a.get()}}) {
            LabNode *self = ends.first, *other = ends.second;  // lambdas below capture them
            QJsonObject row;
            const bool back = QTest::qWaitFor(
                [&] {
                    row = currentConnection(*self, other->address);
                    return field(row, "via") == otherRelay && !row.value(QStringLiteral("rooms")).toArray().isEmpty();
                },
                10000);
            if (!back)
                qWarning().noquote() << story(*a, *b);
            QVERIFY2(back,
                     qPrintable(QStringLiteral("%1's connection to %2 is not back in the room through %3: %4")
                                    .arg(self == a.get() ? QStringLiteral("a") : QStringLiteral("b"),
                                         other == a.get() ? QStringLiteral("a") : QStringLiteral("b"), otherRelay,
                                         QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)))));
        }
        const QString lost = talkAgain(*a, *b, QStringLiteral("after the relay died"), QStringLiteral("still here"));
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
    }
};

QTEST_GUILESS_MAIN(TestNatLab)
#include "tst_nat_lab.moc"
