#include "session.h"

#include "bittorrent/local_service_discovery.h"
#include "bittorrent/room_torrent.h"
#include "bugout/bugout_events.h"
#include "bugout/bugout_room.h"
#include "bugout/bugout_service.h"
#include "core/clock.h"
#include "crypto/identity.h"
#include "dht/dht_node.h"
#include "rooms/rpc.h"
#include "store/history.h"

// Bugout rooms: the bugout::Service joined to the session's procedures, DHT, history and events.
namespace swarmscope {

void Session::wireBugout()
{
    m_bugout = std::make_unique<bugout::Service>(m_identity->keys(), *m_clock);
    m_bugout->invokeProcedure = [this](const QString &name, const QString &caller, const QJsonValue &args,
                                       RpcRespond respond) { return m_rpc->invoke(name, caller, args, std::move(respond)); };
    connect(m_bugout.get(), &bugout::Service::event, this, &Session::post);
    connect(m_bugout.get(), &bugout::Service::rpcResponse, this, &Session::rpcResponse);
    connect(m_bugout.get(), &bugout::Service::messageReceived, this, [this](const ChatMessage &m) { deliver(m); });
    connect(m_bugout.get(), &bugout::Service::changed, this, [this] {
        m_roomsDirty = true;
        scheduleFlush();
    });
}

quint16 Session::bittorrentPort() const
{
    return m_bugout->port();
}

Status Session::joinBugoutRoom(const QString &identifier)
{
    if (!m_bugout->listening()) {
        if (m_dht)
            m_bugout->setDhtPort(m_dht->port());
        if (Status st = m_bugout->listen(m_config.listenHost, m_config.bittorrentPort); !st.ok())
            return st;
    }
    const bool fresh = !m_bugout->room(identifier.isEmpty() ? address() : identifier);
    bugout::Room *room = m_bugout->join(identifier);
    if (!fresh)
        return {};
    if (m_dht)
        m_dht->announce(room->torrent().infoHash, m_bugout->port());
    startLocalServiceDiscovery();
    if (m_lsd)
        m_lsd->add(room->torrent().infoHash);
    return {};
}

// BEP 14 on the LAN's interface, as webtorrent under Node does. A port another program holds
// without address reuse costs us this peer source, not the room.
void Session::startLocalServiceDiscovery()
{
    if (m_lsd || !m_config.lsd.enabled)
        return;
    auto lsd = std::make_unique<bt::LocalServiceDiscovery>(m_config.lsd, *m_clock);
    if (Status st = lsd->start(); !st.ok()) {
        post(bugout::events::rejected(m_clock->wallMs(), QString(), QStringLiteral("lsd-unavailable"), st.error().detail,
                                      QString()));
        return;
    }
    lsd->setBittorrentPort(m_bugout->port());
    connect(lsd.get(), &bt::LocalServiceDiscovery::peerFound, this,
            [this](const QByteArray &infoHash, const QHostAddress &host, quint16 port) {
                onBugoutPeerFound(infoHash, host, port, QStringLiteral("lsd"));
            });
    connect(lsd.get(), &bt::LocalServiceDiscovery::rejected, this,
            [this](const QString &reason, const QString &detail, const QString &host) {
                post(bugout::events::rejected(m_clock->wallMs(), QString(), QStringLiteral("lsd-") + reason, detail, host));
            });
    post(bugout::events::listening(m_clock->wallMs(), m_config.lsd.group.toString(), lsd->port(), QStringLiteral("lsd")));
    m_lsd = std::move(lsd);
}

void Session::leaveBugoutRoom(const QString &identifier)
{
    bugout::Room *room = m_bugout->room(identifier);
    if (!room)
        return;
    if (m_dht)
        m_dht->remove(room->torrent().infoHash);
    if (m_lsd)
        m_lsd->remove(room->torrent().infoHash);
    m_bugout->leave(identifier);
}

QStringList Session::bugoutRooms() const
{
    return m_bugout->identifiers();
}

bool Session::isBugoutRoom(const QString &identifier) const
{
    return m_bugout->room(identifier) != nullptr;
}

Status Session::connectBugoutPeer(const QString &identifier, const QString &host, quint16 port)
{
    if (!identifier.isEmpty())
        return m_bugout->connectTo(identifier, host, port);
    if (m_bugout->identifiers().isEmpty())
        return makeError(ErrorCode::WrongRoom, QStringLiteral("not in any Bugout room"));
    for (const QString &id : m_bugout->identifiers())
        if (Status st = m_bugout->connectTo(id, host, port); !st.ok())
            return st;
    return {};
}

bool Session::onBugoutPeerFound(const QByteArray &infoHash, const QHostAddress &host, quint16 port,
                                const QString &source)
{
    for (const QString &id : m_bugout->identifiers()) {
        bugout::Room *room = m_bugout->room(id);
        if (room->torrent().infoHash != infoHash)
            continue;
        // Our own announce comes back from the DHT too (and from a second address of ours on the LAN).
        if (port == m_bugout->port() && (host.isLoopback() || host == m_config.listenHost))
            return true;
        const auto st = m_bugout->connectTo(id, host.toString(), port, source);
        Q_UNUSED(st);
        return true;
    }
    return false;
}

std::optional<QString> Session::bugoutRoomOfMember(const QString &address) const
{
    for (const QString &id : m_bugout->identifiers())
        if (m_bugout->room(id)->hasMember(address))
            return id;
    return std::nullopt;
}

Result<ChatMessage> Session::sendBugout(const QString &roomId, const QString &address, const QString &text)
{
    bugout::Room *room = m_bugout->room(roomId);
    if (!room)
        return makeError(ErrorCode::WrongRoom, QStringLiteral("not in Bugout room %1").arg(roomId));
    // What a Bugout app sends with send(message): a JSON value; plain text goes as a JSON string.
    const auto sent = address.isEmpty() ? room->send(QJsonValue(text)) : room->sendTo(address, QJsonValue(text));
    if (!sent)
        return sent.error();
    ChatMessage m;
    m.id = sent->toLatin1();
    m.room = roomId;
    m.from = id();
    m.fromAddress = this->address();
    m.timeMs = m_clock->wallMs();
    m.receivedMs = m.timeMs;
    m.text = text;
    m.own = true;
    m.direct = !address.isEmpty();
    m.peerAddress = address;
    m.state = DeliveryState::Sent;
    m_history->append(m);
    return m;
}

} // namespace swarmscope
