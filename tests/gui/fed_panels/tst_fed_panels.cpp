// Panels fed typed event batches, with no network behind them: what each shows for the events
// the engine hands out (the file transfer cards, the peer-relay traffic table, the reachability
// label).
#include "crypto/identity.h"
#include "engine_harness.h"
#include "transfers/file_transfer_card.h"
#include "transfers/file_transfers_view.h"
#include "views/peer_relay_panel.h"
#include "views/reachability_label.h"

#include <QProgressBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;
using State = FileTransferItem::State;

namespace {

PeerId peer(char fill)
{
    return PeerId::fromBytes(QByteArray(32, fill));
}

files::FileOffer offer(const char *idHex, const QString &room = {})
{
    return files::FileOffer{QByteArray::fromHex(idHex),   QStringLiteral("notes.txt"), 1000,
                            QStringLiteral("text/plain"), QByteArray(32, 'h'),         room};
}

EventBatch batch(std::initializer_list<EventPayload> payloads)
{
    EventBatch out;
    for (const EventPayload &p : payloads)
        out.append(Event{1700000000000, p});
    return out;
}

PeerRelayHop hop(PeerRelayHopRole role, const QString &type)
{
    PeerRelayHop h;
    h.role = role;
    h.from = QStringLiteral("aaaaaaaa11");
    h.to = QStringLiteral("bbbbbbbb22");
    h.type = type;
    h.path = {QStringLiteral("aaaaaaaa11"), QStringLiteral("cccccccc33")};
    return h;
}

QString cell(const QTableWidget *t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

}  // namespace

class TestFedPanels : public QObject {
    Q_OBJECT

private slots:
    void fileCardsFollowAnIncomingTransfer()
    {
        FileTransfersView view;
        const QByteArray id = QByteArray::fromHex("0102030405060708");
        const QString key = QStringLiteral("0102030405060708");
        view.applyEvents(batch({FileOfferReceived{offer("0102030405060708"), peer('a')}}));
        QVERIFY(view.card(key));
        QCOMPARE(view.transfers().find(key)->state, State::Offered);
        QCOMPARE(view.transfers().find(key)->peer, Identity::addressOf(peer('a')));
        QCOMPARE(view.card(key)->progressBar()->value(), 0);

        view.applyEvents(batch({FileAccepted{id, peer('z'), 0, QStringLiteral("/tmp/notes.part")},
                                FileProgress{id, 500, 1000, 250, TransferDirection::In, peer('a')}}));
        QCOMPARE(view.transfers().find(key)->state, State::Running);
        QCOMPARE(view.card(key)->progressBar()->value(), 50);
        QCOMPARE(view.transfers().find(key)->secondsLeft(), 2);

        view.applyEvents(batch({FilePaused{id, 500, QStringLiteral("disconnected")}}));
        QCOMPARE(view.transfers().find(key)->state, State::Paused);
        view.applyEvents(
            batch({FileResumed{id, 500},
                   FileDone{id, QStringLiteral("/downloads/notes.txt"), offer("0102030405060708"), peer('a')}}));
        QCOMPARE(view.transfers().find(key)->state, State::Done);
        QCOMPARE(view.transfers().find(key)->path, QStringLiteral("/downloads/notes.txt"));
        QCOMPARE(view.card(key)->progressBar()->value(), 100);

        // Events about transfers the window never saw offered change nothing.
        view.applyEvents(batch({FileFailed{QByteArray::fromHex("ffff"), QStringLiteral("io"), std::nullopt, {}}}));
        QCOMPARE(view.transfers().ids().size(), 1);
    }

    void aRoomOfferOutlivesOneDecline()
    {
        FileTransfersView view;
        const QByteArray room = QByteArray::fromHex("1111111111111111");
        const QByteArray single = QByteArray::fromHex("2222222222222222");
        view.applyEvents(batch({FileOffered{offer("1111111111111111", QStringLiteral("lobby")),
                                            QStringLiteral("/n.txt"),
                                            {peer('a'), peer('b')}},
                                FileOffered{offer("2222222222222222"), QStringLiteral("/n.txt"), {peer('a')}}}));
        view.applyEvents(batch({FileDeclined{room, peer('a'), QStringLiteral("busy")},
                                FileDeclined{single, peer('a'), QStringLiteral("busy")}}));
        const FileTransferItem *roomItem = view.transfers().find(QStringLiteral("1111111111111111"));
        const FileTransferItem *singleItem = view.transfers().find(QStringLiteral("2222222222222222"));
        QVERIFY(roomItem && singleItem);
        QCOMPARE(roomItem->state, State::Waiting);  // b may still take it
        QCOMPARE(roomItem->to.size(), 2);
        QCOMPARE(singleItem->state, State::Declined);
        QCOMPARE(singleItem->reason, QStringLiteral("busy"));
    }

