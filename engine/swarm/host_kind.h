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

} // namespace swarmscope
