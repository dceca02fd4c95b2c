#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>

#include <array>
#include <compare>
#include <optional>

namespace swarmscope {

class Random;

// A 160-bit DHT node id or infohash (BEP 5). Distances are XOR; ids compare as big-endian
// numbers, so comparing two distances compares closeness.
class NodeId {
public:
    static constexpr int Size = 20;
    static constexpr int Bits = 160;

    NodeId() = default;  // all zero
    static std::optional<NodeId> fromBytes(QByteArrayView bytes);  // exactly 20 bytes
    static NodeId random(Random &random);
    // A random id that shares exactly `prefixBits` leading bits with `base` (the next bit differs).
    // prefixBits == Bits returns base itself.
    static NodeId randomWithPrefix(const NodeId &base, int prefixBits, Random &random);

    QByteArray toBytes() const;
    QString toHex() const;
    QString shortHex() const { return toHex().left(8); }
    const std::array<quint8, Size> &bytes() const { return m_bytes; }

    NodeId distance(const NodeId &other) const;
    int commonPrefixBits(const NodeId &other) const;  // 0..160
    bool bit(int index) const { return (m_bytes[size_t(index / 8)] >> (7 - index % 8)) & 1; }
    bool isZero() const;
    // True when a is strictly closer to this (the target) than b.
    bool closer(const NodeId &a, const NodeId &b) const { return distance(a) < distance(b); }

    auto operator<=>(const NodeId &) const = default;

private:
    std::array<quint8, Size> m_bytes{};
};

inline size_t qHash(const NodeId &id, size_t seed = 0) noexcept
{
    return qHashBits(id.bytes().data(), id.bytes().size(), seed);
}

}  // namespace swarmscope
