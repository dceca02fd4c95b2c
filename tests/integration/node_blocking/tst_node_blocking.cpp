// Blocking a peer: two nodes on loopback in one room. Once a blocks b, b's room messages and
// direct messages never reach a's chat (no message event), each is counted as a "blocked" reject;
// /unblock restores delivery, and the block list survives a restart of a.
#include "node_process.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using swarmscope::test::NodeProcess;

namespace {
constexpr int kWait = 20000;

QStringList args(const QString &profile)
{
    return {QStringLiteral("--profile"), profile,
            QStringLiteral("--listen"),  QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--join"),    QStringLiteral("lobby"),
            QStringLiteral("--no-lan"),  QStringLiteral("--no-dht")};
}

std::function<bool(const QJsonObject &)> textIs(const QString &text)
{
    return [text](const QJsonObject &e) { return e.value(QStringLiteral("text")).toString() == text; };
}

double blockedRejects(NodeProcess &node)
{
    const auto status = node.ask(QStringLiteral("/status"), QStringLiteral("status"), kWait);
    return status ? status->value(QStringLiteral("rejects")).toObject().value(QStringLiteral("blocked")).toDouble()
                  : -1;
}

bool hasMessage(const NodeProcess &node, const QString &text)
{
    for (const QJsonObject &e : node.events(QStringLiteral("message")))
        if (e.value(QStringLiteral("text")).toString() == text)
            return true;
    return false;
}
}  // namespace

class TestNodeBlocking : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(NodeProcess::binary()), "SWARMSCOPE_NODE_BIN not set"); }

    void blockedPeerIsDroppedAndUnblockRestores()
    {
        QTemporaryDir da, db;
        NodeProcess b;
        QVERIFY(b.start(args(db.path())));
        const auto listening = b.waitForTcpListening(kWait);
        QVERIFY2(listening, qPrintable(b.stderrText()));
        const QString bEndpoint = QStringLiteral("127.0.0.1:%1").arg(listening->value(QStringLiteral("port")).toInt());
        const auto bStatus = b.ask(QStringLiteral("/status"), QStringLiteral("status"), kWait);
        QVERIFY(bStatus);
        const QString bAddress = bStatus->value(QStringLiteral("address")).toString();

        QString aAddress;
        {
            NodeProcess a;
            QVERIFY(a.start(args(da.path()) << QStringLiteral("--connect") << bEndpoint));
            QVERIFY2(a.waitForTcpListening(kWait), qPrintable(a.stderrText()));
            aAddress = a.ask(QStringLiteral("/status"), QStringLiteral("status"), kWait)
                           ->value(QStringLiteral("address"))
                           .toString();
            QVERIFY(a.waitFor(QStringLiteral("seen"), kWait));
            QVERIFY(b.waitFor(QStringLiteral("seen"), kWait));

            b.send(QStringLiteral("before"));
            QVERIFY(a.waitFor(QStringLiteral("message"), kWait, textIs(QStringLiteral("before"))));
            QCOMPARE(blockedRejects(a), 0.0);

            a.send(QStringLiteral("/block %1").arg(bAddress));
            const auto blocked = a.waitFor(QStringLiteral("blocked"), kWait);
            QVERIFY(blocked);
            QCOMPARE(blocked->value(QStringLiteral("address")).toString(), bAddress);

            // A room message and a direct message: both refused, neither shown.
            const qsizetype rejectedBefore = a.events(QStringLiteral("rejected")).size();
            b.send(QStringLiteral("while blocked"));
            b.send(QStringLiteral("/send %1 also blocked").arg(aAddress));
            QTRY_VERIFY_WITH_TIMEOUT(
                a.waitFor(QStringLiteral("rejected"), 200,
                          [](const QJsonObject &e) {
                              return e.value(QStringLiteral("reason")).toString() == QLatin1String("blocked")
                                  && e.value(QStringLiteral("detail")).toString().contains(QLatin1String("dm"));
                          })
                    .has_value(),
                kWait);
            QVERIFY(a.events(QStringLiteral("rejected")).size() >= rejectedBefore + 2);
            QCOMPARE(blockedRejects(a), 2.0);
            QVERIFY(!hasMessage(a, QStringLiteral("while blocked")));
            QVERIFY(!hasMessage(a, QStringLiteral("also blocked")));
            // The message still travels on: blocking is a's choice, not the room's.
            QVERIFY(b.waitFor(QStringLiteral("sent"), kWait, textIs(QStringLiteral("while blocked"))));

            const auto list = a.ask(QStringLiteral("/blocked"), QStringLiteral("blocked-peers"), kWait);
            QVERIFY(list);
            QCOMPARE(list->value(QStringLiteral("peers")).toArray(), QJsonArray{bAddress});
            const auto again = a.ask(QStringLiteral("/block %1").arg(bAddress), QStringLiteral("error"), kWait);
            QVERIFY(again);

            a.send(QStringLiteral("/unblock %1").arg(bAddress));
            QVERIFY(a.waitFor(QStringLiteral("unblocked"), kWait));
            b.send(QStringLiteral("after"));
            QVERIFY(a.waitFor(QStringLiteral("message"), kWait, textIs(QStringLiteral("after"))));
            QCOMPARE(blockedRejects(a), 2.0);

            a.send(QStringLiteral("/block %1").arg(bAddress));
            QVERIFY(a.waitFor(QStringLiteral("blocked"), kWait,
                              [&](const QJsonObject &) { return a.events(QStringLiteral("blocked")).size() == 2; }));
            a.send(QStringLiteral("/quit"));
            int code = -1;
            QVERIFY(a.waitForExit(kWait, &code));
        }
        {
            // The block list is the profile's: still there after a restart, and still enforced.
            const double restartedAt = double(QDateTime::currentMSecsSinceEpoch());
            NodeProcess a;
            QVERIFY(a.start(args(da.path()) << QStringLiteral("--connect") << bEndpoint));
            QVERIFY2(a.waitForTcpListening(kWait), qPrintable(a.stderrText()));
            const auto status = a.ask(QStringLiteral("/status"), QStringLiteral("status"), kWait);
            QVERIFY(status);
            QCOMPARE(status->value(QStringLiteral("blocked")).toArray(), QJsonArray{bAddress});
            QVERIFY(a.waitFor(QStringLiteral("seen"), kWait));
            // b must see a again too, or it has nobody in the room to send to.
            QVERIFY(b.waitFor(QStringLiteral("seen"), kWait, [&](const QJsonObject &e) {
                return e.value(QStringLiteral("address")).toString() == aAddress
                    && e.value(QStringLiteral("time")).toDouble() >= restartedAt;
            }));
            b.send(QStringLiteral("after restart"));
            QTRY_VERIFY_WITH_TIMEOUT(blockedRejects(a) == 1.0, kWait);
            QVERIFY(!hasMessage(a, QStringLiteral("after restart")));
            a.send(QStringLiteral("/unblock %1").arg(bAddress));
            QVERIFY(a.waitFor(QStringLiteral("unblocked"), kWait));
            const auto empty = a.ask(QStringLiteral("/blocked"), QStringLiteral("blocked-peers"), kWait);
            QVERIFY(empty);
            QVERIFY(empty->value(QStringLiteral("peers")).toArray().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestNodeBlocking)
#include "tst_node_blocking.moc"
