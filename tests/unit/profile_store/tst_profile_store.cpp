// What a profile keeps in its SQLite file besides history: remembered rooms in join order and
// blocked addresses, both surviving a reopen; and the history export formats.
#include "store/block_list.h"
#include "store/database.h"
#include "store/history_export.h"
#include "store/remembered_rooms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;

namespace {
ChatMessage message(const QString &from, const QString &text, qint64 timeMs)
{
    ChatMessage m;
    m.id = QByteArray(32, char(timeMs & 0x7f));
    m.room = QStringLiteral("lobby");
    m.fromAddress = from;
    m.timeMs = timeMs;
    m.receivedMs = timeMs + 5;
    m.text = text;
    return m;
}
}  // namespace

class TestProfileStore : public QObject {
    Q_OBJECT

private slots:
    void rememberedRoomsKeepJoinOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            RememberedRooms rooms(db->get());
            QVERIFY(rooms.init().ok());
            for (const QString &key : {QStringLiteral("zulu"), QStringLiteral("bugout:abc"), QStringLiteral("alpha")})
                rooms.remember(key);
            rooms.remember(QStringLiteral("zulu"));  // known: keeps its place
            QCOMPARE(rooms.load(),
                     (QStringList{QStringLiteral("zulu"), QStringLiteral("bugout:abc"), QStringLiteral("alpha")}));
            rooms.forget(QStringLiteral("zulu"));
            rooms.remember(QStringLiteral("zulu"));  // joined again: now the newest
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        RememberedRooms rooms(db->get());
        QVERIFY(rooms.init().ok());
        QCOMPARE(rooms.load(),
                 (QStringList{QStringLiteral("bugout:abc"), QStringLiteral("alpha"), QStringLiteral("zulu")}));
    }

    void blockListSurvivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            BlockList list(db->get());
            QVERIFY(list.init().ok());
            QVERIFY(list.isEmpty());
            QVERIFY(list.add(QStringLiteral("bB"), 1));
            QVERIFY(list.add(QStringLiteral("bA"), 2));
            QVERIFY(!list.add(QStringLiteral("bA"), 3));
            QVERIFY(list.add(QStringLiteral("bC"), 4));
            QVERIFY(list.remove(QStringLiteral("bC")));
            QVERIFY(!list.remove(QStringLiteral("bC")));
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        BlockList list(db->get());
        QVERIFY(list.init().ok());
        QCOMPARE(list.addresses(), (QStringList{QStringLiteral("bA"), QStringLiteral("bB")}));
        QVERIFY(list.contains(QStringLiteral("bA")));
        QVERIFY(!list.contains(QStringLiteral("bC")));
    }

    void exportFormats()
    {
        QCOMPARE(historyFormatOfPath(QStringLiteral("/tmp/a.JSON")), std::optional(HistoryFormat::Json));
        QCOMPARE(historyFormatOfPath(QStringLiteral("a.txt")), std::optional(HistoryFormat::Text));
        QVERIFY(!historyFormatOfPath(QStringLiteral("a.csv")));
        QVERIFY(!historyFormatOfPath(QStringLiteral("json")));

        ChatMessage direct = message(QStringLiteral("bMe"), QStringLiteral("psst"), 1796420601000);
        direct.own = true;
        direct.direct = true;
        direct.peerAddress = QStringLiteral("bYou");
        direct.state = DeliveryState::Delivered;
        const QList<ChatMessage> messages{message(QStringLiteral("bYou"), QStringLiteral("two\nlines"), 1796420600000),
                                          direct};

        const QJsonObject doc =
            QJsonDocument::fromJson(historyJson(QStringLiteral("discovery-swarm:lobby"), messages, 7)).object();
        QCOMPARE(doc.value(QStringLiteral("room")).toString(), QStringLiteral("discovery-swarm:lobby"));
        QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("lobby"));
        QCOMPARE(doc.value(QStringLiteral("backend")).toString(), QStringLiteral("discovery-swarm"));
        QCOMPARE(doc.value(QStringLiteral("exported")).toDouble(), 7.0);
        const QJsonArray list = doc.value(QStringLiteral("messages")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("two\nlines"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("received"));
        QVERIFY(!list.at(0).toObject().contains(QStringLiteral("peer")));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("peer")).toString(), QStringLiteral("bYou"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("time")).toDouble(), 1796420601000.0);

        const QString text = QString::fromUtf8(historyText(QStringLiteral("lobby"), messages, 1796420619000));
        QCOMPARE(text,
                 QStringLiteral("# Room lobby, exported 2026-12-04 21:43:39 UTC, 2 messages\n"
                                "[2026-12-04 21:43:20] bYou: two\n"
                                "    lines\n"
                                "[2026-12-04 21:43:21] bMe -> bYou: psst\n"));

        QTemporaryDir dir;
        QVERIFY(writeHistory(dir.filePath(QStringLiteral("h.txt")), HistoryFormat::Text, QStringLiteral("lobby"),
                             messages, 0)
                    .ok());
        const Status refused = writeHistory(dir.filePath(QStringLiteral("missing/h.txt")), HistoryFormat::Text,
                                            QStringLiteral("lobby"), messages, 0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profile_store.moc"
