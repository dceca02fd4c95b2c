// Display names on real loopback sockets: two named sessions see each other's names on the peer,
// the room member, the events and received messages, and a rename at once; a name signed by another key, a name of 65
// characters and one with a control character are refused with a counted reject, and the
// connection they came on stays open.
#include "raw_client.h"
#include "session_harness.h"
#include "test_env.h"
#include "wire/display_name.h"
#include "wire/message_codec.h"

#include <QTest>

using namespace swarmscope;
using swarmscope::test::TestPeer;

namespace {
constexpr int kWait = 10000;
const QString kRoom = QStringLiteral("lobby");

TestPeer::Options named(const QString &name)
{
    TestPeer::Options o;
    o.name = name;
    return o;
}

// A hello into kRoom carrying `name`, signed by `signer`.
QByteArray helloNamed(const QString &name, const KeyPair &signer)
{
    wire::Hello h{QStringLiteral("raw"), wire::kProtocolVersion, 0, {Session::roomTopic(kRoom)}};
    h.name = name;
    h.nameSignature = wire::signDisplayName(name, signer);
    return wire::encode(h);
}

QString nameOfOnlyPeer(TestPeer &p)
{
    const QList<PeerSnapshot> peers = p->peers();
    return peers.size() == 1 ? peers.first().name : QStringLiteral("<%1 peers>").arg(peers.size());
}
}  // namespace

