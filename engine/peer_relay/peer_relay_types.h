#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Plain values of a peer-relay network that leave the engine in events (light: no Qt objects).
namespace swarmscope {

// A direct peer of the peer-relay network, as the UI and the node see it.
struct PeerRelayPeer {
    QString id;  // hex
    QString host;
    quint16 port = 0;
    bool inbound = false;
    quint64 bytesIn = 0, bytesOut = 0, envelopesIn = 0, envelopesOut = 0;
    double bytesInPerSec = 0, bytesOutPerSec = 0, envelopesInPerSec = 0, envelopesOutPerSec = 0;
};

// What happened to a message here: sent (ours), forwarded (for others), delivered (to us), or
// dropped (hop limit, duplicate loop).
enum class PeerRelayHopRole { Sent, Forwarded, Delivered, Dropped };

// One hop of a message, for the event log and the graph.
struct PeerRelayHop {
    PeerRelayHopRole role = PeerRelayHopRole::Sent;
    QString to, from, nonce, type;
    QStringList path;
    QStringList nextHops;  // hex ids it went to (sent, forwarded)
    QString via;  // hex id of the direct peer it came from (forwarded, delivered, dropped)
    QString reason;  // dropped: hop-limit, queued
};

// The peer-relay network as its dock shows it, taken in one go (Session::peerRelayView).
struct PeerRelayView {
    bool joined = false;  // false until the session is in a peer-relay network
    QString id;  // 40 hex digits
    QString url;  // what we advertise, empty if we do not listen
    QList<PeerRelayPeer> peers;
};

}  // namespace swarmscope
