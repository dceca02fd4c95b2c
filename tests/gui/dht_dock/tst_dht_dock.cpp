// The DHT dock on real sessions: A runs a DHT node on 127.0.0.1 without bootstrap, B bootstraps
// from it; B's window shows A in its routing table, the room it announces, and stops polling
// while hidden.

#include "dht/dht_node.h"
#include "main_window.h"
#include "models/dht_bucket_model.h"
#include "models/dht_lookup_model.h"
#include "models/roles.h"
#include "screenshot.h"
#include "engine_harness.h"
#include "views/dht_panel.h"

#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace swarmscope;
using namespace swarmscope::ui;
using swarmscope::test::TestPeer;

namespace {

constexpr int kNetTimeoutMs = 15000;

// The endpoints of every node (not replacement) the tree shows.
QStringList nodeEndpoints(const QAbstractItemModel *model)
{
    QStringList out;
    for (int b = 0; b < model->rowCount(); ++b) {
        const QModelIndex bucket = model->index(b, 0);
        for (int row = 0; row < model->rowCount(bucket); ++row) {
            const QModelIndex node = model->index(row, DhtBucketModel::Endpoint, bucket);
            if (!node.siblingAtColumn(0).data(Roles::Replacement).toBool())
                out.append(node.data(Roles::Raw).toString());
        }
    }
    return out;
}

TestPeer::Options dhtOptions(QList<QPair<QString, quint16>> bootstrap = {})
{
    TestPeer::Options o;
    o.dht = true;
    o.dhtBootstrap = std::move(bootstrap);
    return o;
}

}  // namespace

class TestDhtDock : public QObject {
    Q_OBJECT

private slots:
    void showsTheRoutingTableAndLookups();
    void saysSoWhenTheDhtIsOff();
};

