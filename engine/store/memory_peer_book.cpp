#include "store/memory_peer_book.h"

#include <algorithm>

namespace swarmscope {

MemoryPeerBook::MemoryPeerBook(Clock &clock) : m_clock(clock)
{}

Status MemoryPeerBook::save(const QString &host, quint16 port, const QString &source)
{
    const QString ep = endpoint(host, port);
    const qint64 now = m_clock.wallMs();
    if (const auto removed = m_removed.constFind(ep); removed != m_removed.cend() && *removed + kRemovedMs > now)
        return {};  // removed recently: peernet ignores it for a day
    auto it = m_peers.find(ep);
    if (it == m_peers.end()) {
        PeerRecord r;
        r.host = host;
        r.port = port;
        r.source = source;
        r.firstSeenMs = now;
        it = m_peers.insert(ep, r);
    }
    it->lastSeenMs = now;
    return {};
}

Status MemoryPeerBook::remove(const QString &host, quint16 port)
{
    const QString ep = endpoint(host, port);
    m_peers.remove(ep);
    m_removed.insert(ep, m_clock.wallMs());
    return {};
}

QList<PeerRecord> MemoryPeerBook::known(int limit, bool includeBanned) const
{
    QList<PeerRecord> out;
    for (const PeerRecord &r : m_peers)
        if (includeBanned || !r.banned)
            out.append(r);
    std::stable_sort(out.begin(), out.end(), [](const PeerRecord &a, const PeerRecord &b) {
        if (a.connectionsOk != b.connectionsOk)
            return a.connectionsOk > b.connectionsOk;
        return a.lastSeenMs > b.lastSeenMs;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

std::optional<PeerRecord> MemoryPeerBook::stats(const QString &host, quint16 port) const
{
    const auto it = m_peers.constFind(endpoint(host, port));
    if (it == m_peers.cend())
        return std::nullopt;
    return *it;
}

void MemoryPeerBook::recordConnection(const QString &host, quint16 port, const PeerId &id, bool ok)
{
    if (Status st = save(host, port, QStringLiteral("connection")); !st.ok())
        return;
    const auto it = m_peers.find(endpoint(host, port));
    if (it == m_peers.end())
        return;  // removed recently
    ++(ok ? it->connectionsOk : it->connectionsFail);
    it->lastSeenMs = m_clock.wallMs();
    if (!id.isNull())
        it->publicKeyHex = id.toHex();
}

void MemoryPeerBook::recordNodes(const QString &host, quint16 port, int received, int sent)
{
    const auto it = m_peers.find(endpoint(host, port));
    if (it == m_peers.end())
        return;
    it->nodesRx += quint64(received);
    it->nodesTx += quint64(sent);
}

void MemoryPeerBook::setBanned(const PeerId &id, bool banned)
{
    const QString hex = id.toHex();
    if (banned)
        m_bannedKeys.insert(hex, true);
    else
        m_bannedKeys.remove(hex);
    for (PeerRecord &r : m_peers)
        if (r.publicKeyHex == hex)
            r.banned = banned;
}

QList<PeerId> MemoryPeerBook::bannedKeys() const
{
    QList<PeerId> out;
    for (auto it = m_bannedKeys.cbegin(); it != m_bannedKeys.cend(); ++it)
        out.append(PeerId::fromBytes(QByteArray::fromHex(it.key().toLatin1())));
    return out;
}

int MemoryPeerBook::purge(double minRatio, int minAttempts)
{
    int purged = 0;
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        const quint64 tries = it->connectionsOk + it->connectionsFail;
        if (!it->banned && tries >= quint64(std::max(minAttempts, 0)) && tries > 0
            && double(it->connectionsOk) / double(tries) < minRatio) {
            it = m_peers.erase(it);
            ++purged;
        } else {
            ++it;
        }
    }
    return purged;
}

}  // namespace swarmscope
