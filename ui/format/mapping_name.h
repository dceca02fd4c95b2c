#pragma once

#include <QString>

namespace swarmscope::ui {

// How a port-mapping protocol is written for people ("upnp" -> "UPnP"); never translated.
inline QString mappingProtocolName(const QString &kind)
{
    if (kind == QLatin1String("upnp"))
        return QStringLiteral("UPnP");
    if (kind == QLatin1String("natpmp"))
        return QStringLiteral("NAT-PMP");
    if (kind == QLatin1String("pcp"))
        return QStringLiteral("PCP");
    return {};
}

} // namespace swarmscope::ui
