#include "packet_pcapng_writer.h"

#include <QIODevice>
#include <QtEndian>

namespace swarmscope::ui {

namespace {

constexpr quint16 kOptEnd = 0;
constexpr quint16 kOptComment = 1;
constexpr quint16 kShbUserAppl = 4;
constexpr quint16 kIfName = 2;
constexpr quint16 kEpbFlags = 2;

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void pad4(QByteArray &out)
{
    while (out.size() % 4 != 0)
        out.append('\0');
}

void putOption(QByteArray &out, quint16 code, const QByteArray &value)
{
    put16(out, code);
    put16(out, quint16(value.size()));
    out.append(value);
    pad4(out);
}

// type, total length, body, total length.
QByteArray block(quint32 type, QByteArray body)
{
    pad4(body);
    const auto total = quint32(body.size() + 12);
    QByteArray out;
    out.reserve(qsizetype(total));
    put32(out, type);
    put32(out, total);
    out.append(body);
    put32(out, total);
    return out;
}

// The header's transport byte (docs/INSPECTOR_PACKETS.md): BitTorrent frames are marked as such whatever
// carried them.
quint8 transportCode(const FrameRecord &frame)
{
    if (frame.protocol == QLatin1String("bittorrent"))
        return 5;
    switch (frame.transport) {
    case Transport::Tcp: return 1;
    case Transport::WebSocket: return 2;
    case Transport::Memory: return 3;
    case Transport::Udp: return 4;
    default: return 0;
    }
}

}  // namespace

QByteArray PacketPcapngWriter::sectionHeader()
{
    QByteArray body;
    put32(body, 0x1A2B3C4D);  // byte-order magic
    put16(body, 1);  // major
    put16(body, 0);  // minor
    put32(body, 0xFFFFFFFF);  // section length: unknown (-1 as 64 bits)
    put32(body, 0xFFFFFFFF);
    putOption(body, kShbUserAppl, QByteArrayLiteral("Swarmscope " SWARMSCOPE_VERSION));
    putOption(body, kOptEnd, {});
    return block(kSectionHeaderBlock, body);
}

QByteArray PacketPcapngWriter::interfaceDescription()
{
    QByteArray body;
    put16(body, kLinkType);
    put16(body, 0);  // reserved
    put32(body, 0);  // snap length: no limit
    putOption(body, kIfName, QByteArrayLiteral("swarmscope"));
    putOption(body, kOptEnd, {});
    return block(kInterfaceDescriptionBlock, body);
}

QByteArray PacketPcapngWriter::packetData(const FrameRecord &frame)
{
    QByteArray peer = frame.peerAddress.toUtf8();
    if (peer.isEmpty() && !frame.host.isEmpty())
        peer = (frame.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2"))
                   .arg(frame.host)
                   .arg(frame.port)
                   .toUtf8();
    peer.truncate(255);
    QByteArray out;
    out.reserve(13 + peer.size() + frame.payload.size());
    out.append(char(kHeaderMagic));
    out.append(char(kHeaderVersion));
    out.append(char(frame.direction == Direction::Inbound ? 0 : 1));
    // BitTorrent frames go out as they were on the wire (length prefix back in front of every
    // message but the handshake), so that Wireshark's own BitTorrent dissector reads them.
    const bool bittorrent = frame.protocol == QLatin1String("bittorrent");
    out.append(char(transportCode(frame)));
    char id[8];
    qToBigEndian(quint64(frame.connectionId), id);
    out.append(id, 8);
    out.append(char(quint8(peer.size())));
    out.append(peer);
    if (bittorrent
        && !(frame.payload.size() == 68
             && frame.payload.startsWith("\x13"
                                         "BitTorrent protocol"))) {
        char length[4];
        qToBigEndian(quint32(frame.payload.size()), length);
        out.append(length, 4);
    }
    out.append(frame.payload);
    return out;
}

QByteArray PacketPcapngWriter::enhancedPacket(const FrameRecord &frame)
{
    const QByteArray data = packetData(frame);
    const quint64 micros = quint64(std::max<qint64>(0, frame.timeMs)) * 1000U;
    QByteArray body;
    put32(body, 0);  // interface 0
    put32(body, quint32(micros >> 32));
    put32(body, quint32(micros & 0xFFFFFFFFU));
    put32(body, quint32(data.size()));  // captured length
    put32(body, quint32(data.size()));  // original length
    body.append(data);
    pad4(body);
    // epb_flags bits 0-1: 01 inbound, 10 outbound.
    QByteArray flags;
    put32(flags, frame.direction == Direction::Inbound ? 1U : 2U);
    putOption(body, kEpbFlags, flags);
    if (!frame.type.isEmpty())
        putOption(body, kOptComment, frame.type.toUtf8());
    putOption(body, kOptEnd, {});
    return block(kEnhancedPacketBlock, body);
}

bool PacketPcapngWriter::write(QIODevice &device, const QList<FrameRecord> &frames)
{
    const auto put = [&device](const QByteArray &bytes) { return device.write(bytes) == bytes.size(); };
    if (!put(sectionHeader()) || !put(interfaceDescription()))
        return false;
    for (const FrameRecord &frame : frames) {
        if (!put(enhancedPacket(frame)))
            return false;
    }
    return true;
}

}  // namespace swarmscope::ui
