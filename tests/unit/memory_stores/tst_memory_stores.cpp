// The lab's stores in memory give the answers the profile's SQLite stores give: the same
// operations, drawn from a seed, go to both, and every read is compared.
#include "core/clock.h"
#include "core/random.h"
#include "store/database.h"
#include "store/memory_history.h"
#include "store/memory_peer_book.h"
#include "store/sql_history.h"
#include "store/sql_peer_book.h"

#include <QTest>

using namespace swarmscope;

namespace {

QString roomOf(Random &r)
{
    return QStringLiteral("room-%1").arg(r.bounded(3));
}

QList<QByteArray> ids(const QList<ChatMessage> &messages)
{
    QList<QByteArray> out;
    for (const ChatMessage &m : messages)
        out.append(m.id + QByteArray::number(int(m.state)));
    return out;
}

QStringList rows(const QList<PendingDirect> &pending)
{
    QStringList out;
    for (const PendingDirect &p : pending)
        out.append(QString::fromLatin1(p.localId.toHex()) + p.room + p.toAddress + p.text
                   + QString::number(p.createdMs));
    return out;
}

QStringList rows(const QList<PeerRecord> &records)
{
    QStringList out;
    for (const PeerRecord &r : records)
        out.append(QStringLiteral("%1:%2 %3 %4 %5-%6 ok%7 fail%8 rx%9 tx%10 %11")
                       .arg(r.host)
                       .arg(r.port)
                       .arg(r.publicKeyHex, r.source)
                       .arg(r.firstSeenMs)
                       .arg(r.lastSeenMs)
                       .arg(r.connectionsOk)
                       .arg(r.connectionsFail)
                       .arg(r.nodesRx)
                       .arg(r.nodesTx)
                       .arg(r.banned));
    return out;
}

QStringList sorted(QList<QByteArray> list)
{
    QStringList out;
    for (const QByteArray &b : list)
        out.append(QString::fromLatin1(b.toHex()));
    out.sort();
    return out;
}

}  // namespace

