// Every ui model under QAbstractItemModelTester, fed the kind of batches the engine produces.

#include "format/units.h"
#include "models/chat_message_model.h"
#include "models/event_log_model.h"
#include "models/peer_table_model.h"
#include "models/roles.h"
#include "models/room_list_model.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>
#include <tuple>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {

PeerSnapshot peer(quint64 id, qint64 rttUs = -1)
{
    PeerSnapshot p;
    p.connectionId = id;
    p.address = QStringLiteral("bPeer%1").arg(id, 4, 10, QLatin1Char('0'));
    p.host = QStringLiteral("127.0.0.1");
    p.port = quint16(40000 + id);
    p.direction = id % 2 ? Direction::Inbound : Direction::Outbound;
    p.source = PeerSource::Manual;
    p.state = ConnectionState::Connected;
    p.rttUs = rttUs;
    p.bytesIn = id * 100;
    p.bytesOut = id * 10;
    p.sinceMs = 1'700'000'000'000 + qint64(id);
    return p;
}

ChatMessage message(const QString &room, int n, bool own = false)
{
    ChatMessage m;
    m.room = room;
    m.text = QStringLiteral("message %1").arg(n);
    m.id = QCryptographicHash::hash(QByteArray(room.toUtf8() + m.text.toUtf8()), QCryptographicHash::Sha256);
    m.fromAddress = own ? QStringLiteral("bSelfAddress") : QStringLiteral("bOtherAddress%1").arg(n % 3);
    m.own = own;
    m.seq = quint64(n);
    m.timeMs = 1'700'000'000'000 + n;
    m.state = own ? DeliveryState::Sent : DeliveryState::Received;
    return m;
}

LoggedEvent makeEvent(int n)
{
    return LoggedEvent{1'700'000'000'000 + n, QStringLiteral("connection"),
                       QJsonObject{{QStringLiteral("n"), n}, {QStringLiteral("host"), QStringLiteral("127.0.0.1")}}};
}

RoomSnapshot room(const QString &name, int members, int connected = 0)
{
    RoomSnapshot r;
    r.name = name;
    for (int i = 0; i < members; ++i)
        r.members.append(QStringLiteral("bMember%1").arg(i));
    r.connectedMembers = connected;
    return r;
}

// Checks that every row still holds the snapshot its key says, i.e. the index is consistent.
void verifyPeerIndex(const PeerTableModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const quint64 id = model.index(row, 0).data(Roles::Key).value<quint64>();
        QCOMPARE(model.rowOf(id), row);
        QCOMPARE(model.index(row, PeerTableModel::Address).data().toString(), peer(id).address);
    }
}

}  // namespace

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void peerTableAppliesRealisticDeltas();
    void peerTableToleratesOddDeltas();
    void peerProxySortsOnRawValues();
    void chatModelAppendsDedupsAndCaps();
    void namesShowWithTheAddressAsTooltip();
    void eventLogHasPeerAndTopicColumns();
    void eventLogIsACappedRingBuffer();
    void roomListTracksRoomsAndUnread();
};

