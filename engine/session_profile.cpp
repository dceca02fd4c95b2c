#include "session.h"

#include "core/clock.h"
#include "core/logging.h"
#include "rooms/room_backend.h"
#include "store/block_list.h"
#include "store/local_names.h"
#include "wire/display_name.h"
#include "store/history.h"
#include "store/remembered_rooms.h"
#include "swarm/swarm.h"

#include <algorithm>

// What a profile keeps besides its identity and history: the rooms it stays in, the peers it
// blocked, the names it gave peers, and history written out to a file.
namespace swarmscope {

namespace {
constexpr int kMaxAddressLength = 128;  // our addresses are 34 characters, discovery-swarm ids 64
}

QStringList Session::rememberedRooms() const
{
    return m_remembered->load();
}

void Session::rejoinRemembered()
{
    if (!m_config.rememberRooms)
        return;
    for (const QString &key : m_remembered->load()) {
        const auto ref = RoomRef::parse(key);
        if (!ref) {
            m_remembered->forget(key);
            continue;
        }
        if (auto joined = join(*ref); !joined) {
            // Kept: a backend missing from this build may be there in the next one.
            qCWarning(lcSession) << "cannot rejoin" << key << joined.error().detail;
            post(CommandFailed{.detail = joined.error().detail, .room = key, .code = joined.error().code});
        }
    }
}

void Session::noteJoined(const QString &key)
{
    if (!m_joinOrder.contains(key))
        m_joinOrder.append(key);
    if (m_config.rememberRooms)
        m_remembered->remember(key);
}

void Session::noteLeft(const QString &key)
{
    m_joinOrder.removeAll(key);
    m_remembered->forget(key);  // leaving forgets, whether or not this run remembers
}

QStringList Session::inJoinOrder(QStringList keys) const
{
    std::stable_sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
        return quint64(m_joinOrder.indexOf(a)) < quint64(m_joinOrder.indexOf(b));  // unknown (-1) last
    });
    return keys;
}

Result<int> Session::exportHistory(const QString &room, const QString &path, HistoryFormat format) const
{
    const QList<ChatMessage> messages = m_history->load(room, -1);  // SQLite: a negative limit is none
    if (Status st = writeHistory(path, format, room, messages, m_clock->wallMs()); !st.ok())
        return st.error();
    return int(messages.size());
}

bool Session::block(const QString &address)
{
    const QString a = address.trimmed();
    if (a.isEmpty() || a.size() > kMaxAddressLength || a.contains(QLatin1Char(' ')) || a == this->address())
        return false;
    if (!m_blocked->add(a, m_clock->wallMs()))
        return false;
    post(PeerBlocked{a});
    return true;
}

bool Session::unblock(const QString &address)
{
    const QString a = address.trimmed();
    if (!m_blocked->remove(a))
        return false;
    post(PeerUnblocked{a});
    return true;
}

QStringList Session::blockedPeers() const
{
    return m_blocked->addresses();
}

bool Session::isBlocked(const QString &address) const
{
    return !m_blocked->isEmpty() && m_blocked->contains(address);
}

bool Session::dropIfBlocked(const QString &from, const QString &what)
{
    if (!isBlocked(from))
        return false;
    m_rejects.count(ErrorCode::Blocked);
    post(BlockedInputDropped{from, what});
    return true;
}

Status Session::setDisplayName(const QString &name)
{
    const QString n = name.trimmed();
    if (!n.isEmpty())
        if (const auto problem = wire::displayNameProblem(n))
            return makeError(ErrorCode::BadName, QStringLiteral("display name refused: %1").arg(*problem));
    if (n == m_config.displayName)
        return {};
    m_config.displayName = n;
    m_swarm->setDisplayName(n);
    post(NameChanged{n});
    return {};
}

bool Session::setLocalName(const QString &address, const QString &name)
{
    const QString a = address.trimmed();
    const QString n = name.trimmed();
    if (a.isEmpty() || a.size() > kMaxAddressLength || a.contains(QLatin1Char(' ')))
        return false;
    if (!n.isEmpty() && wire::displayNameProblem(n))
        return false;
    if (!m_localNames->set(a, n))
        return false;
    post(LocalNameChanged{a, n});
    return true;
}

QHash<QString, QString> Session::localNames() const
{
    return m_localNames->all();
}

}  // namespace swarmscope
