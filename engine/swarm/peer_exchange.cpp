#include "swarm/peer_exchange.h"

#include "swarm/connection.h"
#include "swarm/swarm.h"

namespace swarmscope {

PeerExchange::PeerExchange(const SwarmOptions &options, Clock &clock, PeerId self)
    : m_options(options)
    , m_clock(clock)
    , m_self(self)
{}

std::optional<wire::Peers> PeerExchange::offerFor(const Connection *to, const QByteArray &topic,
                                                  const QList<Connection *> &inTopic) const
{
    if (m_options.pexMaxEntries <= 0)
        return std::nullopt;
    wire::Peers msg;
    msg.topic = topic;
    for (const Connection *c : inTopic) {
        if (c == to || !c->hello().listenPort)
            continue;
        msg.peers.append({c->host(), c->hello().listenPort, {}});
        if (msg.peers.size() >= qMin(m_options.pexMaxEntries, wire::kMaxPeersPerExchange))
            break;
    }
    if (msg.peers.isEmpty())
        return std::nullopt;
    return msg;
}

bool PeerExchange::admit(quint64 connectionId)
{
    QList<qint64> &times = m_times[connectionId];
    const qint64 now = m_clock.monotonicMs();
    while (!times.isEmpty() && times.first() <= now - 60000)
        times.removeFirst();
    if (times.size() >= m_options.pexMaxPerMinute)
        return false;
    times.append(now);
    return true;
}

QList<PeerCandidateInfo> PeerExchange::candidatesFrom(const Connection *from, const wire::Peers &peers,
                                                      const std::function<bool(const PeerId &)> &isNeighbour) const
{
    QList<PeerCandidateInfo> out;
    for (const wire::PeerEndpoint &p : peers.peers) {
        const QHostAddress addr(p.host);
        if (addr.isNull())
            continue;
        QString host = addr == QHostAddress::AnyIPv4 || addr == QHostAddress::AnyIPv6 ? from->host() : addr.toString();
        if (!p.key.isEmpty()) {
            const PeerId behind = PeerId::fromBytes(p.key);
            if (behind == m_self || isNeighbour(behind) || from->path() != ConnectionPath::Direct)
                continue;
            host = circuitHost(behind, host);
        }
        out.append({host, p.port, QStringLiteral("pex"), from->remoteAddress(), peers.topic, false});
    }
    return out;
}

}  // namespace swarmscope