void TestModels::peerTableAppliesRealisticDeltas()
{
    PeerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    PeerDelta first;
    for (quint64 id = 1; id <= 100; ++id)
        first.added.append(peer(id));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.apply(first);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(inserted.size(), 1);  // one batch, one insert
    verifyPeerIndex(model);

    // More than half of the rows changed: one dataChanged over the table.
    PeerDelta many;
    for (quint64 id = 1; id <= 60; ++id)
        many.updated.append(peer(id, qint64(id) * 10));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.apply(many);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(99, PeerTableModel::ColumnCount - 1));
    QCOMPARE(model.index(model.rowOf(42), PeerTableModel::Rtt).data(Roles::Raw).toLongLong(), 420);

    // A few changed: one signal per row.
    changed.clear();
    PeerDelta few;
    for (quint64 id = 90; id <= 99; ++id)
        few.updated.append(peer(id, 5));
    model.apply(few);
    QCOMPARE(changed.size(), 10);

    // Removals from the middle, contiguous and scattered, together with new rows.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    PeerDelta mixed;
    mixed.removed = {50, 51, 52, 53, 10, 70, 71, 99};
    for (quint64 id = 101; id <= 105; ++id)
        mixed.added.append(peer(id));
    mixed.updated.append(peer(30, 7));
    model.apply(mixed);
    QCOMPARE(model.rowCount(), 100 - 8 + 5);
    QCOMPARE(removed.size(), 4);  // ranges 70-71 (rows 69-70), 50-53, 10 and 99
    for (quint64 gone : mixed.removed)
        QCOMPARE(model.rowOf(gone), -1);
    QCOMPARE(model.index(model.rowOf(30), PeerTableModel::Rtt).data(Roles::Raw).toLongLong(), 7);
    verifyPeerIndex(model);

    // Everything goes.
    PeerDelta all;
    for (int row = 0; row < model.rowCount(); ++row)
        all.removed.append(model.index(row, 0).data(Roles::Key).value<quint64>());
    model.apply(all);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::peerTableToleratesOddDeltas()
{
    PeerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({peer(1), peer(2), peer(3)});
    QCOMPARE(model.rowCount(), 3);

    PeerDelta odd;
    odd.removed = {999, 2, 2};  // unknown id and a duplicate
    odd.added = {peer(1, 11), peer(4), peer(4)};  // a known id and a duplicate inside the batch
    odd.updated = {peer(5, 55)};  // update of a row never added
    model.apply(odd);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(2), -1);
    QCOMPARE(model.index(model.rowOf(1), PeerTableModel::Rtt).data(Roles::Raw).toLongLong(), 11);
    QCOMPARE(model.index(model.rowOf(5), PeerTableModel::Rtt).data(Roles::Raw).toLongLong(), 55);
    verifyPeerIndex(model);

    PeerSnapshot handshaking = peer(6);
    handshaking.address.clear();
    handshaking.state = ConnectionState::Handshaking;
    model.apply(PeerDelta{{handshaking}, {}, {}});
    QCOMPARE(model.connectedCount(), 4);
    QVERIFY(!model.index(model.rowOf(6), PeerTableModel::Address).data().toString().isEmpty());

    // The loser of a redundant pair stays listed while it closes, but is not a second peer.
    PeerSnapshot loser = peer(7);
    loser.retiring = true;
    model.apply(PeerDelta{{loser}, {}, {}});
    QCOMPARE(model.connectedCount(), 4);
    QCOMPARE(model.index(model.rowOf(7), PeerTableModel::QueueState).data(Roles::Raw).toString(),
             QStringLiteral("retiring"));
    QVERIFY(model.index(model.rowOf(7), PeerTableModel::QueueState).data().toString()
            != model.index(model.rowOf(5), PeerTableModel::QueueState).data().toString());
}

void TestModels::peerProxySortsOnRawValues()
{
    PeerTableModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Roles::Raw);
    proxy.setFilterRole(Roles::FilterText);
    proxy.setDynamicSortFilter(true);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(PeerTableModel::Rtt, Qt::AscendingOrder);

    // Display strings would sort "900 µs" after "12.0 ms"; raw values must not.
    model.apply(PeerDelta{{peer(1, 12000), peer(2, 900), peer(3, -1), peer(4, 150000)}, {}, {}});
    const auto order = [&] {
        QList<quint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(Roles::Key).value<quint64>());
        return ids;
    };
    QCOMPARE(order(), (QList<quint64>{2, 1, 4, 3}));

    model.apply(PeerDelta{{}, {peer(4, 100)}, {2}});
    QCOMPARE(order(), (QList<quint64>{4, 1, 3}));

    proxy.setFilterFixedString(QStringLiteral("bPeer0003"));
    QCOMPARE(order(), (QList<quint64>{3}));
}

