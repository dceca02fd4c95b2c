#pragma once

#include "core/clock.h"
#include "core/peer_id.h"
#include "relay/token_bucket.h"

#include <QHash>
#include <QMap>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace swarmscope {

// The caps on what strangers may make this node spend, in one place (go-libp2p's resource
// manager idea). Every refusal is counted by reason; /status and the inspector show the counts
// next to the other rejects.
struct ResourceLimits {
    // Inbound connections still in their handshake, all addresses together. They have a budget of
    // their own: they never take the slots of peers (maxPeers), and when the budget is full the
    // oldest handshake of the address holding the most is dropped for the newcomer, so idle
    // sockets cannot keep a normal peer out however many addresses they come from.
    int maxPendingHandshakes = 32;
    // New inbound handshakes accepted from one address per second (each costs Noise DH work).
    double handshakesPerIpPerSecond = 8;
    // Bytes written to a peer but not yet taken by it; a peer that stops reading is disconnected
    // once over this.
    qint64 maxQueuedBytesPerPeer = 16LL << 20;
    // Room messages taken from one neighbour per second (a second's worth may come at once).
    // Each is verified and flooded on to every other member, so one member writing at line rate
    // would make the whole room carry it; the excess is dropped unread (0 = no limit).
    double roomMessagesPerPeerPerSecond = 1000;
    // Remote procedure calls from one peer that we are still answering (an asynchronous procedure
    // holds each until it responds); more are answered with an error at once (0 = no limit).
    int maxRpcCallsInFlightPerPeer = 64;
};

class ResourceManager final {
public:
    enum class Refusal {
        ConnectionsPerIp,  // "per-ip-connections": more inbound connections from one address than allowed
        PendingHandshakes,  // "pending-handshakes": the handshake budget was full (the oldest was dropped)
        HandshakeRate,  // "handshake-rate": too many new handshakes from one address this second
        QueuedBytes,  // "queued-bytes": a peer stopped reading
        RoomMessageRate,  // "room-message-rate": a neighbour sent room messages faster than allowed
        RpcCallsInFlight,  // "rpc-in-flight": a peer had too many of its calls to us unanswered
    };
    static QString name(Refusal refusal);

    // An inbound connection still handshaking, as the swarm knows it.
    struct Pending {
        quint64 id = 0;
        QString host;
        qint64 sinceMs = 0;
    };
    struct Admission {
        std::optional<Refusal> refusal;  // set: refuse the newcomer
        std::optional<quint64> evict;  // set: close this pending handshake to make room
    };

    ResourceManager(ResourceLimits limits, Clock &clock);

    const ResourceLimits &limits() const { return m_limits; }
    // A new inbound connection from host while `pending` are handshaking and `fromHost` of them
    // (open or not) come from the same address.
    Admission admitInbound(const QString &host, int fromHost, int maxPerIp, const QList<Pending> &pending);
    // True (and counted) when a peer's queue is over the cap.
    bool overQueued(qint64 queuedBytes);
    // False (and counted) when this connection is over its room-message rate. *report is set for
    // the first refusal of each second, so that a flood is reported without an event per message.
    bool admitRoomMessage(quint64 connectionId, bool *report);
    void forgetConnection(quint64 connectionId) { m_roomRate.remove(connectionId); }
    // False (and counted) when this caller already has its cap of calls to us in flight; every
    // true must be matched by one releaseRpcCall when the call is answered or dropped.
    bool admitRpcCall(const PeerId &caller);
    void releaseRpcCall(const PeerId &caller);
    int rpcCallsInFlight(const PeerId &caller) const { return m_rpcInFlight.value(caller); }

    void count(Refusal refusal) { ++m_refusals[name(refusal)]; }
    quint64 refusals(Refusal refusal) const { return m_refusals.value(name(refusal)); }
    QList<QPair<QString, quint64>> nonZero() const;

private:
    ResourceLimits m_limits;
    Clock &m_clock;
    QMap<QString, TokenBucket> m_handshakeRate;  // by address
    QMap<PeerId, int> m_rpcInFlight;  // calls to us being answered, by caller
    struct RoomRate {
        TokenBucket bucket;
        qint64 reportedMs = -1;
    };
    QMap<quint64, RoomRate> m_roomRate;  // by connection
    QMap<QString, quint64> m_refusals;
};

}  // namespace swarmscope
