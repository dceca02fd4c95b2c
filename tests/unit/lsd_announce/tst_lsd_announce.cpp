// BEP 14 local service discovery: announces byte for byte as the BEP and bittorrent-lsd write
// them, bad datagrams refused and counted by reason, our own announces and other torrents ignored.
#include "bittorrent/local_service_discovery.h"
#include "bittorrent/lsd_announce.h"
#include "core/clock.h"
#include "core/random.h"
#include "transport/memory_datagram.h"
#include "transport/memory_network.h"

#include <QSignalSpy>
#include <QtTest>

using namespace swarmscope;
using namespace swarmscope::bt;

namespace {
const QByteArray kHash1 = QByteArray::fromHex("0123456789abcdef0123456789abcdef01234567");
const QByteArray kHash2 = QByteArray::fromHex("fedcba9876543210fedcba9876543210fedcba98");

Datagram from(const QByteArray &bytes, const char *host)
{
    return Datagram{bytes, QHostAddress(QString::fromLatin1(host)), 6771, bytes.size()};
}
}  // namespace

class TestLsdAnnounce : public QObject {
    Q_OBJECT

private slots:
    void formatIsTheBepText()
    {
        const QList<QByteArray> out = formatLsdAnnounces("239.192.152.143:6771", 6881, {kHash1, kHash2}, "c00k1e");
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first(),
                 QByteArray("BT-SEARCH * HTTP/1.1\r\n"
                            "Host: 239.192.152.143:6771\r\n"
                            "Port: 6881\r\n"
                            "Infohash: 0123456789abcdef0123456789abcdef01234567\r\n"
                            "Infohash: fedcba9876543210fedcba9876543210fedcba98\r\n"
                            "cookie: c00k1e\r\n"
                            "\r\n\r\n"));
        // Without a cookie the header is left out.
        QVERIFY(!formatLsdAnnounces("h", 1, {kHash1}, {}).first().contains("cookie"));
    }

    void manyInfohashesSplitUnderTheMtu()
    {
        QList<QByteArray> hashes;
        for (int i = 0; i < 60; ++i)
            hashes.append(QByteArray(20, char(i)));
        const QList<QByteArray> out = formatLsdAnnounces("239.192.152.143:6771", 65535, hashes, QByteArray(40, 'c'));
        QCOMPARE(out.size(), (60 + kLsdMaxInfoHashLines - 1) / kLsdMaxInfoHashLines);
        QList<QByteArray> back;
        for (const QByteArray &d : out) {
            QVERIFY2(d.size() <= kLsdMaxDatagram, qPrintable(QString::number(d.size())));
            const LsdParsed p = parseLsdAnnounce(d);
            QVERIFY(p.ok());
            back += p.announce.infoHashes;
        }
        QCOMPARE(back, hashes);
    }

    void parsesLiberallyAsHttp()
    {
        const LsdParsed p =
            parseLsdAnnounce("BT-SEARCH * HTTP/1.1\r\nhost: [ff15::efc0:988f]:6771\r\nPORT: 51413\r\n"
                             "X-Other: ignored\r\ninfohash: 0123456789ABCDEF0123456789ABCDEF01234567\r\n"
                             "Infohash: not-hex\r\nCookie: abc\r\n\r\n");
        QVERIFY2(p.ok(), qPrintable(p.detail));
        QCOMPARE(p.announce.port, quint16(51413));
        QCOMPARE(p.announce.infoHashes, QList<QByteArray>{kHash1});
        QCOMPARE(p.announce.cookie, QByteArray("abc"));
    }

    void badAnnouncesAreRefusedByReason_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        QTest::addColumn<QString>("reason");
        const QByteArray ih = "Infohash: 0123456789abcdef0123456789abcdef01234567\r\n";
        QTest::newRow("ssdp search") << QByteArray("M-SEARCH * HTTP/1.1\r\nPort: 1\r\n" + ih) << "not-bt-search";
        QTest::newRow("empty") << QByteArray() << "not-bt-search";
        QTest::newRow("no port") << QByteArray("BT-SEARCH * HTTP/1.1\r\n" + ih) << "bad-port";
        QTest::newRow("port 0") << QByteArray("BT-SEARCH * HTTP/1.1\r\nPort: 0\r\n" + ih) << "bad-port";
        QTest::newRow("port too big") << QByteArray("BT-SEARCH * HTTP/1.1\r\nPort: 70000\r\n" + ih) << "bad-port";
        QTest::newRow("port text") << QByteArray("BT-SEARCH * HTTP/1.1\r\nPort: 12ab\r\n" + ih) << "bad-port";
        QTest::newRow("no infohash") << QByteArray("BT-SEARCH * HTTP/1.1\r\nPort: 1\r\n\r\n") << "no-infohash";
        QTest::newRow("short infohash") << QByteArray("BT-SEARCH * HTTP/1.1\r\nPort: 1\r\nInfohash: 0123\r\n")
                                        << "no-infohash";
        QTest::newRow("oversized") << QByteArray("BT-SEARCH * HTTP/1.1\r\nPort: 1\r\n" + ih + QByteArray(8000, ' '))
                                   << "oversized";
    }

    // Two hosts of the in-memory network on virtual time: each announces at once, hears the other
    // at its address with its BitTorrent port, never itself, and announces again 5 minutes later.
    void twoHostsFindEachOtherOnTheMemoryNetwork()
    {
        ManualClock clock;
        MemoryNetwork net(clock);
        Random randomA(1), randomB(2);
        std::unique_ptr<MemoryDatagramFactory> netA(net.datagramsFor(QStringLiteral("10.0.0.1")));
        std::unique_ptr<MemoryDatagramFactory> netB(net.datagramsFor(QStringLiteral("10.0.0.2")));
        LocalServiceDiscovery a({}, clock, randomA, *netA);
        LocalServiceDiscovery b({}, clock, randomB, *netB);
        QVERIFY(a.cookie() != b.cookie());
        a.setBittorrentPort(7001);
        b.setBittorrentPort(7002);
        QSignalSpy foundByA(&a, &LocalServiceDiscovery::peerFound);
        QSignalSpy foundByB(&b, &LocalServiceDiscovery::peerFound);
        QVERIFY(a.start().ok());
        QVERIFY(b.start().ok());
        a.add(kHash1);
        b.add(kHash1);
        b.add(kHash2);  // not A's: A hears only the torrent it has
        clock.advance(1000);
        QCOMPARE(a.announcesOut(), quint64(1));
        QCOMPARE(b.announcesOut(), quint64(1));  // both torrents in one datagram
        QCOMPARE(foundByA.size(), 1);
        QCOMPARE(foundByA.first().at(0).toByteArray(), kHash1);
        QCOMPARE(foundByA.first().at(1).value<QHostAddress>(), QHostAddress(QStringLiteral("10.0.0.2")));
        QCOMPARE(foundByA.first().at(2).value<quint16>(), quint16(7002));
        QCOMPARE(foundByB.size(), 1);
        QCOMPARE(foundByB.first().at(1).value<QHostAddress>(), QHostAddress(QStringLiteral("10.0.0.1")));
        QCOMPARE(foundByB.first().at(2).value<quint16>(), quint16(7001));

        // A torrent added within the minute waits for the minute; then the five-minute round.
        a.add(kHash2);
        clock.advance(30 * 1000);
        QCOMPARE(a.announcesOut(), quint64(1));
        clock.advance(30 * 1000);
        QCOMPARE(a.announcesOut(), quint64(2));
        QCOMPARE(foundByB.size(), 3);  // both of A's torrents are B's
        clock.advance(5 * 60 * 1000);
        QCOMPARE(a.announcesOut(), quint64(3));
        QCOMPARE(b.announcesOut(), quint64(2));
        QVERIFY(a.rejects().isEmpty() && b.rejects().isEmpty());
    }

    void badAnnouncesAreRefusedByReason()
    {
        QFETCH(QByteArray, datagram);
        QFETCH(QString, reason);
        QCOMPARE(parseLsdAnnounce(datagram).refusal, reason);

        ManualClock clock;
        Random random(1);
        MemoryNetwork net(clock);
        std::unique_ptr<MemoryDatagramFactory> datagrams(net.datagramsFor(QStringLiteral("10.0.0.1")));
        LocalServiceDiscovery lsd({}, clock, random, *datagrams);
        lsd.add(kHash1);
        QSignalSpy found(&lsd, &LocalServiceDiscovery::peerFound);
        QSignalSpy rejected(&lsd, &LocalServiceDiscovery::rejected);
        lsd.receiveDatagram(from(datagram, "192.168.1.7"));
        QCOMPARE(found.size(), 0);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toString(), reason);
        QCOMPARE(rejected.first().at(2).toString(), QStringLiteral("192.168.1.7"));
        QCOMPARE(lsd.rejects().value(reason), quint64(1));
    }

    void peersOfOurTorrentsAreReported()
    {
        ManualClock clock;
        Random random(1);
        MemoryNetwork net(clock);
        std::unique_ptr<MemoryDatagramFactory> datagrams(net.datagramsFor(QStringLiteral("10.0.0.1")));
        LocalServiceDiscovery lsd({}, clock, random, *datagrams);
        lsd.add(kHash1);
        QSignalSpy found(&lsd, &LocalServiceDiscovery::peerFound);

        // Another torrent, and our own announce looped back: nothing.
        lsd.receiveDatagram(from(formatLsdAnnounces("h", 7000, {kHash2}, "theirs").first(), "10.0.0.2"));
        lsd.receiveDatagram(from(formatLsdAnnounces("h", 7000, {kHash1}, lsd.cookie()).first(), "10.0.0.3"));
        QCOMPARE(found.size(), 0);

        // The announced port at the sender's address (an IPv4 sender seen through a dual-stack socket too).
        lsd.receiveDatagram(from(formatLsdAnnounces("h", 7000, {kHash2, kHash1}, "theirs").first(), "::ffff:10.0.0.4"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().at(0).toByteArray(), kHash1);
        QCOMPARE(found.first().at(1).value<QHostAddress>(), QHostAddress(QStringLiteral("10.0.0.4")));
        QCOMPARE(found.first().at(2).value<quint16>(), quint16(7000));

        // Once the torrent is gone, its peers are no longer of interest.
        lsd.remove(kHash1);
        lsd.receiveDatagram(from(formatLsdAnnounces("h", 7000, {kHash1}, "theirs").first(), "10.0.0.4"));
        QCOMPARE(found.size(), 1);
        QVERIFY(lsd.rejects().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLsdAnnounce)
#include "tst_lsd_announce.moc"
