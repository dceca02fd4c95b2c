#pragma once

#include "core/result.h"
#include "core/world.h"
#include "dht/dht_views.h"
#include "engine_config.h"
#include "events/events.h"
#include "gossip/gossip.h"
#include "nat/reachability.h"
#include "relay/relay_router.h"
#include "rooms/room_backend.h"
#include "rooms/rpc.h"
#include "snapshots.h"
#include "stats/frame_tap.h"
#include "stats/reject_counters.h"
#include "store/history_export.h"

#include <QHash>
#include <QMap>
#include <QHostAddress>
#include <QJsonValue>
#include <QObject>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace swarmscope {

class CarrierFactory;
class Clock;
class BugoutBackend;
class CompatBackend;
class DswarmBackend;
class Connection;
class DatagramFactory;
class Random;
class ScopedTimer;
class Database;
class DhtNode;
class DirectChat;
class DirectMessages;
class FileTransfers;
class History;
class RememberedRooms;
class BlockList;
class LocalNames;
class Identity;
class LanDiscovery;
class NatService;
class CircuitClient;
class CircuitDemuxFactory;
class CircuitRelay;
class HolePuncher;
class PeerBook;
class PeerRelayNode;
class Rooms;
class Swarm;
struct DhtBucketSnapshot;
struct DhtStats;
namespace wire {
struct DirectedPayload;
}

