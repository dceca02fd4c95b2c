// The connection queue alone, on a ManualClock: dial order, requeue backoff and drop, forget
// timers, lost and closed connections, bans and backoff.
#include "swarm/peer_queue.h"

#include <QTest>

using namespace swarmscope;

namespace {
PeerCandidateInfo info(const QString &host, const QString &source = QStringLiteral("dht"), bool local = false)
{
    return PeerCandidateInfo{host, 7000, source, {}, QByteArray("topic"), local};
}
}  // namespace

class TestPeerQueue : public QObject {
    Q_OBJECT

private slots:
    void addIsIdempotentByNormalisedKey()
    {
        ManualClock clock;
        SwarmOptions options;
        PeerQueue q(clock, options);
        const auto [first, isNew] = q.add(info(QStringLiteral("10.0.0.1")), false);
        QVERIFY(isNew);
        const auto [again, isNewAgain] = q.add(info(QStringLiteral("::ffff:10.0.0.1")), true);
        QVERIFY(!isNewAgain);
        QCOMPARE(again, first);
        QVERIFY(again->persistent);  // a manual add upgrades a discovered peer
        QCOMPARE(PeerQueue::keyOf(QStringLiteral("::ffff:10.0.0.1"), 7000), QStringLiteral("10.0.0.1:7000"));
        QCOMPARE(q.count(CandidateState::Queued), 1);
    }

    void nextPrefersManualThenLanThenFreshThenOldest()
    {
        ManualClock clock;
        SwarmOptions options;
        PeerQueue q(clock, options);
        q.add(info(QStringLiteral("10.0.0.1")), false);  // dht, oldest
        q.add(info(QStringLiteral("10.0.0.2")), false);  // dht
        q.add(info(QStringLiteral("10.0.0.3"), QStringLiteral("lan"), true), false);
        q.add(info(QStringLiteral("10.0.0.4"), QStringLiteral("manual")), true);
        QStringList order;
        while (Candidate *c = q.next()) {
            order << c->info.host;
            q.markConnecting(*c, quint64(order.size()));
        }
        QCOMPARE(order,
                 (QStringList{QStringLiteral("10.0.0.4"), QStringLiteral("10.0.0.3"), QStringLiteral("10.0.0.1"),
                              QStringLiteral("10.0.0.2")}));
        QCOMPARE(q.count(CandidateState::Connecting), 4);
    }

    void aFullPeerWaitsLongerEachTimeAndStaysQueued()
    {
        ManualClock clock;
        SwarmOptions options;
        options.fullPeerRetryMs = 30000;
        options.fullPeerMaxRetryMs = 100000;
        PeerQueue q(clock, options);
        Candidate *c = q.add(info(QStringLiteral("10.0.0.1")), false).first;
        const QList<qint64> expected{30000, 60000, 100000, 100000};
        for (const qint64 wait : expected) {
            q.markConnecting(*c, 1);
            q.markRefused(*c);
            QCOMPARE(c->state, CandidateState::Waiting);
            QCOMPARE(q.next(), nullptr);
            QVERIFY(!q.add(info(QStringLiteral("10.0.0.1")), false).second);  // offered again: still waiting
            clock.advance(wait - 1);
            QCOMPARE(c->state, CandidateState::Waiting);
            clock.advance(1);
            QCOMPARE(q.next(), c);
        }
        q.markConnecting(*c, 2);
        q.markConnected(*c, PeerId{}, 2);
        q.markLost(*c);  // a connection that lived: the next refusal starts from the first wait
        QCOMPARE(c->refusals, 0);
    }

    void failuresBackOffThenDropThenForget()
    {
        ManualClock clock;
        SwarmOptions options;
        options.requeueMs = {1000, 5000};
        options.forgetUnresponsiveMs = 7500;
        PeerQueue q(clock, options);
        int ready = 0;
        QStringList dropped;
        q.onReady = [&] { ++ready; };
        q.onDrop = [&](const Candidate &c) { dropped << c.key; };
        Candidate *c = q.add(info(QStringLiteral("10.0.0.1")), false).first;
        const QString key = c->key;

        q.markConnecting(*c, 1);
        QVERIFY(q.markFailed(*c));
        QCOMPARE(c->state, CandidateState::Waiting);
        QCOMPARE(q.next(), nullptr);
        clock.advance(999);
        QCOMPARE(ready, 0);
        clock.advance(1);
        QCOMPARE(ready, 1);
        QCOMPARE(q.find(key)->state, CandidateState::Queued);

        c = q.find(key);
        q.markConnecting(*c, 2);
        QVERIFY(q.markFailed(*c));
        clock.advance(4999);
        QCOMPARE(q.find(key)->state, CandidateState::Waiting);
        clock.advance(1);
        QCOMPARE(q.find(key)->state, CandidateState::Queued);

        c = q.find(key);
        q.markConnecting(*c, 3);
        QVERIFY(!q.markFailed(*c));  // out of retries
        QCOMPARE(dropped, QStringList{key});
        QCOMPARE(q.find(key)->state, CandidateState::Dropped);
        clock.advance(7499);
        QVERIFY(q.find(key));
        clock.advance(1);
        QCOMPARE(q.find(key), nullptr);  // may be rediscovered now
        QCOMPARE(clock.pending(), 0);
    }