void TestModels::chatModelAppendsDedupsAndCaps()
{
    ChatMessageModel model(QStringLiteral("lobby"), 20);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QList<ChatMessage> batch;
    for (int n = 0; n < 12; ++n)
        batch.append(message(QStringLiteral("lobby"), n, n % 4 == 0));
    batch.append(message(QStringLiteral("elsewhere"), 99));  // not this room
    batch.append(message(QStringLiteral("lobby"), 3));  // duplicate inside the batch
    QCOMPARE(model.append(batch), 12);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.index(4, ChatMessageModel::Text).data().toString(), QStringLiteral("message 4"));
    QVERIFY(model.index(4, 0).data(Roles::Own).toBool());
    QVERIFY(!model.index(5, 0).data(Roles::Own).toBool());

    // The same messages again change nothing; a newer delivery state updates in place.
    QCOMPARE(model.append(batch), 0);
    ChatMessage delivered = message(QStringLiteral("lobby"), 8, true);
    delivered.state = DeliveryState::Delivered;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.append({delivered}), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(8, 0).data(Roles::Delivery).toInt(), int(DeliveryState::Delivered));
    QVERIFY(model.setState(message(QStringLiteral("lobby"), 4).id, DeliveryState::Sending));
    QCOMPARE(model.index(4, 0).data(Roles::Delivery).toInt(), int(DeliveryState::Sending));
    QVERIFY(!model.setState(QByteArrayLiteral("unknown"), DeliveryState::Sent));

    // Past the cap the oldest rows go, and ids stay addressable.
    QList<ChatMessage> more;
    for (int n = 12; n < 30; ++n)
        more.append(message(QStringLiteral("lobby"), n));
    QCOMPARE(model.append(more), 18);
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(model.index(0, ChatMessageModel::Text).data().toString(), QStringLiteral("message 10"));
    QCOMPARE(model.rowOfId(message(QStringLiteral("lobby"), 9).id), -1);
    for (int n = 10; n < 30; ++n)
        QCOMPARE(model.rowOfId(message(QStringLiteral("lobby"), n).id), n - 10);

    // A batch bigger than the whole cap keeps its newest part.
    QList<ChatMessage> flood;
    for (int n = 100; n < 150; ++n)
        flood.append(message(QStringLiteral("lobby"), n));
    model.append(flood);
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(model.index(19, ChatMessageModel::Text).data().toString(), QStringLiteral("message 149"));
    QCOMPARE(model.rowOfId(message(QStringLiteral("lobby"), 130).id), 0);
}

// A display name replaces the short address in the bubble's header and the peers table; the
// address stays in the tooltip and in the raw value every action and sort uses.
void TestModels::namesShowWithTheAddressAsTooltip()
{
    ChatMessageModel chat(QStringLiteral("lobby"));
    ChatMessage named = message(QStringLiteral("lobby"), 1);
    named.fromName = QStringLiteral("Zoë 🦊");
    const ChatMessage unnamed = message(QStringLiteral("lobby"), 2);
    ChatMessage own = message(QStringLiteral("lobby"), 3, true);
    own.fromName = QStringLiteral("Ada");
    chat.append({named, unnamed, own});
    QCOMPARE(chat.index(0, 0).data(Roles::Author).toString(), QStringLiteral("Zoë 🦊"));
    QVERIFY(chat.index(0, 0).data(Qt::ToolTipRole).toString().startsWith(named.fromAddress + QLatin1Char('\n')));
    QCOMPARE(chat.index(0, ChatMessageModel::Author).data(Qt::ToolTipRole).toString(), named.fromAddress);
    QCOMPARE(chat.index(0, ChatMessageModel::Author).data(Roles::Raw).toString(), named.fromAddress);
    QVERIFY(chat.index(0, 0).data(Roles::FilterText).toString().contains(QStringLiteral("Zoë")));
    QCOMPARE(chat.index(1, 0).data(Roles::Author).toString(), Units::shortAddress(unnamed.fromAddress));
    QVERIFY(!chat.index(1, 0).data(Qt::ToolTipRole).toString().contains(unnamed.fromAddress));
    QCOMPARE(chat.index(2, 0).data(Roles::Author).toString(), ChatMessageModel::tr("You"));

    PeerTableModel peers;
    QAbstractItemModelTester tester(&peers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto peer = [](quint64 id, const QString &address, const QString &name) {
        PeerSnapshot p;
        std::tie(p.connectionId, p.address, p.name) = std::tie(id, address, name);
        return p;
    };
    peers.apply(PeerDelta{{peer(1, QStringLiteral("bNamedPeer"), QStringLiteral("Zoë 🦊")),
                           peer(2, QStringLiteral("bPlainPeer"), QString())},
                          {},
                          {}});
    QCOMPARE(peers.index(0, PeerTableModel::Address).data().toString(), QStringLiteral("Zoë 🦊"));
    QVERIFY(peers.index(0, PeerTableModel::Address)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("bNamedPeer\n")));
    QCOMPARE(peers.index(0, PeerTableModel::Address).data(Roles::Raw).toString(), QStringLiteral("bNamedPeer"));
    QVERIFY(peers.index(0, 0).data(Roles::FilterText).toString().contains(QStringLiteral("Zoë")));
    QCOMPARE(peers.index(1, PeerTableModel::Address).data().toString(), QStringLiteral("bPlainPeer"));
}