// The engine's facade: one per profile. It owns the subsystems, wires them together and hands
// batched value snapshots to whoever drives it (the window, the headless node, tests).
// Single-threaded: lives on the thread that created it.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    // Loads (or creates) the identity and database in config.profileDir. The world defaults to
    // the real one; tests pass a virtual clock, a seeded Random and an in-memory network.
    static Result<std::unique_ptr<Session>> create(EngineConfig config, World world = {}, QObject *parent = nullptr);
    ~Session() override;

    // Starts listening, LAN discovery and the DHT; dials config.connectTo and known peers.
    Status start();
    void stop();  // leaves every room, says bye to every peer, saves the DHT table

    QString address() const;
    PeerId id() const;
    const Identity &identity() const { return *m_identity; }
    // Makes the identity in seedText (Bugout's seed string) this profile's identity from the next
    // start; the running session keeps the current one. Returns the new address.
    Result<QString> importIdentity(const QString &seedText);
    quint16 listenPort() const;
    const EngineConfig &config() const { return m_config; }

    // --- rooms (docs/PROTOCOL.md, "Topics and rooms"; other backends: docs/ARCHITECTURE.md) ---
    RoomSnapshot joinRoom(const QString &name, JoinOptions options = {});  // a native room
    // A room of any backend: native ones go to joinRoom, the others to their compatibility
    // backend; an error when that backend is not available.
    Result<RoomSnapshot> join(const RoomRef &room, JoinOptions options = {});
    // Rooms are named by their key (RoomRef::key()) from here on: "lobby", "discovery-swarm:lobby".
    void leaveRoom(const QString &name);
    QStringList rooms() const;
    RoomSnapshot room(const QString &name) const;
    CompatBackend *backend(RoomBackend backend) const;  // null for Native and missing backends
    std::optional<JoinOptions> roomStatus(const QString &name) const;  // dwebswarm's status(topic)
    // Signs and floods a chat message to the room's members; the returned copy is our own.
    Result<ChatMessage> sendMessage(const QString &room, const QString &text);
    // Bugout's send(address, message): sealed to that member. If it cannot be reached now it is
    // kept and sent once the member is seen again (state Sending, then Sent, then Delivered).
    Result<ChatMessage> sendDirect(const QString &address, const QString &text, const QString &room = {});
    QList<ChatMessage> history(const QString &room, int limit = 500) const;
    QList<ChatMessage> searchHistory(const QString &room, const QString &text) const;
    void setHeartbeat(qint64 intervalMs);
    // Rooms that stay (session_profile.cpp): with config.rememberRooms every room joined is kept
    // in the profile, in join order, and rejoined by start(); leaving a room forgets it.
    QStringList rememberedRooms() const;
    // Writes the room's whole stored history to path; answers how many messages it holds.
    Result<int> exportHistory(const QString &room, const QString &path, HistoryFormat format) const;

    // --- blocked peers (session_profile.cpp; docs/ARCHITECTURE.md, "Blocked peers") ---
    // Their room messages, direct messages, file offers and RPC calls are dropped and counted as
    // "blocked"; the frames still reach the capture. Kept in the profile. False if nothing changed.
    bool block(const QString &address);
    bool unblock(const QString &address);
    QStringList blockedPeers() const;
    bool isBlocked(const QString &address) const;

    // --- our display name (session_profile.cpp) ---
    // Takes effect at once: every neighbour gets a new signed hello, our next messages carry it,
    // and a NameChanged event says so. An empty name clears it. Refused (BadName) if it breaks
    // the display-name rules (wire/display_name.h); not stored here (the settings file keeps it).
    Status setDisplayName(const QString &name);
    QString displayName() const { return m_config.displayName; }

    // --- local names (session_profile.cpp): what the user calls a peer, kept in the profile ---
    // The window shows them over the peer's own signed name; an empty name clears. A name is
    // held to the display-name rules (wire/display_name.h). False if refused or unchanged.
    bool setLocalName(const QString &address, const QString &name);
    QHash<QString, QString> localNames() const;

    // Bugout rooms ("bugout:ID", docs/BUGOUT.md): the BitTorrent listener's port, 0 until the first join.
    quint16 bittorrentPort() const;

    // --- remote procedures (Bugout's register / rpc) ---
    void registerProcedure(const QString &name, const QString &doc, ProcedureFn fn);
    void registerAsyncProcedure(const QString &name, const QString &doc, AsyncProcedureFn fn);
    QList<ProcedureInfo> procedures() const;
    Result<quint64> callRpc(const QString &address, const QString &name, const QJsonValue &args,
                            qint64 timeoutMs = Rpc::kDefaultTimeoutMs);

    // --- files (docs/FILE_TRANSFER.md) ---
    // Offers the file to every member of a room, or to one member by address. Returns its id.
    Result<QString> sendFile(const QString &roomOrAddress, const QString &path);
    Status acceptFile(const QString &id, const QString &dir = {});  // dir: default the download folder
    Status declineFile(const QString &id);
    Status cancelFile(const QString &id);  // an offer we made or a file we receive
    FileTransfers &fileTransfers() { return *m_files; }

    // --- the swarm ---
    void connectTo(const QString &host, quint16 port);  // manual add, kept connected
    // Dials host:port for one room: natively, or in the room's compatibility swarm.
    Status connectTo(const QString &room, const QString &host, quint16 port);
    bool connectToPeer(const QString &address);  // by address, if an endpoint is known
    // Steering, by address (or public key hex). False if no such peer is known.
    bool ban(const QString &peer, bool soft = false);
    bool unban(const QString &peer);
    bool backoff(const QString &peer);
    bool disconnectPeer(const QString &peer);
    // Runs fn once nothing is queued or connecting (discovery-swarm/dwebswarm's flush).
    void flush(std::function<void()> fn);
    QList<PeerSnapshot> peers() const;
    QList<CandidateSnapshot> queue() const;
    SessionStatus status() const;
    PeerBook &peerBook() { return *m_book; }

    // --- gossip (peernet) and relay (peer-relay) ---
    // Floods a request to the swarm; replies arrive as gossipReply. Built-in type "_whois" is
    // answered by every node with its address.
    QByteArray announce(const QByteArray &type, const QByteArray &data, int limit = 0);
    Status replyTo(const GossipRequest &request, const QByteArray &type, const QByteArray &data);
    // Sends to a peer (address, or public key hex) we may not be connected to, through others.
    Status relaySend(const QString &peer, const QByteArray &data);
    RelayRouter &relay() { return *m_relay; }
    const RelayRouter &relay() const { return *m_relay; }
    quint16 wsListenPort() const;

    // --- peer-relay networks (npm peer-relay 0.0.2, docs/PEER_RELAY.md) ---
    // Null until config.peerRelay is enabled or joinPeerRelay() is called.
    PeerRelayNode *peerRelay() const { return m_peerRelay.get(); }
    PeerRelayView peerRelayView() const;  // not joined until in a peer-relay network
    // Joins (or adds bootstrap URLs to) the peer-relay network: ws://host:port each.
    Status joinPeerRelay(const QStringList &bootstrapUrls);

    // --- inspection ---
    // While on, every decoded frame is handed out in batches (framesCaptured). Off by default:
    // costs nothing then.
    void setCapture(bool on);
    bool capturing() const { return m_capture != nullptr; }
    // While on (EngineConfig::sampleRates at start), per-connection rates are sampled once a
    // second and handed out (statsSampled). Off, nothing is sampled and snapshots show no rates:
    // for sessions nobody watches, such as a lab's nodes.
    void setSamplingRates(bool on) { m_samplingRates = on; }
    bool samplingRates() const { return m_samplingRates; }

    // --- reachability: external address, NAT behaviour, port mapping (docs/NAT.md) ---
    ReachabilitySnapshot reachability() const;

    // --- the DHT (null when disabled) ---
    DhtNode *dht() const { return m_dht.get(); }
    DhtView dhtView() const;  // "off" without a DHT

    static QByteArray roomTopic(const QString &name);  // BLAKE2b-256(key "swarmscope/room/v1", name)
    static QByteArray dhtKeyOf(const QByteArray &topic);  // first 20 bytes of BLAKE2b-256(topic)

signals:
    // Every event of the engine (events/events.h), in order, at most one batch per publishBatch: messages,
    // delivery receipts, RPC answers, gossip replies and relayed data travel here and nowhere else.
    void eventsReady(const swarmscope::EventBatch &events);
    // State, batched: at most one of each per flush.
    void peersChanged(const swarmscope::PeerDelta &delta);
    void roomsChanged(const QList<swarmscope::RoomSnapshot> &rooms);
    void queueChanged(const QList<swarmscope::CandidateSnapshot> &queue);
    void framesCaptured(const QList<swarmscope::FrameRecord> &frames);
    void statsSampled(const swarmscope::StatsSample &sample);  // once a second

