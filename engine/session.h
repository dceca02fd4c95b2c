#pragma once

#include "core/result.h"
#include "engine_config.h"
#include "engine_event.h"
#include "snapshots.h"
#include "stats/reject_counters.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace swarmscope {

class Clock;
class Identity;
class Swarm;
class Rooms;
class LanDiscovery;
class CarrierFactory;
class Database;
class PeerBook;

// The engine's facade: one per profile. It owns the subsystems, wires them together and hands
// batched value snapshots to whoever drives it (the window, the headless node, tests).
// Single-threaded: lives on the thread that created it.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    // Loads (or creates) the identity in config.profileDir. clock may be null (the system clock).
    // factory may be null (TCP). Both are for tests that run on a virtual network.
    static Result<std::unique_ptr<Session>> create(EngineConfig config, Clock *clock = nullptr,
                                                   CarrierFactory *factory = nullptr, QObject *parent = nullptr);
    ~Session() override;

    // Starts listening and LAN discovery, dials config.connectTo.
    Status start();
    void stop();  // says bye to every peer and closes

    QString address() const;
    PeerId id() const;
    quint16 listenPort() const;
    const EngineConfig &config() const { return m_config; }

    // Rooms are joined by any string identifier (DESIGN 3.4).
    RoomSnapshot joinRoom(const QString &name, JoinOptions options = {});
    std::optional<JoinOptions> roomStatus(const QString &name) const;  // dwebswarm's status(topic)
    void leaveRoom(const QString &name);
    QStringList rooms() const;
    RoomSnapshot room(const QString &name) const;
    // Signs and floods a chat message to the room's members; the returned copy is our own.
    Result<ChatMessage> sendMessage(const QString &room, const QString &text);

    void connectTo(const QString &host, quint16 port);  // manual add, kept connected
    bool connectToPeer(const QString &address);          // by address, if an endpoint is known
    // Steering, by address (or public key hex). False if no such peer is known.
    bool ban(const QString &peer, bool soft = false);
    bool unban(const QString &peer);
    bool backoff(const QString &peer);
    bool disconnectPeer(const QString &peer);
    // Runs fn once nothing is queued or connecting (discovery-swarm/dwebswarm's flush).
    void flush(std::function<void()> fn);

    QList<PeerSnapshot> peers() const;
    QList<CandidateSnapshot> queue() const;
    PeerBook &peerBook() { return *m_book; }
    SessionStatus status() const;

    static QByteArray roomTopic(const QString &name);   // BLAKE2b-256(key "swarmscope/room/v1", name)
    static QByteArray dhtKeyOf(const QByteArray &topic); // first 20 bytes of BLAKE2b-256(topic)

signals:
    // Batched: at most one of each per flush.
    void peersChanged(const swarmscope::PeerDelta &delta);
    void messagesReceived(const QList<swarmscope::ChatMessage> &messages);
    void roomsChanged(const QList<swarmscope::RoomSnapshot> &rooms);
    void eventsReady(const QList<swarmscope::EngineEvent> &events);
    void queueChanged(const QList<swarmscope::CandidateSnapshot> &queue);

private:
    Session(EngineConfig config, std::unique_ptr<Identity> identity, std::unique_ptr<Database> db, Clock *clock,
            CarrierFactory *factory, QObject *parent);
    void wire();
    void onLanPeer(const QByteArray &key20, const QHostAddress &host, quint16 port);
    std::optional<PeerId> resolvePeer(const QString &peer) const;
    void markPeerDirty(quint64 connectionId);
    void post(EngineEvent event);
    void scheduleFlush();
    void flush();

    EngineConfig m_config;
    std::unique_ptr<Clock> m_ownedClock;
    Clock *m_clock;
    std::unique_ptr<Identity> m_identity;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PeerBook> m_book;
    std::unique_ptr<Swarm> m_swarm;
    std::unique_ptr<Rooms> m_rooms;
    std::unique_ptr<LanDiscovery> m_lan;
    RejectCounters m_rejects;
    QHash<quint64, bool> m_dirtyPeers;  // connection id -> newly added
    QList<quint64> m_removedPeers;
    QList<EngineEvent> m_pendingEvents;
    QList<ChatMessage> m_pendingMessages;
    bool m_roomsDirty = false;
    bool m_queueDirty = false;
    bool m_flushQueued = false;
};

} // namespace swarmscope
