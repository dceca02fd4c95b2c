#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "crypto/key_pair.h"
#include "engine_event.h"
#include "snapshots.h"
#include "swarm/connection.h"
#include "wire/messages.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>

namespace swarmscope {

class CarrierFactory;

// Owns every connection: dials discovered peers, accepts inbound ones, proves identities,
// keeps exactly one connection per peer pair (decided the same way on both sides), and tells
// peers which topics we hold.
class Swarm final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Swarm)

public:
    Swarm(const KeyPair &keys, Clock &clock, CarrierFactory *factory, ConnectionLimits limits, QString agent,
          QObject *parent = nullptr);
    ~Swarm() override;

    Status listen(const QHostAddress &host, quint16 port);
    quint16 listenPort() const;
    void stop();

    // Dials host:port unless we already hold or are opening a connection to it.
    void dial(const QString &host, quint16 port, const QString &source);
    bool hasEndpoint(const QString &host, quint16 port) const;

    void addTopic(const QByteArray &topic);
    void removeTopic(const QByteArray &topic);
    const QList<QByteArray> &topics() const { return m_topics; }

    // Open connections whose peer announced the topic.
    QList<Connection *> peersInTopic(const QByteArray &topic) const;
    QList<Connection *> openConnections() const;
    Connection *connection(quint64 id) const { return m_connections.value(id); }
    QList<PeerSnapshot> snapshots() const;
    int countInState(Connection::State state) const;

signals:
    void event(const swarmscope::EngineEvent &event);
    void peerAdded(const swarmscope::PeerSnapshot &peer);
    void peerUpdated(quint64 connectionId);
    void peerRemoved(quint64 connectionId);
    // An open, deduplicated connection received a message the swarm does not handle itself.
    void messageReceived(swarmscope::Connection *connection, const swarmscope::wire::Message &message);
    void peerTopicsChanged(swarmscope::Connection *connection, const QList<QByteArray> &added,
                           const QList<QByteArray> &removed);
    void connectionOpened(swarmscope::Connection *connection);   // after hello
    void connectionClosed(quint64 connectionId, const swarmscope::PeerId &peer, const QList<QByteArray> &topics);
    void rejected(swarmscope::ErrorCode code);

private:
    Connection *adopt(Carrier *carrier, Direction direction, const QString &source);
    void onEstablished(Connection *c);
    void onMessage(Connection *c, const wire::Message &m);
    void onClosed(Connection *c, ErrorCode code, const QString &detail);
    void emitEvent(const QString &kind, QJsonObject fields);
    QString endpointKey(const QString &host, quint16 port) const;

    const KeyPair &m_keys;
    Clock &m_clock;
    CarrierFactory *m_factory;
    ConnectionLimits m_limits;
    QString m_agent;
    quint64 m_nextId = 1;
    QHash<quint64, Connection *> m_connections;
    QHash<PeerId, quint64> m_byPeer;            // the surviving open connection per peer
    QHash<QString, quint64> m_byEndpoint;       // outbound dials in progress or open, by host:port
    QSet<QString> m_selfEndpoints;              // endpoints that turned out to be ourselves
    QList<QByteArray> m_topics;
};

} // namespace swarmscope
