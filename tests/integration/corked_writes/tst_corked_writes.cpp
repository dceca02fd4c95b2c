// A TCP carrier corks what it is given during one turn of the event loop and sends it when the
// dispatcher reports the turn's end (awake or aboutToBlock), in one send and without waiting for a
// write notification; a write of 64 KiB or more goes out at once; bytes held by the socket's own
// buffer stay ahead of later ones; a close, or the factory going away, sends what is corked; a
// carrier deleted with bytes corked leaves nothing behind. The far end is read through its
// descriptor, without Qt, so that no event loop runs between a write and the check.
#include "transport/tcp_carrier.h"

#include <QAbstractEventDispatcher>
#include <QSignalSpy>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using namespace swarmscope;

namespace {
// A dialled carrier and the far end's descriptor, both open. The far end is a plain socket that
// no event loop touches.
struct Link {
    std::unique_ptr<TcpCarrierFactory> factory = std::make_unique<TcpCarrierFactory>();
    std::unique_ptr<Carrier> carrier;
    int listener = -1;
    int far = -1;

    ~Link()
    {
        carrier.reset();
        for (int fd : {far, listener})
            if (fd >= 0)
                ::close(fd);
    }
    bool open()
    {
        listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(listener, reinterpret_cast<sockaddr *>(&addr), len) != 0 || ::listen(listener, 1) != 0
            || ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            return false;
        carrier.reset(factory->dial(QStringLiteral("127.0.0.1"), ntohs(addr.sin_port), nullptr));
        QSignalSpy opened(carrier.get(), &Carrier::opened);
        pollfd p{listener, POLLIN, 0};
        if (!opened.wait(5000) || ::poll(&p, 1, 5000) != 1)
            return false;
        far = ::accept(listener, nullptr, nullptr);
        return far >= 0;
    }
    int farFd() const { return far; }

    // Bytes waiting at the far end, after waiting up to timeoutMs for the first (no event loop).
    int waiting(int timeoutMs) const
    {
        pollfd p{farFd(), POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0)
            return 0;
        int n = 0;
        ::ioctl(farFd(), FIONREAD, &n);
        return n;
    }
    QByteArray readExactly(qsizetype size) const
    {
        QByteArray out;
        while (out.size() < size) {
            pollfd p{farFd(), POLLIN, 0};
            if (::poll(&p, 1, 5000) <= 0)
                break;
            char buf[65536];
            const ssize_t got = ::recv(farFd(), buf, std::min<qsizetype>(sizeof buf, size - out.size()), 0);
            if (got <= 0)
                break;
            out.append(buf, got);
        }
        return out;
    }
};

void endTurn()
{
    emit QAbstractEventDispatcher::instance()->aboutToBlock();
}
}  // namespace

class TestCorkedWrites : public QObject {
    Q_OBJECT

private slots:
    void writesOfOneTurnLeaveTogetherWhenItEnds()
    {
        Link link;
        QVERIFY(link.open());
        QSignalSpy written(link.carrier.get(), &Carrier::bytesWritten);
        link.carrier->write("one ");
        link.carrier->write("two ");
        link.carrier->write("three");
        QCOMPARE(link.carrier->bytesToWrite(), 13);
        QCOMPARE(link.waiting(0), 0);  // corked: not a byte has left
        endTurn();
        QCOMPARE(link.carrier->bytesToWrite(), 0);
        QCOMPARE(link.waiting(5000), 13);  // sent by the flush itself: no event loop has run
        QCOMPARE(link.readExactly(13), QByteArray("one two three"));
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().first().toLongLong(), 13);
    }

    void theDispatchersAwakeEndsATurnToo()
    {
        Link link;
        QVERIFY(link.open());
        link.carrier->write("ping");
        emit QAbstractEventDispatcher::instance()->awake();
        QCOMPARE(link.waiting(5000), 4);
    }

    void theEventLoopSendsThemWithoutHelp()
    {
        Link link;
        QVERIFY(link.open());
        link.carrier->write("through the loop");
        QVERIFY(QTest::qWaitFor([&] { return link.waiting(0) == 16; }, 5000));
        QCOMPARE(link.readExactly(16), QByteArray("through the loop"));
    }

    void aLargeWriteLeavesAtOnce()
    {
        Link link;
        QVERIFY(link.open());
        const QByteArray chunk(64 * 1024, 'b');
        link.carrier->write(chunk);
        QVERIFY(link.waiting(5000) > 0);  // before the turn ends
        QCOMPARE(link.readExactly(chunk.size()), chunk);
    }

    void bytesTheSocketHoldsStayAheadOfLaterOnes()
    {
        Link link;
        QVERIFY(link.open());
        // The far end does not read: the kernel's buffers fill, then the socket's own.
        QByteArray expected;
        for (int i = 0; i < 4096 && link.carrier->bytesToWrite() == 0; ++i) {
            const QByteArray chunk(64 * 1024, char('a' + i % 26));
            link.carrier->write(chunk);
            expected += chunk;
        }
        QVERIFY2(link.carrier->bytesToWrite() > 0, "the kernel took 256 MiB without the far end reading");
        for (int i = 0; i < 100; ++i) {
            const QByteArray line = QByteArray::number(i) + '\n';
            link.carrier->write(line);
            expected += line;
        }
        endTurn();
        // Read it all while the loop lets the socket empty its buffer.
        QByteArray got;
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += link.readExactly(std::min<qsizetype>(link.waiting(0), expected.size() - got.size()));
                return got.size() == expected.size();
            },
            20000));
        QVERIFY(got == expected);
    }

    void aCloseSendsWhatIsCorked()
    {
        Link link;
        QVERIFY(link.open());
        link.carrier->write("bye");
        link.carrier->close();
        QVERIFY(QTest::qWaitFor([&] { return link.waiting(0) == 3; }, 5000));
        QCOMPARE(link.readExactly(3), QByteArray("bye"));
    }

    void aFactoryGoingAwaySendsWhatIsCorked()
    {
        Link link;
        QVERIFY(link.open());
        QSignalSpy written(link.carrier.get(), &Carrier::bytesWritten);
        link.carrier->write("last words");
        link.factory.reset();
        QCOMPARE(link.waiting(5000), 10);
        QCOMPARE(link.readExactly(10), QByteArray("last words"));
        QCOMPARE(written.size(), 0);  // owners are not called back from a destructor
        link.carrier->write("after");  // no flusher left: sent at once
        QCOMPARE(link.waiting(5000), 5);
    }

    void aCarrierDeletedWithBytesCorkedLeavesNothingBehind()
    {
        Link link;
        QVERIFY(link.open());
        link.carrier->write("never sent");
        link.carrier.reset();  // aborts: corked bytes are dropped with it
        endTurn();  // the flusher must not reach the deleted carrier
        QCOMPARE(link.readExactly(1), QByteArray());  // closed, and nothing was sent
    }
};

QTEST_GUILESS_MAIN(TestCorkedWrites)
#include "tst_corked_writes.moc"
