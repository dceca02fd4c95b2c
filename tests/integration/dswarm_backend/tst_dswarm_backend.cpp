#include "backend_log.h"
#include "core/clock.h"
#include "dswarm/dswarm_backend.h"
#include "dswarm/dswarm_handshake.h"
#include "transport/tcp_carrier.h"
#include "test_env.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using namespace swarmscope;

// discovery-swarm rooms between our own backends and raw sockets on 127.0.0.1: the swarm's
// decisions (dedup, self, limits) and every kind of bad input, with short limits so nothing waits.
namespace {

QByteArray idOf(char fill)
{
    return QByteArray(32, fill);
}

using Printed = test::PrintedEvent;

// One backend with what it reports.
struct Peer : test::BackendLog {
    SystemClock clock;
    TcpCarrierFactory carriers;  // each swarm listens on a sibling
    std::unique_ptr<DswarmBackend> backend;  // last: it reports while it shuts down

    explicit Peer(const QByteArray &id, DswarmOptions options = {})
    {
        backend =
            std::make_unique<DswarmBackend>(id, clock, options, QHostAddress::LocalHost, nullptr, nullptr, carriers);
        watch(backend.get(), clock);
    }
    quint16 join(const QString &room = QStringLiteral("room"))
    {
        const auto joined = backend->join(room, {});
        if (!joined)
            return 0;
        BackendStatus b = status();
        return b.listening.isEmpty() ? 0 : b.listening.first().second;
    }
};

// A raw TCP peer that speaks whatever bytes a test gives it.
std::unique_ptr<QTcpSocket> rawTo(quint16 port)
{
    auto s = std::make_unique<QTcpSocket>();
    s->connectToHost(QHostAddress::LocalHost, port);
    return s;
}

// A loopback listener that never accepts, whose backlog of one is taken by a first connection:
// the kernel drops every later SYN, so a dial to it is never answered (nor refused).
class SilentListener {
public:
    SilentListener()
    {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), len) != 0 || ::listen(m_fd, 0) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            return;
        m_port = ntohs(addr.sin_port);
        m_filler.connectToHost(QHostAddress::LocalHost, m_port);
        m_filled = m_filler.waitForConnected(5000);
    }
    ~SilentListener() { ::close(m_fd); }
    quint16 port() const { return m_filled ? m_port : 0; }

private:
    int m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    quint16 m_port = 0;
    bool m_filled = false;
    QTcpSocket m_filler;
};

}  // namespace

class TestDswarmBackend : public QObject {
    Q_OBJECT

private slots:
    void exchangesLinesBothWays();
    void keepsOneConnectionWhenBothDial_data();
    void keepsOneConnectionWhenBothDial();
    void keepExistingDropsTheNewOne();
    void detectsSelf();
    void refusesBadHandshakes_data();
    void refusesBadHandshakes();
    void timesOutSilentPeers();
    void cutsOverlongLinesAndFloods();
    void honoursWhitelistAndMaxConnections();
    void stopsWritingToAPeerThatDoesNotRead();
    void timesOutADialNobodyAnswers();
};

