// The inspector docks offscreen, on real sessions over 127.0.0.1: connection stats attach only
// while visible and collect per-peer series, the swarm graph shows self, peers and selection,
// the doctor dialog fills its model, and installInspectorDocks wires everything into a window.
#include "doctor/doctor.h"
#include "inspector/connection_stats_dock.h"
#include "inspector/doctor_dialog.h"
#include "inspector/doctor_report_model.h"
#include "inspector/inspector_docks.h"
#include "inspector/swarm_graph_dock.h"
#include "inspector/swarm_graph_view.h"
#include "main_window.h"
#include "selection/peer_selection.h"
#include "models/peer_table_model.h"
#include "views/peers_panel.h"
#include "widgets/identicon.h"
#include "engine_harness.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QPainter>
#include <QTest>

#include <optional>

using namespace swarmscope;
using namespace swarmscope::ui;

class TestInspectorDocks : public QObject {
    Q_OBJECT

private slots:
    void statsDockAttachesOnlyWhileVisible()
    {
        auto a = startEngine();
        test::TestPeer b;
        b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        QTRY_VERIFY_WITH_TIMEOUT(a->status().connected == 1 && b.connected() == 1, 5000);
        ConnectionStatsDock dock(*a);
        QVERIFY(!dock.attached());
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(dock.attached());
        QTRY_VERIFY_WITH_TIMEOUT(dock.peerCount() == 1, 4000);  // statsSampled once a second
        dock.selectPeer(b->address());
        QCOMPARE(dock.selectedPeer(), b->address());
        dock.setWindow(RateSeries::Window::OneHour);
        dock.grab();  // paints the plots
        dock.hide();
        QVERIFY(!dock.attached());
        dock.selectPeer(QStringLiteral("nobody"));
        QCOMPARE(dock.selectedPeer(), QString());
    }

    void graphShowsSelfPeersAndSelection()
    {
        auto a = startEngine();
        test::TestPeer b, c;
        b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        c->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        QTRY_VERIFY_WITH_TIMEOUT(a->status().connected == 2, 5000);
        SwarmGraphDock dock(*a);
        dock.resize(400, 300);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QTRY_COMPARE_WITH_TIMEOUT(dock.view()->nodeCount(), 3, 3000);
        QVERIFY(!dock.labMode());
        dock.selectPeer(b->address());
        QCOMPARE(dock.view()->selectedKey(), b->address());
        QSignalSpy selected(&dock, &SwarmGraphDock::peerSelected);
        // Let the layout settle, then click the centre: that is self, never a peer address.
        QTest::mouseClick(dock.view(), Qt::LeftButton, {}, dock.view()->rect().center());
        for (const QList<QVariant> &args : selected)
            QVERIFY(args.first().toString() != QString());
        // A room message lights up an edge without disturbing anything.
        a->joinRoom(QStringLiteral("g"));
        b->joinRoom(QStringLiteral("g"));
        QTRY_VERIFY_WITH_TIMEOUT(a->room(QStringLiteral("g")).connectedMembers >= 1, 5000);
        bool aReceived = false;
        connect(a.get(), &ui::EngineClient::eventsReady, this, [&](const EventBatch &batch) {
            for (const Event &e : batch)
                aReceived = aReceived || e.is<MessageReceived>();
        });
        QVERIFY(b->sendMessage(QStringLiteral("g"), QStringLiteral("hi")));
        QTRY_VERIFY_WITH_TIMEOUT(aReceived, 5000);
        dock.grab();
    }

    void secondHandEdgesComeFromReferrers()
    {
        PeerSnapshot p;
        p.connectionId = 1;
        p.address = QStringLiteral("bPeer");
        p.state = ConnectionState::Connected;
        CandidateSnapshot c;
        c.host = QStringLiteral("10.0.0.9");
        c.port = 7000;
        c.referrer = QStringLiteral("bPeer");
        c.state = CandidateState::Queued;
        const GraphData g = SwarmGraphDock::graphOf(QStringLiteral("bMe"), {p}, {c});
        QCOMPARE(g.nodes.size(), 3);
        QVERIFY(g.nodes.first().self);
        QVERIFY(g.nodes.last().secondHand);
        QCOMPARE(g.edges.last().a, QStringLiteral("bPeer"));
        QCOMPARE(g.edges.last().kind, GraphData::Edge::Kind::SecondHand);
    }

