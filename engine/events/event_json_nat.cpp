// The reachability kinds as JSON (README "Events", docs/NAT.md).
#include "events/event_json.h"
#include "events/event_lines.h"

namespace swarmscope {

QJsonObject reachabilityJson(const ReachabilitySnapshot &r)
{
    const QString external = r.external();
    return {{QStringLiteral("status"), reachabilityStatusName(r.status)},
            {QStringLiteral("nat"), natBehaviourName(r.nat)},
            {QStringLiteral("external"), external.isEmpty() ? QJsonValue() : QJsonValue(external)},
            {QStringLiteral("mapping"), mappingKindName(r.mapping)},
            {QStringLiteral("relays"), QJsonArray::fromStringList(r.relays)}};
}

namespace eventjson {

QList<Line> lines(const PortMapped &e)
{
    const bool none = e.mapping == MappingKind::None;
    return {{QStringLiteral("port-mapping"),
             object({{QStringLiteral("mapping"), mappingKindName(e.mapping)},
                     {QStringLiteral("external"), none ? QString() : e.external.toString()},
                     {QStringLiteral("tcpPort"), e.tcpPort},
                     {QStringLiteral("udpPort"), e.udpPort},
                     {QStringLiteral("lease"), e.leaseSeconds},
                     {QStringLiteral("detail"), e.detail}})}};
}

QList<Line> lines(const DialBackAnswered &e)
{
    return {{QStringLiteral("dial-back"), object({{QStringLiteral("role"), QStringLiteral("result")},
                                                  {QStringLiteral("address"), addressText(e.peer)},
                                                  {QStringLiteral("reachable"), e.reachable},
                                                  {QStringLiteral("detail"), e.detail}})}};
}

QList<Line> lines(const DialBackServed &e)
{
    return {{QStringLiteral("dial-back"), object({{QStringLiteral("role"), QStringLiteral("served")},
                                                  {QStringLiteral("address"), addressText(e.peer)},
                                                  {QStringLiteral("host"), e.host},
                                                  {QStringLiteral("reachable"), e.reachable},
                                                  {QStringLiteral("detail"), e.detail}})}};
}

QList<Line> lines(const ReachabilityChanged &e)
{
    return {{QStringLiteral("reachability"), reachabilityJson(e.reachability)}};
}

} // namespace eventjson
} // namespace swarmscope
