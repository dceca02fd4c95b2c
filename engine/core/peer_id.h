#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <array>
#include <compare>
#include <cstdint>

namespace swarmscope {

// A peer's identity: its 32-byte Ed25519 public key (docs/PROTOCOL.md, "Identity and addresses").
struct PeerId {
    std::array<std::uint8_t, 32> key{};

    static PeerId fromBytes(QByteArrayView bytes);  // zero id if the size is wrong
    QByteArray toBytes() const;
    QString toHex() const;
    QString shortHex() const { return toHex().left(8); }
    bool isNull() const;

    auto operator<=>(const PeerId &) const = default;
};

inline size_t qHash(const PeerId &id, size_t seed = 0) noexcept
{
    return qHashBits(id.key.data(), id.key.size(), seed);
}

}  // namespace swarmscope

Q_DECLARE_METATYPE(swarmscope::PeerId)
