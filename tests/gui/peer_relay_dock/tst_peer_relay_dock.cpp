// The peer-relay network in the window: File › Add peer-relay network… joins through a peer on
// 127.0.0.1 (an engine PeerRelayNode standing in for a JS peer); the dock shows our id, that peer
// and the messages it sends us, and sends back by id.
#include "core/clock.h"
#include "core/random.h"
#include "engine_harness.h"
#include "inspector/swarm_graph_dock.h"
#include "inspector/swarm_graph_view.h"
#include "main_window.h"
#include "peer_relay/peer_relay_node.h"
#include "screenshot.h"
#include "session_harness.h"
#include "views/peer_relay_dialog.h"
#include "views/peer_relay_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;
using swarmscope::test::TestPeer;

namespace {
constexpr int kNetTimeoutMs = 15000;

bool tableContains(const QTableWidget *t, int column, const QString &text)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, column) && t->item(r, column)->text().contains(text))
            return true;
    return false;
}

bool graphHasNode(const GraphData &g, const QString &key, bool secondHand)
{
    for (const GraphData::Node &n : g.nodes)
        if (n.key == key && n.secondHand == secondHand)
            return true;
    return false;
}

bool graphHasEdge(const GraphData &g, const QString &a, const QString &b, GraphData::Edge::Kind kind)
{
    for (const GraphData::Edge &e : g.edges)
        if (e.kind == kind && ((e.a == a && e.b == b) || (e.a == b && e.b == a)))
            return true;
    return false;
}
// A peer-relay member with a WebSocket server on 127.0.0.1 (standing in for a JS peer).
std::unique_ptr<PeerRelayNode> startListeningNode(Clock &clock, Random &random)
{
    PeerRelayOptions o;
    o.listenPort = 0;
    auto node = std::make_unique<PeerRelayNode>(o, clock, random);
    return node->start().ok() ? std::move(node) : nullptr;
}
}  // namespace

class TestPeerRelayDock : public QObject {
    Q_OBJECT

private slots:
    void joinsAndShowsTheNetwork()
    {
        SystemClock clock;
        Random random(1);
        auto otherNode = startListeningNode(clock, random);
        QVERIFY(otherNode);
        PeerRelayNode &other = *otherNode;
        QSignalSpy otherGot(&other, &PeerRelayNode::messageReceived);

        QTemporaryDir dir;
        auto b =
            swarmscope::test::startEngine(TestPeer::configFor(TestPeer::Options{}, dir.filePath(QStringLiteral("b"))));
        QVERIFY(b);
        QSettings settings(dir.filePath(QStringLiteral("swarmscope.ini")), QSettings::IniFormat);
        MainWindow window(*b, settings);
        swarmscope::test::prepareForScreenshot(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<PeerRelayPanel *>(QStringLiteral("peerRelayPanel"));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("peerRelayDock"));
        auto *action = window.findChild<QAction *>(QStringLiteral("addPeerRelayNetworkAction"));
        QVERIFY(panel && dock && action);
        dock->show();
        dock->raise();
        auto *summary = panel->findChild<QLabel *>(QStringLiteral("peerRelaySummary"));
        QVERIFY(summary->text().contains(QStringLiteral("Not in")));

        // The menu action opens the dialog; OK stays off until every line is a ws:// URL.
        action->trigger();
        QTRY_VERIFY(panel->dialog());
        PeerRelayDialog *dialog = panel->dialog();
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("peerRelayBootstrapEdit"));
        edit->setPlainText(QStringLiteral("http://example"));
        QVERIFY(!dialog->isValid());
        edit->setPlainText(other.url());
        QVERIFY(dialog->isValid());
        dialog->accept();

        QTRY_VERIFY_WITH_TIMEOUT(tableContains(panel->peersView(), PeerRelayPanel::PeerId, other.idHex()),
                                 kNetTimeoutMs);
        const QString ours = swarmscope::test::onEngine(*b, [](Session &s) { return s.peerRelay()->idHex(); });
        QCOMPARE(panel->ownId(), ours);
        QVERIFY(summary->text().contains(ours));

        other.send(QByteArray::fromHex(ours.toLatin1()), QStringLiteral("hello window"));
        QTRY_VERIFY_WITH_TIMEOUT(
            tableContains(panel->trafficView(), PeerRelayPanel::TrafficData, QStringLiteral("hello window")),
            kNetTimeoutMs);
        QVERIFY(tableContains(panel->trafficView(), PeerRelayPanel::TrafficFrom, other.idHex().left(8)));

