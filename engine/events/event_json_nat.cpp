// The reachability kinds as JSON (README "Events", docs/NAT.md).
#include "events/event_json.h"
#include "events/event_lines.h"

namespace swarmscope {

QJsonObject relayServiceJson(const RelayServiceSummary &r)
{
    return {{QStringLiteral("serving"), r.serving},
            {QStringLiteral("reservations"), r.reservations},
            {QStringLiteral("maxReservations"), r.maxReservations},
            {QStringLiteral("circuits"), r.circuits},
            {QStringLiteral("maxCircuits"), r.maxCircuits},
            {QStringLiteral("opened"), double(r.opened)},
            {QStringLiteral("refused"), double(r.refused)},
            {QStringLiteral("bytes"), double(r.bytes)}};
}

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
    return {{QStringLiteral("dial-back"),
             object({{QStringLiteral("role"), QStringLiteral("result")},
                     {QStringLiteral("address"), addressText(e.peer)},
                     {QStringLiteral("reachable"), e.reachable},
                     {QStringLiteral("detail"), e.detail}})}};
}

QList<Line> lines(const DialBackServed &e)
{
    return {{QStringLiteral("dial-back"),
             object({{QStringLiteral("role"), QStringLiteral("served")},
                     {QStringLiteral("address"), addressText(e.peer)},
                     {QStringLiteral("host"), e.host},
                     {QStringLiteral("reachable"), e.reachable},
                     {QStringLiteral("detail"), e.detail}})}};
}

QList<Line> lines(const RelayReservation &e)
{
    return {{QStringLiteral("relay-reservation"),
             object({{QStringLiteral("relay"), e.relay.toString()},
                     {QStringLiteral("address"), e.relayPeer.isNull() ? QString() : addressText(e.relayPeer)},
                     {QStringLiteral("ok"), e.ok},
                     {QStringLiteral("ttl"), double(e.ttlMs)},
                     {QStringLiteral("detail"), e.detail}})}};
}

QList<Line> lines(const CircuitServed &e)
{
    static const char *const steps[] = {"reserved", "released", "opened", "closed", "refused"};
    return {{QStringLiteral("relay-circuit"),
             object({{QStringLiteral("step"), QLatin1String(steps[int(e.step)])},
                     {QStringLiteral("from"), addressText(e.from)},
                     {QStringLiteral("to"), e.to.isNull() ? QString() : addressText(e.to)},
                     {QStringLiteral("detail"), e.detail},
                     {QStringLiteral("bytes"), double(e.bytes)}})}};
}

QList<Line> lines(const HolePunchTried &e)
{
    return {{QStringLiteral("hole-punch"),
             object({{QStringLiteral("address"), addressText(e.peer)},
                     {QStringLiteral("attempt"), e.attempt},
                     {QStringLiteral("ok"), e.ok},
                     {QStringLiteral("rttMs"), double(e.rttMs)},
                     {QStringLiteral("detail"), e.detail}})}};
}

QList<Line> lines(const PathUpgraded &e)
{
    return {{QStringLiteral("path-upgraded"),
             hostPort(e.endpoint,
                      {{QStringLiteral("address"), addressText(e.peer)},
                       {QStringLiteral("from"), connectionPathName(e.from)},
                       {QStringLiteral("to"), connectionPathName(e.to)},
                       {QStringLiteral("connection"), double(e.connection.value)}})}};
}

QList<Line> lines(const ReachabilityChanged &e)
{
    return {{QStringLiteral("reachability"), reachabilityJson(e.reachability)}};
}

}  // namespace eventjson
}  // namespace swarmscope
