#include "crypto/key_pair.h"
#include "crypto/secret_stream.h"
#include "test_env.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace swarmscope;

namespace {

constexpr qsizetype kTotal = 1 << 20;
constexpr int kTimeoutMs = 60000;

// Must match peer.js.
constexpr quint32 kSeedFromNode = 0x6e6f6465;
constexpr quint32 kSeedFromCpp = 0x2b2b4350;
const QList<qsizetype> kNodeSizes = {1, 17, 1000, 65536, 300000, 4096, 123457};
const QList<qsizetype> kCppSizes = {65536, 3, 200000, 1, 77777, 16384};

QByteArray pattern(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed | 1;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x & 0xff);
    }
    return out;
}

QList<qsizetype> schedule(const QList<qsizetype> &sizes, qsizetype total)
{
    QList<qsizetype> out;
    for (qsizetype i = 0, left = total; left > 0; ++i) {
        const qsizetype n = qMin(sizes[i % sizes.size()], left);
        out.append(n);
        left -= n;
    }
    return out;
}

KeyPair keysFrom(std::uint8_t fill)
{
    std::array<std::uint8_t, 32> seed{};
    seed.fill(fill);
    return KeyPair::fromSeed(seed);
}

QString hexOf(const std::array<std::uint8_t, 32> &bytes)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes.data()), 32).toHex());
}

// Our end of one connection: SecretStream driven straight from a QTcpSocket.
struct OurPeer {
    OurPeer(bool initiator, const KeyPair &keys) : stream(initiator, keys) {}

    SecretStream stream;
    QPointer<QTcpSocket> socket;
    QByteArray received;
    QList<qsizetype> sizes;
    int establishedCount = 0;
    bool sent = false;
    Status status;

    void attach(QTcpSocket *s)
    {
        socket = s;
        QObject::connect(s, &QTcpSocket::readyRead, s, [this] { onReadyRead(); });
    }

    void onReadyRead()
    {
        while (socket && socket->bytesAvailable() > 0 && status.ok()) {
            const QByteArray chunk = socket->readAll();
            SecretStreamOutput out;
            status = stream.feed(chunk, out);
            if (!out.toSend.isEmpty())
                socket->write(out.toSend);
            for (const QByteArray &m : std::as_const(out.messages)) {
                received += m;
                sizes.append(m.size());
            }
            if (out.established)
                ++establishedCount;
            if (!status.ok()) {
                qWarning() << "channel failed:" << errorCodeName(status.error().code) << status.error().detail;
                socket->abort();
                return;
            }
            sendAllOnce();
        }
    }

    void sendAllOnce()
    {
        if (sent || !stream.canSend())
            return;
        sent = true;
        const QByteArray data = pattern(kTotal, kSeedFromCpp);
        QByteArray wire;
        wire.reserve(kTotal + 64 * 20);
        qsizetype offset = 0;
        for (const qsizetype n : schedule(kCppSizes, kTotal)) {
            stream.sealInto(QByteArrayView(data).sliced(offset, n), wire);
            offset += n;
        }
        socket->write(wire);
    }
};

}  // namespace

class TestSecretStreamInterop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void ourInitiatorTheirResponder();
    void theirInitiatorOurResponder();

private:
    void startNode(const QStringList &args);
    QString nodeLine(const QString &prefix) const;
    void finishAndCheck(OurPeer &peer, const KeyPair &nodeKeys);

    QString m_node;
    QString m_script;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_nodeOut;
};

void TestSecretStreamInterop::initTestCase()
{
    m_node = test::nodeExecutable();
    if (m_node.isEmpty())
        QFAIL("node was not found in PATH; the interop suite needs Node.js (apt install nodejs)");
    const QString modules = test::nodeModulesDir();
    if (modules.isEmpty())
        QFAIL("SWARMSCOPE_NODE_MODULES is not set; run this test through ctest");
    if (!QFileInfo::exists(modules + QStringLiteral("/@hyperswarm/secret-stream/package.json")))
        QFAIL(qPrintable(QStringLiteral("@hyperswarm/secret-stream is missing from %1; the npm_install "
                                        "test fixture must run first (ctest -R 'npm_install|interop')")
                             .arg(modules)));
    // SWARMSCOPE_INTEROP_DIR is the source folder of the test (or of tests/interop).
    const QDir dir(qEnvironmentVariable("SWARMSCOPE_INTEROP_DIR"));
    m_script = dir.filePath(QStringLiteral("peer.js"));
    if (!QFileInfo::exists(m_script))
        m_script = dir.filePath(QStringLiteral("secret_stream/peer.js"));
    if (!QFileInfo::exists(m_script))
        QFAIL(qPrintable(QStringLiteral("node script not found at %1").arg(m_script)));
}

void TestSecretStreamInterop::cleanup()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }
    m_nodeOut.clear();
}

