// Files between sessions on real loopback sockets: an offer accepted and verified, a room offer
// only reaching the member who accepted, a reconnect in the middle that resumes from the bytes on
// disk, a file changed under the sender (hash mismatch, discarded), and every bad-input reason.
#include "crypto/identity.h"
#include "files/file_hasher.h"
#include "files/file_name.h"
#include "files/file_offer.h"
#include "files/file_transfers.h"
#include "raw_client.h"
#include "session_harness.h"
#include "wire/directed_envelope.h"
#include "wire/message_codec.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace swarmscope;
using swarmscope::test::RawClient;
using swarmscope::test::TestPeer;

namespace {
constexpr int kWait = 20000;
const QString kRoom = QStringLiteral("files");

QString writeFile(const QString &dir, const QString &name, qint64 size, char seed = 1)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < block.size(); ++i)
        block[i] = char((i * 31 + seed) & 0xff);
    for (qint64 left = size; left > 0; left -= block.size())
        f.write(block.constData(), std::min<qint64>(left, block.size()));
    return path;
}

QString field(const QJsonObject &e, const char *name)
{
    return e.value(QLatin1String(name)).toString();
}

quint64 rejectCount(TestPeer &p, const QString &reason)
{
    for (const auto &[name, count] : p->status().rejects)
        if (name == reason)
            return count;
    return 0;
}

// Both in the room and each sees the other as a connected member.
bool connectInRoom(TestPeer &a, TestPeer &b)
{
    a->joinRoom(kRoom);
    b->joinRoom(kRoom);
    b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
    return QTest::qWaitFor([&] { return a->room(kRoom).connectedMembers == 1 && b->room(kRoom).connectedMembers == 1; },
                           kWait);
}
}  // namespace

class TestFileTransfer : public QObject {
    Q_OBJECT

private slots:
    void fileNamesAreChecked()
    {
        QCOMPARE(files::checkFileName(QStringLiteral("report.pdf")), ErrorCode::Ok);
        QCOMPARE(files::checkFileName(QStringLiteral("../etc/passwd")), ErrorCode::FileNamePath);
        QCOMPARE(files::checkFileName(QStringLiteral("a/b")), ErrorCode::FileNamePath);
        QCOMPARE(files::checkFileName(QStringLiteral("a\\b")), ErrorCode::FileNamePath);
        QCOMPARE(files::checkFileName(QStringLiteral("..")), ErrorCode::FileNamePath);
        QCOMPARE(files::checkFileName(QString(65, QLatin1Char('x'))), ErrorCode::FileNameInvalid);
        QCOMPARE(files::checkFileName(QString(64, QLatin1Char('x'))), ErrorCode::Ok);
        QCOMPARE(files::checkFileName(QStringLiteral("bell\a.txt")), ErrorCode::FileNameInvalid);
        QCOMPARE(files::checkFileName(QStringLiteral("rlo\u202Etxt.exe")), ErrorCode::FileNameInvalid);
        QTemporaryDir dir;
        QCOMPARE(files::freeDestination(dir.path(), QStringLiteral("a.tar.gz")),
                 dir.filePath(QStringLiteral("a.tar.gz")));
        writeFile(dir.path(), QStringLiteral("a.tar.gz"), 1);
        QCOMPARE(files::freeDestination(dir.path(), QStringLiteral("a.tar.gz")),
                 dir.filePath(QStringLiteral("a (1).tar.gz")));
        writeFile(dir.path(), QStringLiteral("a (1).tar.gz"), 1);
        QCOMPARE(files::freeDestination(dir.path(), QStringLiteral("a.tar.gz")),
                 dir.filePath(QStringLiteral("a (2).tar.gz")));
    }

