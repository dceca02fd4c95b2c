// The models behind the queue, DHT, remote-procedure and conversation views, each under
// QAbstractItemModelTester, fed the kind of batches the engine produces.

#include "models/candidate_table_model.h"
#include "models/chat_message_model.h"
#include "models/conversation_list_model.h"
#include "models/counter_table_model.h"
#include "models/dht_bucket_model.h"
#include "models/dht_lookup_model.h"
#include "models/peer_table_model.h"
#include "models/procedure_list_model.h"
#include "models/roles.h"
#include "models/rpc_traffic_model.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace swarmscope;
using namespace swarmscope::ui;

namespace {

constexpr qint64 kNow = 1'700'000'100'000;

QByteArray nodeId(int n)
{
    return QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha1);  // 20 bytes
}

DhtNodeInfo node(int n, int failures = 0, qint64 lastSeen = kNow - 5000)
{
    return DhtNodeInfo{nodeId(n), QHostAddress(QHostAddress::LocalHost), quint16(50000 + n), lastSeen, failures};
}

DhtBucketSnapshot bucket(int index, const QList<int> &nodes, const QList<int> &replacements = {})
{
    DhtBucketSnapshot b;
    b.index = index;
    for (int n : nodes)
        b.nodes.append(node(n));
    for (int n : replacements)
        b.replacements.append(node(n));
    return b;
}

// Ids of a bucket's children in row order, with "r" marking replacements.
QStringList childrenOf(const DhtBucketModel &model, int bucketIndex)
{
    QStringList out;
    const QModelIndex parent = model.index(model.bucketRow(bucketIndex), 0);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        out.append((child.data(Roles::Replacement).toBool() ? QStringLiteral("r") : QString())
                   + QString::number(child.sibling(row, DhtBucketModel::Endpoint)
                                         .data(Roles::Raw)
                                         .toString()
                                         .section(QLatin1Char(':'), 1)
                                         .toInt()
                                     - 50000));
    }
    return out;
}

CandidateSnapshot candidate(int n, CandidateState state = CandidateState::Queued, int retries = 0)
{
    CandidateSnapshot c;
    c.host = QStringLiteral("127.0.0.%1").arg(n % 200 + 1);
    c.port = quint16(40000 + n);
    c.source = n % 2 ? PeerSource::Pex : PeerSource::Dht;
    c.referrer = n % 2 ? QStringLiteral("bReferrer%1").arg(n) : QString();
    c.state = state;
    c.retries = retries;
    return c;
}

ChatMessage directMessage(const QString &peer, int n, bool own)
{
    ChatMessage m;
    m.room = QStringLiteral("lobby");
    m.text = QStringLiteral("direct %1").arg(n);
    m.id = QCryptographicHash::hash(QByteArray(peer.toUtf8() + m.text.toUtf8()), QCryptographicHash::Sha256);
    m.fromAddress = own ? QStringLiteral("bSelf") : peer;
    m.own = own;
    m.direct = true;
    m.peerAddress = peer;
    m.timeMs = 1'700'000'000'000 + n;
    m.state = own ? DeliveryState::Sent : DeliveryState::Received;
    return m;
}

}  // namespace

class TestSwarmModels : public QObject {
    Q_OBJECT

private slots:
    void dhtBucketTreeFollowsTheTable();
    void dhtLookupsAndCounters();
    void queueModelDiffsByEndpoint();
    void peerTableShowsQueueAndRates();
    void rpcTrafficPairsCallsWithResults();
    void rpcTrafficIsACappedRingBuffer();
    void procedureListParsesListings();
    void conversationsAndDirectModels();
};