void TestSecretStreamInterop::startNode(const QStringList &args)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), test::nodeModulesDir());
    m_process->setProcessEnvironment(env);
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                     [this] { m_nodeOut += m_process->readAllStandardOutput(); });
    m_process->start(m_node, QStringList{m_script} + args);
    QVERIFY2(m_process->waitForStarted(10000), qPrintable(m_process->errorString()));
}

// The rest of the first stdout line starting with prefix, or a null string.
QString TestSecretStreamInterop::nodeLine(const QString &prefix) const
{
    const QStringList lines = QString::fromUtf8(m_nodeOut).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

void TestSecretStreamInterop::finishAndCheck(OurPeer &peer, const KeyPair &nodeKeys)
{
    const auto nodeFailed = [this] { return !nodeLine(QStringLiteral("FAIL ")).isNull(); };
    QTRY_VERIFY_WITH_TIMEOUT((peer.received.size() >= kTotal && !nodeLine(QStringLiteral("OK")).isNull())
                                 || nodeFailed() || !peer.status.ok() || m_process->state() == QProcess::NotRunning,
                             kTimeoutMs);
    QVERIFY2(!nodeFailed(), qPrintable(QStringLiteral("node: ") + nodeLine(QStringLiteral("FAIL "))));
    QVERIFY2(peer.status.ok(), qPrintable(peer.status.error().detail));

    // Keys: ours as node saw it, node's as we saw it, and node's as node printed it.
    QVERIFY(!nodeLine(QStringLiteral("REMOTE_OK")).isNull());
    QCOMPARE(peer.stream.remotePublicKey(), nodeKeys.publicKey);
    QCOMPARE(nodeLine(QStringLiteral("PUBLIC ")), hexOf(nodeKeys.publicKey.key));
    QCOMPARE(peer.establishedCount, 1);
    QVERIFY(peer.stream.established());

    // Node -> us, byte for byte and message for message.
    QCOMPARE(peer.received.size(), kTotal);
    QVERIFY(peer.received == pattern(kTotal, kSeedFromNode));
    QCOMPARE(peer.sizes, schedule(kNodeSizes, kTotal));

    // Us -> node: node compared the bytes itself and reports their hash.
    const QByteArray sentHash =
        QCryptographicHash::hash(pattern(kTotal, kSeedFromCpp), QCryptographicHash::Sha256).toHex();
    QCOMPARE(nodeLine(QStringLiteral("RECEIVED ")), QString::fromLatin1(sentHash));

    // Closing our side lets node's stream close; it exits 0 only with everything received.
    peer.socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(m_process->state(), QProcess::NotRunning, kTimeoutMs);
    QCOMPARE(m_process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process->exitCode(), 0);
}

void TestSecretStreamInterop::ourInitiatorTheirResponder()
{
    const KeyPair ours = keysFrom(0x31);
    const KeyPair theirs = keysFrom(0x32);
    startNode({QStringLiteral("server"), QString::fromLatin1(QByteArray(32, '\x32').toHex()), hexOf(ours.publicKey.key),
               QString::number(kTotal)});
    QTRY_VERIFY_WITH_TIMEOUT(
        !nodeLine(QStringLiteral("LISTENING ")).isNull() || m_process->state() == QProcess::NotRunning, kTimeoutMs);
    bool ok = false;
    const quint16 port = nodeLine(QStringLiteral("LISTENING ")).toUShort(&ok);
    QVERIFY2(ok && port != 0, m_nodeOut.constData());

    OurPeer peer(true, ours);
    QTcpSocket socket;
    peer.attach(&socket);
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(connected.wait(10000));
    const QByteArray first = peer.stream.start();
    QCOMPARE(first.size(), 3 + 32);
    socket.write(first);

    finishAndCheck(peer, theirs);
}

void TestSecretStreamInterop::theirInitiatorOurResponder()
{
    const KeyPair ours = keysFrom(0x41);
    const KeyPair theirs = keysFrom(0x42);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));

    OurPeer peer(false, ours);
    QVERIFY(peer.stream.start().isEmpty());
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *s = server.nextPendingConnection();
        if (!s || peer.socket) {
            delete s;
            return;
        }
        peer.attach(s);
        peer.onReadyRead();  // bytes may have arrived with the connection
    });

    startNode({QStringLiteral("client"), QString::fromLatin1(QByteArray(32, '\x42').toHex()), hexOf(ours.publicKey.key),
               QString::number(kTotal), QString::number(server.serverPort())});
    QTRY_VERIFY_WITH_TIMEOUT(peer.socket || m_process->state() == QProcess::NotRunning, kTimeoutMs);
    QVERIFY2(peer.socket, m_nodeOut.constData());

    finishAndCheck(peer, theirs);
}

QTEST_GUILESS_MAIN(TestSecretStreamInterop)
#include "tst_secret_stream_interop.moc"
