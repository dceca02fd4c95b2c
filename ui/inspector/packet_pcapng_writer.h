#pragma once

#include "stats/frame_tap.h"

#include <QByteArray>
#include <QList>

class QIODevice;

namespace swarmscope::ui {

// Writes captured frames as pcapng (one Section Header Block, one Interface Description Block
// with link type LINKTYPE_USER0 = 147, one Enhanced Packet Block per frame). Each packet is a
// small header followed by the frame's plaintext payload (docs/INSPECTOR_PACKETS.md):
//
//   0  u8   magic 'S' (0x53)
//   1  u8   header version (1)
//   2  u8   direction: 0 = received, 1 = sent
//   3  u8   transport: 0 other, 1 tcp, 2 ws, 3 memory, 4 udp
//   4  u64  connection id, big-endian (0 for datagrams)
//   12 u8   length L of the peer text (UTF-8, ≤ 255 bytes)
//   13 L    peer: proven address, or host:port when none
//   13+L    payload (CBOR for swarmscope/1)
//
// Timestamps are microseconds since the epoch (the default if_tsresol). Block lengths are
// multiples of 4; numbers in the blocks are little-endian (the byte-order magic says so).
class PacketPcapngWriter final {
public:
    static constexpr quint16 kLinkType = 147;  // LINKTYPE_USER0
    static constexpr quint8 kHeaderMagic = 0x53;
    static constexpr quint8 kHeaderVersion = 1;
    static constexpr quint32 kSectionHeaderBlock = 0x0A0D0D0A;
    static constexpr quint32 kInterfaceDescriptionBlock = 0x00000001;
    static constexpr quint32 kEnhancedPacketBlock = 0x00000006;

    static QByteArray sectionHeader();
    static QByteArray interfaceDescription();
    static QByteArray enhancedPacket(const FrameRecord &frame);
    // The link-layer header + payload carried by one Enhanced Packet Block.
    static QByteArray packetData(const FrameRecord &frame);

    // Writes a complete file; false if the device refused a write.
    static bool write(QIODevice &device, const QList<FrameRecord> &frames);
};

}  // namespace swarmscope::ui
