#pragma once

#include <QHostAddress>
#include <QString>

namespace swarmscope {

// Loopback, RFC 1918, link-local or unique-local: a peer on our own network (dwebswarm's "local").
inline bool isLocalHost(const QString &host)
{
    const QHostAddress a(host);
    bool v4 = false;
    const quint32 ip = a.toIPv4Address(&v4);
    const bool private4 = v4 && ((ip >> 24) == 10 || (ip >> 20) == 0xac1 || (ip >> 16) == 0xc0a8);
    return a.isLoopback() || private4 || a.isLinkLocal() || a.isUniqueLocalUnicast();
}

// IPv4-mapped IPv6 ("::ffff:127.0.0.1") as plain IPv4, so hosts compare and print as people type them.
inline QString plainHost(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip).toString() : address.toString();
}

}  // namespace swarmscope
