#include "client/engine_client.h"

#include "rooms/builtin_procedures.h"
#include "rooms/room_backend.h"
#include "session.h"

#include <QMetaObject>
#include <QTimer>

namespace swarmscope::ui {

// Owns what runs on the engine thread. Everything it holds is created, used and destroyed there.
class EngineClient::Host final : public QObject {
public:
    std::unique_ptr<Session> session;
    std::unique_ptr<Lab> lab;
    // The lab nodes' events, gathered for one hand-over per interval instead of one per node.
    QList<std::pair<QString, EventBatch>> labEvents;
    QTimer labEventsTimer{this};  // a child: it moves to the engine thread with the host

    void teardown()
    {
        if (lab)
            lab->stop();
        lab.reset();
        if (session)
            session->stop();
        session.reset();
    }
};

namespace {

constexpr int kLabEventsIntervalMs = 100;

LabState stateOf(const Lab &lab)
{
    return {lab.running(), lab.partitioned(), lab.size(), lab.convergenceMs()};
}

}  // namespace

EngineClient::EngineClient(Placement placement, QObject *parent) : QObject(parent), m_host(new Host)
{
    setObjectName(QStringLiteral("engineClient"));
    if (placement == Placement::WorkerThread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("swarmscope-engine"));
        m_host->moveToThread(m_thread.get());
        m_thread->start();
    }
}

Result<std::unique_ptr<EngineClient>> EngineClient::start(EngineConfig config, Placement placement, QObject *parent)
{
    std::unique_ptr<EngineClient> client(new EngineClient(placement, parent));
    EngineClient *self = client.get();
    Status outcome;
    // Blocking on purpose, once: the session is created on its own thread, and the window needs
    // its identity before it can show anything.
    const auto setup = [self, &config, &outcome] {
        auto created = Session::create(config);
        if (!created) {
            outcome = created.error();
            return;
        }
        Host &host = *self->m_host;
        host.session = std::move(created).value();
        Session &session = *host.session;
        registerBuiltinProcedures(session);
        self->wire(session);
        if (Status started = session.start(); !started) {
            outcome = started;
            host.session.reset();
            return;
        }
        self->m_config = session.config();
        self->m_address = session.address();
        self->m_id = session.id();
        self->m_listenPort = session.listenPort();
        self->m_dhtEnabled = session.dht() != nullptr;
        self->m_status = session.status();
        self->m_queue = session.queue();
        for (const PeerSnapshot &p : session.peers())
            self->m_peers.insert(p.connectionId, p);
        QList<RoomSnapshot> rooms;
        for (const QString &name : session.rooms())
            rooms.append(session.room(name));
        self->applyRooms(rooms);
    };
    if (client->m_thread)
        QMetaObject::invokeMethod(client->m_host, setup, Qt::BlockingQueuedConnection);
    else
        setup();
    if (!outcome)
        return outcome.error();
    return client;
}

