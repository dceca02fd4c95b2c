// The peer-relay network in the window: File › Add peer-relay network… joins through a peer on
// 127.0.0.1 (an engine PeerRelayNode standing in for a JS peer); the dock shows our id, that peer
// and the messages it sends us, and sends back by id.
#include "core/clock.h"
#include "engine_harness.h"
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
} // namespace

class TestPeerRelayDock : public QObject {
    Q_OBJECT

private slots:
    void joinsAndShowsTheNetwork()
    {
        SystemClock clock;
        PeerRelayOptions o;
        o.listenPort = 0;
        PeerRelayNode other(o, clock);
        QVERIFY(other.start().ok());
        QSignalSpy otherGot(&other, &PeerRelayNode::messageReceived);

        QTemporaryDir dir;
        auto b = swarmscope::test::startEngine(TestPeer::configFor(TestPeer::Options{}, dir.filePath(QStringLiteral("b"))));
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

        QTRY_VERIFY_WITH_TIMEOUT(tableContains(panel->peersView(), PeerRelayPanel::PeerId, other.idHex()), kNetTimeoutMs);
        const QString ours = swarmscope::test::onEngine(*b, [](Session &s) { return s.peerRelay()->idHex(); });
        QCOMPARE(panel->ownId(), ours);
        QVERIFY(summary->text().contains(ours));

        other.send(QByteArray::fromHex(ours.toLatin1()), QStringLiteral("hello window"));
        QTRY_VERIFY_WITH_TIMEOUT(tableContains(panel->trafficView(), PeerRelayPanel::TrafficData, QStringLiteral("hello window")),
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
};

QTEST_MAIN(TestPeerRelayDock)
#include "tst_peer_relay_dock.moc"