void TestSwarmModels::dhtBucketTreeFollowsTheTable()
{
    DhtBucketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;  // a sorting view over the tree must hold up too
    proxy.setSourceModel(&model);
    proxy.setSortRole(Roles::Raw);
    proxy.setDynamicSortFilter(true);
    proxy.sort(DhtBucketModel::Failures);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setBuckets({bucket(0, {1, 2, 3}), bucket(1, {4}, {5, 6})}, kNow);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.nodeCount(), 4);
    QCOMPARE(model.replacementCount(), 2);
    QCOMPARE(childrenOf(model, 1), (QStringList{QStringLiteral("4"), QStringLiteral("r5"), QStringLiteral("r6")}));
    const QModelIndex b1 = model.index(1, 0);
    QCOMPARE(b1.data().toString(), QStringLiteral("Bucket 1"));
    QVERIFY(model.index(1, 0, b1).data().toString().contains(QStringLiteral("replacement")));
    QCOMPARE(model.index(0, DhtBucketModel::LastSeen, b1).data().toString(), QStringLiteral("5 s ago"));
    QCOMPARE(model.index(0, DhtBucketModel::Node, b1).data(Roles::Raw).toString(),
             QString::fromLatin1(nodeId(4).toHex()));

    // A persistent index on a node survives unrelated changes around it.
    const QPersistentModelIndex kept = model.index(2, 0, model.index(0, 0));  // node 3
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // The last bucket splits (a new bucket 2), a node fails, a replacement is promoted, a new
    // node arrives in bucket 0 and one leaves it.
    DhtBucketSnapshot zero = bucket(0, {2, 3, 7});
    zero.nodes[1].failures = 1;
    model.setBuckets({zero, bucket(1, {4, 5}, {6}), bucket(2, {8}, {9})}, kNow + 1000);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(childrenOf(model, 0), (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("7")}));
    QCOMPARE(childrenOf(model, 1), (QStringList{QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("r6")}));
    QCOMPARE(childrenOf(model, 2), (QStringList{QStringLiteral("8"), QStringLiteral("r9")}));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 1);
    QCOMPARE(kept.sibling(kept.row(), DhtBucketModel::Failures).data().toInt(), 1);
    QCOMPARE(kept.parent(), model.index(0, 0));
    QVERIFY(inserted.size() >= 3);
    QVERIFY(removed.size() >= 2);

    // Buckets that disappear take their nodes along; a bucket index keeps its place in order.
    model.setBuckets({bucket(2, {8}), bucket(5, {10, 11})}, kNow + 2000);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(Roles::Key).toInt(), 2);
    QCOMPARE(model.index(1, 0).data(Roles::Key).toInt(), 5);
    QVERIFY(!kept.isValid());
    QCOMPARE(model.nodeCount(), 3);
    QCOMPARE(model.replacementCount(), 0);

    // Nothing changed but the clock: only "last seen" is refreshed, no rows move.
    inserted.clear();
    removed.clear();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setBuckets({bucket(2, {8}), bucket(5, {10, 11})}, kNow + 62000);
    QVERIFY(inserted.isEmpty() && removed.isEmpty());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(0, DhtBucketModel::LastSeen, model.index(1, 0)).data().toString(),
             QStringLiteral("1 min ago"));

    model.setBuckets({}, kNow);
    QCOMPARE(model.rowCount(), 0);
}