class TestMemoryStores : public QObject {
    Q_OBJECT

private slots:
    void historiesAgree_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 1; seed <= 5; ++seed)
            QTest::addRow("seed %llu", seed) << seed;
    }

    void historiesAgree()
    {
        QFETCH(quint64, seed);
        Random r(seed);
        ManualClock clock;
        auto db = Database::open(Database::kInMemory);
        QVERIFY(db.ok());
        SqlHistory sql(**db, clock);
        MemoryHistory memory(clock);
        QVERIFY(sql.init().ok());
        QVERIFY(memory.init().ok());
        QList<History *> both{&sql, &memory};
        QList<QByteArray> known;
        const QStringList words{QStringLiteral("Blue key"), QStringLiteral("blue KEY"), QStringLiteral("100%"),
                                QStringLiteral("a_b"),      QStringLiteral("Grün"),     QStringLiteral("plain")};

        for (int step = 0; step < 600; ++step) {
            clock.advance(qint64(r.bounded(5000u)));
            switch (r.bounded(9u)) {
            case 0:
            case 1:
            case 2: {
                ChatMessage m;
                m.id = known.isEmpty() || r.bounded(8u) ? r.bytes(8) : known.at(r.bounded(quint32(known.size())));
                m.room = roomOf(r);
                m.text = words.at(r.bounded(quint32(words.size()))) + QString::number(step);
                // Times received repeat, so that ties keep the order of arrival.
                m.receivedMs = clock.wallMs() - qint64(r.bounded(3u)) * 1000;
                m.timeMs = m.receivedMs;
                m.fromAddress = QStringLiteral("addr%1").arg(r.bounded(4));
                m.state = DeliveryState(r.bounded(3u));
                known.append(m.id);
                for (History *h : both)
                    h->append(m);
                break;
            }
            case 3:
                if (!known.isEmpty()) {
                    const QByteArray id = known.at(r.bounded(quint32(known.size())));
                    const QByteArray wire = r.bytes(4);
                    for (History *h : both)
                        h->setWireId(id, wire, DeliveryState::Sent);
                    QCOMPARE(memory.idOfWire(wire), sql.idOfWire(wire));
                    for (History *h : both)
                        h->setState(id, DeliveryState::Delivered);
                }
                break;
            case 4: {
                const PendingDirect p{r.bytes(2), roomOf(r), QStringLiteral("addr%1").arg(r.bounded(3)),
                                      QStringLiteral("text %1").arg(step), clock.wallMs() - r.bounded(4000u)};
                for (History *h : both)
                    h->queue(p);
                break;
            }
            case 5: {
                const QString to = QStringLiteral("addr%1").arg(r.bounded(3));
                const QList<PendingDirect> pending = memory.pendingFor(to);
                QCOMPARE(rows(pending), rows(sql.pendingFor(to)));
                if (!pending.isEmpty())
                    for (History *h : both)
                        h->dequeue(pending.first().localId);
                break;
            }
            case 6: {
                const QByteArray id = r.bytes(1);  // one of 256: repeats are frequent
                const qint64 at = clock.wallMs() - qint64(r.bounded(3u)) * History::kSeenTtlMs / 2;
                for (History *h : both)
                    h->rememberSeen(id, at);
                QCOMPARE(memory.seenBefore(id), sql.seenBefore(id));
                break;
            }
            case 7:
                for (History *h : both)
                    h->forgetSeenBefore(clock.wallMs() - History::kSeenTtlMs);
                break;
            default: {
                const QString room = roomOf(r);
                const int limit = int(r.bounded(12u)) - 1;  // -1: everything
                QCOMPARE(ids(memory.load(room, limit)), ids(sql.load(room, limit)));
                const QString part = words.at(r.bounded(quint32(words.size()))).left(4);
                QCOMPARE(ids(memory.search(room, part, limit)), ids(sql.search(room, part, limit)));
                const qint64 age = qint64(r.bounded(3u)) * History::kSeenTtlMs / 2;
                QCOMPARE(sorted(memory.recentSeen(age)), sorted(sql.recentSeen(age)));
            }
            }
        }
        for (const QString &room : {QStringLiteral("room-0"), QStringLiteral("room-1"), QStringLiteral("room-2")})
            QCOMPARE(ids(memory.load(room, -1)), ids(sql.load(room, -1)));
        QVERIFY(!memory.load(QStringLiteral("room-0"), -1).isEmpty());
        QVERIFY(!memory.search(QStringLiteral("room-0"), QStringLiteral("blue key")).isEmpty());
    }

    void peerBooksAgree_data() { historiesAgree_data(); }

    void peerBooksAgree()
    {
        QFETCH(quint64, seed);
        Random r(seed);
        ManualClock clock;
        auto db = Database::open(Database::kInMemory);
        QVERIFY(db.ok());
        SqlPeerBook sql(**db, clock);
        MemoryPeerBook memory(clock);
        QVERIFY(sql.init().ok());
        QVERIFY(memory.init().ok());
        QList<PeerBook *> both{&sql, &memory};
        const auto host = [&] { return QStringLiteral("10.0.0.%1").arg(r.bounded(6)); };
        const auto key = [&] { return PeerId::fromBytes(QByteArray(32, char('a' + r.bounded(4)))); };

        for (int step = 0; step < 600; ++step) {
            clock.advance(qint64(r.bounded(3u)) * PeerBook::kRemovedMs / 4 + 1);
            const QString h = host();
            const quint16 port = quint16(7000 + r.bounded(2));
            switch (r.bounded(8u)) {
            case 0:
                for (PeerBook *b : both)
                    QVERIFY(b->save(h, port, QStringLiteral("lan")).ok());
                break;
            case 1:
                if (r.bounded(4u) == 0)
                    for (PeerBook *b : both)
                        QVERIFY(b->remove(h, port).ok());
                break;
            case 2:
            case 3: {
                const PeerId id = r.bounded(3u) ? key() : PeerId();
                const bool ok = r.bounded(3u) != 0;
                for (PeerBook *b : both)
                    b->recordConnection(h, port, id, ok);
                break;
            }
            case 4: {
                const int rx = int(r.bounded(5u)), tx = int(r.bounded(5u));
                for (PeerBook *b : both)
                    b->recordNodes(h, port, rx, tx);
                break;
            }
            case 5: {
                const PeerId id = key();
                const bool banned = r.bounded(2u) == 0;
                for (PeerBook *b : both)
                    b->setBanned(id, banned);
                break;
            }
            case 6:
                if (r.bounded(10u) == 0)
                    QCOMPARE(memory.purge(0.5, 3), sql.purge(0.5, 3));
                break;
            default: {
                const int limit = int(r.bounded(8u)) - 1;
                const bool withBanned = r.bounded(2u) == 0;
                QCOMPARE(rows(memory.known(limit, withBanned)), rows(sql.known(limit, withBanned)));
                QCOMPARE(memory.size(), sql.size());
                const auto a = memory.stats(h, port), b = sql.stats(h, port);
                QCOMPARE(a.has_value(), b.has_value());
                if (a)
                    QCOMPARE(rows({*a}), rows({*b}));
                QStringList bannedA, bannedB;
                for (const PeerId &id : memory.bannedKeys())
                    bannedA.append(id.toHex());
                for (const PeerId &id : sql.bannedKeys())
                    bannedB.append(id.toHex());
                bannedA.sort();
                bannedB.sort();
                QCOMPARE(bannedA, bannedB);
            }
            }
        }
        QCOMPARE(rows(memory.known(-1, true)), rows(sql.known(-1, true)));
        QVERIFY(memory.size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestMemoryStores)
#include "tst_memory_stores.moc"
