#pragma once

#include <QString>

#include <optional>

namespace swarmscope {

// Which swarm a room lives in, chosen when it is joined (docs/ARCHITECTURE.md, "Room backends"): our own protocol, or the real
// swarm of a compatible system spoken byte for byte.
enum class RoomBackend { Native, Bugout, DiscoverySwarm };

// Stable names, as typed before the colon and printed in the node's "backend" field.
QString roomBackendName(RoomBackend backend);  // "native", "bugout", "discovery-swarm"
std::optional<RoomBackend> roomBackendFromName(const QString &name);

// A room as the user names it: "NAME" (native), "discovery-swarm:NAME", "bugout:ID", or
// "native:NAME" for a native room whose name itself starts with a backend prefix.
struct RoomRef {
    RoomBackend backend = RoomBackend::Native;
    QString name;  // the identifier within the backend

    // Empty text (or a prefix with nothing after it) gives nullopt.
    static std::optional<RoomRef> parse(const QString &text);
    // What the session, the chat and the rooms list key the room by: the bare name for a native
    // room, "backend:name" otherwise, so "lobby" and "discovery-swarm:lobby" are two rooms.
    QString key() const;
    bool operator==(const RoomRef &) const = default;
};

// Connection ids are unique within a session: each backend numbers its connections from its
// own base, so the peers table and the inspector can key rows of every backend alike.
constexpr quint64 connectionIdBase(RoomBackend backend)
{
    return quint64(backend) << 48;
}
constexpr RoomBackend backendOfConnection(quint64 connectionId)
{
    return RoomBackend(connectionId >> 48);
}

}  // namespace swarmscope
