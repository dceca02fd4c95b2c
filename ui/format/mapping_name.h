#pragma once

#include "nat/reachability.h"

#include <QString>

namespace swarmscope::ui {

// How a port-mapping protocol is written for people (UPnP, NAT-PMP, PCP); never translated.
inline QString mappingProtocolName(MappingKind kind)
{
    switch (kind) {
    case MappingKind::Upnp: return QStringLiteral("UPnP");
    case MappingKind::NatPmp: return QStringLiteral("NAT-PMP");
    case MappingKind::Pcp: return QStringLiteral("PCP");
    case MappingKind::None: break;
    }
    return {};
}

// The same for the stable name in a report ("upnp", "natpmp", "pcp").
inline QString mappingProtocolName(const QString &name)
{
    for (const MappingKind kind : {MappingKind::Upnp, MappingKind::NatPmp, MappingKind::Pcp})
        if (name == mappingKindName(kind))
            return mappingProtocolName(kind);
    return {};
}

}  // namespace swarmscope::ui