    void fileIsSentAcceptedAndVerified()
    {
        TestPeer a, b;
        QVERIFY(connectInRoom(a, b));
        QTemporaryDir src, downloads;
        const QString path = writeFile(src.path(), QStringLiteral("photo.jpg"), 3 * 1024 * 1024 + 17);
        // Something already has the name: the file lands beside it.
        writeFile(downloads.path(), QStringLiteral("photo.jpg"), 5);
        auto id = a->sendFile(b->address(), path);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
        QTRY_COMPARE_WITH_TIMEOUT(b.count(QStringLiteral("file-offer")), 1, kWait);
        const QJsonObject offer = b.events(QStringLiteral("file-offer")).first();
        QCOMPARE(field(offer, "id"), *id);
        QCOMPARE(field(offer, "name"), QStringLiteral("photo.jpg"));
        QCOMPARE(offer.value(QStringLiteral("size")).toInteger(), 3 * 1024 * 1024 + 17);
        QCOMPARE(field(offer, "type"), QStringLiteral("image/jpeg"));
        QCOMPARE(field(offer, "from"), a->address());
        QCOMPARE(field(offer, "room"), QString());
        QVERIFY(b->acceptFile(*id, downloads.path()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.count(QStringLiteral("file-done")), 1, kWait);
        const QJsonObject done = b.events(QStringLiteral("file-done")).first();
        QCOMPARE(field(done, "path"), downloads.filePath(QStringLiteral("photo (1).jpg")));
        const QByteArray expected = *files::hashFile(path);
        QCOMPARE(field(done, "hash"), QString::fromLatin1(expected.toHex()));
        QCOMPARE(*files::hashFile(field(done, "path")), expected);
        QCOMPARE(QFileInfo(downloads.filePath(QStringLiteral("photo.jpg"))).size(), 5);  // not overwritten
        QVERIFY(QDir(downloads.path()).entryList({QStringLiteral("*.part")}).isEmpty());
        // Progress reached the end on both sides, and the sender heard it was delivered.
        const QJsonObject last = b.events(QStringLiteral("file-progress")).last();
        QCOMPARE(last.value(QStringLiteral("bytes")).toInteger(), 3 * 1024 * 1024 + 17);
        QCOMPARE(last.value(QStringLiteral("total")).toInteger(), 3 * 1024 * 1024 + 17);
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("file-delivered")), 1, kWait);
        QCOMPARE(a->fileTransfers().activeCount(), 0);
        QCOMPARE(b->fileTransfers().activeCount(), 0);
    }

    void roomOfferReachesOnlyWhoAccepted()
    {
        TestPeer a, b, c, d;
        a->joinRoom(kRoom);
        for (TestPeer *p : {&b, &c, &d}) {
            (*p)->joinRoom(kRoom);
            (*p)->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        }
        QTRY_COMPARE_WITH_TIMEOUT(a->room(kRoom).connectedMembers, 3, kWait);
        QTemporaryDir src, db, dc, dd;
        const QString path = writeFile(src.path(), QStringLiteral("notes.txt"), 600 * 1024);
        auto id = a->sendFile(kRoom, path);
        QVERIFY(id.ok());
        for (TestPeer *p : {&b, &c, &d}) {
            QTRY_COMPARE_WITH_TIMEOUT(p->count(QStringLiteral("file-offer")), 1, kWait);
            QCOMPARE(field(p->events(QStringLiteral("file-offer")).first(), "room"), kRoom);
        }
        QVERIFY(b->acceptFile(*id, db.path()).ok());
        QVERIFY(c->declineFile(*id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.count(QStringLiteral("file-done")), 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("file-declined")), 1, kWait);
        QCOMPARE(field(a.events(QStringLiteral("file-declined")).first(), "by"), c->address());
        // Only b asked for bytes: the sender's progress names nobody else.
        for (const QJsonObject &e : a.events(QStringLiteral("file-progress")))
            QCOMPARE(field(e, "peer"), b->address());
        QVERIFY(c.events(QStringLiteral("file-progress")).isEmpty());
        QVERIFY(d.events(QStringLiteral("file-progress")).isEmpty());
        QVERIFY(QDir(dc.path()).isEmpty() && QDir(dd.path()).isEmpty());
        // d never answers; it can still accept later, on its own.
        QVERIFY(d->acceptFile(*id, dd.path()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(d.count(QStringLiteral("file-done")), 1, kWait);
        QCOMPARE(*files::hashFile(field(d.events(QStringLiteral("file-done")).first(), "path")),
                 *files::hashFile(path));
    }

    void reconnectInTheMiddleResumes()
    {
        TestPeer a, b;
        QVERIFY(connectInRoom(a, b));
        // One chunk in flight at a time and a progress report for each, so the test can cut
        // the connection while the file is half there.
        auto opts = b->fileTransfers().options();
        opts.window = 1;
        opts.chunkBytes = 64 * 1024;
        opts.progressIntervalMs = 0;
        b->fileTransfers().setOptions(opts);
        QTemporaryDir src, downloads;
        const qint64 size = 16 * 1024 * 1024;
        const QString path = writeFile(src.path(), QStringLiteral("big.bin"), size);
        auto id = a->sendFile(b->address(), path);
        QVERIFY(id.ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.count(QStringLiteral("file-offer")), 1, kWait);
        bool cut = false;
        connect(&b.session(), &Session::eventsReady, this, [&](const EventBatch &events) {
            for (const Event &e : events)
                if (const auto *progress = e.get<FileProgress>(); !cut && progress && progress->bytes > 0) {
                    cut = true;
                    b->disconnectPeer(a->address());
                }
        });
        QVERIFY(b->acceptFile(*id, downloads.path()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(b.count(QStringLiteral("file-paused")) >= 1, kWait);
        const qint64 pausedAt =
            b.events(QStringLiteral("file-paused")).first().value(QStringLiteral("bytes")).toInteger();
        QVERIFY(pausedAt > 0 && pausedAt < size);
        const QString part = downloads.filePath(QStringLiteral("big.bin.%1.part").arg(*id));
        QCOMPARE(QFileInfo(part).size(), pausedAt);  // what arrived is on disk
        b->connectTo(QStringLiteral("127.0.0.1"), a->listenPort());
        QTRY_VERIFY_WITH_TIMEOUT(b.count(QStringLiteral("file-resumed")) >= 1, kWait);
        QVERIFY(b.events(QStringLiteral("file-resumed")).first().value(QStringLiteral("offset")).toInteger()
                >= pausedAt);
        QTRY_COMPARE_WITH_TIMEOUT(b.count(QStringLiteral("file-done")), 1, kWait);
        QCOMPARE(*files::hashFile(field(b.events(QStringLiteral("file-done")).first(), "path")),
                 *files::hashFile(path));
        // The resumed transfer asked only for what was missing: the sender's first report after
        // the reconnect starts past the cut.
        QVERIFY(!QFileInfo::exists(part));
    }

    void fileChangedUnderTheSenderIsDiscarded()
    {
        TestPeer a, b;
        QVERIFY(connectInRoom(a, b));
        QTemporaryDir src, downloads;
        const QString path = writeFile(src.path(), QStringLiteral("doc.txt"), 1024 * 1024);
        auto id = a->sendFile(b->address(), path);
        QVERIFY(id.ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.count(QStringLiteral("file-offer")), 1, kWait);
        {
            // One byte in the middle changes after the offer: the chunk carrying it is corrupt.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(512 * 1024);
            f.write("X", 1);
        }
        QVERIFY(b->acceptFile(*id, downloads.path()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.count(QStringLiteral("file-failed")), 1, kWait);
        QCOMPARE(field(b.events(QStringLiteral("file-failed")).first(), "reason"),
                 QStringLiteral("file-hash-mismatch"));
        QCOMPARE(rejectCount(b, QStringLiteral("file-hash-mismatch")), 1u);
        QVERIFY(QDir(downloads.path()).entryList(QDir::Files).isEmpty());  // discarded
        QCOMPARE(b.count(QStringLiteral("file-done")), 0);
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("file-cancelled")), 1, kWait);
        QCOMPARE(field(a.events(QStringLiteral("file-cancelled")).first(), "reason"),
                 QStringLiteral("file-hash-mismatch"));
    }

    void cancelOnEitherSide()
    {
        TestPeer a, b;
        QVERIFY(connectInRoom(a, b));
        QTemporaryDir src, downloads;
        const QString path = writeFile(src.path(), QStringLiteral("x.bin"), 1024);
        // The sender withdraws an offer.
        auto first = a->sendFile(b->address(), path);
        QVERIFY(first.ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.count(QStringLiteral("file-offer")), 1, kWait);
        QVERIFY(a->cancelFile(*first).ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.count(QStringLiteral("file-failed")), 1, kWait);
        QCOMPARE(field(b.events(QStringLiteral("file-failed")).first(), "reason"),
                 QStringLiteral("cancelled-by-sender"));
        QVERIFY(!b->acceptFile(*first, downloads.path()).ok());
        // The receiver turns one down after all, without having accepted it.
        auto second = a->sendFile(b->address(), path);
        QVERIFY(second.ok());
        QTRY_COMPARE_WITH_TIMEOUT(b.count(QStringLiteral("file-offer")), 2, kWait);
        QVERIFY(b->cancelFile(*second).ok());
        QTRY_COMPARE_WITH_TIMEOUT(a.count(QStringLiteral("file-cancelled")), 1, kWait);
        QCOMPARE(field(a.events(QStringLiteral("file-cancelled")).first(), "by"), b->address());
        QCOMPARE(a->fileTransfers().activeCount(), 0);
    }

    // A hostile member: offers that must not become files, and chunks and requests for
    // transfers that do not exist.
    void badInputIsRefusedAndCounted()
    {
        TestPeer victim;
        victim->joinRoom(kRoom);
        RawClient attacker(victim->listenPort());
        QVERIFY(attacker.handshake());
        QTRY_COMPARE_WITH_TIMEOUT(victim.connected(), 1, kWait);
        const QByteArray topic = Session::roomTopic(kRoom);
        quint64 seq = 1;
        const auto sendOffer = [&](const QString &name, qint64 size) {
            files::FileOffer o{QByteArray(8, char(seq)), name, size, QStringLiteral("text/plain"),
                               QByteArray(32, 'h'),      kRoom};
            wire::DirectedPayload p{topic,
                                    attacker.keys().publicKey,
                                    victim->id(),
                                    seq++,
                                    QDateTime::currentMSecsSinceEpoch(),
                                    QStringLiteral("file-offer"),
                                    files::encodeOffer(o)};
            attacker.sendPlain(wire::encode(wire::sealDirected(p, attacker.keys())));
        };
        sendOffer(QStringLiteral("../../.bashrc"), 10);
        QTRY_COMPARE_WITH_TIMEOUT(rejectCount(victim, QStringLiteral("file-name-path")), 1u, kWait);
        sendOffer(QString(65, QLatin1Char('n')), 10);
        QTRY_COMPARE_WITH_TIMEOUT(rejectCount(victim, QStringLiteral("file-name-invalid")), 1u, kWait);
        sendOffer(QStringLiteral("tab\there.txt"), 10);
        QTRY_COMPARE_WITH_TIMEOUT(rejectCount(victim, QStringLiteral("file-name-invalid")), 2u, kWait);
        sendOffer(QStringLiteral("huge.iso"), 5LL << 30);
        QTRY_COMPARE_WITH_TIMEOUT(rejectCount(victim, QStringLiteral("file-too-large")), 1u, kWait);
        QCOMPARE(victim.count(QStringLiteral("file-offer")), 0);  // none of them shown

        attacker.sendPlain(wire::encode(wire::FileChunk{QByteArray(8, 'u'), 0, QByteArray(100, 'x')}));
        QTRY_COMPARE_WITH_TIMEOUT(rejectCount(victim, QStringLiteral("file-unknown-transfer")), 1u, kWait);
        attacker.sendPlain(wire::encode(wire::FileRequest{QByteArray(8, 'u'), 0, 1024}));
        QTRY_COMPARE_WITH_TIMEOUT(rejectCount(victim, QStringLiteral("file-unknown-transfer")), 2u, kWait);

        // A real offer accepted by the victim: a chunk it did not ask for is out of range.
        sendOffer(QStringLiteral("fine.txt"), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(victim.count(QStringLiteral("file-offer")), 1, kWait);
        const QString id = field(victim.events(QStringLiteral("file-offer")).first(), "id");
        QTemporaryDir downloads;
        QVERIFY(victim->acceptFile(id, downloads.path()).ok());
        attacker.sendPlain(
            wire::encode(wire::FileChunk{QByteArray::fromHex(id.toLatin1()), 5000, QByteArray(100, 'x')}));
        QTRY_COMPARE_WITH_TIMEOUT(rejectCount(victim, QStringLiteral("file-chunk-out-of-range")), 1u, kWait);
        QCOMPARE(victim.connected(), 1);  // refused, counted, still connected
        QCOMPARE(victim.count(QStringLiteral("file-done")), 0);
    }
};

QTEST_GUILESS_MAIN(TestFileTransfer)
#include "tst_file_transfer.moc"
