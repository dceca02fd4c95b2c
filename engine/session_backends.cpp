#include "session.h"

#include "bugout/bugout_backend.h"
#include "core/clock.h"
#include "rooms/compat_backend.h"
#include "rooms/rooms.h"
#include "store/history.h"
#include "swarm/swarm.h"

// Rooms of the compatibility backends (docs/ARCHITECTURE.md, "Room backends"): routing by RoomRef, and their peers, events
// and messages merged into the session's batches like native ones.
namespace swarmscope {

void Session::addBackend(std::unique_ptr<CompatBackend> backend)
{
    CompatBackend *b = backend.get();
    connect(b, &CompatBackend::event, this, qOverload<Event>(&Session::post));
    connect(b, &CompatBackend::rejected, this, [this](ErrorCode c) { m_rejects.count(c); });
    // A line from a blocked peer is dropped (counted and reported once, by dropIfBlocked).
    connect(b, &CompatBackend::messageReceived, this, [this](const ChatMessage &m, const HostPort &endpoint) {
        if (!dropIfBlocked(m.fromAddress, m.kind))
            deliver(m, {}, endpoint);
    });
    connect(b, &CompatBackend::peerAdded, this, [this](const PeerSnapshot &p) {
        m_dirtyPeers.insert(p.connectionId, true);
        scheduleBatch();
    });
    connect(b, &CompatBackend::peerUpdated, this, &Session::markPeerDirty);
    connect(b, &CompatBackend::peerRemoved, this, [this](quint64 id) {
        if (m_dirtyPeers.take(id))
            return;
        m_removedPeers.append(id);
        scheduleBatch();
    });
    connect(b, &CompatBackend::roomsChanged, this, [this] {
        m_roomsDirty = true;
        scheduleBatch();
    });
    connect(b, &CompatBackend::queueChanged, this, [this] {
        m_queueDirty = true;
        scheduleBatch();
    });
    m_backends[b->backend()] = std::move(backend);
}

CompatBackend *Session::backend(RoomBackend backend) const
{
    const auto it = m_backends.find(backend);
    return it == m_backends.end() ? nullptr : it->second.get();
}

Result<RoomSnapshot> Session::join(const RoomRef &room, JoinOptions options)
{
    if (room.name.isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("empty room name"));
    if (room.backend == RoomBackend::Native)
        return joinRoom(room.name, options);
    CompatBackend *b = backend(room.backend);
    if (!b)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1 rooms are not supported yet").arg(roomBackendName(room.backend)));
    auto joined = b->join(room.name, options);
    if (joined) {
        noteJoined(room.key());
        m_roomsDirty = true;
        scheduleBatch();
    }
    return joined;
}

Status Session::connectTo(const QString &room, const QString &host, quint16 port)
{
    const auto ref = RoomRef::parse(room);
    if (!ref || ref->backend == RoomBackend::Native) {
        connectTo(host, port);
        return {};
    }
    CompatBackend *b = backend(ref->backend);
    if (!b)
        return makeError(ErrorCode::WrongRoom, QStringLiteral("not in room %1").arg(room));
    return b->dial(ref->name, host, port);
}

quint16 Session::bittorrentPort() const
{
    return m_bugout->port();
}

QList<RoomSnapshot> Session::roomSnapshots() const
{
    QList<RoomSnapshot> out = m_rooms->snapshots();
    for (const auto &[kind, b] : m_backends)
        for (const QString &name : b->rooms())
            out.append(b->room(name));
    const QStringList order = m_joinOrder;
    std::stable_sort(out.begin(), out.end(), [&order](const RoomSnapshot &a, const RoomSnapshot &b) {
        return quint64(order.indexOf(a.name)) < quint64(order.indexOf(b.name));  // unknown (-1) last
    });
    return out;
}

}  // namespace swarmscope
