#include "discovery/lan_discovery.h"

#include "core/logging.h"
#include "core/random.h"
#include "discovery/dns_packet.h"
#include "transport/datagram_socket.h"

#include <QtEndian>

namespace swarmscope {

namespace {
constexpr int kTokenBytes = 32;  // the same size as dns-discovery's tokens
constexpr int kPeerEntry = 6;  // IPv4 + port, big-endian

// "key=value" strings; a string without '=' means true (mdns-txt).
QHash<QByteArray, QByteArray> parseTxt(const QList<QByteArray> &strings)
{
    QHash<QByteArray, QByteArray> out;
    for (const QByteArray &s : strings) {
        const qsizetype eq = s.indexOf('=');
        if (eq < 0)
            out.insert(s.toLower(), QByteArrayLiteral("true"));
        else
            out.insert(s.left(eq).toLower(), s.mid(eq + 1));
    }
    return out;
}
}  // namespace

LanDiscovery::LanDiscovery(LanConfig config, Clock &clock, Random &random, DatagramFactory &datagrams, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_random(random)
    , m_datagrams(datagrams)
{
    // Only tells our own echoes apart (it travels in clear): not a secret.
    m_token = m_random.bytes(kTokenBytes).toBase64();
    if (m_config.requeryMinMs < 1)
        m_config.requeryMinMs = 1;
    if (m_config.requeryMaxMs < m_config.requeryMinMs)
        m_config.requeryMaxMs = m_config.requeryMinMs;
}

LanDiscovery::~LanDiscovery()
{
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.requery)
            m_clock.cancel(e.requery);
    }
}

quint16 LanDiscovery::port() const
{
    return m_multicast.socket ? m_multicast.socket->localPort() : 0;
}

Status LanDiscovery::start()
{
    if (!m_config.enabled) {
        qCInfo(lcLan) << "LAN discovery disabled";
        return {};
    }
    if (m_multicast.socket)
        return {};
    auto opened = MulticastSocket::open(m_datagrams, m_config.group, m_config.port, m_config.interfaceName, this);
    if (!opened)
        return opened.error();
    if (!opened->failures.isEmpty())
        qCWarning(lcLan) << "could not join" << m_config.group << "on" << opened->failures;
    m_multicast = *opened;
    connect(m_multicast.socket, &DatagramSocket::readyRead, this, &LanDiscovery::onReadyRead);
    qCInfo(lcLan).noquote() << QStringLiteral("mDNS discovery on %1:%2 via %3")
                                   .arg(m_config.group.toString())
                                   .arg(m_config.port)
                                   .arg(m_multicast.interfaceNames());

    // Keys registered before start are queried now.
    const QStringList names = m_entries.keys();
    for (const QString &name : names)
        sendQuery(name);
    return {};
}

