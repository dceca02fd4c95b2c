// The room-level exchanges as JSON (README "Events"): RPC calls and answers, gossip, and relayed
// messages.
#include "events/event_json.h"
#include "events/event_lines.h"

#include "rooms/rpc.h"

namespace swarmscope::eventjson {

namespace {

// Gossip types and data are short protocol words in practice; shown as text when printable.
QString printable(const QByteArray &b)
{
    for (char ch : b)
        if (ch < 0x20 || ch > 0x7e)
            return hex(b);
    return QString::fromLatin1(b);
}

QJsonObject gossipFields(Fields fields)
{
    // Bugout's room "announce" shares an event name with gossip's: the subsystem tells them apart.
    QJsonObject o = object(fields);
    o.insert(QStringLiteral("subsystem"), QStringLiteral("gossip"));
    return o;
}

QJsonObject relayFields(Fields fields)
{
    QJsonObject o = object(fields);
    o.insert(QStringLiteral("subsystem"), QStringLiteral("relay"));
    return o;
}

}  // namespace

QList<Line> lines(const RpcCalled &e)
{
    const QString to = addressText(e.to);
    return {{QStringLiteral("rpc-call"),
             object({{QStringLiteral("to"), to},
                     {QStringLiteral("name"), e.name},
                     {QStringLiteral("id"), double(e.callId)},
                     {QStringLiteral("args"), e.args}})},
            {QStringLiteral("rpc-sent"),
             object({{QStringLiteral("id"), double(e.callId)},
                     {QStringLiteral("to"), to},
                     {QStringLiteral("name"), e.name}})}};
}

QList<Line> lines(const RpcRequested &e)
{
    return {{QStringLiteral("rpc"),
             object({{QStringLiteral("from"), e.from.text},
                     {QStringLiteral("name"), e.name},
                     {QStringLiteral("args"), e.args},
                     {QStringLiteral("id"), double(e.callId)}})}};
}

QList<Line> lines(const RpcAnswered &e)
{
    QJsonObject o = object({{QStringLiteral("to"), addressText(e.to)},
                            {QStringLiteral("name"), e.name},
                            {QStringLiteral("id"), double(e.callId)},
                            {QStringLiteral("latencyMs"), double(e.latencyMs)}});
    if (e.ok)
        o.insert(QStringLiteral("result"), e.result);
    else
        o.insert(QStringLiteral("error"), e.error);
    return {{QStringLiteral("rpc-answered"), o}};
}

// The "rpc-response" line (plus "procedures" for a list-procedures answer), with the fields the
// caller adds (a Bugout room's backend and room).
QList<Line> rpcResponseLines(const RpcResponse &r, QJsonObject fields)
{
    fields.insert(QStringLiteral("from"), r.peerAddress);
    fields.insert(QStringLiteral("name"), r.name);
    fields.insert(QStringLiteral("id"), double(r.callId));
    fields.insert(QStringLiteral("latencyMs"), double(r.latencyMs));
    if (r.ok)
        fields.insert(QStringLiteral("result"), r.result);
    else
        fields.insert(QStringLiteral("error"), r.error);
    QList<Line> out{{QStringLiteral("rpc-response"), fields}};
    if (r.ok && r.name == Rpc::kListProcedures)
        out.append({QStringLiteral("procedures"),
                    object({{QStringLiteral("address"), r.peerAddress}, {QStringLiteral("procedures"), r.result}})});
    return out;
}

QList<Line> lines(const RpcResponded &e)
{
    return rpcResponseLines(e.response, {});
}

QList<Line> lines(const GossipAnnounced &e)
{
    QList<Line> out{{QStringLiteral("announce"),
                     gossipFields({{QStringLiteral("id"), hex(e.id)},
                                   {QStringLiteral("type"), printable(e.type)},
                                   {QStringLiteral("bytes"), int(e.data.size())},
                                   {QStringLiteral("limit"), e.limit},
                                   {QStringLiteral("hops"), e.hops},
                                   {QStringLiteral("origin"), e.origin},
                                   {QStringLiteral("sent"), e.sent}})}};
    if (e.origin)  // the node's older name for its own announce
        out.append({QStringLiteral("announced"),
                    object({{QStringLiteral("id"), hex(e.id)},
                            {QStringLiteral("type"), QString::fromUtf8(e.type)},
                            {QStringLiteral("data"), QString::fromUtf8(e.data)},
                            {QStringLiteral("limit"), e.limit}})});
    return out;
}

QList<Line> lines(const GossipRequestReceived &e)
{
    const GossipRequest &r = e.request;
    return {{QStringLiteral("request"),
             gossipFields({{QStringLiteral("id"), hex(r.id)},
                           {QStringLiteral("type"), printable(r.type)},
                           {QStringLiteral("bytes"), int(r.data.size())},
                           {QStringLiteral("hops"), r.hops},
                           {QStringLiteral("limit"), r.limit},
                           {QStringLiteral("via"), r.viaAddress.text}})}};
}

QList<Line> lines(const GossipReply &e)
{
    QJsonObject o = gossipFields({{QStringLiteral("request"), hex(e.request)},
                                  {QStringLiteral("id"), hex(e.id)},
                                  {QStringLiteral("type"), printable(e.type)},
                                  {QStringLiteral("bytes"), int(e.data.size())},
                                  {QStringLiteral("role"), replyRoleName(e.role)}});
    if (e.role != ReplyRole::Sent) {
        o.insert(QStringLiteral("hops"), e.hops);
        o.insert(QStringLiteral("via"), addressText(e.via));
    }
    if (e.role != ReplyRole::Received)
        o.insert(QStringLiteral("to"), addressText(e.to));
    else
        o.insert(QStringLiteral("data"), printable(e.data));
    return {{QStringLiteral("reply"), o}};
}

QList<Line> lines(const RelaySent &e)
{
    return {{QStringLiteral("relay-sent"),
             relayFields({{QStringLiteral("to"), addressText(e.to)},
                          {QStringLiteral("nonce"), hex(e.nonce)},
                          {QStringLiteral("bytes"), e.bytes},
                          {QStringLiteral("next"), addresses(e.next)},
                          {QStringLiteral("reverse"), e.reverse}})}};
}

QList<Line> lines(const RelayReceived &e)
{
    return {{QStringLiteral("relay-message"),
             relayFields({{QStringLiteral("from"), addressText(e.from)},
                          {QStringLiteral("via"), addressText(e.via)},
                          {QStringLiteral("hops"), e.hops},
                          {QStringLiteral("bytes"), int(e.data.size())},
                          {QStringLiteral("text"), QString::fromUtf8(e.data)}})}};
}

QList<Line> lines(const RelayForwarded &e)
{
    return {{QStringLiteral("relay-forwarded"),
             relayFields({{QStringLiteral("from"), addressText(e.from)},
                          {QStringLiteral("to"), addressText(e.to)},
                          {QStringLiteral("via"), addressText(e.via)},
                          {QStringLiteral("hops"), e.hops},
                          {QStringLiteral("bytes"), e.bytes},
                          {QStringLiteral("next"), addresses(e.next)},
                          {QStringLiteral("reverse"), e.reverse}})}};
}

}  // namespace swarmscope::eventjson
