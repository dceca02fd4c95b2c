#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "dht/dht_config.h"
#include "dht/dht_endpoint.h"
#include "dht/dht_views.h"
#include "dht/krpc.h"
#include "dht/lookup.h"
#include "dht/node_id.h"
#include "dht/peer_store.h"
#include "dht/routing_table.h"
#include "dht/source_rate_limiter.h"
#include "dht/write_tokens.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>

#include "snapshots.h"
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace swarmscope {
class DatagramFactory;
class DatagramSocket;
class FrameTap;
class Random;
}  // namespace swarmscope

namespace swarmscope {

// A BitTorrent mainline DHT node (BEP 5) over one datagram socket, IPv4. Answers ping, find_node,
// get_peers and announce_peer; looks up and announces infohashes with iterative get_peers
// traversals; defends itself as libtorrent does. Single-threaded on the owner's event loop;
// time, chance and the socket come from outside (core/world.h).
class DhtNode final : public QObject {
    Q_OBJECT
public:
    DhtNode(DhtConfig config, Clock &clock, Random &random, DatagramFactory &datagrams, QObject *parent = nullptr);
    ~DhtNode() override;

    // Binds and bootstraps. ready() follows once the first bootstrap lookup for our own id is
    // done, or at once (inside start) when there is nothing to bootstrap from.
    // tcpPort: the swarm's listen port, tried first when the config asks for it (portFollowsTcp).
    Status start(quint16 tcpPort = 0);
    quint16 port() const;
    QByteArray nodeId() const { return m_id.toBytes(); }

    void addNode(const QHostAddress &host, quint16 port);  // after start(): ping it; it joins the table if it answers

    // A get_peers round, then announce_peer to the closest nodes that gave us a token (when
    // port != 0 or impliedPort). Repeats every announce interval (random in the range) until
    // remove(); a round that found nobody is retried soon (quickRetryMs). Each round ends with
    // lookupDone.
    void announce(const QByteArray &infohash20, quint16 port, bool impliedPort = false);
    void lookup(const QByteArray &infohash20);
    void remove(const QByteArray &infohash20);
    // A round now for an infohash already announced or looked up, unless one is under way (the
    // owner found every peer of the last round unusable, e.g. all of them full).
    void lookupNow(const QByteArray &infohash20);

    QList<DhtBucketSnapshot> buckets() const;
    QList<DhtNodeInfo> exportNodes() const;
    void importNodes(const QList<DhtNodeInfo> &nodes);
    DhtStats stats() const;
    DhtView view() const;  // all of the above at once, for the window
    QList<QByteArray> runningLookups() const;  // infohashes with a round in progress
    QList<QByteArray> trackedInfohashes() const;  // announced or looked up, until remove()
    bool isReady() const { return m_readyEmitted; }
    // Our address as others see it (BEP 42 "ip" in their answers), if anyone told us.
    QHostAddress externalAddress() const;
    // The external address our peers agree on (NatService). BEP 42: unless the id was configured,
    // a new id is derived from it when the current one does not follow it; the table is rebuilt
    // around the new id and a lookup of it fills our new neighbourhood.
    void setExternalAddress(const QHostAddress &ip);
    bool idFollowsBep42() const;
    // Every datagram in and out goes to the tap while one is set (the packet inspector).
    void setTap(FrameTap *tap) { m_tap = tap; }
    // Handles one datagram as if the socket had just read it (fuzz targets and tests).
    void receiveDatagram(const QByteArray &data, const QHostAddress &host, quint16 port)
    {
        handleDatagram(data, host, port);
    }

signals:
    void listening(quint16 port);  // the UDP socket is bound (before ready)
    void ready(int nodes);
    void peerFound(const QByteArray &infohash20, const QHostAddress &host, quint16 port);
    void lookupDone(const QByteArray &infohash20, int peersFound, int datagramsSent);
    void rejected(const QString &reason, const QString &detail);
    void nodeIdChanged(const QByteArray &oldId, const QByteArray &newId, const QHostAddress &external);
    // A response's "ip" (BEP 42): the node at observer saw our datagrams come from external:port.
    void addressObserved(const QHostAddress &observer, quint16 observerPort, const QHostAddress &external,
                         quint16 externalPort);

private:
    enum class Purpose { Bootstrap, Refresh, Infohash };
    struct Pending {
        QByteArray method;
        DhtEndpoint to;
        std::optional<NodeId> expectedId;
        quint64 traversal = 0;
        Clock::TimerId timer = 0;
        bool slow = false;
    };
    struct Traversal {
        Purpose purpose;
        QByteArray infohash;
        Lookup lookup;
        int datagrams = 0;
        int peersFound = 0;
        QSet<quint64> peersSeen{};
        QSet<quint64> announcedTo{};  // nodes that already got our announce_peer this round
        Clock::TimerId recheck = 0;  // asks those nodes again while the round waits on others
        int rechecks = 0;
    };
    struct Tracked {
        quint16 port = 0;
        bool impliedPort = false;
        bool announce = false;
        quint64 traversal = 0;
        Clock::TimerId timer = 0;
        int quickRetries = 0;
    };

