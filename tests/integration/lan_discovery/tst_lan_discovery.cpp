#include "core/random.h"
#include "transport/udp_datagram.h"
#include "core/clock.h"
#include "discovery/dns_packet.h"
#include "discovery/lan_discovery.h"
#include "test_env.h"

#include <QCryptographicHash>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QUdpSocket>
#include <QtEndian>
#include <QtTest>

#include <memory>
#include <vector>

using namespace swarmscope;

namespace {

const QString kNative = QStringLiteral("swarmscope.local");
const QString kDns = QStringLiteral("dns-discovery.local");
const QHostAddress kGroup(QStringLiteral("224.0.0.251"));
const QHostAddress kLocalhost(QStringLiteral("127.0.0.1"));

QByteArray keyOf(const char *room)
{
    return QCryptographicHash::hash(QByteArray(room), QCryptographicHash::Sha1);
}

QString nameOf(const QByteArray &key, const QString &domain)
{
    return QString::fromLatin1(key.toHex()) + QLatin1Char('.') + domain;
}

struct Seen {
    QByteArray key;
    QString domain;
    QHostAddress host;
    quint16 port = 0;
};

// One LanDiscovery plus a record of everything it found.
struct Node {
    std::unique_ptr<LanDiscovery> lan;
    QList<Seen> seen;

    bool found(const QByteArray &key, const QString &domain, quint16 port, const QHostAddress &host = kLocalhost) const
    {
        for (const Seen &s : seen) {
            if (s.key == key && s.domain == domain && s.port == port && s.host == host)
                return true;
        }
        return false;
    }
    QSet<quint16> ports() const
    {
        QSet<quint16> out;
        for (const Seen &s : seen)
            out.insert(s.port);
        return out;
    }
};

// A plain socket on the group, as another mDNS stack would use it.
std::unique_ptr<QUdpSocket> plainSocket(quint16 port)
{
    auto s = std::make_unique<QUdpSocket>();
    const QNetworkInterface lo = QNetworkInterface::interfaceFromName(QStringLiteral("lo"));
    // Port 0 binds exclusively: with SO_REUSEADDR the kernel may hand out a port that other
    // reusing sockets hold, such as the nodes' own mDNS port.
    const QUdpSocket::BindMode mode =
        port == 0 ? QUdpSocket::DefaultForPlatform : QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint;
    if (!s->bind(QHostAddress::AnyIPv4, port, mode))
        return nullptr;
    if (!s->joinMulticastGroup(kGroup, lo))
        return nullptr;
    s->setMulticastInterface(lo);
    s->setSocketOption(QAbstractSocket::MulticastLoopbackOption, QVariant(1));
    return s;
}

QByteArray encoded(const DnsMessage &m)
{
    const Result<QByteArray> bytes = m.encode();
    return bytes.ok() ? *bytes : QByteArray();
}

QByteArray queryFor(const QString &name)
{
    DnsMessage m;
    m.questions.append(DnsQuestion{name, dns::TypeTxt, dns::ClassIn});
    return encoded(m);
}

QByteArray txtResponse(const QString &name, const QList<QByteArray> &strings)
{
    DnsMessage m;
    m.flags = dns::FlagResponse | dns::FlagAuthoritative;
    m.answers.append(DnsRecord::makeTxt(name, strings));
    return encoded(m);
}

QByteArray peerEntry(quint32 ip, quint16 port)
{
    char entry[6];
    qToBigEndian<quint32>(ip, entry);
    qToBigEndian<quint16>(port, entry + 4);
    return QByteArray(entry, 6);
}

}  // namespace

class TestLanDiscovery : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void twoInstancesFindEachOther();
    void threeInstancesFindEachOther();
    void nonHolderDoesNotAnswer();
    void domainsAreSeparate();
    void requeryFollowsTheClock();
    void removeStopsAnsweringAndQuerying();
    void answersGoToTheQueriersPort();
    void acceptsForeignAnswerFormats();
    void malformedDatagramsAreRejected();
    void startErrors();
    void disabledDoesNothing();

private:
    Node &addNode(bool start = true);
    quint64 totalOut() const;
    bool allSettled() const;

    quint16 m_port = 0;
    ManualClock m_clock;
    Random m_random{1};
    UdpDatagramFactory m_udp;
    std::vector<std::unique_ptr<Node>> m_nodes;
};