QString LanDiscovery::normalizeDomain(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    while (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    while (d.startsWith(QLatin1Char('.')))
        d.remove(0, 1);
    return d;
}

QString LanDiscovery::nameFor(const QByteArray &key20, const QString &domain)
{
    return QString::fromLatin1(key20.toHex()) + QLatin1Char('.') + normalizeDomain(domain);
}

LanDiscovery::Entry *LanDiscovery::track(const QByteArray &key20, const QString &domain)
{
    if (key20.size() != 20 || normalizeDomain(domain).isEmpty()) {
        qCWarning(lcLan) << "ignoring a key of" << key20.size() << "bytes in domain" << domain;
        return nullptr;
    }
    const QString name = nameFor(key20, domain);
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        it = m_entries.insert(name, Entry{key20, normalizeDomain(domain), {}, 0});
    return &it.value();
}

void LanDiscovery::announce(const QByteArray &key20, const QString &domain, quint16 port)
{
    Entry *e = track(key20, domain);
    if (!e)
        return;
    if (port != 0 && !e->ports.contains(port))
        e->ports.append(port);
    const QString name = nameFor(key20, domain);
    sendQuery(name);
    scheduleRequery(name);
}

void LanDiscovery::lookup(const QByteArray &key20, const QString &domain)
{
    if (!track(key20, domain))
        return;
    const QString name = nameFor(key20, domain);
    sendQuery(name);
    scheduleRequery(name);
}

void LanDiscovery::remove(const QByteArray &key20, const QString &domain)
{
    const auto it = m_entries.find(nameFor(key20, domain));
    if (it == m_entries.end())
        return;
    if (it->requery)
        m_clock.cancel(it->requery);
    m_entries.erase(it);
}

void LanDiscovery::queryNow(const QByteArray &key20, const QString &domain)
{
    const QString name = nameFor(key20, domain);
    if (m_entries.contains(name)) {
        sendQuery(name);
        return;
    }
    // A one-off query for a key we do not track: answers for it are ignored, but the query
    // still prompts holders to multicast their answers for everyone else.
    if (key20.size() == 20 && !normalizeDomain(domain).isEmpty())
        sendQuery(name);
}

void LanDiscovery::scheduleRequery(const QString &name)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    if (it->requery)
        m_clock.cancel(it->requery);
    // dns-discovery's 60-70 s, randomised so that peers do not query in lockstep.
    const qint64 delay = m_random.bounded(qint64(m_config.requeryMinMs), qint64(m_config.requeryMaxMs) + 1);
    it->requery = m_clock.schedule(delay, [this, name]() {
        const auto entry = m_entries.find(name);
        if (entry == m_entries.end())
            return;
        entry->requery = 0;
        sendQuery(name);
        scheduleRequery(name);
    });
}

void LanDiscovery::sendQuery(const QString &name)
{
    if (!m_multicast.socket)
        return;
    DnsMessage query;
    query.questions.append(DnsQuestion{name, dns::TypeTxt, dns::ClassIn});
    const Result<QByteArray> bytes = query.encode();
    if (!bytes) {
        qCWarning(lcLan) << "cannot encode a query for" << name << bytes.error().detail;
        return;
    }
    qCDebug(lcLan) << "query" << name;
    sendDatagram(*bytes, m_config.port);
}

void LanDiscovery::sendDatagram(const QByteArray &datagram, quint16 port)
{
    QString error;
    m_out += m_multicast.send(datagram, m_config.group, port, &error);
    if (!error.isEmpty())
        qCDebug(lcLan) << "send on" << error << "failed";
}

void LanDiscovery::onReadyRead()
{
    while (m_multicast.socket && m_multicast.socket->hasPending()) {
        const Datagram datagram = m_multicast.socket->receive(MaxDatagram + 1);
        if (datagram.sender.isNull())
            continue;
        ++m_in;
        handleDatagram(datagram);
    }
}

void LanDiscovery::handleDatagram(const Datagram &datagram)
{
    const QByteArray data = datagram.data;
    const QHostAddress sender = datagram.sender;
    const quint16 senderPort = datagram.senderPort;
    if (datagram.size > MaxDatagram) {
        reject(QStringLiteral("oversized"),
               QStringLiteral("%1 bytes from %2:%3 (at most %4)")
                   .arg(datagram.size)
                   .arg(sender.toString())
                   .arg(senderPort)
                   .arg(MaxDatagram));
        return;
    }
    QString reason;
    const Result<DnsMessage> message = DnsMessage::decode(data, &reason);
    if (!message) {
        reject(reason,
               QStringLiteral("from %1:%2: %3").arg(sender.toString()).arg(senderPort).arg(message.error().detail));
        return;
    }
    // RFC 6762: messages with a non-zero opcode are ignored.
    if (message->opcode() != 0)
        return;

    if (!message->isResponse())
        answerQuestions(*message, senderPort);

    // Like dns-discovery, records are taken from queries (known answers) as well as responses.
    QList<Found> found;
    for (const QList<DnsRecord> *section : {&message->answers, &message->additionals}) {
        for (const DnsRecord &rr : *section)
            handleRecord(rr, sender, senderPort, found);
    }
    // Emitted last: a receiver may call remove() or announce() on us.
    for (const Found &f : std::as_const(found)) {
        qCDebug(lcLan) << "peer" << f.host << f.port << "for" << f.key.toHex() << f.domain;
        emit peerFound(f.key, f.domain, f.host, f.port);
    }
}

