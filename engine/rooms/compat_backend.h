#pragma once

#include "core/result.h"
#include "events/events.h"
#include "rooms/room_backend.h"
#include "snapshots.h"
#include "swarm/swarm_options.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace swarmscope {

class FrameTap;

// The rooms of one compatibility backend (docs/ARCHITECTURE.md, "Room backends"): the real swarm of a foreign system, spoken
// byte for byte. The session owns one per backend and routes every room whose RoomRef names it
// here; room names are the backend's bare identifiers (without the "backend:" prefix).
// Connection ids start at connectionIdBase(backend()).
class CompatBackend : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~CompatBackend() override = default;

    virtual RoomBackend backend() const = 0;
    virtual void stop() = 0;  // leaves every room, closes every connection

    virtual Result<RoomSnapshot> join(const QString &name, const JoinOptions &options) = 0;
    virtual void leave(const QString &name) = 0;
    virtual QStringList rooms() const = 0;
    virtual RoomSnapshot room(const QString &name) const = 0;
    // A chat line typed into the room, written to its peers in the backend's own format.
    virtual Result<ChatMessage> send(const QString &name, const QString &text) = 0;
    // Dials host:port for the room (the "/connect" of such a room).
    virtual Status dial(const QString &name, const QString &host, quint16 port) = 0;

    virtual QList<PeerSnapshot> peers() const = 0;
    virtual std::optional<PeerSnapshot> peer(quint64 connectionId) const = 0;
    virtual QList<CandidateSnapshot> queue() const { return {}; }
    // Adds this backend's connections, queue and byte counts to the session's.
    virtual void addStatus(SessionStatus &status) const = 0;
    // Once a second: refresh per-connection rates and append them to the sample.
    virtual void sampleRates(qint64 nowMs, StatsSample &sample) = 0;
    virtual void setTap(FrameTap *tap) = 0;  // null = off

signals:
    void event(const swarmscope::Event &event);
    // A line read in one of its rooms, and the connection it came in on.
    void messageReceived(const swarmscope::ChatMessage &message, const swarmscope::HostPort &endpoint);
    void peerAdded(const swarmscope::PeerSnapshot &peer);
    void peerUpdated(quint64 connectionId);
    void peerRemoved(quint64 connectionId);
    void roomsChanged();
    void queueChanged();
    void rejected(swarmscope::ErrorCode code);
};

}  // namespace swarmscope
