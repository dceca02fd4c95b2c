#include "events/event_types.h"

namespace swarmscope {

std::optional<HostPort> HostPort::parse(const QString &text, bool allowAnyPort)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || (port == 0 && !allowAnyPort) || host.isEmpty())
        return std::nullopt;
    return HostPort{host, quint16(port)};
}

} // namespace swarmscope