void LanDiscovery::answerQuestions(const DnsMessage &message, quint16 senderPort)
{
    DnsMessage response;
    response.flags = dns::FlagResponse | dns::FlagAuthoritative;
    for (const DnsQuestion &q : message.questions) {
        if (q.type != dns::TypeTxt || (q.klass & ~dns::ClassMdnsBit) != dns::ClassIn)
            continue;
        const auto it = m_entries.constFind(q.name.toLower());
        if (it == m_entries.cend() || it->ports.isEmpty())
            continue;  // only keys we hold are answered
        QByteArray peers;
        for (quint16 port : it->ports) {
            char entry[kPeerEntry] = {0, 0, 0, 0, 0, 0};  // 0.0.0.0 = "the sender of this answer"
            qToBigEndian<quint16>(port, entry + 4);
            peers.append(entry, kPeerEntry);
        }
        response.answers.append(DnsRecord::makeTxt(
            q.name, {QByteArrayLiteral("token=") + m_token, QByteArrayLiteral("peers=") + peers.toBase64()}));
    }
    if (response.answers.isEmpty())
        return;
    const Result<QByteArray> bytes = response.encode();
    if (!bytes) {
        qCWarning(lcLan) << "cannot encode an answer:" << bytes.error().detail;
        return;
    }
    // dns-discovery answers on the group at the querier's source port.
    sendDatagram(*bytes, senderPort);
}

void LanDiscovery::handleRecord(const DnsRecord &rr, const QHostAddress &sender, quint16 senderPort,
                                QList<Found> &found)
{
    if ((rr.klass & ~dns::ClassMdnsBit) != dns::ClassIn)
        return;
    if (rr.type != dns::TypeTxt && rr.type != dns::TypeSrv)
        return;
    const auto it = m_entries.constFind(rr.name.toLower());
    if (it == m_entries.cend())
        return;  // other names are someone else's business
    const QString from = QStringLiteral("%1:%2").arg(sender.toString()).arg(senderPort);

    if (rr.type == dns::TypeSrv) {
        // dns-discovery pushes SRV records with an IPv4 target; 0.0.0.0 means the sender.
        const QHostAddress target(rr.srv.target);
        if (target.protocol() != QAbstractSocket::IPv4Protocol)
            return;
        const quint16 port = rr.srv.port ? rr.srv.port : senderPort;
        found.append(Found{it->key, it->domain, target.toIPv4Address() == 0 ? sender : target, port});
        return;
    }

    const QHash<QByteArray, QByteArray> txt = parseTxt(rr.txt);
    if (txt.value(QByteArrayLiteral("token")) == m_token)
        return;  // our own answer, looped back
    const auto peers = txt.constFind(QByteArrayLiteral("peers"));
    if (peers == txt.cend())
        return;
    auto decoded = QByteArray::fromBase64Encoding(*peers, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        reject(QStringLiteral("bad-base64"), QStringLiteral("peers for %1 from %2 are not base64").arg(rr.name, from));
        return;
    }
    const QByteArray bytes = *decoded;
    if (bytes.size() % kPeerEntry != 0) {
        reject(QStringLiteral("bad-peers-length"),
               QStringLiteral("peers for %1 from %2 are %3 bytes, not a multiple of %4")
                   .arg(rr.name, from)
                   .arg(bytes.size())
                   .arg(kPeerEntry));
        return;
    }
    for (qsizetype i = 0; i < bytes.size(); i += kPeerEntry) {
        const quint32 ip = qFromBigEndian<quint32>(bytes.constData() + i);
        const quint16 port = qFromBigEndian<quint16>(bytes.constData() + i + 4);
        if (port == 0)
            continue;
        found.append(Found{it->key, it->domain, ip == 0 ? sender : QHostAddress(ip), port});
    }
}

void LanDiscovery::reject(const QString &reason, const QString &detail)
{
    ++m_rejects[reason];
    qCDebug(lcLan).noquote() << QStringLiteral("rejected (%1): %2").arg(reason, detail);
    emit rejected(reason, detail);
}

}  // namespace swarmscope
