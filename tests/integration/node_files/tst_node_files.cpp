// Two swarmscope-node processes send a file with /sendfile and /accept; the received file's hash
// matches the original's, it lands in --download-dir, and --max-file-size refuses larger offers.
#include "files/file_hasher.h"
#include "node_process.h"

#include <QDir>
#include <QJsonDocument>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using swarmscope::test::NodeProcess;

namespace {
constexpr int kWait = 20000;

QString writeFile(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(64 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += block.size()) {
        for (int i = 0; i < block.size(); ++i)
            block[i] = char(((written + i) * 7 + 3) & 0xff);
        f.write(block.constData(), std::min<qint64>(block.size(), size - written));
    }
    return path;
}
}  // namespace

class TestNodeFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(NodeProcess::binary()), "SWARMSCOPE_NODE_BIN not set"); }

    void nodesSendAFileAndHashesMatch()
    {
        QTemporaryDir da, db, downloads, src;
        NodeProcess a, b;
        QVERIFY(a.start({QStringLiteral("--profile"), da.path(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--join"), QStringLiteral("lobby"),
                         QStringLiteral("--no-lan"), QStringLiteral("--no-dht")}));
        const auto listening = a.waitForTcpListening();
        QVERIFY2(listening, qPrintable(a.stderrText()));
        QVERIFY(b.start({QStringLiteral("--profile"), db.path(), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0"), QStringLiteral("--connect"),
                         QStringLiteral("127.0.0.1:%1").arg(listening->value(QStringLiteral("port")).toInt()),
                         QStringLiteral("--join"), QStringLiteral("lobby"), QStringLiteral("--no-lan"),
                         QStringLiteral("--no-dht"), QStringLiteral("--download-dir"), downloads.path(),
                         QStringLiteral("--max-file-size"), QStringLiteral("10000000")}));
        QVERIFY(a.waitFor(QStringLiteral("seen"), kWait));
        QVERIFY(b.waitFor(QStringLiteral("seen"), kWait));

        const QString path = writeFile(src.filePath(QStringLiteral("data.bin")), 5 * 1024 * 1024 + 3);
        a.send(QStringLiteral("/sendfile lobby %1").arg(path));
        const auto offered = a.waitFor(QStringLiteral("file-offered"), kWait);
        QVERIFY2(offered, qPrintable(a.stderrText()));
        const QString id = offered->value(QStringLiteral("id")).toString();
        const auto offer = b.waitFor(QStringLiteral("file-offer"), kWait);
        QVERIFY(offer);
        QCOMPARE(offer->value(QStringLiteral("id")).toString(), id);
        QCOMPARE(offer->value(QStringLiteral("name")).toString(), QStringLiteral("data.bin"));
        QCOMPARE(offer->value(QStringLiteral("size")).toInteger(), 5 * 1024 * 1024 + 3);
        QCOMPARE(offer->value(QStringLiteral("room")).toString(), QStringLiteral("lobby"));

        b.send(QStringLiteral("/accept %1").arg(id));
        const auto done = b.waitFor(QStringLiteral("file-done"), kWait);
        QVERIFY2(done, qPrintable(b.stderrText()));
        const QString received = done->value(QStringLiteral("path")).toString();
        QCOMPARE(QFileInfo(received).absolutePath(), QDir(downloads.path()).absolutePath());
        const QByteArray original = *swarmscope::files::hashFile(path);
        QCOMPARE(*swarmscope::files::hashFile(received), original);
        QCOMPARE(done->value(QStringLiteral("hash")).toString(), QString::fromLatin1(original.toHex()));
        QCOMPARE(offered->value(QStringLiteral("hash")).toString(), QString::fromLatin1(original.toHex()));
        const auto progress = b.events(QStringLiteral("file-progress"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().value(QStringLiteral("bytes")).toInteger(), 5 * 1024 * 1024 + 3);
        QVERIFY(progress.last().value(QStringLiteral("rate")).toDouble() >= 0);
        QVERIFY(a.waitFor(QStringLiteral("file-delivered"), kWait));

        // Over b's --max-file-size: refused and counted, never shown as an offer.
        const QString big = writeFile(src.filePath(QStringLiteral("big.bin")), 10000001);
        a.send(QStringLiteral("/sendfile lobby %1").arg(big));
        const auto declined = a.waitFor(QStringLiteral("file-declined"), kWait);
        QVERIFY(declined);
        QCOMPARE(declined->value(QStringLiteral("reason")).toString(), QStringLiteral("file-too-large"));
        const auto status = b.ask(QStringLiteral("/status"), QStringLiteral("status"));
        QVERIFY(status);
        QVERIFY(QJsonDocument(*status).toJson().contains("file-too-large"));
        QCOMPARE(b.events(QStringLiteral("file-offer")).size(), 1);

        // Commands name what is wrong.
        b.send(QStringLiteral("/accept 0011223344556677"));
        const auto err = b.waitFor(QStringLiteral("error"), kWait);
        QVERIFY(err);
        QCOMPARE(err->value(QStringLiteral("reason")).toString(), QStringLiteral("file-unknown-transfer"));
    }
};

QTEST_GUILESS_MAIN(TestNodeFiles)
#include "tst_node_files.moc"