        // Typed in the dock: an id and a line of text.
        panel->findChild<QLineEdit *>(QStringLiteral("peerRelayToEdit"))->setText(other.idHex());
        panel->findChild<QLineEdit *>(QStringLiteral("peerRelayTextEdit"))->setText(QStringLiteral("hello back"));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("peerRelaySendButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(otherGot.size(), 1, kNetTimeoutMs);
        QCOMPARE(otherGot.first().at(0).toString(), ours);
        QCOMPARE(otherGot.first().at(1).toJsonValue().toString(), QStringLiteral("hello back"));
        QTRY_VERIFY(tableContains(panel->trafficView(), PeerRelayPanel::TrafficKind, QStringLiteral("sent")));
        if (swarmscope::test::screenshotsWanted())
            swarmscope::test::saveScreenshot(window, QStringLiteral("peer-relay-dock"));
    }

    // The swarm graph draws the peer-relay network: our direct peer A, and C, which we know
    // only from the path of C's message that A relayed to us; the message's hops light up.
    void graphShowsPeersAndRelayHops()
    {
        SystemClock clock;
        Random random(2);
        auto aNode = startListeningNode(clock, random);
        QVERIFY(aNode);
        PeerRelayNode &a = *aNode;
        PeerRelayOptions dialing;
        dialing.bootstrap = {a.url()};
        dialing.optimalPeers = 0;  // C stays behind A: every message between C and us is relayed
        PeerRelayNode c(dialing, clock, random);
        QVERIFY(c.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(c.peerIds().contains(a.id()), kNetTimeoutMs);

        QTemporaryDir dir;
        auto b =
            swarmscope::test::startEngine(TestPeer::configFor(TestPeer::Options{}, dir.filePath(QStringLiteral("b"))));
        QVERIFY(b);
        QSettings settings(dir.filePath(QStringLiteral("swarmscope.ini")), QSettings::IniFormat);
        MainWindow window(*b, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *graphDock = window.findChild<SwarmGraphDock *>(QStringLiteral("swarmGraphDock"));
        auto *panel = window.findChild<PeerRelayPanel *>(QStringLiteral("peerRelayPanel"));
        QVERIFY(graphDock && panel);
        graphDock->show();
        graphDock->raise();
        SwarmGraphView *view = graphDock->view();
        const QString self = b->address();

        panel->addNetwork({a.url()});
        const QString aKey = PeerRelayGraph::keyOf(a.idHex()), cKey = PeerRelayGraph::keyOf(c.idHex());
        QTRY_VERIFY_WITH_TIMEOUT(graphHasEdge(view->graph(), self, aKey, GraphData::Edge::Kind::PeerRelay),
                                 kNetTimeoutMs);
        QVERIFY(graphHasNode(view->graph(), aKey, false));
        // C is never a direct peer: it is known from the paths of what A relays to us (its answer
        // to our offer of a direct link already travels C, A, us).
        const QString ours = swarmscope::test::onEngine(*b, [](Session &s) { return s.peerRelay()->idHex(); });
        const int flashedBefore = view->flashedEdges();
        c.send(QByteArray::fromHex(ours.toLatin1()), QStringLiteral("through A"));
        QTRY_VERIFY_WITH_TIMEOUT(
            tableContains(panel->trafficView(), PeerRelayPanel::TrafficData, QStringLiteral("through A")),
            kNetTimeoutMs);
        QTRY_VERIFY(graphHasNode(view->graph(), cKey, true));
        QVERIFY(!graphHasNode(view->graph(), cKey, false));
        QVERIFY(graphHasEdge(view->graph(), cKey, aKey, GraphData::Edge::Kind::RelayPath));
        QVERIFY(!graphHasEdge(view->graph(), self, cKey, GraphData::Edge::Kind::PeerRelay));
        QVERIFY(!graphHasNode(view->graph(), PeerRelayGraph::keyOf(ours), true));  // we are the self node
        QVERIFY(view->flashedEdges() - flashedBefore >= 2);  // C to A, A to us
        QVERIFY(graphDock->findChild<QLabel *>(QStringLiteral("swarmGraphSummary"))
                    ->text()
                    .contains(QStringLiteral("peer-relay")));

        // We send to C: the message leaves over A, lighting our edge to A.
        const int flashedAfterReceive = view->flashedEdges();
        QSignalSpy cGot(&c, &PeerRelayNode::messageReceived);
        swarmscope::test::onEngine(
            *b, [cId = c.id()](Session &s) { return s.peerRelay()->send(cId, QStringLiteral("back")); });
        QTRY_COMPARE_WITH_TIMEOUT(cGot.size(), 1, kNetTimeoutMs);
        QTRY_VERIFY(view->flashedEdges() > flashedAfterReceive);
        if (swarmscope::test::screenshotsWanted())
            swarmscope::test::saveScreenshot(window, QStringLiteral("peer-relay-graph"));
    }
};

QTEST_MAIN(TestPeerRelayDock)
#include "tst_peer_relay_dock.moc"
