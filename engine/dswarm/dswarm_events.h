#pragma once

#include "engine_event.h"
#include "snapshots.h"

#include <QString>

namespace swarmscope {

class Clock;

// Every event of a discovery-swarm room, with discovery-swarm's names and meanings (its README)
// and "backend": "discovery-swarm" and "room" on each. The one place this backend builds events.
class DswarmEvents final {
public:
    DswarmEvents(Clock &clock, QString room, QString ownIdHex)
        : m_clock(clock), m_room(std::move(room)), m_ownIdHex(std::move(ownIdHex))
    {
    }

    struct Endpoint {
        QString host;
        quint16 port = 0;
    };

    EngineEvent listening(const QString &transport, const Endpoint &at) const;  // with our id
    EngineEvent announce(const QByteArray &infohash, quint16 port, bool lan, bool dht) const;
    EngineEvent peer(const Endpoint &peer, const QString &source) const;
    EngineEvent peerBanned(const Endpoint &peer, const QString &reason) const;
    EngineEvent peerRejected(const Endpoint &peer, const QString &reason) const;
    EngineEvent drop(const Endpoint &peer, int retries) const;
    EngineEvent connecting(const Endpoint &peer, int retries) const;
    EngineEvent connectFailed(const Endpoint &peer, bool timedOut) const;
    EngineEvent handshaking(const Endpoint &peer, bool initiator) const;
    EngineEvent handshakeTimeout(const Endpoint &peer, bool initiator) const;
    EngineEvent connection(const Endpoint &peer, const QString &idHex, bool initiator, quint64 connectionId) const;
    EngineEvent connectionClosed(const Endpoint &peer, const QString &idHex, bool initiator, quint64 connectionId) const;
    EngineEvent redundantConnection(const Endpoint &peer, const QString &idHex, bool initiator) const;
    EngineEvent message(const Endpoint &peer, const QString &fromHex, const QString &text) const;
    EngineEvent rejected(const Endpoint &peer, const QString &reason, const QString &detail) const;
    EngineEvent updated(const QByteArray &infohash, int peers, int datagrams) const;

private:
    EngineEvent make(const QString &kind, QJsonObject fields) const;
    static void addEndpoint(QJsonObject &fields, const Endpoint &peer);

    Clock &m_clock;
    QString m_room;
    QString m_ownIdHex;
};

} // namespace swarmscope
