#pragma once

#include "bittorrent/lsd_config.h"
#include "circuit/circuit_options.h"
#include "dht/dht_config.h"
#include "discovery/lan_config.h"
#include "dswarm/dswarm_options.h"
#include "events/event_types.h"
#include "files/file_transfer_options.h"
#include "gossip/gossip_options.h"
#include "peer_relay/peer_relay_options.h"
#include "nat/nat_options.h"
#include "relay/relay_options.h"
#include "swarm/swarm_options.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace swarmscope {

// Everything the engine needs to start, as plain data. The GUI maps QSettings and the node
// maps its command line onto this; the engine never reads settings itself.
struct EngineConfig {
    QString profileDir;  // identity.seed lives here
    bool inMemoryProfile = false;  // identity and store in memory only, nothing on disk (lab nodes)
    QString agent = QStringLiteral("swarmscope");
    QString displayName;  // sent signed in every hello (wire/display_name.h); empty = none
    QHostAddress listenHost = QHostAddress::Any;
    quint16 listenPort = 0;  // 0 = any free port
    LanConfig lan;
    DhtConfig dht = [] {
        DhtConfig d;
        d.enabled = false;
        return d;
    }();  // the apps turn it on
    SwarmOptions swarm;
    GossipOptions gossip;
    RelayOptions relay;
    DswarmOptions dswarm;  // rooms joined as "discovery-swarm:NAME"
    QByteArray dswarmId;  // our id in those swarms (32 bytes); empty = random per run
    PeerRelayOptions peerRelay;  // a member of a peer-relay network (off unless set)
    NatOptions nat;  // reachability, port mapping, dial-back
    CircuitLimits circuits;  // carrying circuits for others (serve: --relay)
    FileTransferOptions files;  // sending and receiving files
    QHostAddress wsListenHost = QHostAddress::Any;
    int wsListenPort = -1;  // WebSocket listener: -1 = none, 0 = any free port
    quint16 bittorrentPort = 0;  // BitTorrent listener for Bugout rooms (opened at the first join); 0 = any
    bt::LsdConfig lsd;  // BEP 14 for Bugout rooms (started at the first join), on the LAN's interface
    qint64 heartbeatMs = 0;  // Bugout's heartbeat(interval); 0 = off
    bool rememberRooms = false;  // keep joined rooms in the profile, rejoin them at start
    QList<HostPort> connectTo;  // dialled at start, kept connected
    int bookPeersAtStart = 8;  // known good peers from the peer book dialled at start
    bool recordPeers = true;  // note dial outcomes and exchanged nodes in the peer book
    bool sampleRates = true;  // per-connection rates once a second (Session::setSamplingRates)
    int handshakeTimeoutMs = 10000;
    int pingIntervalMs = 5000;
    int maxFrameBytes = 1 << 20;
    int seenCacheSize = 4096;  // room-message ids remembered for loop busting
    int seenCacheTtlMs = 10 * 60 * 1000;
    int batchIntervalMs = 0;  // events and deltas published in batches: 0 = every event-loop turn
};

}  // namespace swarmscope