void TestModels::eventLogHasPeerAndTopicColumns()
{
    EventLogModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString peer = QStringLiteral("bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ");
    model.append(
        {makeEvent(0),  // a host:port is not a peer
         LoggedEvent{1'800'000'000'000, QStringLiteral("message"),
                     QJsonObject{{QStringLiteral("from"), peer}, {QStringLiteral("room"), QStringLiteral("lobby")}}}});
    QCOMPARE(model.index(0, EventLogModel::Peer).data().toString(), QString());
    QCOMPARE(model.index(0, EventLogModel::Topic).data().toString(), QString());
    QCOMPARE(model.index(1, EventLogModel::Peer).data(Roles::Raw).toString(), peer);
    QCOMPARE(model.index(1, EventLogModel::Peer).data(Roles::PeerAddress).toString(), peer);
    QCOMPARE(model.index(1, EventLogModel::Peer).data().toString(), Units::shortAddress(peer));
    QCOMPARE(model.index(1, EventLogModel::Topic).data().toString(), QStringLiteral("lobby"));
    QCOMPARE(model.headerData(EventLogModel::Topic, Qt::Horizontal).toString(), QStringLiteral("Room or topic"));
}

void TestModels::eventLogIsACappedRingBuffer()
{
    EventLogModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dropped(&model, &EventLogModel::droppedChanged);

    QList<LoggedEvent> batch;
    for (int n = 0; n < 60; ++n)
        batch.append(makeEvent(n));
    model.append(batch);
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(model.index(0, EventLogModel::Kind).data().toString(), QStringLiteral("connection"));
    const QString json = model.index(0, EventLogModel::Fields).data().toString();
    QVERIFY2(json.contains(QStringLiteral("\"n\":0")), qPrintable(json));
    QVERIFY(!json.contains(QLatin1Char('\n')));
    QCOMPARE(dropped.size(), 0);

    batch.clear();
    for (int n = 60; n < 130; ++n)
        batch.append(makeEvent(n));
    model.append(batch);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.dropped(), quint64(30));
    QCOMPARE(model.eventAt(0).fields.value(QStringLiteral("n")).toInt(), 30);
    QCOMPARE(model.eventAt(99).fields.value(QStringLiteral("n")).toInt(), 129);

    // Keys are never reused, so a view's persistent indexes cannot confuse two events.
    const quint64 firstKey = model.index(0, 0).data(Roles::Key).value<quint64>();
    QCOMPARE(firstKey, quint64(30));

    batch.clear();
    for (int n = 130; n < 400; ++n)
        batch.append(makeEvent(n));
    model.append(batch);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.dropped(), quint64(300));
    QCOMPARE(model.eventAt(0).fields.value(QStringLiteral("n")).toInt(), 300);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.dropped(), quint64(0));
}

void TestModels::roomListTracksRoomsAndUnread()
{
    RoomListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.upsert({room(QStringLiteral("a"), 0), room(QStringLiteral("b"), 1), room(QStringLiteral("c"), 2),
                  room(QStringLiteral("d"), 0), room(QStringLiteral("b"), 3)});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(1).data(Roles::MemberCount).toInt(), 3);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.upsert({room(QStringLiteral("a"), 2, 1), room(QStringLiteral("c"), 2), room(QStringLiteral("e"), 1)});
    QCOMPARE(changed.size(), 1);  // c did not change
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0).data(Roles::ConnectedCount).toInt(), 1);

    model.addUnread(QStringLiteral("c"), 3);
    model.addUnread(QStringLiteral("c"), 2);
    model.addUnread(QStringLiteral("nope"), 2);
    QCOMPARE(model.unreadOf(QStringLiteral("c")), 5);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("c"))).data(Roles::Unread).toInt(), 5);
    model.markRead(QStringLiteral("c"));
    QCOMPARE(model.unreadOf(QStringLiteral("c")), 0);

    model.retainOnly({QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("e")});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.nameAt(1), QStringLiteral("d"));
    model.remove(QStringLiteral("d"));
    QCOMPARE(model.rowOf(QStringLiteral("e")), 1);
    QCOMPARE(model.nameAt(5), QString());
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