    void persistentCandidatesAreNeverDropped()
    {
        ManualClock clock;
        SwarmOptions options;
        options.requeueMs = {100};
        PeerQueue q(clock, options);
        Candidate *c = q.add(info(QStringLiteral("10.0.0.1"), QStringLiteral("manual")), true).first;
        for (int i = 0; i < 5; ++i) {
            q.markConnecting(*c, quint64(i + 1));
            QVERIFY(q.markFailed(*c));
            clock.advance(100);
            c = q.find(c->key);
            QCOMPARE(c->state, CandidateState::Queued);
        }
    }

    void lostAndClosedConnections()
    {
        ManualClock clock;
        SwarmOptions options;
        PeerQueue q(clock, options);
        const PeerId id = PeerId::fromBytes(QByteArray(32, '\x07'));
        Candidate *c = q.add(info(QStringLiteral("10.0.0.1")), false).first;
        q.markConnecting(*c, 1);
        q.markConnected(*c, id, 1);
        QCOMPARE(q.findById(id), c);
        QVERIFY(c->everConnected);
        q.markLost(*c);  // found for a topic: come back after the first step
        QCOMPARE(c->state, CandidateState::Waiting);
        clock.advance(options.requeueMs.first());
        QCOMPARE(c->state, CandidateState::Queued);

        q.markConnecting(*c, 2);
        q.markConnected(*c, id, 2);
        q.markClosed(*c);  // a polite close: forgotten
        QCOMPARE(q.find(PeerQueue::keyOf(QStringLiteral("10.0.0.1"), 7000)), nullptr);

        PeerCandidateInfo inbound{QStringLiteral("10.0.0.2"), 7000, QStringLiteral("inbound"), {}, {}, false};
        Candidate *in = q.add(inbound, false).first;
        q.markLost(*in);  // no topic of ours: nothing to come back for
        QCOMPARE(q.count(CandidateState::Waiting), 0);
        QCOMPARE(q.all().size(), 0);
    }

    void bansBackoffAndTopics()
    {
        ManualClock clock;
        SwarmOptions options;
        options.requeueMs = {1000, 5000, 15000};
        options.forgetBannedMs = 2000;
        PeerQueue q(clock, options);
        int ready = 0;
        q.onReady = [&] { ++ready; };
        Candidate *a = q.add(info(QStringLiteral("10.0.0.1")), false).first;
        Candidate *b = q.add(info(QStringLiteral("10.0.0.2")), false).first;
        q.ban(*a, false);
        QCOMPARE(q.next(), b);
        q.unban(*a);
        QCOMPARE(a->state, CandidateState::Queued);
        QCOMPARE(ready, 1);
        q.ban(*a, true);  // soft: forgotten after forgetBannedMs
        clock.advance(2000);
        QCOMPARE(q.find(PeerQueue::keyOf(QStringLiteral("10.0.0.1"), 7000)), nullptr);

        q.backoff(*b);
        q.backoff(*b);
        QCOMPARE(b->retries, 2);
        clock.advance(4999);
        QCOMPARE(b->state, CandidateState::Waiting);  // the second backoff replaced the first wait
        clock.advance(1);
        QCOMPARE(b->state, CandidateState::Queued);

        q.add(info(QStringLiteral("10.0.0.3"), QStringLiteral("manual")), true);
        q.removeTopic("topic");  // the manual one stays
        QCOMPARE(q.all().size(), 1);
        QVERIFY(q.all().first().persistent);
    }
};

QTEST_GUILESS_MAIN(TestPeerQueue)
#include "tst_peer_queue.moc"
