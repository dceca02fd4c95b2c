#include "dht/secure_node_id.h"

#include "core/random.h"

#include <array>

namespace swarmscope::bep42 {

namespace {

constexpr std::array<quint32, 256> makeTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;  // Castagnoli, reflected
        table[i] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> kTable = makeTable();

quint32 prefixCrc(quint32 ip, quint8 r)
{
    const quint32 masked = (ip & 0x030f3fffu) | (quint32(r & 7) << 29);
    const char bytes[4] = {char(masked >> 24), char(masked >> 16), char(masked >> 8), char(masked)};
    return crc32c(QByteArrayView(bytes, 4));
}

}  // namespace

quint32 crc32c(QByteArrayView bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char b : bytes)
        crc = kTable[(crc ^ quint8(b)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

bool isExempt(const QHostAddress &ip)
{
    bool v4 = false;
    const quint32 a = ip.toIPv4Address(&v4);
    if (!v4)
        return true;  // BEP 42 also defines IPv6; this node's DHT is IPv4 only
    return (a >> 24) == 10 || (a >> 24) == 127 || (a >> 20) == 0xac1 || (a >> 16) == 0xc0a8 || (a >> 16) == 0xa9fe;
}

NodeId idFor(const QHostAddress &ip, quint8 r, Random &random)
{
    const NodeId randomId = NodeId::random(random);
    if (isExempt(ip))
        return randomId;
    const quint32 crc = prefixCrc(ip.toIPv4Address(), r);
    QByteArray bytes = randomId.toBytes();
    bytes[0] = char(crc >> 24);
    bytes[1] = char(crc >> 16);
    bytes[2] = char(((crc >> 8) & 0xf8) | (quint8(bytes[2]) & 0x07));
    bytes[19] = char(r);
    return *NodeId::fromBytes(bytes);
}

bool matches(const NodeId &id, const QHostAddress &ip)
{
    if (isExempt(ip))
        return true;
    const auto &b = id.bytes();
    const quint32 crc = prefixCrc(ip.toIPv4Address(), b[19]);
    return b[0] == quint8(crc >> 24) && b[1] == quint8(crc >> 16) && (b[2] & 0xf8) == quint8((crc >> 8) & 0xf8);
}

}  // namespace swarmscope::bep42
