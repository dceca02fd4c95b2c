#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "crypto/key_pair.h"
#include "events/events.h"
#include "snapshots.h"
#include "swarm/carrier_set.h"
#include "swarm/connection.h"
#include "swarm/connection_census.h"
#include "swarm/peer_exchange.h"
#include "swarm/peer_queue.h"
#include "swarm/swarm_options.h"
#include "wire/messages.h"

#include <QHash>
#include <QMap>
#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <optional>

namespace swarmscope {

class CarrierFactory;
class FrameTap;

// The queue's host for a peer reached through a circuit at a relay: "circuit://KEYHEX@RELAYIP",
// dialled on the relay's port by the "circuit" transport (circuit/circuit_dialer.h).
QString circuitHost(const PeerId &peer, const QString &relayHost);

// The swarm manager: owns every connection and the connection queue. It dials discovered peers
// within the limits, admits or refuses inbound ones, proves identities, keeps exactly one
// connection per peer pair (decided the same way on both sides), retries with backoff,
// reconnects after loss, bans, and exchanges peers with its neighbours.
class Swarm final : public QObject, private ConnectionObserver {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Swarm)

public:
    Swarm(const KeyPair &keys, Clock &clock, CarrierFactory *factory, ConnectionLimits limits, SwarmOptions options,
          QString agent, QObject *parent = nullptr);
    ~Swarm() override;

    Status listen(const QHostAddress &host, quint16 port);
    quint16 listenPort() const;
    // The TCP port peers should dial (hello's port): a port mapped on the router, or listenPort().
    quint16 advertisedPort() const { return m_advertisedPort ? m_advertisedPort : listenPort(); }
    void setAdvertisedPort(quint16 port) { m_advertisedPort = port; }
    // A bare outbound carrier on the swarm's TCP transport (for probes that are not peers).
    Carrier *dialCarrier(const QString &host, quint16 port, QObject *parent);
    // A stream that hole punching opened (both ends dialled at once): adopted as a peer
    // connection whose handshake role is direction (both ends decided it alike).
    Connection *adoptPunched(Carrier *carrier, Direction direction);
    ConnectionLimits limits() const { return m_limits; }
    // A further transport (WebSocket): it dials "scheme://host:port" candidates and, when a port
    // is given, accepts on its own port. The swarm takes ownership.
    void addTransport(const QString &scheme, CarrierFactory *factory);
    Status listenOn(const QString &scheme, const QHostAddress &host, quint16 port);
    quint16 transportPort(const QString &scheme) const;
    void stop();

    // A discovered peer: checked against the filters, queued, dialled when a slot is free.
    void addPeer(const PeerCandidateInfo &info);
    // A manual target: dialled now and kept connected (never dropped).
    void dial(const QString &host, quint16 port, const QString &source = QStringLiteral("manual"));
    bool hasEndpoint(const QString &host, quint16 port) const;
    // Dials a peer by key if some endpoint of it is known; false otherwise.
    bool connectToPeer(const PeerId &id);

    void join(const QByteArray &topic, JoinOptions options = {});
    void leave(const QByteArray &topic);
    std::optional<JoinOptions> status(const QByteArray &topic) const;
    const QList<QByteArray> &topics() const { return m_topicOrder; }

    bool ban(const PeerId &id, bool soft);
    void restoreBan(const PeerId &id) { m_banned.insert(id, false); }  // from the peer book, silently
    bool unban(const PeerId &id);
    bool backoff(const PeerId &id);
    bool disconnectPeer(const PeerId &id);
    // Runs fn once nothing is queued or connecting any more (at once if that is already so).
    void flush(std::function<void()> fn);