void TestDswarmBackend::exchangesLinesBothWays()
{
    Peer a(idOf('\xaa')), b(idOf('\xbb'));
    const quint16 portA = a.join();
    QVERIFY(portA);
    QVERIFY(b.join());
    QCOMPARE(a.of(QStringLiteral("listening")).size(), 1);
    QCOMPARE(a.of(QStringLiteral("listening")).first().fields.value(QStringLiteral("port")).toInt(), portA);
    QVERIFY(b.backend->dial(QStringLiteral("room"), QStringLiteral("127.0.0.1"), portA).ok());
    QTRY_COMPARE(a.connected(), 1);
    QTRY_COMPARE(b.connected(), 1);
    for (const char *kind : {"peer", "connecting", "handshaking", "connection"})
        QVERIFY2(!b.of(QLatin1String(kind)).isEmpty(), kind);
    const Printed conn = b.of(QStringLiteral("connection")).first();
    QCOMPARE(conn.fields.value(QStringLiteral("backend")).toString(), QStringLiteral("discovery-swarm"));
    QCOMPARE(conn.fields.value(QStringLiteral("id")).toString(), QString::fromLatin1(idOf('\xaa').toHex()));
    QCOMPARE(conn.fields.value(QStringLiteral("initiator")).toBool(), true);

    QVERIFY(b.backend->send(QStringLiteral("room"), QStringLiteral("hello from b")).ok());
    QTRY_COMPARE(a.messages.size(), 1);
    QCOMPARE(a.messages.first().text, QStringLiteral("hello from b"));
    QCOMPARE(a.messages.first().fromAddress, QString::fromLatin1(idOf('\xbb').toHex()));
    QCOMPARE(a.messages.first().room, QStringLiteral("discovery-swarm:room"));
    const Printed msg = a.of(QStringLiteral("message")).first();
    QCOMPARE(msg.fields.value(QStringLiteral("from")).toString(), QString::fromLatin1(idOf('\xbb').toHex()));
    QCOMPARE(msg.fields.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(msg.fields.value(QStringLiteral("text")).toString(), QStringLiteral("hello from b"));
    QCOMPARE(msg.fields.value(QStringLiteral("room")).toString(), QStringLiteral("room"));
    QCOMPARE(msg.fields.value(QStringLiteral("backend")).toString(), QStringLiteral("discovery-swarm"));
    QVERIFY(a.backend->send(QStringLiteral("room"), QStringLiteral("and back")).ok());
    QTRY_COMPARE(b.messages.size(), 1);
    QCOMPARE(b.messages.first().text, QStringLiteral("and back"));
    QVERIFY(!a.backend->send(QStringLiteral("room"), QStringLiteral("two\nlines")).ok());
}

void TestDswarmBackend::keepsOneConnectionWhenBothDial_data()
{
    QTest::addColumn<char>("fillA");
    QTest::addColumn<char>("fillB");
    QTest::newRow("a smaller") << '\x11' << '\x22';
    QTest::newRow("b smaller") << '\x33' << '\x22';
}

void TestDswarmBackend::keepsOneConnectionWhenBothDial()
{
    QFETCH(char, fillA);
    QFETCH(char, fillB);
    Peer a(idOf(fillA)), b(idOf(fillB));
    const quint16 portA = a.join(), portB = b.join();
    a.backend->dial(QStringLiteral("room"), QStringLiteral("127.0.0.1"), portB);
    b.backend->dial(QStringLiteral("room"), QStringLiteral("127.0.0.1"), portA);
    QTRY_VERIFY(!a.of(QStringLiteral("redundant-connection")).isEmpty()
                && !b.of(QStringLiteral("redundant-connection")).isEmpty());
    QTRY_COMPARE(a.backend->peers().size(), 1);
    QTRY_COMPARE(b.backend->peers().size(), 1);
    QCOMPARE(a.connected(), 1);
    QCOMPARE(b.connected(), 1);
    // Both kept the connection dialled by the peer with the smaller id.
    const bool aDialledKept = fillA < fillB;
    QCOMPARE(a.backend->peers().first().direction, aDialledKept ? Direction::Outbound : Direction::Inbound);
    QCOMPARE(b.backend->peers().first().direction, aDialledKept ? Direction::Inbound : Direction::Outbound);
    // And it carries lines.
    QVERIFY(a.backend->send(QStringLiteral("room"), QStringLiteral("still here")).ok());
    QTRY_COMPARE(b.messages.size(), 1);
}

void TestDswarmBackend::keepExistingDropsTheNewOne()
{
    DswarmOptions keep;
    keep.keepExistingConnections = true;
    Peer a(idOf('\x11'), keep), b(idOf('\x22'));
    const quint16 portA = a.join();
    b.join();
    b.backend->dial(QStringLiteral("room"), QStringLiteral("127.0.0.1"), portA);
    QTRY_COMPARE(a.connected(), 1);
    // A second connection from the same id: a keeps the first, whatever the ids say.
    auto raw = rawTo(portA);
    QVERIFY(raw->waitForConnected(5000));
    raw->write(dswarm::encodeHandshake(idOf('\x22')));
    QTRY_COMPARE(a.of(QStringLiteral("redundant-connection")).size(), 1);
    QTRY_COMPARE(raw->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(a.connected(), 1);
    QCOMPARE(a.backend->peers().size(), 1);
    // The survivor is b's first connection: its lines still arrive.
    QVERIFY(b.backend->send(QStringLiteral("room"), QStringLiteral("first one")).ok());
    QTRY_COMPARE(a.messages.size(), 1);
}

void TestDswarmBackend::detectsSelf()
{
    Peer a(idOf('\x44')), twin(idOf('\x44'));
    const quint16 portA = a.join();
    twin.join();
    twin.backend->dial(QStringLiteral("room"), QStringLiteral("127.0.0.1"), portA);
    QTRY_VERIFY(!twin.of(QStringLiteral("peer-banned")).isEmpty());
    const Printed banned = twin.of(QStringLiteral("peer-banned")).first();
    QCOMPARE(banned.fields.value(QStringLiteral("reason")).toString(), QStringLiteral("detected-self"));
    QCOMPARE(banned.fields.value(QStringLiteral("port")).toInt(), portA);
    QTRY_VERIFY(!a.of(QStringLiteral("peer-banned")).isEmpty());
    QCOMPARE(twin.connected(), 0);
    QTRY_COMPARE(a.connected(), 0);
    QCOMPARE(twin.rejects(QStringLiteral("detected-self")), 1u);
    // Banned: found again, it is refused without a dial.
    twin.backend->dial(QStringLiteral("room"), QStringLiteral("127.0.0.1"), portA);
    QTRY_COMPARE(twin.of(QStringLiteral("peer-rejected")).size(), 1);
    QCOMPARE(twin.of(QStringLiteral("peer-rejected")).first().fields.value(QStringLiteral("reason")).toString(),
             QStringLiteral("banned"));
}

void TestDswarmBackend::refusesBadHandshakes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("id shorter") << (QByteArray("\x10") + QByteArray(16, 'a')) << "bad-id-length";
    QTest::newRow("id longer") << (QByteArray("\x40") + QByteArray(64, 'a')) << "bad-id-length";
    QTest::newRow("wrong length prefix") << QByteArray(8, char(0xff)) << "bad-length-prefix";
}

void TestDswarmBackend::refusesBadHandshakes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    Peer a(idOf('\x55'));
    const quint16 port = a.join();
    auto raw = rawTo(port);
    QVERIFY(raw->waitForConnected(5000));
    // Our id goes out first, before the peer sent anything.
    QTRY_COMPARE(raw->bytesAvailable(), 33);
    QCOMPARE(raw->readAll(), dswarm::encodeHandshake(idOf('\x55')));
    raw->write(bytes);
    QTRY_COMPARE(a.rejects(reason), 1u);
    QTRY_COMPARE(raw->state(), QAbstractSocket::UnconnectedState);
    const Printed rejected = a.of(QStringLiteral("rejected")).first();
    QCOMPARE(rejected.fields.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(a.connected(), 0);
    QVERIFY(a.of(QStringLiteral("connection")).isEmpty());
    QCOMPARE(a.of(QStringLiteral("connection-closed")).size(), 1);
}

void TestDswarmBackend::timesOutSilentPeers()
{
    DswarmOptions quick;
    quick.handshakeTimeoutMs = 200;
    Peer a(idOf('\x66'), quick);
    const quint16 port = a.join();
    auto raw = rawTo(port);
    QVERIFY(raw->waitForConnected(5000));
    raw->write("\x20");  // a prefix, then nothing
    QTRY_COMPARE(a.of(QStringLiteral("handshake-timeout")).size(), 1);
    QTRY_COMPARE(raw->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(a.rejects(QStringLiteral("handshake-timeout")), 1u);
    QCOMPARE(a.status().connecting, 0);
}

void TestDswarmBackend::cutsOverlongLinesAndFloods()
{
    DswarmOptions limits;
    limits.maxLineBytes = 1024;
    limits.linesPerSecond = 50;
    Peer a(idOf('\x77'), limits);
    const quint16 port = a.join();
    auto raw = rawTo(port);
    QVERIFY(raw->waitForConnected(5000));
    raw->write(dswarm::encodeHandshake(idOf('\x78')));
    QTRY_COMPARE(a.connected(), 1);

    // 32 MiB without a newline: cut off once, memory stays flat, the next line still arrives.
    const qint64 rssBefore = test::residentKiB(QCoreApplication::applicationPid());
    const QByteArray chunk(1 << 20, 'x');
    for (int i = 0; i < 32; ++i) {
        raw->write(chunk);
        QTRY_COMPARE(raw->bytesToWrite(), 0);
    }
    raw->write("\nafter the long one\n");
    QTRY_COMPARE(a.messages.size(), 1);
    QCOMPARE(a.messages.first().text, QStringLiteral("after the long one"));
    QCOMPARE(a.rejects(QStringLiteral("line-too-long")), 1u);
    const qint64 rssAfter = test::residentKiB(QCoreApplication::applicationPid());
    if (!test::kAddressSanitized)
        QVERIFY2(rssAfter - rssBefore < 16 * 1024,
                 qPrintable(QStringLiteral("RSS grew %1 KiB").arg(rssAfter - rssBefore)));

    // A flood of 20,000 lines: at most a second's budget becomes messages, the rest is counted.
    QByteArray flood;
    for (int i = 0; i < 20000; ++i)
        flood += "line " + QByteArray::number(i) + '\n';
    raw->write(flood);
    QTRY_COMPARE(a.rejects(QStringLiteral("lines-rate-limited")) + quint64(a.messages.size()), 20001u);
    QVERIFY(a.messages.size() <= 1 + 2 * limits.linesPerSecond);
    // The flood's rejects are reported a logarithmic number of times, not 20,000.
    QVERIFY(a.of(QStringLiteral("rejected")).size() < 40);
    QCOMPARE(a.connected(), 1);
}

void TestDswarmBackend::honoursWhitelistAndMaxConnections()
{
    DswarmOptions listed;
    listed.whitelist = {QStringLiteral("127.0.0.2")};
    Peer a(idOf('\x01'), listed), b(idOf('\x02'));
    const quint16 portA = a.join(), portB = b.join();
    // Our dial to a peer off the list is refused before any socket opens.
    a.backend->dial(QStringLiteral("room"), QStringLiteral("127.0.0.1"), portB);
    QCOMPARE(a.of(QStringLiteral("peer-rejected")).size(), 1);
    QCOMPARE(a.of(QStringLiteral("peer-rejected")).first().fields.value(QStringLiteral("reason")).toString(),
             QStringLiteral("whitelist"));
    QVERIFY(a.of(QStringLiteral("connecting")).isEmpty());
    // And so is its dial to us.
    b.backend->dial(QStringLiteral("room"), QStringLiteral("127.0.0.1"), portA);
    QTRY_COMPARE(a.of(QStringLiteral("peer-rejected")).size(), 2);
    QTRY_VERIFY(!b.of(QStringLiteral("connection-closed")).isEmpty());
    QCOMPARE(a.connected(), 0);

    DswarmOptions one;
    one.maxConnections = 1;
    Peer c(idOf('\x03'), one);
    const quint16 portC = c.join();
    auto first = rawTo(portC);
    QVERIFY(first->waitForConnected(5000));
    first->write(dswarm::encodeHandshake(idOf('\x04')));
    QTRY_COMPARE(c.connected(), 1);
    auto second = rawTo(portC);
    QVERIFY(second->waitForConnected(5000));
    second->write(dswarm::encodeHandshake(idOf('\x05')));
    QTRY_COMPARE(c.rejects(QStringLiteral("max-connections")), 1u);
    QTRY_COMPARE(second->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(c.connected(), 1);
    // A full swarm dials nobody either: the peer stays queued.
    c.backend->dial(QStringLiteral("room"), QStringLiteral("127.0.0.1"), portA);
    QCOMPARE(c.status().queued, 1);
    QVERIFY(c.of(QStringLiteral("connecting")).isEmpty());
}

void TestDswarmBackend::stopsWritingToAPeerThatDoesNotRead()
{
    DswarmOptions small;
    small.maxSendBufferBytes = 64 * 1024;
    Peer a(idOf('\x88'), small);
    const quint16 port = a.join();
    auto raw = rawTo(port);
    raw->setReadBufferSize(1);  // Qt then stops reading from the kernel: this peer does not read
    QVERIFY(raw->waitForConnected(5000));
    raw->write(dswarm::encodeHandshake(idOf('\x89')));
    QTRY_COMPARE(a.connected(), 1);

    // Lines go out while the event loop flushes them, until the kernel's buffers on both ends are
    // full and ours passes the limit: then a line is refused instead of queued.
    const QString line(16 * 1024 - 1, QLatin1Char('z'));
    int accepted = 0;
    for (int i = 0; i < 4096 && a.of(QStringLiteral("rejected")).isEmpty(); ++i) {
        const auto sent = a.backend->send(QStringLiteral("room"), line);
        QVERIFY(sent.ok());
        accepted += sent->state == DeliveryState::Sent ? 1 : 0;
        QCoreApplication::processEvents();
    }
    QCOMPARE(a.of(QStringLiteral("rejected")).size(), 1);
    const Printed full = a.of(QStringLiteral("rejected")).first();
    QCOMPARE(full.fields.value(QStringLiteral("reason")).toString(), QStringLiteral("send-buffer-full"));
    QCOMPARE(full.fields.value(QStringLiteral("backend")).toString(), QStringLiteral("discovery-swarm"));
    QCOMPARE(full.fields.value(QStringLiteral("room")).toString(), QStringLiteral("room"));
    QCOMPARE(full.fields.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(full.fields.value(QStringLiteral("port")).toInt(), raw->localPort());
    QCOMPARE(a.rejects(QStringLiteral("send-buffer-full")), 1u);
    // More went out than our own limit: the kernel took what it could before we refused.
    QVERIFY(qint64(accepted) * 16 * 1024 > small.maxSendBufferBytes);
    // Refused lines are not sent, and the connection stays.
    QCOMPARE(a.backend->send(QStringLiteral("room"), line)->state, DeliveryState::Sending);
    QCOMPARE(a.rejects(QStringLiteral("send-buffer-full")), 2u);
    QCOMPARE(a.connected(), 1);

    // Once the peer reads, the buffer drains and lines go out again; every accepted one arrives.
    raw->setReadBufferSize(0);
    qint64 received = 0;
    const qint64 expected = 33 + qint64(accepted) * 16 * 1024;
    QTRY_VERIFY_WITH_TIMEOUT((received += raw->readAll().size()) >= expected, 30000);
    QCOMPARE(received, expected);
    QTRY_COMPARE(a.backend->send(QStringLiteral("room"), QStringLiteral("read again"))->state, DeliveryState::Sent);
}

void TestDswarmBackend::timesOutADialNobodyAnswers()
{
    SilentListener silent;
    QVERIFY(silent.port());
    DswarmOptions quick;
    quick.connectTimeoutMs = 300;
    quick.reconnectWaitMs = {};  // one dial, then drop
    Peer a(idOf('\x99'), quick);
    QVERIFY(a.join());
    QVERIFY(a.backend->dial(QStringLiteral("room"), QStringLiteral("127.0.0.1"), silent.port()).ok());
    QTRY_COMPARE(a.of(QStringLiteral("connect-failed")).size(), 1);
    const Printed failed = a.of(QStringLiteral("connect-failed")).first();
    QCOMPARE(failed.fields.value(QStringLiteral("timedout")).toBool(), true);
    QCOMPARE(failed.fields.value(QStringLiteral("backend")).toString(), QStringLiteral("discovery-swarm"));
    QCOMPARE(failed.fields.value(QStringLiteral("room")).toString(), QStringLiteral("room"));
    QCOMPARE(failed.fields.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(failed.fields.value(QStringLiteral("port")).toInt(), silent.port());
    QVERIFY(a.of(QStringLiteral("handshaking")).isEmpty());
    QCOMPARE(a.of(QStringLiteral("drop")).size(), 1);
    QCOMPARE(a.rejects(QStringLiteral("connect-failed")), 1u);
    QCOMPARE(a.status().connecting, 0);
}

QTEST_GUILESS_MAIN(TestDswarmBackend)
#include "tst_dswarm_backend.moc"