void TestDhtDock::showsTheRoutingTableAndLookups()
{
    TestPeer a(dhtOptions());
    QVERIFY(a->dht());
    // A few more nodes know A before B arrives, so that B's bootstrap finds them too.
    const QList<QPair<QString, quint16>> viaA{{QStringLiteral("127.0.0.1"), a->dht()->port()}};
    TestPeer c(dhtOptions(viaA)), d(dhtOptions(viaA)), e(dhtOptions(viaA));
    QTRY_VERIFY_WITH_TIMEOUT(c->dht()->isReady() && d->dht()->isReady() && e->dht()->isReady(), kNetTimeoutMs);
    QTemporaryDir dir;
    auto b = swarmscope::test::startEngine(TestPeer::configFor(dhtOptions(viaA), dir.filePath(QStringLiteral("b"))));
    QVERIFY(b && b->dhtEnabled());
    const quint16 bPort = swarmscope::test::onEngine(*b, [](Session &s) { return s.dht()->port(); });

    QSettings settings(dir.filePath(QStringLiteral("swarmscope.ini")), QSettings::IniFormat);
    MainWindow window(*b, settings);
    swarmscope::test::prepareForScreenshot(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("dhtDock"));
    auto *panel = window.findChild<DhtPanel *>(QStringLiteral("dhtPanel"));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("dhtBucketTree"));
    QVERIFY(dock && panel && tree);
    QVERIFY(!tree->accessibleName().isEmpty());

    // Tabbed behind the peers: nobody sees it, so nothing polls the node.
    QVERIFY(!panel->isPolling());
    QCOMPARE(panel->refreshCount(), 0);

    dock->show();
    dock->raise();
    QTRY_VERIFY(panel->isPolling());

    // A answered B's bootstrap: it sits in one of B's buckets.
    const QString aEndpoint = QStringLiteral("127.0.0.1:%1").arg(a->dht()->port());
    QTRY_VERIFY_WITH_TIMEOUT(nodeEndpoints(tree->model()).contains(aEndpoint), kNetTimeoutMs);
    QVERIFY(panel->bucketModel()->nodeCount() >= 1);
    auto *summary = window.findChild<QLabel *>(QStringLiteral("dhtSummaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("UDP port %1").arg(bPort)), qPrintable(summary->text()));

    // Joining a room announces it: the lookup list names the room and its key.
    const QString room = QStringLiteral("dht-dock-room");
    window.joinRoom(room);
    QTRY_VERIFY(!b->room(room).dhtKey.isEmpty());  // the engine's snapshot has come back
    const QByteArray key = b->room(room).dhtKey;
    QTRY_VERIFY_WITH_TIMEOUT(panel->lookupModel()->rowOf(key) >= 0, kNetTimeoutMs);
    const int row = panel->lookupModel()->rowOf(key);
    QCOMPARE(panel->lookupModel()->index(row, DhtLookupModel::Room).data().toString(), room);
    QCOMPARE(panel->lookupModel()->index(row, DhtLookupModel::Infohash).data().toString(),
             QString::fromLatin1(key.toHex()));
    // Its first round ends (alone in the room: nobody found), and the outcome shows.
    QTRY_VERIFY_WITH_TIMEOUT(panel->lookupModel()->index(row, DhtLookupModel::PeersFound).data().isValid(),
                             kNetTimeoutMs);
    // A discovery-swarm room looks up on the same node: its key is listed and its rounds show too.
    const QString dswarmRoom = QStringLiteral("discovery-swarm:dht-dock-room");
    window.joinRoom(dswarmRoom);
    QTRY_VERIFY_WITH_TIMEOUT(!b->room(dswarmRoom).dhtKey.isEmpty(), kNetTimeoutMs);
    const QByteArray dswarmKey = b->room(dswarmRoom).dhtKey;
    QVERIFY(dswarmKey != key);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lookupModel()->rowOf(dswarmKey) >= 0, kNetTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(panel->lookupModel()
                                 ->index(panel->lookupModel()->rowOf(dswarmKey), DhtLookupModel::PeersFound)
                                 .data()
                                 .isValid(),
                             kNetTimeoutMs);
    // The others learnt about B from its queries and its announcement: more than A shows up.
    QTRY_VERIFY_WITH_TIMEOUT(panel->bucketModel()->nodeCount() >= 2, kNetTimeoutMs);
    if (swarmscope::test::screenshotsWanted()) {
        window.resizeDocks({dock}, {330}, Qt::Vertical);
        panel->refresh();
        swarmscope::test::saveScreenshot(window, QStringLiteral("dht-dock"));
    }

    // Behind another tab again: polling stops; closed, too.
    QVERIFY(panel->refreshCount() > 1);
    window.findChild<QDockWidget *>(QStringLiteral("peersDock"))->raise();
    QTRY_VERIFY(!panel->isPolling());
    dock->raise();
    QTRY_VERIFY(panel->isPolling());
    dock->close();
    QTRY_VERIFY(!panel->isPolling());
}

void TestDhtDock::saysSoWhenTheDhtIsOff()
{
    QTemporaryDir dir;
    auto a = swarmscope::test::startEngine(TestPeer::configFor({}, dir.filePath(QStringLiteral("a"))));  // DHT disabled
    QVERIFY(a && !a->dhtEnabled());
    QSettings settings(dir.filePath(QStringLiteral("swarmscope.ini")), QSettings::IniFormat);
    MainWindow window(*a, settings);
    window.show();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("dhtDock"));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    auto *panel = window.findChild<DhtPanel *>(QStringLiteral("dhtPanel"));
    QVERIFY(panel);
    auto *off = window.findChild<QLabel *>(QStringLiteral("dhtOffLabel"));
    QVERIFY(off);
    QTRY_VERIFY(off->isVisible());
    QVERIFY(off->text().contains(QStringLiteral("--no-dht")));
    QVERIFY(!panel->isPolling());
    QCOMPARE(panel->bucketModel()->rowCount(), 0);
}

QTEST_MAIN(TestDhtDock)
#include "tst_dht_dock.moc"
