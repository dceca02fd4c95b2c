// The words the node's JSON uses for each enum (README "Events"). Each array follows its enum's
// declaration order: a value's name is found by its position.
#include "events/event_json.h"

#include <array>

namespace swarmscope {

namespace {

template <typename E, std::size_t N>
QString nameIn(const std::array<const char *, N> &names, E value)
{
    const auto i = std::size_t(value);
    return i < N ? QString::fromLatin1(names[i]) : QString();
}
template <typename E, std::size_t N>
std::optional<E> valueIn(const std::array<const char *, N> &names, const QString &name)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return E(i);
    return std::nullopt;
}

constexpr std::array<const char *, 9> kTransports{"tcp", "ws",  "metrics", "memory", "bittorrent",
                                                  "lsd", "dht", "mdns",    "udp"};
constexpr std::array<const char *, 4> kConnectionStates{"connecting", "handshaking", "connected", "closed"};
constexpr std::array<const char *, 7> kCandidateStates{"queued",  "connecting", "connected",  "waiting",
                                                       "dropped", "banned",     "handshaking"};
constexpr std::array<const char *, 3> kPaths{"direct", "hole-punched", "relayed"};
constexpr std::array<const char *, 7> kSources{"manual", "lan", "dht", "pex", "book", "inbound", "lsd"};
constexpr std::array<const char *, 10> kRejectSources{"connection", "room", "direct", "gossip", "relay",
                                                      "dht",        "lan",  "nat",    "files",  "peer-relay"};
constexpr std::array<const char *, 3> kLeaveReasons{"leave", "disconnected", "timeout"};
constexpr std::array<const char *, 3> kReplyRoles{"sent", "received", "forwarded"};
constexpr std::array<const char *, 4> kDeliveryStates{"sending", "sent", "delivered", "received"};
constexpr std::array<const char *, 13> kDswarmRefusals{"whitelist",          "banned",           "duplicate",
                                                       "max-connections",    "connect-failed",   "handshake-timeout",
                                                       "bad-length-prefix",  "bad-id-length",    "line-too-long",
                                                       "lines-rate-limited", "send-buffer-full", "detected-self",
                                                       "redundant"};

}  // namespace

QString transportName(Transport t)
{
    return nameIn(kTransports, t);
}
std::optional<Transport> transportFromName(const QString &name)
{
    return valueIn<Transport>(kTransports, name);
}
QString peerSourceName(PeerSource s)
{
    return nameIn(kSources, s);
}
std::optional<PeerSource> peerSourceFromName(const QString &name)
{
    return valueIn<PeerSource>(kSources, name);
}
QString directionName(Direction d)
{
    return d == Direction::Inbound ? QStringLiteral("inbound") : QStringLiteral("outbound");
}
QString connectionPathName(ConnectionPath p)
{
    return nameIn(kPaths, p);
}
QString connectionStateName(ConnectionState s)
{
    return nameIn(kConnectionStates, s);
}
QString candidateStateName(CandidateState s)
{
    return nameIn(kCandidateStates, s);
}
QString leaveReasonName(LeaveReason r)
{
    return nameIn(kLeaveReasons, r);
}
QString replyRoleName(ReplyRole r)
{
    return nameIn(kReplyRoles, r);
}
QString rejectSourceName(RejectSource s)
{
    return nameIn(kRejectSources, s);
}
QString deliveryStateName(DeliveryState s)
{
    return nameIn(kDeliveryStates, s);
}
QString dswarmRefusalName(DswarmRefusal r)
{
    return nameIn(kDswarmRefusals, r);
}

}  // namespace swarmscope