EngineClient::~EngineClient()
{
    m_closing = true;  // nothing from the engine reaches the window any more
    Host *host = m_host;
    if (m_thread) {
        QMetaObject::invokeMethod(
            host, [host] { host->teardown(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    } else {
        host->teardown();
    }
    delete host;  // its thread has finished: nothing runs there any more
}

QThread *EngineClient::engineThread() const
{
    return m_thread ? m_thread.get() : thread();
}

void EngineClient::toEngine(std::function<void(Host &)> fn)
{
    QMetaObject::invokeMethod(
        m_host, [host = m_host, fn = std::move(fn)] { fn(*host); }, Qt::QueuedConnection);
}

void EngineClient::toGui(std::function<void()> fn)
{
    if (m_closing)
        return;
    // On the caller's thread the old arrangement is kept exactly: a direct call.
    QMetaObject::invokeMethod(this, std::move(fn), m_thread ? Qt::QueuedConnection : Qt::DirectConnection);
}

void EngineClient::post(std::function<void(Session &)> fn)
{
    toEngine([fn = std::move(fn)](Host &host) {
        if (host.session)
            fn(*host.session);
    });
}

// Runs on the engine thread: every forward copies values and hands them to the GUI thread.
void EngineClient::wire(Session &session)
{
    Session *s = &session;
    connect(s, &Session::peersChanged, s, [this, s](const PeerDelta &delta) {
        toGui([this, delta, status = s->status()] {
            for (quint64 id : delta.removed)
                m_peers.remove(id);
            for (const PeerSnapshot &p : delta.added)
                m_peers.insert(p.connectionId, p);
            for (const PeerSnapshot &p : delta.updated)
                m_peers.insert(p.connectionId, p);
            m_status = status;
            emit peersChanged(delta);
            emit statusChanged(status);
        });
    });
    connect(s, &Session::queueChanged, s, [this, s](const QList<CandidateSnapshot> &queue) {
        toGui([this, queue, status = s->status()] {
            m_queue = queue;
            m_status = status;
            emit queueChanged(queue);
            emit statusChanged(status);
        });
    });
    connect(s, &Session::roomsChanged, s, [this](const QList<RoomSnapshot> &rooms) {
        toGui([this, rooms] {
            applyRooms(rooms);
            emit roomsChanged(rooms);
        });
    });
    connect(s, &Session::eventsReady, s, [this](const EventBatch &e) { toGui([this, e] { emit eventsReady(e); }); });
    connect(s, &Session::framesCaptured, s,
            [this](const QList<FrameRecord> &f) { toGui([this, f] { emit framesCaptured(f); }); });
    connect(s, &Session::statsSampled, s, [this, s](const StatsSample &sample) {
        toGui([this, sample, status = s->status()] {
            m_status = status;
            emit statsSampled(sample);
            emit statusChanged(status);
        });
    });
}

RoomSnapshot EngineClient::pendingRoom(const QString &key)
{
    RoomSnapshot room;
    room.name = key;
    room.backend = RoomRef::parse(key).value_or(RoomRef{}).backend;
    return room;
}

void EngineClient::applyRooms(const QList<RoomSnapshot> &rooms)
{
    QHash<QString, RoomSnapshot> joining;
    for (auto it = m_joining.cbegin(); it != m_joining.cend(); ++it)
        joining.insert(it.key(), m_rooms.value(it.key(), pendingRoom(it.key())));
    m_rooms.clear();
    m_roomNames.clear();
    for (const RoomSnapshot &r : rooms) {
        if (m_leaving.contains(r.name))
            continue;
        m_rooms.insert(r.name, r);
        m_roomNames.append(r.name);
    }
    for (auto it = joining.cbegin(); it != joining.cend(); ++it) {
        if (!m_rooms.contains(it.key())) {
            m_rooms.insert(it.key(), it.value());
            m_roomNames.append(it.key());
        }
    }
}

void EngineClient::joinRoom(const QString &name)
{
    ++m_joining[name];
    m_leaving.remove(name);
    if (!m_rooms.contains(name)) {
        m_rooms.insert(name, pendingRoom(name));
        m_roomNames.append(name);
    }
    toEngine([this, name](Host &host) {
        if (!host.session)
            return;
        const auto ref = RoomRef::parse(name);
        Result<RoomSnapshot> joined = ref
            ? host.session->join(*ref)
            : Result<RoomSnapshot>(makeError(ErrorCode::Invalid, QStringLiteral("empty room name")));
        const QList<ChatMessage> history = joined ? host.session->history(name) : QList<ChatMessage>();
        toGui([this, name, joined = std::move(joined), history] {
            if (--m_joining[name] <= 0)
                m_joining.remove(name);
            if (!joined) {  // e.g. a backend that is not built: the room goes again
                m_rooms.remove(name);
                m_roomNames.removeAll(name);
                emit roomJoinFailed(name, joined.error());
                return;
            }
            if (m_leaving.contains(name))
                return;  // left again before the engine had joined
            if (!m_rooms.contains(name))
                m_roomNames.append(name);
            m_rooms.insert(name, *joined);
            emit roomJoined(*joined, history);
        });
    });
}

void EngineClient::leaveRoom(const QString &name)
{
    ++m_leaving[name];
    m_joining.remove(name);
    m_rooms.remove(name);
    m_roomNames.removeAll(name);
    toEngine([this, name](Host &host) {
        if (host.session)
            host.session->leaveRoom(name);
        toGui([this, name] {
            if (--m_leaving[name] <= 0)
                m_leaving.remove(name);
        });
    });
}

void EngineClient::sendMessage(const QString &room, const QString &text, QObject *context,
                               Reply<Result<ChatMessage>> done)
{
    post([this, room, text, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        reply<Result<ChatMessage>>(context, done, s.sendMessage(room, text));
    });
}

void EngineClient::sendDirect(const QString &address, const QString &text, QObject *context,
                              Reply<Result<ChatMessage>> done)
{
    post([this, address, text, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        reply<Result<ChatMessage>>(context, done, s.sendDirect(address, text));
    });
}

void EngineClient::history(const QString &room, QObject *context, Reply<QList<ChatMessage>> done)
{
    post([this, room, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        reply<QList<ChatMessage>>(context, done, s.history(room));
    });
}

void EngineClient::searchHistory(const QStringList &rooms, const QString &text, QObject *context,
                                 Reply<QList<ChatMessage>> done)
{
    post([this, rooms, text, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        QList<ChatMessage> found;
        for (const QString &room : rooms)
            found += s.searchHistory(room, text);
        reply<QList<ChatMessage>>(context, done, found);
    });
}

void EngineClient::connectTo(const QString &host, quint16 port)
{
    post([host, port](Session &s) { s.connectTo(host, port); });
}

void EngineClient::steer(PeerAction action, const QStringList &peers, QObject *context, Reply<int> done)
{
    post([this, action, peers, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        int known = 0;
        for (const QString &peer : peers) {
            bool ok = false;
            switch (action) {
            case PeerAction::Ban: ok = s.ban(peer, false); break;
            case PeerAction::SoftBan: ok = s.ban(peer, true); break;
            case PeerAction::Backoff: ok = s.backoff(peer); break;
            case PeerAction::Disconnect: ok = s.disconnectPeer(peer); break;
            }
            known += ok ? 1 : 0;
        }
        reply<int>(context, done, known);
    });
}

void EngineClient::callRpc(const QString &address, const QString &name, const QJsonValue &args, qint64 timeoutMs,
                           QObject *context, Reply<Result<quint64>> done)
{
    post([this, address, name, args, timeoutMs, context = QPointer<QObject>(context), done = std::move(done)](
             Session &s) { reply<Result<quint64>>(context, done, s.callRpc(address, name, args, timeoutMs)); });
}

void EngineClient::setCapture(bool on)
{
    m_capturing = on;
    post([on](Session &s) {
        if (s.capturing() != on)
            s.setCapture(on);
    });
}

void EngineClient::dhtView(QObject *context, Reply<DhtView> done)
{
    post([this, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        reply<DhtView>(context, done, s.dhtView());
    });
}

void EngineClient::wireLab(Lab &lab)
{
    Lab *l = &lab;
    const auto state = [this, l](std::function<void()> then) {
        toGui([this, state = stateOf(*l), then = std::move(then)] {
            m_labState = state;
            then();
        });
    };
    connect(l, &Lab::progress, l, [this, state](int started, int total) {
        state([this, started, total] { emit labProgress(started, total); });
    });
    Host *host = m_host;
    host->labEventsTimer.setSingleShot(true);
    host->labEventsTimer.setInterval(kLabEventsIntervalMs);
    connect(&host->labEventsTimer, &QTimer::timeout, host, [this, host] {
        toGui([this, batch = std::exchange(host->labEvents, {})] {
            for (const auto &[address, events] : batch)
                emit labEventsReady(address, events);
        });
    });
    connect(l, &Lab::started, l, [this, l, host, state] {
        // Each node's events go to the graph (edges flash with traffic).
        for (int i = 0; i < l->size(); ++i) {
            Session *node = l->session(i);
            connect(node, &Session::eventsReady, node, [host, address = node->address()](const EventBatch &e) {
                host->labEvents.append({address, e});
                if (!host->labEventsTimer.isActive())
                    host->labEventsTimer.start();
            });
        }
        toGui([this, graph = l->graph()] { m_labGraph = graph; });
        state([this] { emit labStarted(); });
    });
    connect(l, &Lab::graphChanged, l, [this, l] {
        toGui([this, graph = l->graph(), state = stateOf(*l)] {
            m_labGraph = graph;
            m_labState = state;
            emit labGraphChanged();
        });
    });
    connect(l, &Lab::converged, l, [this, state](qint64 ms) { state([this, ms] { emit labConverged(ms); }); });
    connect(l, &Lab::stopped, l, [this, state] {
        toGui([this] { m_labGraph = {}; });
        state([this] { emit labStopped(); });
    });
}

void EngineClient::startLab(int nodes, qint64 latencyMs, double lossPercent, const QString &room, QObject *context,
                            Reply<Status> done)
{
    toEngine([this, nodes, latencyMs, lossPercent, room, context = QPointer<QObject>(context),
              done = std::move(done)](Host &host) {
        if (!host.lab) {
            host.lab = std::make_unique<Lab>();
            wireLab(*host.lab);
        }
        const Status started = host.lab->start(nodes, latencyMs, lossPercent, room);
        toGui([this, state = stateOf(*host.lab)] { m_labState = state; });
        reply<Status>(context, done, started);
    });
}

void EngineClient::stopLab()
{
    toEngine([](Host &host) {
        if (host.lab)
            host.lab->stop();
    });
}

void EngineClient::partitionLab(double fraction)
{
    toEngine([this, fraction](Host &host) {
        if (!host.lab)
            return;
        host.lab->partition(fraction);
        toGui([this, state = stateOf(*host.lab)] {
            m_labState = state;
            emit labGraphChanged();
        });
    });
}

void EngineClient::healLab()
{
    toEngine([this](Host &host) {
        if (!host.lab)
            return;
        host.lab->heal();
        toGui([this, state = stateOf(*host.lab)] {
            m_labState = state;
            emit labGraphChanged();
        });
    });
}

}  // namespace swarmscope::ui