private:
    Session(EngineConfig config, std::unique_ptr<Identity> identity, std::unique_ptr<Database> db, World world,
            QObject *parent);
    Status init();
    void wire();
    void wireDht();
    void addBackend(std::unique_ptr<CompatBackend> backend);
    QList<RoomSnapshot> roomSnapshots() const;  // native and compatibility rooms
    void post(Event event);
    void post(EventPayload payload);
    void scheduleBatch();
    void publishBatch();  // hands out what piled up since the last batch
    void markPeerDirty(quint64 connectionId);
    QStringList roomNamesOf(const Connection &c) const;  // our rooms the peer announced
    void onLanPeer(const QByteArray &key20, const QHostAddress &host, quint16 port);
    void onDirect(const wire::DirectedPayload &payload, const QByteArray &id, bool fromNeighbour);
    // endpoint: a compatibility room's line, the connection it came in on.
    void deliver(ChatMessage message, const PeerId &via = {}, std::optional<HostPort> endpoint = {});
    void rejoinRemembered();
    void noteJoined(const QString &key);
    void noteLeft(const QString &key);
    QStringList inJoinOrder(QStringList keys) const;
    // Counts and reports something from a blocked peer; true if from is blocked.
    bool dropIfBlocked(const QString &from, const QString &what);
    std::optional<PeerId> resolvePeer(const QString &peer) const;
    QByteArray topicOfDhtKey(const QByteArray &key20) const;
    void saveDhtTable();
    void sampleStats();  // once a second: lonely rooms, and the rates while sampled
    void sampleRates(qint64 now, double secs);
    void refreshLonelyRooms(qint64 nowMs);
    Status startPeerRelay();
    FrameTap *captureTap() const;
    void wirePeerRelay();
    void wireCircuits(CircuitDemuxFactory *demux);
    void announceRendezvous();

    EngineConfig m_config;
    RealParts m_real;  // what the world given lacked
    Clock *m_clock;
    Random *m_random;
    DatagramFactory *m_datagrams;
    std::unique_ptr<Identity> m_identity;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PeerBook> m_book;
    std::unique_ptr<History> m_history;
    std::unique_ptr<RememberedRooms> m_remembered;
    std::unique_ptr<BlockList> m_blocked;
    std::unique_ptr<LocalNames> m_localNames;
    QStringList m_joinOrder;  // room keys, oldest join first
    std::unique_ptr<Swarm> m_swarm;
    std::unique_ptr<Rooms> m_rooms;
    std::unique_ptr<DirectMessages> m_direct;
    std::unique_ptr<DirectChat> m_directChat;  // after m_direct and m_history, which it uses
    std::unique_ptr<Rpc> m_rpc;
    std::unique_ptr<FileTransfers> m_files;
    std::unique_ptr<Gossip> m_gossip;
    std::unique_ptr<RelayRouter> m_relay;
    std::unique_ptr<LanDiscovery> m_lan;
    std::unique_ptr<DhtNode> m_dht;
    std::map<RoomBackend, std::unique_ptr<CompatBackend>> m_backends;
    DswarmBackend *m_dswarm = nullptr;  // in m_backends
    BugoutBackend *m_bugout = nullptr;  // in m_backends
    std::unique_ptr<PeerRelayNode> m_peerRelay;
    std::unique_ptr<NatService> m_nat;
    std::unique_ptr<CircuitRelay> m_circuitRelay;  // serves others with --relay (session_circuits.cpp)
    std::unique_ptr<CircuitClient> m_circuitClient;  // our slots on relays
    std::unique_ptr<HolePuncher> m_holePuncher;  // relayed connections moved onto direct ones
    QSet<QByteArray> m_rendezvous;  // topics announced in the DHT for holders here
    RejectCounters m_rejects;
    class CaptureBuffer;
    std::unique_ptr<CaptureBuffer> m_capture;
    std::unique_ptr<ScopedTimer> m_statsTimer;
    struct LonelyRoom {
        qint64 nextLookupMs = 0;
        qint64 backoffMs = 0;
    };
    QMap<QString, LonelyRoom> m_lonelyRooms;  // native rooms with no connected member, by name
    std::unique_ptr<ScopedTimer> m_batchTimer;
    QMap<quint64, std::pair<quint64, quint64>> m_lastMessageCounts;  // connection -> (in, out)
    bool m_samplingRates = true;
    qint64 m_lastSampleMs = 0;
    int m_lastConnectionCount = 0;
    QMap<quint64, bool> m_dirtyPeers;  // connection id -> newly added
    QList<quint64> m_removedPeers;
    EventBatch m_pendingEvents;
    bool m_roomsDirty = false;
    bool m_queueDirty = false;
    bool m_batchQueued = false;
};

}  // namespace swarmscope