    QList<Connection *> peersInTopic(const QByteArray &topic) const;
    // Where traffic for a topic goes: peersInTopic, plus a stream that just replaced another to
    // the same peer and whose hello is still on its way (see Connection::routedTopics).
    QList<Connection *> routesInTopic(const QByteArray &topic) const;
    QList<Connection *> openConnections() const;
    Connection *connection(quint64 id) const { return m_connections.value(id); }
    Connection *connectionTo(const PeerId &id) const;
    QList<PeerSnapshot> snapshots() const;
    PeerSnapshot snapshot(const Connection *c) const;
    QList<CandidateSnapshot> queue() const;
    int countInState(Connection::State state) const;
    int queuedCount() const;
    int connectingCount() const;
    const SwarmOptions &options() const { return m_options; }
    // Our display name, sent signed in every hello from now on; empty = none. Checked by the caller.
    void setDisplayName(const QString &name);
    const QString &displayName() const { return m_displayName; }
    // A peer's display name from the hello of our connection to it; empty when none is known.
    QString nameOf(const PeerId &id) const;
    // The caps on what strangers can make us spend, and how often each refused something.
    const ResourceManager &resources() const { return m_resources; }
    ResourceManager &resources() { return m_resources; }
    void setTap(FrameTap *tap);

signals:
    void event(const swarmscope::Event &event);
    void peerAdded(const swarmscope::PeerSnapshot &peer);
    void peerUpdated(quint64 connectionId);
    void peerRemoved(quint64 connectionId);
    void queueChanged();
    void messageReceived(swarmscope::Connection *connection, const swarmscope::wire::Message &message);
    void peerTopicsChanged(swarmscope::Connection *connection, const QList<QByteArray> &added,
                           const QList<QByteArray> &removed);
    void connectionOpened(swarmscope::Connection *connection);  // after hello
    void connectionClosed(quint64 connectionId, const swarmscope::PeerId &peer, const QList<QByteArray> &topics);
    void rejected(swarmscope::ErrorCode code);
    // For the peer book: a dial or handshake to host:port finished (ok or not).
    void attemptFinished(const QString &host, quint16 port, const swarmscope::PeerId &id, bool ok,
                         const QString &source);
    void peersExchanged(const QString &host, quint16 port, int received, int sent);
    // A peer's hello said where our connection comes from as it sees it.
    void addressObserved(swarmscope::Connection *connection, const QHostAddress &host, quint16 port);

private:
    // ConnectionObserver: what every connection of ours reports.
    void onConnectionHandshaking(Connection *c) override;
    void onConnectionEstablished(Connection *c) override { onEstablished(c); }
    void onConnectionMessage(Connection *c, const wire::Message &m) override { onMessage(c, m); }
    void onConnectionRejected(Connection *c, ErrorCode code, const QString &detail) override;
    void onConnectionClosed(Connection *c, ErrorCode code, const QString &detail) override
    {
        onClosed(c, code, detail);
    }

    struct TopicState {
        JoinOptions options;
    };

    Connection *adopt(Carrier *carrier, Direction direction, const QString &source);
    void onInbound(Carrier *carrier);
    void kick();
    void startDial(Candidate &c);
    void onEstablished(Connection *c);
    void onMessage(Connection *c, const wire::Message &m);
    void onHello(Connection *c, const wire::Hello &hello);
    void onPeers(Connection *c, const wire::Peers &peers);
    QString checkedName(Connection *c, const wire::Hello &hello);  // the hello's name, or empty if refused
    wire::Hello ownHello(QList<QByteArray> topics, QByteArray observed) const;
    QList<QByteArray> announcedTopics() const;  // what our hellos list
    bool admitRoomMessage(Connection *c);  // the per-neighbour room-message rate (ResourceLimits)
    void sendPeers(Connection *to, const QByteArray &topic);
    void onClosed(Connection *c, ErrorCode code, const QString &detail);
    void checkFlush();
    void emitEvent(EventPayload payload);
    HostPort dialledEndpointOf(Connection *c);
    void rejectPeer(ErrorCode code, const QString &host, quint16 port, const QString &detail = {});
    void closeOnPurpose(Connection *c, ErrorCode code, const QString &detail);  // no reconnect follows
    bool filtered(const PeerCandidateInfo &info, ErrorCode &why) const;
    bool isOwnEndpoint(const QString &host, quint16 port) const;
    Candidate *candidateOf(const Connection *c);
    Connection *otherEndOfOwnLoop(const Connection *c) const;

    const KeyPair &m_keys;
    Clock &m_clock;
    CarrierSet m_carriers;
    ConnectionLimits m_limits;
    SwarmOptions m_options;
    QString m_agent;
    QString m_displayName;
    QByteArray m_displayNameSignature;
    PeerQueue m_queue;
    ResourceManager m_resources;
    PeerExchange m_exchange;
    quint64 m_nextId = 1;
    QMap<quint64, Connection *> m_connections;
    QMap<PeerId, quint64> m_byPeer;  // the surviving open connection per peer
    ConnectionCensus m_census{m_connections, m_byPeer};
    QMap<quint64, QString> m_candidateOf;  // connection id -> queue key
    QMap<PeerId, bool> m_banned;  // id -> soft
    QSet<quint64> m_announced;  // connections that had a "connection" event
    QSet<quint64> m_closingOnPurpose;  // closed by us (ban, backoff, leave): no reconnect
    QMap<QByteArray, TopicState> m_topics;
    QList<QByteArray> m_topicOrder;
    QList<std::function<void()>> m_flushWaiters;
    bool m_stopping = false;
    FrameTap *m_tap = nullptr;
    quint16 m_advertisedPort = 0;
};

}  // namespace swarmscope
