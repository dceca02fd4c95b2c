#pragma once

#include <QHostAddress>
#include <QString>

#include <compare>
#include <optional>

namespace swarmscope {

// An IPv4 UDP endpoint as the DHT keeps it (BEP 5 is IPv4 here): compact, hashable, ordered.
struct DhtEndpoint {
    quint32 ip = 0;
    quint16 port = 0;

    auto operator<=>(const DhtEndpoint &) const = default;
    quint64 key() const { return (quint64(ip) << 16) | port; }
    quint32 subnet24() const { return ip & 0xffffff00u; }
    QHostAddress host() const { return QHostAddress(ip); }
    QString toString() const { return host().toString() + QLatin1Char(':') + QString::number(port); }

    // IPv4 or IPv4-mapped IPv6 only.
    static std::optional<DhtEndpoint> from(const QHostAddress &host, quint16 port)
    {
        bool ok = false;
        const quint32 v4 = host.toIPv4Address(&ok);
        if (!ok)
            return std::nullopt;
        return DhtEndpoint{v4, port};
    }
    // Addresses a node may be reached at: not 0.0.0.0, multicast, broadcast, nor port 0.
    bool routable() const { return ip != 0 && port != 0 && (ip >> 28) != 0xe && ip != 0xffffffffu; }
};

inline size_t qHash(const DhtEndpoint &e, size_t seed = 0) noexcept
{
    return ::qHash(e.key(), seed);
}

}  // namespace swarmscope