    // A relayed connection is drawn through its relay: us -> relay -> peer, never us -> peer; the
    // relay is found among our neighbours by the circuit's via endpoint, or drawn by that endpoint
    // when we have no connection of our own to it. Traffic with the peer lights both halves.
    void relayedLinksRunThroughTheirRelay()
    {
        PeerSnapshot relay;
        relay.connectionId = 1;
        relay.address = QStringLiteral("bRelay");
        relay.host = QStringLiteral("203.0.113.10");
        relay.port = 7000;
        relay.state = ConnectionState::Connected;
        PeerSnapshot far = relay;
        far.connectionId = 2;
        far.address = QStringLiteral("bFar");
        far.host = QStringLiteral("circuit://ab@203.0.113.10");
        far.path = ConnectionPath::Relayed;
        far.via = QStringLiteral("203.0.113.10:7000");
        PeerSnapshot other = far;
        other.connectionId = 3;
        other.address = QStringLiteral("bOther");
        other.via = QStringLiteral("198.51.100.5:7000");  // a relay we hold no connection to
        const QString me = QStringLiteral("bMe");
        const GraphData g = SwarmGraphDock::graphOf(me, {far, relay, other}, {});
        using Kind = GraphData::Edge::Kind;
        const auto hasEdge = [&g](const QString &a, const QString &b, std::optional<Kind> kind) {
            return std::any_of(g.edges.cbegin(), g.edges.cend(), [&](const GraphData::Edge &e) {
                return ((e.a == a && e.b == b) || (e.a == b && e.b == a)) && (!kind || e.kind == *kind);
            });
        };
        QVERIFY(hasEdge(me, QStringLiteral("bRelay"), Kind::Tcp));
        QVERIFY(hasEdge(QStringLiteral("bRelay"), QStringLiteral("bFar"), Kind::RelayedHalf));
        QVERIFY(!hasEdge(me, QStringLiteral("bFar"), std::nullopt));
        QVERIFY(hasEdge(me, other.via, Kind::RelayedHalf));
        QVERIFY(hasEdge(other.via, QStringLiteral("bOther"), Kind::RelayedHalf));
        QVERIFY(!hasEdge(me, QStringLiteral("bOther"), std::nullopt));
        QCOMPARE(g.edges.size(), 4);
        QCOMPARE(g.nodes.size(), 5);
        QCOMPARE(g.relayOf.value(QStringLiteral("bFar")), QStringLiteral("bRelay"));

        SwarmGraphView view;
        view.setGraph(g);
        view.flashEdge(me, QStringLiteral("bFar"));
        QVERIFY(view.isLit(me, QStringLiteral("bRelay")));
        QVERIFY(view.isLit(QStringLiteral("bRelay"), QStringLiteral("bFar")));
        QVERIFY(!view.isLit(me, QStringLiteral("bOther")));
        QCOMPARE(view.flashedEdges(), 2);
    }