    void peerRelayTrafficShowsMessagesAndHops()
    {
        QTemporaryDir profile;
        auto engine = test::startLocalEngine(profile.path());
        QVERIFY(engine);
        PeerRelayPanel panel(*engine);
        panel.onEvents(batch({
            PeerRelayMessage{QStringLiteral("aaaaaaaa11"),
                             QJsonValue(QStringLiteral("hi")),
                             {QStringLiteral("aaaaaaaa11")},
                             QStringLiteral("n1")},
            PeerRelayHopped{hop(PeerRelayHopRole::Forwarded, QStringLiteral("user"))},
            PeerRelayHopped{hop(PeerRelayHopRole::Sent, QStringLiteral("user"))},
            PeerRelayHopped{hop(PeerRelayHopRole::Sent, QStringLiteral("findPeers"))},  // control: event log only
            PeerRelayHopped{hop(PeerRelayHopRole::Delivered, QStringLiteral("user"))},  // shown as the message
            Rejected{RejectSource::PeerRelay,
                     ErrorCode::MalformedMessage,
                     QStringLiteral("bad-id"),
                     QStringLiteral("not hex"),
                     {},
                     std::nullopt,
                     {},
                     {},
                     {},
                     QStringLiteral("aaaaaaaa11")},
            Rejected{RejectSource::Connection,
                     ErrorCode::MalformedMessage,
                     {},
                     QStringLiteral("other backend"),
                     {},
                     std::nullopt,
                     {},
                     {},
                     {},
                     {}},
        }));
        const QTableWidget *t = panel.trafficView();
        QCOMPARE(t->rowCount(), 4);
        QCOMPARE(cell(t, 0, PeerRelayPanel::TrafficKind), QStringLiteral("message"));
        QCOMPARE(cell(t, 0, PeerRelayPanel::TrafficFrom), QStringLiteral("aaaaaaaa"));
        QCOMPARE(cell(t, 0, PeerRelayPanel::TrafficData), QStringLiteral("\"hi\""));
        QCOMPARE(cell(t, 1, PeerRelayPanel::TrafficKind), QStringLiteral("forwarded"));
        QCOMPARE(cell(t, 1, PeerRelayPanel::TrafficPath), QStringLiteral("aaaaaaaa → cccccccc"));
        QCOMPARE(cell(t, 1, PeerRelayPanel::TrafficTo), QStringLiteral("bbbbbbbb"));
        QCOMPARE(cell(t, 2, PeerRelayPanel::TrafficKind), QStringLiteral("sent"));
        QCOMPARE(cell(t, 3, PeerRelayPanel::TrafficKind), QStringLiteral("rejected: bad-id"));
        QCOMPARE(cell(t, 3, PeerRelayPanel::TrafficData), QStringLiteral("not hex"));
    }

    void reachabilityInWords()
    {
        ReachabilityLabel label;
        QCOMPARE(label.text(), QStringLiteral("Reachable: not known yet"));
        ReachabilitySnapshot r;
        r.status = ReachabilityStatus::Public;
        r.externalIp = QHostAddress(QStringLiteral("203.0.113.2"));
        r.externalPort = 7000;
        r.mapping = MappingKind::Upnp;
        label.apply(r);
        QCOMPARE(label.text(), QStringLiteral("Reachable: yes, UPnP 203.0.113.2:7000"));
        r = {};
        r.status = ReachabilityStatus::Private;
        r.nat = NatBehaviour::AddressDependent;
        label.apply(r);
        QCOMPARE(label.text(), QStringLiteral("Not reachable: behind a NAT that changes ports"));
        r.relays = {QStringLiteral("203.0.113.10:7000")};
        label.apply(r);
        QCOMPARE(label.text(),
                 QStringLiteral("Not reachable: behind a NAT that changes ports; using relay 203.0.113.10:7000"));
        r.status = ReachabilityStatus::Unknown;
        label.apply(r);
        QCOMPARE(label.text(), QStringLiteral("Reachable: not known yet; using relay 203.0.113.10:7000"));
    }
};

QTEST_MAIN(TestFedPanels)
#include "tst_fed_panels.moc"
