#include "session.h"

#include "rooms/compat_backend.h"
#include "rooms/rooms.h"
#include "store/peer_book.h"
#include "swarm/swarm.h"

// Steering the swarm: manual connections, bans, backoff, flush, and the views of it.
namespace swarmscope {

void Session::connectTo(const QString &host, quint16 port)
{
    m_swarm->dial(host, port, QStringLiteral("manual"));
}

std::optional<PeerId> Session::resolvePeer(const QString &peer) const
{
    if (peer.size() == 64) {
        const PeerId id = PeerId::fromBytes(QByteArray::fromHex(peer.toLatin1()));
        if (!id.isNull())
            return id;
    }
    for (const PeerSnapshot &p : m_swarm->snapshots())
        if (p.address == peer && !p.id.isNull())
            return p.id;
    for (const QString &room : m_rooms->names())
        if (const auto id = m_rooms->memberId(room, peer))
            return id;
    return std::nullopt;
}

bool Session::connectToPeer(const QString &address)
{
    const auto id = resolvePeer(address);
    return id && m_swarm->connectToPeer(*id);
}

bool Session::ban(const QString &peer, bool soft)
{
    const auto id = resolvePeer(peer);
    if (!id)
        return false;
    if (!soft)
        m_book->setBanned(*id, true);  // a hard ban outlives the session
    return m_swarm->ban(*id, soft);
}

bool Session::unban(const QString &peer)
{
    const auto id = resolvePeer(peer);
    if (!id)
        return false;
    m_book->setBanned(*id, false);
    return m_swarm->unban(*id);
}

bool Session::backoff(const QString &peer)
{
    const auto id = resolvePeer(peer);
    return id && m_swarm->backoff(*id);
}

bool Session::disconnectPeer(const QString &peer)
{
    const auto id = resolvePeer(peer);
    return id && m_swarm->disconnectPeer(*id);
}

void Session::flush(std::function<void()> fn)
{
    m_swarm->flush(std::move(fn));
}

QList<PeerSnapshot> Session::peers() const
{
    QList<PeerSnapshot> out = m_swarm->snapshots();
    for (PeerSnapshot &p : out)
        if (const Connection *c = m_swarm->connection(p.connectionId))
            p.rooms = roomNamesOf(*c);
    for (const auto &[kind, b] : m_backends)
        out += b->peers();
    return out;
}

QByteArray Session::announce(const QByteArray &type, const QByteArray &data, int limit)
{
    return m_gossip->announce(type, data, limit);
}

Status Session::replyTo(const GossipRequest &request, const QByteArray &type, const QByteArray &data)
{
    return m_gossip->reply(request, type, data);
}

Status Session::relaySend(const QString &peer, const QByteArray &data)
{
    const auto id = resolvePeer(peer);
    if (!id)
        return makeError(ErrorCode::NotConnected,
                         QStringLiteral("unknown peer '%1' (use a public key or a member's address)").arg(peer));
    return m_relay->send(*id, data);
}

quint16 Session::wsListenPort() const
{
    return m_swarm->transportPort(QStringLiteral("ws"));
}

QList<CandidateSnapshot> Session::queue() const
{
    QList<CandidateSnapshot> out = m_swarm->queue();
    for (const auto &[kind, b] : m_backends)
        out += b->queue();
    return out;
}

}  // namespace swarmscope
