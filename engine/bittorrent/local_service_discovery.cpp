#include "bittorrent/local_service_discovery.h"

#include "core/logging.h"
#include "core/random.h"
#include "transport/datagram_socket.h"

namespace swarmscope::bt {

LocalServiceDiscovery::LocalServiceDiscovery(LsdConfig config, Clock &clock, Random &random, DatagramFactory &datagrams,
                                             QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_datagrams(datagrams)
    , m_timer(clock)
{
    // bittorrent-lsd's cookies read "bittorrent-lsd-<peer id>"; ours are just as unique.
    m_cookie = QByteArrayLiteral("swarmscope-") + QByteArray::number(random.generate64(), 16).rightJustified(16, '0');
}

LocalServiceDiscovery::~LocalServiceDiscovery() = default;

Status LocalServiceDiscovery::start()
{
    if (started())
        return {};
    auto opened = MulticastSocket::open(m_datagrams, m_config.group, m_config.port, m_config.interfaceName, this);
    if (!opened)
        return opened.error();
    if (!opened->failures.isEmpty())
        qCWarning(lcLan) << "BEP 14: could not join" << m_config.group << "on" << opened->failures;
    m_multicast = *opened;
    connect(m_multicast.socket, &DatagramSocket::readyRead, this, &LocalServiceDiscovery::onReadyRead);
    qCInfo(lcLan).noquote() << QStringLiteral("BEP 14 local service discovery on %1:%2 via %3")
                                   .arg(m_config.group.toString())
                                   .arg(m_config.port)
                                   .arg(m_multicast.interfaceNames());
    if (!m_infoHashes.isEmpty())
        scheduleAnnounce(true);
    return {};
}

void LocalServiceDiscovery::add(const QByteArray &infoHash)
{
    if (infoHash.size() != 20 || m_infoHashes.contains(infoHash))
        return;
    m_infoHashes.append(infoHash);
    scheduleAnnounce(true);
}

void LocalServiceDiscovery::remove(const QByteArray &infoHash)
{
    m_infoHashes.removeAll(infoHash);
    if (m_infoHashes.isEmpty())
        m_timer.stop();
}

void LocalServiceDiscovery::scheduleAnnounce(bool soon)
{
    if (!started() || m_infoHashes.isEmpty())
        return;
    qint64 delay = m_config.intervalMs;
    if (soon) {
        // A new torrent goes out at once, unless that would make two announces in a minute.
        const qint64 sinceLast = m_lastAnnounceMs < 0 ? m_config.minGapMs : m_clock.monotonicMs() - m_lastAnnounceMs;
        delay = std::max<qint64>(0, m_config.minGapMs - sinceLast);
    }
    m_timer.start(delay, [this] { announceNow(); });
}

void LocalServiceDiscovery::announceNow()
{
    const QByteArray host = m_config.group.toString().toLatin1() + ':' + QByteArray::number(m_config.port);
    for (const QByteArray &datagram : formatLsdAnnounces(host, m_btPort, m_infoHashes, m_cookie)) {
        QString error;
        if (m_multicast.send(datagram, m_config.group, m_config.port, &error) > 0)
            ++m_out;
        if (!error.isEmpty())
            qCDebug(lcLan) << "BEP 14 announce failed on" << error;
    }
    m_lastAnnounceMs = m_clock.monotonicMs();
    scheduleAnnounce(false);
}

void LocalServiceDiscovery::onReadyRead()
{
    while (m_multicast.socket && m_multicast.socket->hasPending()) {
        const Datagram datagram = m_multicast.socket->receive(kLsdMaxReceived + 1);
        if (!datagram.sender.isNull())
            receiveDatagram(datagram);
    }
}

void LocalServiceDiscovery::receiveDatagram(const Datagram &datagram)
{
    const LsdParsed parsed = parseLsdAnnounce(datagram.data);
    QHostAddress sender = datagram.sender;
    // An IPv4 sender may arrive as ::ffff:a.b.c.d on a dual-stack socket.
    bool isV4 = false;
    if (const quint32 v4 = sender.toIPv4Address(&isV4); isV4)
        sender = QHostAddress(v4);
    if (!parsed.ok()) {
        ++m_rejects[parsed.refusal];
        emit rejected(parsed.refusal, parsed.detail, sender.toString());
        return;
    }
    if (parsed.announce.cookie == m_cookie)
        return;  // our own, looped back
    for (const QByteArray &infoHash : parsed.announce.infoHashes)
        if (m_infoHashes.contains(infoHash))
            emit peerFound(infoHash, sender, parsed.announce.port);
}

}  // namespace swarmscope::bt
