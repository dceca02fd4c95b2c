#pragma once

#include "core/result.h"
#include "client/engine_views.h"
#include "engine_config.h"
#include "events/events.h"
#include "lab/lab.h"
#include "rooms/rpc.h"
#include "snapshots.h"
#include "stats/frame_tap.h"
#include "store/history_export.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace swarmscope {
class Session;
}

namespace swarmscope::ui {

// The window's only way to the engine. The Session (and the lab, once started) live on a thread of
// their own; this object lives on the GUI thread. The engine's batches arrive by queued
// connection, feed the state kept here (rooms, peers, queue, status, lab graph) and are then
// re-emitted; widgets read that state and never the engine. Commands are posted to the engine
// thread; those with an answer hand it back on the GUI thread to a callback, which is dropped if
// its context object is gone by then.
class EngineClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)

public:
    // WorkerThread is the window's arrangement. CallerThread keeps the engine on the creating
    // thread (the old arrangement, for comparison in the benchmark); calls stay asynchronous.
    enum class Placement { WorkerThread, CallerThread };

    // Creates and starts the session on its thread. Blocks until it has started (once, at
    // startup): the composition root reports a failure before any window shows.
    static Result<std::unique_ptr<EngineClient>>
    start(EngineConfig config, Placement placement = Placement::WorkerThread, QObject *parent = nullptr);
    // Stops the lab and the session and destroys them on their thread, then joins it.
    ~EngineClient() override;

    QThread *engineThread() const;  // the thread the session lives on
    bool onWorkerThread() const { return m_thread != nullptr; }

    // Fixed once started.
    QString address() const { return m_address; }
    PeerId id() const { return m_id; }
    quint16 listenPort() const { return m_listenPort; }
    const EngineConfig &config() const { return m_config; }
    bool dhtEnabled() const { return m_dhtEnabled; }

    // The engine's state as of the last batch that reached this thread.
    QStringList rooms() const { return m_roomNames; }
    bool inRoom(const QString &name) const { return m_rooms.contains(name); }
    RoomSnapshot room(const QString &name) const { return m_rooms.value(name); }
    QList<PeerSnapshot> peers() const { return m_peers.values(); }
    QList<CandidateSnapshot> queue() const { return m_queue; }
    SessionStatus status() const { return m_status; }
    bool capturing() const { return m_capturing; }

    template <typename T>
    using Reply = std::function<void(T)>;

    // --- rooms and chat ---
    // name is a room key (RoomRef::key(): "lobby", "discovery-swarm:lobby"). The room is in
    // rooms() at once (a bare snapshot); the engine's snapshot and the room's stored history come
    // back together (roomJoined), or the room goes again with roomJoinFailed (a backend that is
    // not available). Leaving takes it out of rooms() at once.
    void joinRoom(const QString &name);
    void leaveRoom(const QString &name);
    void sendMessage(const QString &room, const QString &text, QObject *context, Reply<Result<ChatMessage>> done);
    void sendDirect(const QString &address, const QString &text, QObject *context, Reply<Result<ChatMessage>> done);
    void history(const QString &room, QObject *context, Reply<QList<ChatMessage>> done);
    // Matches in the stored history of each of the rooms, concatenated.
    void searchHistory(const QStringList &rooms, const QString &text, QObject *context, Reply<QList<ChatMessage>> done);

    // --- files (engine_client_files.cpp); what follows arrives as file-* events ---
    void sendFile(const QString &roomOrAddress, const QString &path, QObject *context, Reply<Result<QString>> done);
    enum class FileAnswer { Accept, Decline, Cancel };
    // dir (Accept only): where to save it; empty = the download folder.
    void answerFile(FileAnswer answer, const QString &id, const QString &dir, QObject *context, Reply<Status> done);
    // Where accepted files land (empty = downloads in the profile) and the largest file accepted,
    // for the offers that come next; config() follows at once.
    void setFileOptions(const QString &downloadDir, qint64 maxFileSize);

    // --- what the profile keeps (engine_client_profile.cpp) ---
    // Writes the room's stored history; answers how many messages were written.
    void exportHistory(const QString &room, const QString &path, HistoryFormat format, QObject *context,
                       Reply<Result<int>> done);
    // Blocks (or unblocks) each address; answers the block list as it is afterwards.
    void setBlocked(const QStringList &addresses, bool blocked, QObject *context, Reply<QStringList> done);
    void blockedPeers(QObject *context, Reply<QStringList> done);
    // The names the user gave peers (an empty name clears one); answers all of them, and whether
    // this one was taken (a name breaking the display-name rules is not).
    void setLocalName(const QString &address, const QString &name, QObject *context,
                      Reply<std::pair<bool, QHash<QString, QString>>> done);
    void localNames(QObject *context, Reply<QHash<QString, QString>> done);
    // Our own display name, at once (neighbours get a new hello; empty clears); config() follows
    // when the engine took it. A name breaking the display-name rules answers BadName.
    void setDisplayName(const QString &name, QObject *context, Reply<Status> done);

    // --- the swarm ---
    enum class PeerAction { Ban, SoftBan, Backoff, Disconnect };
    void connectTo(const QString &host, quint16 port);
    // Applies the action to each peer (address or key hex); done gets how many were known.
    void steer(PeerAction action, const QStringList &peers, QObject *context, Reply<int> done);

    // --- remote procedures ---
    void callRpc(const QString &address, const QString &name, const QJsonValue &args, qint64 timeoutMs,
                 QObject *context, Reply<Result<quint64>> done);

    // --- inspection ---
    void setCapture(bool on);
    void dhtView(QObject *context, Reply<DhtView> done);
    // Runs the network doctor on the engine thread with the session's configuration and what it
    // learnt of its reachability; done gets the report (engine_client_doctor.cpp).
    void runDoctor(QObject *context, Reply<QJsonObject> done);

    // --- the peer-relay network (engine_client_peer_relay.cpp) ---
    void joinPeerRelay(const QStringList &bootstrapUrls, QObject *context, Reply<Status> done);
    void peerRelaySend(const QByteArray &to, const QJsonValue &data);
    void peerRelayConnect(const QByteArray &to, QObject *context, Reply<Status> done);
    void peerRelayView(QObject *context, Reply<PeerRelayView> done);
    void identityView(QObject *context, Reply<IdentityView> done);
    // Installs the identity in seedText for the next start; answers its address.
    void importIdentity(const QString &seedText, QObject *context, Reply<Result<QString>> done);

    // --- the lab (created on the engine thread when first started) ---
    void startLab(int nodes, qint64 latencyMs, double lossPercent, const QString &room, QObject *context,
                  Reply<Status> done);
    void stopLab();
    void partitionLab(double fraction);
    void healLab();
    LabState labState() const { return m_labState; }
    LabGraph labGraph() const { return m_labGraph; }

    // Runs fn on the engine thread with the session (tests and benchmarks drive the engine with
    // it); whatever fn captures must be safe to use there.
    void post(std::function<void(Session &)> fn);

