#include "core/peer_id.h"

#include <algorithm>
#include <cstring>

namespace swarmscope {

PeerId PeerId::fromBytes(QByteArrayView bytes)
{
    PeerId id;
    if (bytes.size() == qsizetype(id.key.size()))
        std::memcpy(id.key.data(), bytes.data(), id.key.size());
    return id;
}

QByteArray PeerId::toBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()));
}

QString PeerId::toHex() const
{
    return QString::fromLatin1(toBytes().toHex());
}

bool PeerId::isNull() const
{
    return std::all_of(key.begin(), key.end(), [](std::uint8_t b) { return b == 0; });
}

}  // namespace swarmscope
