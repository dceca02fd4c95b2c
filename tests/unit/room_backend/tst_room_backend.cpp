#include "rooms/room_backend.h"

#include <QTest>

using namespace swarmscope;

// How a typed room names its backend: "discovery-swarm:NAME", "bugout:ID", else native.
class TestRoomBackend : public QObject {
    Q_OBJECT

private slots:
    void parsesBackendPrefixes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("backend");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("native") << "lobby" << int(RoomBackend::Native) << "lobby"
                                << "lobby";
        QTest::newRow("trimmed") << "  lobby " << int(RoomBackend::Native) << "lobby"
                                 << "lobby";
        QTest::newRow("discovery-swarm") << "discovery-swarm:my app" << int(RoomBackend::DiscoverySwarm) << "my app"
                                         << "discovery-swarm:my app";
        QTest::newRow("bugout") << "bugout:bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ" << int(RoomBackend::Bugout)
                                << "bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ"
                                << "bugout:bYSkTy24xXJj6dWe79ZAQXKJZrn2n983SQ";
        QTest::newRow("colon in a native name") << "ops:night" << int(RoomBackend::Native) << "ops:night"
                                                << "ops:night";
        QTest::newRow("name with a colon") << "discovery-swarm:a:b" << int(RoomBackend::DiscoverySwarm) << "a:b"
                                           << "discovery-swarm:a:b";
        QTest::newRow("explicit native") << "native:lobby" << int(RoomBackend::Native) << "lobby"
                                         << "lobby";
        QTest::newRow("native room named like a backend") << "native:bugout:x" << int(RoomBackend::Native) << "bugout:x"
                                                          << "native:bugout:x";
        QTest::newRow("prefix is case-sensitive") << "Bugout:x" << int(RoomBackend::Native) << "Bugout:x"
                                                  << "Bugout:x";
    }
    void parsesBackendPrefixes()
    {
        QFETCH(QString, text);
        QFETCH(int, backend);
        QFETCH(QString, name);
        QFETCH(QString, key);
        const auto ref = RoomRef::parse(text);
        QVERIFY(ref);
        QCOMPARE(int(ref->backend), backend);
        QCOMPARE(ref->name, name);
        QCOMPARE(ref->key(), key);
        // The key parses back to the same room.
        QCOMPARE(RoomRef::parse(ref->key()), ref);
    }

    void refusesEmptyNames()
    {
        QVERIFY(!RoomRef::parse(QString()));
        QVERIFY(!RoomRef::parse(QStringLiteral("   ")));
        QVERIFY(!RoomRef::parse(QStringLiteral("discovery-swarm:")));
        QVERIFY(!RoomRef::parse(QStringLiteral("bugout:")));
    }

    void namesRoundTrip()
    {
        for (const RoomBackend b : {RoomBackend::Native, RoomBackend::Bugout, RoomBackend::DiscoverySwarm})
            QCOMPARE(roomBackendFromName(roomBackendName(b)), b);
        QCOMPARE(roomBackendName(RoomBackend::DiscoverySwarm), QStringLiteral("discovery-swarm"));
        QVERIFY(!roomBackendFromName(QStringLiteral("hyperswarm")));
    }

    void connectionIdsOfBackendsNeverOverlap()
    {
        QCOMPARE(backendOfConnection(1), RoomBackend::Native);
        QCOMPARE(backendOfConnection(connectionIdBase(RoomBackend::DiscoverySwarm) + 7), RoomBackend::DiscoverySwarm);
        QCOMPARE(backendOfConnection(connectionIdBase(RoomBackend::Bugout) + 1), RoomBackend::Bugout);
    }
};

QTEST_GUILESS_MAIN(TestRoomBackend)
#include "tst_room_backend.moc"