class TestDisplayNames : public QObject {
    Q_OBJECT

private slots:
    void namedPeersSeeEachOthersNames()
    {
        TestPeer ada(named(QStringLiteral("Ada"))), zoe(named(QStringLiteral("Zoë 🦊")));
        ada->joinRoom(kRoom);
        zoe->joinRoom(kRoom);
        zoe->connectTo(QStringLiteral("127.0.0.1"), ada->listenPort());
        QTRY_COMPARE_WITH_TIMEOUT(ada.count(QStringLiteral("seen")), 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(zoe.count(QStringLiteral("seen")), 1, kWait);

        // On the connection: the peer snapshot (and /peers) and the line that follows "connection".
        QCOMPARE(nameOfOnlyPeer(ada), QStringLiteral("Zoë 🦊"));
        QCOMPARE(nameOfOnlyPeer(zoe), QStringLiteral("Ada"));
        const QJsonObject named = ada.events(QStringLiteral("peer-name")).value(0);
        QCOMPARE(named.value(QStringLiteral("name")).toString(), QStringLiteral("Zoë 🦊"));
        QCOMPARE(named.value(QStringLiteral("address")).toString(), zoe->address());

        // On the room member.
        QCOMPARE(ada.events(QStringLiteral("seen")).first().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Zoë 🦊"));
        QCOMPARE(zoe.events(QStringLiteral("seen")).first().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Ada"));
        QCOMPARE(ada->room(kRoom).memberNames.value(zoe->address()), QStringLiteral("Zoë 🦊"));

        // On messages both ways, and on our own.
        const auto sent = zoe->sendMessage(kRoom, QStringLiteral("hi Ada"));
        QVERIFY(sent.ok());
        QCOMPARE(sent->fromName, QStringLiteral("Zoë 🦊"));
        QTRY_COMPARE_WITH_TIMEOUT(ada.messages.size(), 1, kWait);
        QCOMPARE(ada.messages.first().fromName, QStringLiteral("Zoë 🦊"));
        QCOMPARE(ada.events(QStringLiteral("message")).first().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Zoë 🦊"));
        QVERIFY(ada->sendMessage(kRoom, QStringLiteral("hi Zoë")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(zoe.messages.size(), 1, kWait);
        QCOMPARE(zoe.messages.first().fromName, QStringLiteral("Ada"));
        QCOMPARE(ada.rejectCount(QStringLiteral("bad-name")) + ada.rejectCount(QStringLiteral("bad-name-signature")),
                 0u);
    }

    // A name changed while connected reaches the neighbour at once: the connection, the room
    // member and the next message; a cleared name clears it there too, a bad one is refused here.
    void aRenameReachesNeighboursAtOnce()
    {
        TestPeer ada(named(QStringLiteral("Ada"))), zoe;
        ada->joinRoom(kRoom);
        zoe->joinRoom(kRoom);
        zoe->connectTo(QStringLiteral("127.0.0.1"), ada->listenPort());
        QTRY_COMPARE_WITH_TIMEOUT(zoe->room(kRoom).memberNames.value(ada->address()), QStringLiteral("Ada"), kWait);

        QVERIFY(ada->setDisplayName(QStringLiteral("Ada L.")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(ada.events(QStringLiteral("name")).value(0).value(QStringLiteral("name")).toString(),
                                  QStringLiteral("Ada L."), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(nameOfOnlyPeer(zoe), QStringLiteral("Ada L."), kWait);
        QCOMPARE(zoe->room(kRoom).memberNames.value(ada->address()), QStringLiteral("Ada L."));
        QTRY_COMPARE_WITH_TIMEOUT(
            zoe.events(QStringLiteral("peer-name")).last().value(QStringLiteral("name")).toString(),
            QStringLiteral("Ada L."), kWait);
        QVERIFY(ada->sendMessage(kRoom, QStringLiteral("renamed")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(zoe.messages.size(), 1, kWait);
        QCOMPARE(zoe.messages.first().fromName, QStringLiteral("Ada L."));
        // The re-sent hello restates the topics: nobody left or joined the room.
        QCOMPARE(zoe.count(QStringLiteral("left")), 0);
        QCOMPARE(zoe.count(QStringLiteral("seen")), 1);

        QVERIFY(ada->setDisplayName({}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(nameOfOnlyPeer(zoe), QString(), kWait);
        QVERIFY(!zoe->room(kRoom).memberNames.contains(ada->address()));
        // The event arrives in the next batch, which may come after the peers table shows the change.
        QTRY_COMPARE_WITH_TIMEOUT(
            zoe.events(QStringLiteral("peer-name")).last().value(QStringLiteral("name")).toString(), QString(), kWait);

        const Status refused = ada->setDisplayName(QStringLiteral("Ada\nL."));
        QCOMPARE(refused.error().code, ErrorCode::BadName);
        QCOMPARE(ada->displayName(), QString());
        QCOMPARE(zoe.rejectCount(QStringLiteral("bad-name")), 0u);
    }

    void anUnnamedPeerHasNoName()
    {
        TestPeer ada(named(QStringLiteral("Ada"))), plain;
        ada->joinRoom(kRoom);
        plain->joinRoom(kRoom);
        plain->connectTo(QStringLiteral("127.0.0.1"), ada->listenPort());
        QTRY_COMPARE_WITH_TIMEOUT(ada.count(QStringLiteral("seen")), 1, kWait);
        QCOMPARE(nameOfOnlyPeer(ada), QString());
        QVERIFY(!ada.events(QStringLiteral("seen")).first().contains(QStringLiteral("name")));
        QCOMPARE(ada.count(QStringLiteral("peer-name")), 0);
        QTRY_COMPARE_WITH_TIMEOUT(nameOfOnlyPeer(plain), QStringLiteral("Ada"), kWait);
    }

    // The hello comes over a channel whose key the handshake proved; the name is signed by
    // another key, as someone claiming a name for a key that never chose it would have to.
    void aNameSignedByAnotherKeyIsRefused()
    {
        TestPeer victim;
        victim->joinRoom(kRoom);
        test::RawClient mallory(victim->listenPort(), QHostAddress(QStringLiteral("127.0.0.3")));
        QVERIFY(mallory.handshake());
        mallory.sendPlain(helloNamed(QStringLiteral("Ada"), KeyPair::generate()));
        QTRY_COMPARE_WITH_TIMEOUT(victim.rejectCount(QStringLiteral("bad-name-signature")), 1u, kWait);
        // The counter moves at once; the event comes with the next batch (slow under sanitizers).
        const auto reasons = [&victim] {
            QStringList out;
            for (const QJsonObject &e : victim.events(QStringLiteral("rejected")))
                out << e.value(QStringLiteral("reason")).toString();
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(reasons(), QStringList{QStringLiteral("bad-name-signature")}, kWait);
        // The name is ignored and the connection kept: mallory is still a member, without a name.
        QTRY_COMPARE_WITH_TIMEOUT(victim.count(QStringLiteral("seen")), 1, kWait);
        QCOMPARE(victim.connected(), 1);
        QCOMPARE(nameOfOnlyPeer(victim), QString());
        QVERIFY(!victim.events(QStringLiteral("seen")).first().contains(QStringLiteral("name")));
        QCOMPARE(victim.count(QStringLiteral("peer-name")), 0);
    }

    void badNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("65 characters") << QString(65, QLatin1Char('x'));
        QTest::newRow("a control character") << QStringLiteral("Ada\nLovelace");
    }

    // Signed properly by the sender's own key, and still refused for what they are.
    void badNamesAreRefused()
    {
        QFETCH(QString, name);
        TestPeer victim;
        victim->joinRoom(kRoom);
        test::RawClient sender(victim->listenPort(), QHostAddress(QStringLiteral("127.0.0.4")));
        QVERIFY(sender.handshake());
        sender.sendPlain(helloNamed(name, sender.keys()));
        QTRY_COMPARE_WITH_TIMEOUT(victim.rejectCount(QStringLiteral("bad-name")), 1u, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(victim.count(QStringLiteral("seen")), 1, kWait);
        QCOMPARE(victim.connected(), 1);
        QCOMPARE(nameOfOnlyPeer(victim), QString());
        QCOMPARE(victim.rejectCount(QStringLiteral("bad-name-signature")), 0u);
    }

    void aSessionRefusesABadNameOfItsOwn()
    {
        QTemporaryDir dir;
        for (const QString &name : {QString(65, QLatin1Char('x')), QStringLiteral("tab\there")}) {
            EngineConfig config = TestPeer::configFor({}, dir.path());
            config.displayName = name;
            const auto session = Session::create(config);
            QVERIFY(!session.ok());
            QCOMPARE(session.error().code, ErrorCode::BadName);
        }
        EngineConfig config = TestPeer::configFor({}, dir.path());
        config.displayName = QString(64, QLatin1Char('x'));
        QVERIFY(Session::create(config).ok());
    }
};

QTEST_GUILESS_MAIN(TestDisplayNames)
#include "tst_display_names.moc"