signals:
    // The session's batches, forwarded (same meaning as Session's signals).
    void peersChanged(const swarmscope::PeerDelta &delta);
    void roomsChanged(const QList<swarmscope::RoomSnapshot> &rooms);
    // Every engine event, in order (messages, receipts and RPC answers included).
    void eventsReady(const swarmscope::EventBatch &events);
    void queueChanged(const QList<swarmscope::CandidateSnapshot> &queue);
    void framesCaptured(const QList<swarmscope::FrameRecord> &frames);
    void statsSampled(const swarmscope::StatsSample &sample);
    void statusChanged(const swarmscope::SessionStatus &status);
    void roomJoined(const swarmscope::RoomSnapshot &room, const QList<swarmscope::ChatMessage> &history);
    void roomJoinFailed(const QString &room, const swarmscope::Error &error);

    // The lab.
    void labProgress(int started, int total);
    void labStarted();
    void labGraphChanged();
    void labConverged(qint64 ms);
    void labStopped();
    void labEventsReady(const QString &nodeAddress, const swarmscope::EventBatch &events);

private:
    class Host;
    explicit EngineClient(Placement placement, QObject *parent);

    // Runs fn on the engine thread.
    void toEngine(std::function<void(Host &)> fn);
    // Runs fn on this object's thread (from the engine thread).
    void toGui(std::function<void()> fn);
    // Hands value back to done on this thread, if context still exists.
    template <typename T>
    void reply(QPointer<QObject> context, Reply<T> done, T value)
    {
        toGui([context, done = std::move(done), value = std::move(value)]() mutable {
            if (context)
                done(std::move(value));
        });
    }
    void wire(Session &session);
    void wireLab(Lab &lab);
    void applyRooms(const QList<RoomSnapshot> &rooms);
    static RoomSnapshot pendingRoom(const QString &key);  // a bare snapshot until the engine's arrives

    std::unique_ptr<QThread> m_thread;  // null for CallerThread
    Host *m_host = nullptr;  // lives on the engine thread, emptied there
    std::atomic<bool> m_closing{false};

    EngineConfig m_config;
    QString m_address;
    PeerId m_id;
    quint16 m_listenPort = 0;
    bool m_dhtEnabled = false;
    bool m_capturing = false;
    QStringList m_roomNames;
    QHash<QString, RoomSnapshot> m_rooms;
    // Asked for, not yet done by the engine: batches from before keep them as asked.
    QHash<QString, int> m_joining;
    QHash<QString, int> m_leaving;
    QHash<quint64, PeerSnapshot> m_peers;
    QList<CandidateSnapshot> m_queue;
    SessionStatus m_status;
    LabState m_labState;
    LabGraph m_labGraph;
};

}  // namespace swarmscope::ui