void TestLanDiscovery::init()
{
    m_port = test::uniqueLanPort();
}

void TestLanDiscovery::cleanup()
{
    m_nodes.clear();
}

Node &TestLanDiscovery::addNode(bool start)
{
    LanConfig config;
    config.interfaceName = QStringLiteral("lo");
    config.port = m_port;
    auto node = std::make_unique<Node>();
    node->lan = std::make_unique<LanDiscovery>(config, m_clock, m_random, m_udp);
    Node *raw = node.get();
    QObject::connect(raw->lan.get(), &LanDiscovery::peerFound, raw->lan.get(),
                     [raw](const QByteArray &key, const QString &domain, const QHostAddress &host, quint16 port) {
                         raw->seen.append(Seen{key, domain, host, port});
                     });
    if (start) {
        const Status s = raw->lan->start();
        if (!s)
            qWarning() << "start failed:" << s.error().detail;
    }
    m_nodes.push_back(std::move(node));
    return *raw;
}

quint64 TestLanDiscovery::totalOut() const
{
    quint64 sum = 0;
    for (const auto &n : m_nodes)
        sum += n->lan->datagramsOut();
    return sum;
}

// Every node has read every datagram that any node sent: nothing is left in flight.
bool TestLanDiscovery::allSettled() const
{
    const quint64 out = totalOut();
    for (const auto &n : m_nodes) {
        if (n->lan->datagramsIn() != out)
            return false;
    }
    return true;
}

void TestLanDiscovery::twoInstancesFindEachOther()
{
    const QByteArray key = keyOf("two");
    Node &a = addNode();
    Node &b = addNode();
    a.lan->announce(key, kNative, 1111);
    b.lan->announce(key, kNative, 2222);

    QTRY_VERIFY(a.found(key, kNative, 2222));
    QTRY_VERIFY(b.found(key, kNative, 1111));
    // Two queries, each answered by both holders (the querier included).
    QTRY_VERIFY(allSettled());
    QCOMPARE(totalOut(), 6u);
    // Own answers come back over multicast loopback and are dropped by their token.
    QCOMPARE(a.ports(), QSet<quint16>{2222});
    QCOMPARE(b.ports(), QSet<quint16>{1111});
    QVERIFY(a.lan->rejectsByReason().isEmpty());
    QVERIFY(b.lan->rejectsByReason().isEmpty());
}

void TestLanDiscovery::threeInstancesFindEachOther()
{
    const QByteArray key = keyOf("three");
    Node &a = addNode();
    Node &b = addNode();
    Node &c = addNode();
    a.lan->announce(key, kNative, 1111);
    b.lan->announce(key, kNative, 2222);
    c.lan->announce(key, kNative, 3333);

    QTRY_VERIFY(a.found(key, kNative, 2222) && a.found(key, kNative, 3333));
    QTRY_VERIFY(b.found(key, kNative, 1111) && b.found(key, kNative, 3333));
    QTRY_VERIFY(c.found(key, kNative, 1111) && c.found(key, kNative, 2222));
    QTRY_VERIFY(allSettled());
    QCOMPARE(totalOut(), 3u + 3u * 3u);
    QCOMPARE(a.ports(), (QSet<quint16>{2222, 3333}));
    QCOMPARE(b.ports(), (QSet<quint16>{1111, 3333}));
    QCOMPARE(c.ports(), (QSet<quint16>{1111, 2222}));
}

void TestLanDiscovery::nonHolderDoesNotAnswer()
{
    const QByteArray key = keyOf("held");
    const QByteArray other = keyOf("other");
    Node &a = addNode();
    Node &b = addNode();
    Node &c = addNode();
    Node &d = addNode();
    a.lan->lookup(key, kNative);
    b.lan->lookup(key, kNative);
    c.lan->announce(other, kNative, 3333);
    d.lan->announce(key, kNative, 4444);

    QTRY_VERIFY(a.found(key, kNative, 4444));
    QTRY_VERIFY(b.found(key, kNative, 4444));
    QTRY_VERIFY(allSettled());
    // A and B only query, C answers only its own query for the other key, D answers the three queries for key.
    QCOMPARE(a.lan->datagramsOut(), 1u);
    QCOMPARE(b.lan->datagramsOut(), 1u);
    QCOMPARE(c.lan->datagramsOut(), 2u);
    QCOMPARE(d.lan->datagramsOut(), 4u);
    QCOMPARE(a.ports(), QSet<quint16>{4444});
    QCOMPARE(b.ports(), QSet<quint16>{4444});
    QVERIFY(c.seen.isEmpty());
    QVERIFY(d.seen.isEmpty());
}