    void onReadyRead();
    void handleDatagram(const QByteArray &data, const QHostAddress &host, quint16 port);
    void handleQuery(const KrpcMessage &m, const DhtEndpoint &from);
    void handleReply(const KrpcMessage &m, const DhtEndpoint &from);
    void onTimeout(quint16 tid);
    void reject(const QString &reason, const QString &detail, bool signal = true);
    void send(const QByteArray &datagram, const DhtEndpoint &to);
    quint16 sendQuery(const QByteArray &method, const DhtEndpoint &to, std::optional<NodeId> expectedId,
                      quint64 traversal, const std::function<QByteArray(const QByteArray &tid)> &build);

    void resolveBootstrap();
    QList<DhtEndpoint> bootstrapEndpoints() const { return m_bootstrapEndpoints; }
    quint64 startTraversal(Purpose purpose, Lookup::Kind kind, const NodeId &target, const QByteArray &infohash);
    void pump(quint64 id);
    void recheckAnnounced(quint64 traversal);
    void scheduleRecheck(Traversal &t, quint64 traversal);
    void finishTraversal(quint64 id);
    void track(const QByteArray &infohash20, std::optional<QPair<quint16, bool>> announce);
    void startRound(const QByteArray &infohash);
    void scheduleRound(const QByteArray &infohash, qint64 delayMs);
    void maintenance();
    void changeId(const NodeId &id);
    Result<DatagramSocket *> openSocket(quint16 tcpPort);
    void announceTo(Traversal &t, const Lookup::Candidate &c);
    bool isSelf(const DhtEndpoint &peer, const Tracked &t) const;
    DhtNodeInfo infoOf(const RoutingNode &node) const;
    quint64 sourceKey(const DhtEndpoint &e) const;

    DhtConfig m_config;
    Clock &m_clock;
    Random &m_random;
    DatagramFactory &m_datagrams;
    NodeId m_id;
    RoutingTable m_table;
    WriteTokens m_tokens;
    SourceRateLimiter m_limiter;
    PeerStore m_store;
    DatagramSocket *m_socket = nullptr;

    QHash<quint16, Pending> m_pending;
    quint16 m_nextTid = 1;
    std::map<quint64, std::unique_ptr<Traversal>> m_traversals;
    quint64 m_nextTraversal = 1;
    QHash<QByteArray, Tracked> m_tracked;

    QList<DhtEndpoint> m_bootstrapEndpoints;
    int m_resolving = 0;
    quint64 m_bootstrapTraversal = 0;
    quint64 m_refreshTraversal = 0;
    bool m_readyEmitted = false;
    Clock::TimerId m_maintenanceTimer = 0;
    QSet<quint32> m_localIps;
    std::optional<quint32> m_externalIp;
    QHostAddress m_agreedExternal;  // from setExternalAddress

    quint64 m_datagramsIn = 0;
    quint64 m_datagramsOut = 0;
    QHash<QString, quint64> m_queriesIn;
    QHash<QString, quint64> m_queriesOut;
    QHash<QString, quint64> m_rejects;
    FrameTap *m_tap = nullptr;
    void tapDatagram(Direction dir, const QByteArray &datagram, const QHostAddress &host, quint16 port);
};

}  // namespace swarmscope
