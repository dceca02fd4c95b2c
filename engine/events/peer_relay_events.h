#pragma once

#include "peer_relay/peer_relay_types.h"

#include <QJsonValue>
#include <QList>

// The peer-relay kinds of the event catalogue (docs/PEER_RELAY.md); listed in events.h. Each is
// printed with "backend": "peer-relay". Ids are the network's 40-hex ids.
namespace swarmscope {

struct PeerRelayListening {
    QString host;
    quint16 port = 0;
    QString id;  // ours
    QString url;
};
struct PeerRelayPeerOpened {
    PeerRelayPeer peer;
};
struct PeerRelayPeerClosed {
    QString id;
};
struct PeerRelayConnectFailed {
    QString url;
    QString detail;
};
struct PeerRelayMessage {  // a message for us
    QString from;
    QJsonValue data;
    QStringList path;
    QString nonce;
};
struct PeerRelayHopped {  // a message passed through here (relay-sent, -forwarded, -received, -dropped)
    PeerRelayHop hop;
};
struct PeerRelayWebrtcRefused {
    QString from;
};

// The peer-relay fields of the node's /status.
struct PeerRelayStatus {
    QString id;
    quint16 port = 0;
    QString url;
    QStringList peers;
    int candidates = 0;
    quint64 duplicates = 0;
    quint64 webrtcRefused = 0;
    QList<QPair<QString, quint64>> rejects;  // reason -> count
};
struct PeerRelayPeerList {  // the node's /pr-peers
    QList<PeerRelayPeer> peers;
};
struct PeerRelayDatagram {  // a datagram to the node's socket on the network
    QString from;
    quint16 port = 0;
    QByteArray data;
};

}  // namespace swarmscope
