#pragma once

#include "snapshots.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace swarmscope {

// One decoded frame or datagram as the packet inspector sees it (libtorrent's log_packet idea).
struct FrameRecord {
    qint64 timeMs = 0;  // wall clock
    quint64 connectionId = 0;  // 0 for datagrams
    QString peerAddress;  // proven address, if any
    QString host;
    quint16 port = 0;
    Direction direction = Direction::Inbound;  // Inbound = received
    Transport transport = Transport::Tcp;
    QString protocol;  // "swarmscope/1", "bep5", "mdns"
    QString type;  // message type name ("room-message", "get_peers", ...)
    int wireBytes = 0;  // bytes on the wire, framing and encryption included
    QByteArray payload;  // the decoded plaintext: CBOR, bencode or a DNS packet
    // The inspector's field tree (CBOR) when only the engine can build it: Bugout packets are
    // opened with our keys at capture time. Empty for every other protocol.
    QByteArray fields;
};

// Sees every decoded frame while attached. Subsystems call it only when a tap is set, so it
// costs nothing when nobody looks.
class FrameTap {
public:
    virtual ~FrameTap() = default;
    virtual void onFrame(const FrameRecord &frame) = 0;
};

}  // namespace swarmscope

Q_DECLARE_METATYPE(swarmscope::FrameRecord)