void TestLanDiscovery::domainsAreSeparate()
{
    const QByteArray key = keyOf("domains");
    Node &a = addNode();
    Node &b = addNode();
    a.lan->announce(key, kNative, 1111);
    b.lan->lookup(key, kDns);
    QTRY_VERIFY(allSettled());
    QCOMPARE(a.lan->datagramsOut(), 2u);  // its query and its answer to it; B's query is not for it
    QCOMPARE(b.lan->datagramsOut(), 1u);
    QVERIFY(b.seen.isEmpty());

    // Held under both domains at once, each with its own port.
    a.lan->announce(key, kDns, 5555);
    QTRY_VERIFY(b.found(key, kDns, 5555));
    b.lan->lookup(key, kNative);
    QTRY_VERIFY(b.found(key, kNative, 1111));
    QTRY_VERIFY(allSettled());
    for (const Seen &s : std::as_const(b.seen))
        QVERIFY((s.domain == kDns && s.port == 5555) || (s.domain == kNative && s.port == 1111));
}

void TestLanDiscovery::requeryFollowsTheClock()
{
    const QByteArray key = keyOf("requery");
    auto sniffer = plainSocket(m_port);
    QVERIFY(sniffer);
    QList<QByteArray> sniffed;
    connect(sniffer.get(), &QUdpSocket::readyRead, this, [&]() {
        while (sniffer->hasPendingDatagrams())
            sniffed.append(sniffer->receiveDatagram().data());
    });

    // Keys registered before start are queried on start.
    Node &a = addNode(false);
    a.lan->lookup(key, kDns);
    QCOMPARE(a.lan->datagramsOut(), 0u);
    QVERIFY(a.lan->start().ok());
    QCOMPARE(a.lan->datagramsOut(), 1u);

    m_clock.advance(59'999);
    QCOMPARE(a.lan->datagramsOut(), 1u);
    m_clock.advance(10'001);  // 70 s: the requery fell due in [60 s, 70 s]
    QCOMPARE(a.lan->datagramsOut(), 2u);
    m_clock.advance(70'000);
    QCOMPARE(a.lan->datagramsOut(), 3u);
    QCOMPARE(m_clock.pending(), 1);

    // A fresh lookup queries at once and re-arms the timer.
    a.lan->lookup(key, kDns);
    QCOMPARE(a.lan->datagramsOut(), 4u);
    QCOMPARE(m_clock.pending(), 1);
    a.lan->queryNow(key, kDns);
    QCOMPARE(a.lan->datagramsOut(), 5u);

    QTRY_COMPARE(sniffed.size(), 5);
    const QByteArray expected = queryFor(nameOf(key, kDns));
    for (const QByteArray &d : std::as_const(sniffed))
        QCOMPARE(d.toHex(), expected.toHex());
}

void TestLanDiscovery::removeStopsAnsweringAndQuerying()
{
    const QByteArray key = keyOf("remove");
    Node &a = addNode();
    Node &b = addNode();
    a.lan->announce(key, kNative, 1111);
    a.lan->remove(key, kNative);
    QCOMPARE(m_clock.pending(), 0);
    m_clock.advance(200'000);
    QCOMPARE(a.lan->datagramsOut(), 1u);

    b.lan->lookup(key, kNative);
    QTRY_VERIFY(allSettled());
    QCOMPARE(a.lan->datagramsOut(), 1u);  // it did not answer B's query
    QVERIFY(b.seen.isEmpty());

    // Destroying a node cancels its timers.
    QCOMPARE(m_clock.pending(), 1);
    m_nodes.clear();
    QCOMPARE(m_clock.pending(), 0);
}

void TestLanDiscovery::answersGoToTheQueriersPort()
{
    const QByteArray key = keyOf("reply");
    Node &a = addNode();
    a.lan->announce(key, kDns, 7777);
    QTRY_VERIFY(allSettled());
    const quint64 outBefore = a.lan->datagramsOut();

    // The querier uses another port: the answer must come to the group at that port.
    auto querier = plainSocket(0);
    QVERIFY(querier);
    QVERIFY(querier->localPort() != m_port);
    QCOMPARE(querier->writeDatagram(queryFor(nameOf(key, kDns).toUpper()), kGroup, m_port), 78);
    QTRY_VERIFY(querier->hasPendingDatagrams());
    const QNetworkDatagram reply = querier->receiveDatagram();
    QCOMPARE(a.lan->datagramsOut(), outBefore + 1);
    QCOMPARE(reply.senderPort(), int(m_port));
    QCOMPARE(reply.destinationAddress(), kGroup);

    const Result<DnsMessage> m = DnsMessage::decode(reply.data());
    QVERIFY(m.ok());
    QCOMPARE(m->flags, quint16(dns::FlagResponse | dns::FlagAuthoritative));
    QVERIFY(m->questions.isEmpty());
    QCOMPARE(m->answers.size(), 1);
    QCOMPARE(m->answers[0].type, dns::TypeTxt);
    QCOMPARE(m->answers[0].name.toLower(), nameOf(key, kDns));
    QCOMPARE(m->answers[0].txt.size(), 2);
    QVERIFY(m->answers[0].txt[0].startsWith("token="));
    QCOMPARE(QByteArray::fromBase64(m->answers[0].txt[0].mid(6)).size(), 32);
    QCOMPARE(m->answers[0].txt[1], QByteArray("peers=" + peerEntry(0, 7777).toBase64()));
}

void TestLanDiscovery::acceptsForeignAnswerFormats()
{
    const QByteArray key = keyOf("foreign");
    Node &b = addNode();
    b.lan->lookup(key, kDns);
    auto other = plainSocket(0);
    QVERIFY(other);
    const QString name = nameOf(key, kDns);

    // dns-discovery's answer: a foreign token and two peers, one of them "the sender".
    const QByteArray peers = peerEntry(0x0a010203, 4000) + peerEntry(0, 5000) + peerEntry(0x0a010203, 0);
    other->writeDatagram(txtResponse(name, {QByteArrayLiteral("token=Zm9yZWlnbg=="), "peers=" + peers.toBase64()}),
                         kGroup, m_port);
    QTRY_VERIFY(b.found(key, kDns, 5000));
    QVERIFY(b.found(key, kDns, 4000, QHostAddress(QStringLiteral("10.1.2.3"))));
    QCOMPARE(b.seen.size(), 2);  // a port of 0 is skipped

    // SRV records, as dns-discovery pushes them: 0.0.0.0 is the sender, host names are ignored.
    DnsMessage srvs;
    srvs.flags = dns::FlagResponse;
    for (const auto &[target, port] :
         {std::pair{QStringLiteral("0.0.0.0"), quint16(6000)}, std::pair{QStringLiteral("10.9.9.9"), quint16(6001)},
          std::pair{QStringLiteral("host.local"), quint16(6002)}}) {
        DnsRecord rr;
        rr.name = name;
        rr.type = dns::TypeSrv;
        rr.srv.port = port;
        rr.srv.target = target;
        srvs.additionals.append(rr);
    }
    other->writeDatagram(encoded(srvs), kGroup, m_port);
    QTRY_VERIFY(b.found(key, kDns, 6000));
    QVERIFY(b.found(key, kDns, 6001, QHostAddress(QStringLiteral("10.9.9.9"))));
    QCOMPARE(b.seen.size(), 4);

    // Answers for names nobody looks up, a token-only answer and a query with no
    // holder are no one's business: ignored, not rejected.
    other->writeDatagram(txtResponse(nameOf(keyOf("nobody"), kDns), {"peers=" + peers.toBase64()}), kGroup, m_port);
    other->writeDatagram(txtResponse(name, {QByteArrayLiteral("token=abc")}), kGroup, m_port);
    other->writeDatagram(queryFor(QStringLiteral("_services._dns-sd._udp.local")), kGroup, m_port);
    other->writeDatagram(txtResponse(name, {"peers=" + peerEntry(0, 6100).toBase64()}), kGroup, m_port);
    QTRY_VERIFY(b.found(key, kDns, 6100));
    QCOMPARE(b.seen.size(), 5);
    QVERIFY(b.lan->rejectsByReason().isEmpty());
}

void TestLanDiscovery::malformedDatagramsAreRejected()
{
    const QByteArray key = keyOf("malformed");
    Node &a = addNode();
    Node &b = addNode();
    a.lan->announce(key, kNative, 1111);
    b.lan->lookup(key, kNative);
    QTRY_VERIFY(b.found(key, kNative, 1111));
    QTRY_VERIFY(allSettled());
    b.seen.clear();
    QSignalSpy rejectedSpy(b.lan.get(), &LanDiscovery::rejected);
    const QString name = nameOf(key, kNative);

    auto attacker = plainSocket(0);
    QVERIFY(attacker);
    const QList<QByteArray> bad = {
        QByteArray("abcde"),  // truncated header
        QByteArray::fromHex("000000000001000000000000"
                            "0161c00c"
                            "00100001"),  // name pointer loop
        txtResponse(name, {QByteArrayLiteral("peers=!!not*base64")}),  // bad base64
        txtResponse(name, {"peers=" + QByteArray(7, '\0').toBase64()}),  // 7 bytes of peers
        QByteArray(LanDiscovery::MaxDatagram + 1, '\0'),  // oversized
    };
    for (const QByteArray &d : bad)
        QCOMPARE(attacker->writeDatagram(d, kGroup, m_port), d.size());

    QTRY_COMPARE(rejectedSpy.size(), bad.size());
    const QHash<QString, quint64> expected = {
        {QStringLiteral("truncated"), 1},  {QStringLiteral("name-pointer-loop"), 1},
        {QStringLiteral("bad-base64"), 1}, {QStringLiteral("bad-peers-length"), 1},
        {QStringLiteral("oversized"), 1},
    };
    QCOMPARE(b.lan->rejectsByReason(), expected);
    QCOMPARE(rejectedSpy.at(0).at(0).toString(), QStringLiteral("truncated"));
    QVERIFY(!rejectedSpy.at(0).at(1).toString().isEmpty());
    // A holds the same name, so it rejects the same datagrams.
    QTRY_COMPARE(a.lan->rejectsByReason(), expected);

    // Discovery keeps working.
    QVERIFY(b.seen.isEmpty());
    b.lan->queryNow(key, kNative);
    QTRY_VERIFY(b.found(key, kNative, 1111));
}

void TestLanDiscovery::startErrors()
{
    LanConfig noSuchInterface;
    noSuchInterface.interfaceName = QStringLiteral("nosuch0");
    noSuchInterface.port = m_port;
    LanDiscovery a(noSuchInterface, m_clock, m_random, m_udp);
    const Status s1 = a.start();
    QVERIFY(!s1.ok());
    QCOMPARE(s1.error().code, ErrorCode::Io);
    QVERIFY(s1.error().detail.contains(QStringLiteral("nosuch0")));

    // A socket that did not ask for address reuse keeps the port to itself.
    QUdpSocket exclusive;
    QVERIFY(exclusive.bind(QHostAddress::AnyIPv4, 0, QUdpSocket::DontShareAddress));
    LanConfig taken;
    taken.interfaceName = QStringLiteral("lo");
    taken.port = exclusive.localPort();
    LanDiscovery b(taken, m_clock, m_random, m_udp);
    const Status s2 = b.start();
    QVERIFY(!s2.ok());
    QCOMPARE(s2.error().code, ErrorCode::AddressInUse);
    QVERIFY(!s2.error().detail.isEmpty());

    LanConfig notMulticast;
    notMulticast.interfaceName = QStringLiteral("lo");
    notMulticast.port = m_port;
    notMulticast.group = kLocalhost;
    LanDiscovery c(notMulticast, m_clock, m_random, m_udp);
    QCOMPARE(c.start().error().code, ErrorCode::BadAddress);
}

void TestLanDiscovery::disabledDoesNothing()
{
    LanConfig config;
    config.enabled = false;
    config.interfaceName = QStringLiteral("lo");
    config.port = m_port;
    LanDiscovery a(config, m_clock, m_random, m_udp);
    QVERIFY(a.start().ok());
    a.announce(keyOf("off"), kNative, 1111);
    a.queryNow(keyOf("off"), kNative);
    QCOMPARE(a.datagramsOut(), 0u);
}

QTEST_GUILESS_MAIN(TestLanDiscovery)
#include "tst_lan_discovery.moc"