void TestSwarmModels::dhtLookupsAndCounters()
{
    DhtLookupModel lookups;
    QAbstractItemModelTester lookupTester(&lookups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray a = nodeId(100), b = nodeId(101), c = nodeId(102);
    lookups.recordRound(b, 3, 40, kNow);  // a round that ended before the row existed
    lookups.setLookups({{a, QStringLiteral("lobby"), true, true}, {b, QString(), false, true}});
    QCOMPARE(lookups.rowCount(), 2);
    QCOMPARE(lookups.runningCount(), 1);
    QCOMPARE(lookups.index(0, DhtLookupModel::Room).data().toString(), QStringLiteral("lobby"));
    QCOMPARE(lookups.index(0, DhtLookupModel::State).data().toString(), QStringLiteral("looking up"));
    QCOMPARE(lookups.index(1, DhtLookupModel::PeersFound).data().toInt(), 3);
    QCOMPARE(lookups.index(1, DhtLookupModel::Infohash).data().toString(), QString::fromLatin1(b.toHex()));

    lookups.recordRound(a, 1, 12, kNow + 10);
    QCOMPARE(lookups.index(0, DhtLookupModel::Datagrams).data().toInt(), 12);
    lookups.setLookups({{c, QStringLiteral("ops"), true, true}, {a, QStringLiteral("lobby"), false, true}});
    QCOMPARE(lookups.rowCount(), 2);
    QCOMPARE(lookups.rowOf(b), -1);
    QCOMPARE(lookups.rowOf(a), 0);
    QCOMPARE(lookups.index(0, DhtLookupModel::State).data().toString(), QStringLiteral("waiting"));
    QCOMPARE(lookups.index(lookups.rowOf(c), DhtLookupModel::Room).data().toString(), QStringLiteral("ops"));
    lookups.setLookups({});
    QCOMPARE(lookups.rowCount(), 0);

    CounterTableModel counters;
    QAbstractItemModelTester counterTester(&counters, QAbstractItemModelTester::FailureReportingMode::QtTest);
    counters.setHeaders(QStringLiteral("Reason"), QStringLiteral("Count"));
    counters.setCounts({{QStringLiteral("oversized"), 2}, {QStringLiteral("bencode-truncated"), 7}});
    QCOMPARE(counters.rowCount(), 2);
    QCOMPARE(counters.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Reason"));
    QCOMPARE(counters.index(0, CounterTableModel::Name).data().toString(), QStringLiteral("bencode-truncated"));
    QSignalSpy changed(&counters, &QAbstractItemModel::dataChanged);
    counters.setCounts({{QStringLiteral("oversized"), 3},
                        {QStringLiteral("bencode-truncated"), 7},
                        {QStringLiteral("rate-limited"), 1}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(counters.countOf(QStringLiteral("oversized")), quint64(3));
    QCOMPARE(counters.total(), quint64(11));
    counters.setCounts({{QStringLiteral("rate-limited"), 1}});
    QCOMPARE(counters.rowCount(), 1);
}

void TestSwarmModels::queueModelDiffsByEndpoint()
{
    CandidateTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CandidateSnapshot> queue;
    for (int n = 0; n < 40; ++n)
        queue.append(candidate(n));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setQueue(queue);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.countInState(CandidateState::Queued), 40);

    // Some connect, some wait for a retry, some are gone, a few are new: no row is reinserted.
    QList<CandidateSnapshot> next;
    for (int n = 0; n < 40; ++n) {
        if (n >= 10 && n < 15)
            continue;
        next.append(candidate(n,
                              n < 5         ? CandidateState::Connected
                                  : n == 20 ? CandidateState::Waiting
                                            : CandidateState::Queued,
                              n == 20 ? 2 : 0));
    }
    next.append(candidate(50));
    next.append(candidate(51));
    const QPersistentModelIndex twenty = model.index(model.rowOf(CandidateTableModel::keyOf(candidate(20))), 0);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setQueue(next);
    QCOMPARE(model.rowCount(), 37);
    QCOMPARE(removed.size(), 1);  // 10..14 were contiguous
    QVERIFY(twenty.isValid());
    QCOMPARE(twenty.sibling(twenty.row(), CandidateTableModel::State).data().toString(), QStringLiteral("waiting"));
    QCOMPARE(twenty.sibling(twenty.row(), CandidateTableModel::Retries).data().toInt(), 2);
    QCOMPARE(model.countInState(CandidateState::Connected), 5);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.index(row, 0).data(Roles::Key).toString()), row);
    QCOMPARE(model.index(model.rowOf(CandidateTableModel::keyOf(candidate(51))), CandidateTableModel::Referrer)
                 .data()
                 .toString(),
             QStringLiteral("bReferrer51"));

    CandidateSnapshot v6 = candidate(1);
    v6.host = QStringLiteral("::1");
    QCOMPARE(CandidateTableModel::keyOf(v6), QStringLiteral("[::1]:40001"));
    model.setQueue({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSwarmModels::peerTableShowsQueueAndRates()
{
    PeerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PeerSnapshot p;
    p.connectionId = 7;
    p.address = QStringLiteral("bPeer");
    p.host = QStringLiteral("127.0.0.1");
    p.port = 4000;
    p.source = PeerSource::Pex;
    p.referrer = QStringLiteral("bReferrer");
    p.queueState = CandidateState::Connected;
    p.retries = 2;
    p.state = ConnectionState::Connected;
    p.bytesInPerSec = 2048;
    p.bytesOutPerSec = 10;
    model.apply(PeerDelta{{p}, {}, {}});
    QCOMPARE(model.index(0, PeerTableModel::QueueState).data().toString(), QStringLiteral("connected"));
    QCOMPARE(model.index(0, PeerTableModel::Retries).data().toInt(), 2);
    QCOMPARE(model.index(0, PeerTableModel::RateIn).data(Roles::Raw).toDouble(), 2048.0);
    QVERIFY(model.index(0, PeerTableModel::RateIn).data().toString().endsWith(QStringLiteral("/s")));
    QVERIFY(
        model.index(0, PeerTableModel::Source).data(Qt::ToolTipRole).toString().contains(QStringLiteral("bReferrer")));
    QVERIFY(model.index(0, 0).data(Roles::FilterText).toString().contains(QStringLiteral("bReferrer")));
    for (int column = 0; column < PeerTableModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestSwarmModels::rpcTrafficPairsCallsWithResults()
{
    RpcTrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(
        {{1, false, QStringLiteral("bPeerB"), QStringLiteral("add"), QJsonArray{2, 40}, kNow},
         {2, false, QStringLiteral("bPeerB"), QStringLiteral("never"), QJsonValue(), kNow},
         {7, true, QStringLiteral("bPeerC"), QStringLiteral("echo"), QJsonObject{{QStringLiteral("x"), 1}}, kNow},
         {1, false, QStringLiteral("bPeerB"), QStringLiteral("add"), QJsonArray{2, 40}, kNow}});  // dup
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, RpcTrafficModel::Args).data().toString(), QStringLiteral("[2,40]"));
    QCOMPARE(model.index(0, RpcTrafficModel::Status).data().toString(), QStringLiteral("pending"));
    QCOMPARE(model.index(2, RpcTrafficModel::Status).data().toString(), QStringLiteral("received"));
    QCOMPARE(model.index(2, RpcTrafficModel::Direction).data().toString(), QStringLiteral("in"));
    // The same call announced again by the engine's event is not shown twice.
    model.append({{1, false, QStringLiteral("bPeerB"), QStringLiteral("add"), QJsonArray{2, 40}, kNow}});
    QCOMPARE(model.rowCount(), 3);

    RpcResponse ok;
    ok.callId = 1;
    ok.peerAddress = QStringLiteral("bPeerB");
    ok.name = QStringLiteral("add");
    ok.ok = true;
    ok.result = 42;
    ok.latencyMs = 12;
    model.applyResponse(ok, kNow + 12);
    QCOMPARE(model.index(0, RpcTrafficModel::Status).data().toString(), QStringLiteral("ok"));
    QCOMPARE(model.index(0, RpcTrafficModel::Result).data().toString(), QStringLiteral("42"));
    QCOMPARE(model.index(0, RpcTrafficModel::Latency).data(Roles::Raw).toLongLong(), 12);
    QCOMPARE(model.statusAt(0), RpcTrafficModel::CallStatus::Ok);

    RpcResponse timeout;
    timeout.callId = 2;
    timeout.peerAddress = QStringLiteral("bPeerB");
    timeout.name = QStringLiteral("never");
    timeout.error = QStringLiteral("timeout");
    timeout.latencyMs = 300;
    model.applyResponse(timeout, kNow + 300);
    QCOMPARE(model.index(1, RpcTrafficModel::Status).data().toString(), QStringLiteral("timeout"));
    QCOMPARE(model.index(1, RpcTrafficModel::Result).data().toString(), QStringLiteral("timeout"));

    // An answer to a call we never saw gets a row of its own.
    RpcResponse stray = ok;
    stray.callId = 99;
    stray.ok = false;
    stray.error = QStringLiteral("No such API call.");
    model.applyResponse(stray, kNow);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfCall(99), 3);
    QCOMPARE(model.statusAt(3), RpcTrafficModel::CallStatus::Error);
}

void TestSwarmModels::rpcTrafficIsACappedRingBuffer()
{
    RpcTrafficModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dropped(&model, &RpcTrafficModel::droppedChanged);
    QList<RpcTrafficModel::Call> calls;
    for (quint64 id = 1; id <= 8; ++id)
        calls.append({id, false, QStringLiteral("bPeer"), QStringLiteral("echo"), int(id), kNow});
    model.append(calls);
    calls.clear();
    for (quint64 id = 9; id <= 14; ++id)
        calls.append({id, false, QStringLiteral("bPeer"), QStringLiteral("echo"), int(id), kNow});
    model.append(calls);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.dropped(), quint64(4));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(model.rowOfCall(4), -1);
    for (quint64 id = 5; id <= 14; ++id)
        QCOMPARE(model.rowOfCall(id), int(id - 5));

    // A response still finds its row after the front moved.
    RpcResponse r;
    r.callId = 9;
    r.ok = true;
    r.result = 9;
    r.latencyMs = 3;
    model.applyResponse(r, kNow);
    QCOMPARE(model.statusAt(4), RpcTrafficModel::CallStatus::Ok);

    QList<RpcTrafficModel::Call> flood;
    for (quint64 id = 100; id < 150; ++id)
        flood.append({id, false, QStringLiteral("bPeer"), QStringLiteral("echo"), int(id), kNow});
    model.append(flood);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.rowOfCall(140), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.dropped(), quint64(0));
    QCOMPARE(model.rowOfCall(145), -1);
}

void TestSwarmModels::procedureListParsesListings()
{
    ProcedureListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonArray listing{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("time")}, {QStringLiteral("doc"), QStringLiteral("Now.")}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("add")}, {QStringLiteral("doc"), QStringLiteral("Adds.")}}};
    QVERIFY(model.setFromListing(QStringLiteral("bPeer"), listing));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ProcedureListModel::Name).data().toString(), QStringLiteral("add"));
    QCOMPARE(model.index(0, ProcedureListModel::Doc).data().toString(), QStringLiteral("Adds."));
    QCOMPARE(model.peerAddress(), QStringLiteral("bPeer"));
    QVERIFY(!model.setFromListing(QStringLiteral("bPeer"), QJsonValue(3)));
    QVERIFY(!model.setFromListing(QStringLiteral("bPeer"), QJsonArray{QJsonObject{}}));
    QCOMPARE(model.rowCount(), 2);  // a bad answer leaves the last good one
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSwarmModels::conversationsAndDirectModels()
{
    ConversationListModel list;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.open(QStringLiteral("bAlice"));
    list.noteMessages({directMessage(QStringLiteral("bBob"), 1, false),
                       directMessage(QStringLiteral("bAlice"), 2, true),
                       directMessage(QStringLiteral("bBob"), 3, true)});
    QCOMPARE(list.rowCount(), 2);
    QCOMPARE(list.addressAt(1), QStringLiteral("bBob"));
    QCOMPARE(list.index(1).data(Roles::Body).toString(), QStringLiteral("direct 3"));
    QCOMPARE(list.index(0).data(Roles::Body).toString(), QStringLiteral("direct 2"));
    list.addUnread(QStringLiteral("bBob"), 2);
    QCOMPARE(list.totalUnread(), 2);
    list.markRead(QStringLiteral("bBob"));
    QCOMPARE(list.unreadOf(QStringLiteral("bBob")), 0);
    list.remove(QStringLiteral("bAlice"));
    QCOMPARE(list.rowOf(QStringLiteral("bBob")), 0);

    // A conversation model takes only the direct messages with its peer; a room model none.
    std::unique_ptr<ChatMessageModel> bob(ChatMessageModel::conversation(QStringLiteral("bBob")));
    QAbstractItemModelTester bobTester(bob.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChatMessageModel lobby(QStringLiteral("lobby"));
    const QList<ChatMessage> mixed{directMessage(QStringLiteral("bBob"), 1, false),
                                   directMessage(QStringLiteral("bAlice"), 2, true),
                                   directMessage(QStringLiteral("bBob"), 3, true)};
    QCOMPARE(bob->append(mixed), 2);
    QCOMPARE(lobby.append(mixed), 0);
    QVERIFY(bob->isConversation());
    QVERIFY(bob->setState(mixed.at(2).id, DeliveryState::Delivered));
    QVERIFY(bob->index(1, 0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("delivered")));

    // Search marks.
    QSignalSpy changed(bob.get(), &QAbstractItemModel::dataChanged);
    bob->setSearchMatches({mixed.at(0).id});
    QVERIFY(bob->index(0, 0).data(Roles::SearchMatch).toBool());
    QVERIFY(!bob->index(1, 0).data(Roles::SearchMatch).toBool());
    bob->setSearchMatches({mixed.at(2).id});
    QCOMPARE(changed.size(), 3);  // one row entered, one left, one entered
    bob->setSearchMatches({});
    QVERIFY(!bob->index(1, 0).data(Roles::SearchMatch).toBool());
}

QTEST_MAIN(TestSwarmModels)
#include "tst_swarm_models.moc"
