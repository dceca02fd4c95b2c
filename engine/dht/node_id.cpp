#include "dht/node_id.h"

#include "core/random.h"

#include <bit>
#include <cstring>

namespace swarmscope {

std::optional<NodeId> NodeId::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != Size)
        return std::nullopt;
    NodeId id;
    std::copy(bytes.begin(), bytes.end(), reinterpret_cast<char *>(id.m_bytes.data()));
    return id;
}

NodeId NodeId::random(Random &random)
{
    NodeId id;
    random.fill(id.m_bytes.data(), Size);
    return id;
}

NodeId NodeId::randomWithPrefix(const NodeId &base, int prefixBits, Random &random)
{
    if (prefixBits >= Bits)
        return base;
    NodeId id = NodeId::random(random);
    for (int i = 0; i < prefixBits / 8; ++i)
        id.m_bytes[size_t(i)] = base.m_bytes[size_t(i)];
    const int byte = prefixBits / 8;
    const int bitInByte = prefixBits % 8;
    // Keep the leading bits of the partial byte, flip the first differing bit, randomise the rest.
    const quint8 keepMask = quint8(0xff00 >> bitInByte);
    const quint8 flip = quint8(0x80 >> bitInByte);
    quint8 b = quint8((base.m_bytes[size_t(byte)] & keepMask) | (id.m_bytes[size_t(byte)] & ~keepMask & 0xff));
    b = quint8((b & ~flip) | (~base.m_bytes[size_t(byte)] & flip));
    id.m_bytes[size_t(byte)] = b;
    return id;
}

QByteArray NodeId::toBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), Size);
}

QString NodeId::toHex() const
{
    return QString::fromLatin1(toBytes().toHex());
}

NodeId NodeId::distance(const NodeId &other) const
{
    NodeId d;
    for (size_t i = 0; i < size_t(Size); ++i)
        d.m_bytes[i] = m_bytes[i] ^ other.m_bytes[i];
    return d;
}

int NodeId::commonPrefixBits(const NodeId &other) const
{
    for (size_t i = 0; i < size_t(Size); ++i) {
        const quint8 x = m_bytes[i] ^ other.m_bytes[i];
        if (x)
            return int(i) * 8 + std::countl_zero(x);
    }
    return Bits;
}

bool NodeId::isZero() const
{
    for (quint8 b : m_bytes)
        if (b)
            return false;
    return true;
}

}  // namespace swarmscope
