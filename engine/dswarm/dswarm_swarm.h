#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "dswarm/dswarm_events.h"
#include "dswarm/dswarm_options.h"
#include "rooms/room_backend.h"
#include "snapshots.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <optional>

namespace swarmscope {

class Carrier;
class CarrierFactory;
class DswarmConnection;
class FrameTap;

// One joined discovery-swarm name: its own TCP listener (the port announced for it), the queue of
// discovered peers, dials, the id handshake and deduplication exactly as discovery-swarm 6.1.0's
// index.js decides them (docs/DISCOVERY_SWARM.md gives line numbers), and its events.
class DswarmSwarm final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DswarmSwarm)

public:
    using IdAllocator = std::function<quint64()>;

    DswarmSwarm(QString name, QByteArray ownId, Clock &clock, const DswarmOptions &options, CarrierFactory *factory,
                IdAllocator nextId, QObject *parent = nullptr);
    ~DswarmSwarm() override;

    const QString &name() const { return m_name; }
    // discovery-channel's key: SHA-1 of the name's bytes, the BEP 5 infohash and the 40-hex
    // dns-discovery name.
    static QByteArray infohashOf(const QString &name);
    const QByteArray &infohash() const { return m_infohash; }

    Status listen(const QHostAddress &host, quint16 port);
    quint16 port() const;
    void stop();

    // A peer found by discovery (discovery-swarm's onpeer): filters, then the queue.
    void onDiscovered(const QString &host, quint16 port, PeerSource source);
    // discovery-swarm's addPeer (our /connect).
    void addPeer(const QString &host, quint16 port);
    // Writes the line, newline-terminated, to every open connection; how many got it.
    int broadcastLine(const QByteArray &line);

    int queued() const { return int(m_queue.size()); }
    int connecting() const { return m_totalConnections - int(m_open.size()); }
    int connected() const { return int(m_open.size()); }
    QList<DswarmConnection *> connections() const { return m_connections.values(); }
    DswarmConnection *connection(quint64 id) const { return m_connections.value(id); }
    QList<CandidateSnapshot> queueSnapshot() const;
    void setTap(FrameTap *tap);
    const DswarmEvents &events() const { return m_events; }

signals:
    void event(const swarmscope::Event &event);
    void lineReceived(swarmscope::DswarmConnection *connection, const QString &text);
    void peerAdded(const swarmscope::PeerSnapshot &peer);
    void peerUpdated(quint64 connectionId);
    void peerRemoved(quint64 connectionId);
    void queueChanged();
    void membersChanged();  // a peer connected or left
    void rejected(swarmscope::DswarmRefusal reason);  // counted by the backend

private:
    enum class Seen { Seen, Banned };
    struct Peer {
        QString host;
        quint16 port = 0;
        PeerSource source = PeerSource::Manual;
        int retries = 0;
        QString key() const;  // "host:port@<channel hex>" (peerify, index.js:546)
        DswarmEvents::Endpoint endpoint() const { return {host, port}; }
    };

    void kick();
    void requeue(Peer peer);
    void onInbound(Carrier *carrier);
    void onConnection(Carrier *carrier, Direction direction, const std::optional<Peer> &peer, const QString &host,
                      quint16 port);
    void onHandshake(DswarmConnection *c);
    void onClosed(DswarmConnection *c);
    void post(const Event &e) { emit event(e); }
    bool whitelisted(const QString &host) const;
    bool isOwnEndpoint(const QString &host, quint16 port) const;

    QString m_name;
    QByteArray m_infohash;
    QByteArray m_ownId;
    QString m_ownIdHex;
    Clock &m_clock;
    const DswarmOptions &m_options;
    CarrierFactory *m_factory;  // owned (parented to this)
    IdAllocator m_nextId;
    DswarmEvents m_events;
    QHash<QString, Seen> m_seen;  // _peersSeen, by Peer::key() and "host:port"
    QList<Peer> m_queue;  // _peersQueued
    QHash<quint64, DswarmConnection *> m_connections;  // every connection, handshaking or open
    QHash<QString, DswarmConnection *> m_byRemoteId;  // _peersIds: the surviving connection per id
    QList<DswarmConnection *> m_open;  // connections (after "connection")
    QHash<QString, quint64> m_dialling;  // peer keys being dialled (for duplicates)
    QHash<quint64, Peer> m_peerOf;  // our dials: connection -> the queued peer
    QHash<QString, QString> m_idOfEndpoint;  // peer key -> remote id hex it proved
    QHash<quint64, QHash<int, quint64>> m_rejectsOf;  // per connection: input dropped, by DswarmRefusal
    int m_totalConnections = 0;  // dials in progress + handshaking + open
    QList<Clock::TimerId> m_timers;
    FrameTap *m_tap = nullptr;
    bool m_stopped = false;
};

}  // namespace swarmscope
