#include "room_backend.h"

#include <array>

namespace swarmscope {

namespace {
struct Named {
    RoomBackend backend;
    const char *name;
};
constexpr std::array kNames{Named{RoomBackend::Native, "native"}, Named{RoomBackend::Bugout, "bugout"},
                            Named{RoomBackend::DiscoverySwarm, "discovery-swarm"}};
}  // namespace

QString roomBackendName(RoomBackend backend)
{
    for (const Named &n : kNames)
        if (n.backend == backend)
            return QLatin1String(n.name);
    return QStringLiteral("native");
}

std::optional<RoomBackend> roomBackendFromName(const QString &name)
{
    for (const Named &n : kNames)
        if (name == QLatin1String(n.name))
            return n.backend;
    return std::nullopt;
}

std::optional<RoomRef> RoomRef::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        if (const auto backend = roomBackendFromName(trimmed.left(colon))) {
            const QString name = trimmed.mid(colon + 1);
            if (name.isEmpty())
                return std::nullopt;
            return RoomRef{*backend, name};
        }
    }
    return RoomRef{RoomBackend::Native, trimmed};
}

QString RoomRef::key() const
{
    if (backend == RoomBackend::Native)
        return roomBackendFromName(name.section(QLatin1Char(':'), 0, 0)) && name.contains(QLatin1Char(':'))
            ? QStringLiteral("native:") + name
            : name;
    return roomBackendName(backend) + QLatin1Char(':') + name;
}

}  // namespace swarmscope
