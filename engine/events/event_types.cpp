#include "events/event_types.h"

#include <QHostAddress>

namespace swarmscope {

namespace {
// "ws://" in front of a host names another transport; the rules below apply to what follows it.
qsizetype schemeLength(const QString &host)
{
    const qsizetype sep = host.indexOf(QLatin1String("://"));
    return sep > 0 ? sep + 3 : 0;
}
}  // namespace

QString HostPort::toString() const
{
    const QString port_ = QString::number(port);
    const qsizetype scheme = schemeLength(host);
    const QString bare = host.mid(scheme);
    if (bare.contains(QLatin1Char(':')))
        return host.left(scheme) + QLatin1Char('[') + bare + QStringLiteral("]:") + port_;
    return host + QLatin1Char(':') + port_;
}

// A host with a colon is an IPv6 address, bracketed or not ("[::1]:4000", "::1:4000"); brackets
// hold nothing else, and no other host contains one, so toString() always parses back to the same.
std::optional<HostPort> HostPort::parse(const QString &text, bool allowAnyPort)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QString full = text.left(colon);
    const QString scheme = full.left(schemeLength(full));
    QString host = full.mid(scheme.size());
    const bool bracketed = host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'));
    if (bracketed)
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty() || host.contains(QLatin1Char('[')) || host.contains(QLatin1Char(']'))
        || host.contains(QLatin1String("://")))
        return std::nullopt;
    const bool ipv6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    if ((bracketed || host.contains(QLatin1Char(':'))) && !ipv6)
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || (port == 0 && !allowAnyPort))
        return std::nullopt;
    return HostPort{scheme + host, quint16(port)};
}

}  // namespace swarmscope
