// kill -9 of a node at random moments while it writes its chat history: the profile always loads
// again, and every message the node reported as sent before it died is in the history (a write is
// committed before it is reported, so at most the one in flight is lost).
#include "node_process.h"
#include "session.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using swarmscope::test::NodeProcess;

namespace {
// Runs and writes per run; SWARMSCOPE_CRASH_RUNS / SWARMSCOPE_CRASH_WRITES scale them up by hand
// (the campaign is 20 runs of 1,000 writes).
int setting(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}
}  // namespace

class TestCrashRecovery : public QObject {
    Q_OBJECT

private slots:
    void killDuringHistoryWrites()
    {
        const int runs = setting("SWARMSCOPE_CRASH_RUNS", 8);
        const int writes = setting("SWARMSCOPE_CRASH_WRITES", 300);
        QTemporaryDir profile;
        QRandomGenerator random(1616);
        int acknowledgedTotal = 0;
        for (int run = 0; run < runs; ++run) {
            NodeProcess node;
            QVERIFY(node.start({QStringLiteral("--profile"), profile.path(), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--join"), QStringLiteral("lobby"),
                                QStringLiteral("--no-lan"), QStringLiteral("--no-dht")}));
            QVERIFY2(node.waitFor(QStringLiteral("joined")), qPrintable(node.stderrText()));
            // Kill somewhere in the middle of the burst, not at a quiet moment.
            const int killAfter = int(random.bounded(quint32(writes / 4), quint32(writes)));
            for (int i = 0; i < writes; ++i)
                node.send(QStringLiteral("run %1 line %2").arg(run).arg(i));
            QVERIFY(node.waitFor(QStringLiteral("sent"), 20000, [killAfter](const QJsonObject &e) {
                return e.value(QStringLiteral("text")).toString().endsWith(QStringLiteral(" line %1").arg(killAfter));
            }));
            node.process().kill();  // SIGKILL: no bye, no close, no checkpoint
            QVERIFY(node.process().waitForFinished(5000));
            const QList<QJsonObject> sent = node.events(QStringLiteral("sent"));
            acknowledgedTotal += int(sent.size());

            // The profile loads, and holds every message reported as sent.
            EngineConfig config;
            config.profileDir = profile.path();
            config.lan.enabled = false;
            auto reopened = Session::create(config);
            QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().detail));
            QSet<QString> stored;
            for (const ChatMessage &m : (*reopened)->history(QStringLiteral("lobby"), 1 << 20))
                stored.insert(m.text);
            for (const QJsonObject &e : sent)
                QVERIFY2(stored.contains(e.value(QStringLiteral("text")).toString()),
                         qPrintable(QStringLiteral("lost: ") + e.value(QStringLiteral("text")).toString()));
        }
        qInfo("%d runs, %d acknowledged writes, none lost", runs, acknowledgedTotal);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