    // Beside each peer's label, the identicon of its key: its colour is on the painted graph; a
    // node known only by host:port gets none.
    void graphLabelsCarryIdenticons()
    {
        const QString peer = QStringLiteral("bVkaQ3xS1nGzJ8r4Yt2eWm9LpUcAhD5fK7");
        const auto colourCount = [](const QImage &image, QColor colour) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixelColor(x, y).rgb() == colour.rgb();
            return n;
        };
        const QColor ink = Identicon::pattern(peer).foreground;
        const auto paint = [](const GraphData &g) {
            SwarmGraphView view;
            view.resize(400, 300);
            view.setGraph(g);
            QImage image(400, 300, QImage::Format_ARGB32);
            QPainter painter(&image);
            view.paintGraph(painter, QRectF(0, 0, 400, 300));
            return image;
        };
        GraphData withAddress;
        withAddress.nodes = {{QStringLiteral("bMe"), QStringLiteral("me"), true}, {peer, QStringLiteral("alice")}};
        withAddress.edges = {{QStringLiteral("bMe"), peer, GraphData::Edge::Kind::Tcp}};
        QVERIFY(colourCount(paint(withAddress), ink) >= 4);  // at least one cell of the 12-pixel picture
        GraphData byEndpoint = withAddress;
        byEndpoint.nodes[1].key = QStringLiteral("10.0.0.9:7000");
        byEndpoint.edges[0].b = byEndpoint.nodes[1].key;
        QCOMPARE(colourCount(paint(byEndpoint), ink), 0);
    }

    // A new graph (a peer came or went) keeps the edges that were lit, by their ends' keys,
    // though every index moved.
    void litEdgesSurviveANewGraph()
    {
        const QString me = QStringLiteral("bMe"), alice = QStringLiteral("bAlice"), bob = QStringLiteral("bBob");
        GraphData g;
        g.nodes = {{me, QStringLiteral("me"), true}, {alice, QStringLiteral("alice")}, {bob, QStringLiteral("bob")}};
        g.edges = {{me, alice, GraphData::Edge::Kind::Tcp}, {me, bob, GraphData::Edge::Kind::Tcp}};
        SwarmGraphView view;
        view.setGraph(g);
        view.flashEdge(me, bob);
        QVERIFY(view.isLit(me, bob));
        QVERIFY(!view.isLit(me, alice));

        GraphData next;  // alice left; bob's index is now 1, where alice was
        next.nodes = {{me, QStringLiteral("me"), true},
                      {bob, QStringLiteral("bob")},
                      {QStringLiteral("bCarol"), QStringLiteral("carol")}};
        next.edges = {{me, bob, GraphData::Edge::Kind::Tcp},
                      {me, QStringLiteral("bCarol"), GraphData::Edge::Kind::Tcp}};
        view.setGraph(next);
        QVERIFY(view.isLit(me, bob));
        QVERIFY(!view.isLit(me, QStringLiteral("bCarol")));
        QVERIFY(!view.isLit(me, alice));
    }

    void doctorDialogShowsTheReport()
    {
        auto a = startEngine();
        DoctorDialog dialog(*a);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&dialog, &DoctorDialog::finished);
        dialog.show();
        dialog.runChecks();
        QVERIFY(finished.wait(8000));
        QCOMPARE(dialog.model()->rowCount(), int(Doctor::checkIds().size()));
        // The session holds its own port: that is not a failure.
        QCOMPARE(dialog.model()->index(0, DoctorReportModel::StatusColumn).data().toString(),
                 DoctorReportModel::statusText(QStringLiteral("ok")));
        dialog.runChecks();  // same ids: rows update in place
        QVERIFY(finished.wait(8000));
        QCOMPARE(dialog.model()->rowCount(), int(Doctor::checkIds().size()));
    }

    void reportModelUnderTester()
    {
        DoctorReportModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto report = [](QStringList ids) {
            QJsonArray checks;
            for (const QString &id : ids)
                checks.append(QJsonObject{{QStringLiteral("id"), id},
                                          {QStringLiteral("status"), QStringLiteral("warn")},
                                          {QStringLiteral("detail"), id}});
            return QJsonObject{{QStringLiteral("checks"), checks}};
        };
        model.setReport(report({QStringLiteral("listen")}));
        model.setReport(report({QStringLiteral("listen"), QStringLiteral("dht"), QStringLiteral("clock")}));
        QCOMPARE(model.rowCount(), 3);
        model.setReport(report({QStringLiteral("listen")}));
        QCOMPARE(model.rowCount(), 1);
        model.setReport(report({QStringLiteral("clock"), QStringLiteral("dht")}));
        QCOMPARE(model.index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("clock"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void installedIntoAWindow()
    {
        auto engine = startEngine();
        QMainWindow window;
        QMenu view;
        PeerSelection selection;
        installInspectorDocks(window, *engine, &view, selection);
        QVERIFY(window.findChild<ConnectionStatsDock *>(QStringLiteral("connectionStatsDock")));
        QVERIFY(window.findChild<SwarmGraphDock *>(QStringLiteral("swarmGraphDock")));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("labDock")));
        QStringList names;
        for (QAction *a : view.actions())
            names << a->objectName();
        QVERIFY(names.contains(QStringLiteral("toggleSwarmGraph")));
        QVERIFY(names.contains(QStringLiteral("networkDoctorAction")));
        for (QDockWidget *d : window.findChildren<QDockWidget *>())
            QVERIFY(!d->accessibleName().isEmpty());
    }

private:
    // A session behind its client on a fresh profile, as the window has it.
    std::unique_ptr<ui::EngineClient> startEngine()
    {
        return test::startEngine(test::TestPeer::configFor({}, m_dir.filePath(QString::number(++m_profiles))));
    }

    QTemporaryDir m_dir;
    int m_profiles = 0;
};

QTEST_MAIN(TestInspectorDocks)
#include "tst_inspector_docks.moc"
