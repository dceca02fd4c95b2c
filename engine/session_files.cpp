#include "session.h"

#include "crypto/identity.h"
#include "files/file_transfers.h"
#include "rooms/rooms.h"

// Sending files to a room or a member: whom to offer it to, and the commands on a transfer.
namespace swarmscope {

Result<QString> Session::sendFile(const QString &roomOrAddress, const QString &path)
{
    QList<FileTransfers::Recipient> to;
    QString room;
    if (m_rooms->contains(roomOrAddress)) {
        room = roomOrAddress;
        const RoomSnapshot snap = m_rooms->snapshot(room);
        for (const QString &member : snap.members)
            if (const auto id = m_rooms->memberId(room, member))
                to.append({*id, snap.topic});
        if (to.isEmpty())
            return makeError(ErrorCode::NotConnected, QStringLiteral("nobody else is in %1").arg(room));
    } else if (Identity::isAddress(roomOrAddress)) {
        const auto member = m_rooms->findMember(roomOrAddress, QString());
        if (!member)
            return makeError(ErrorCode::NotConnected,
                             QStringLiteral("%1 is not a member of any joined room").arg(roomOrAddress));
        to.append({member->second, m_rooms->snapshot(member->first).topic});
    } else {
        return makeError(ErrorCode::WrongRoom,
                         QStringLiteral("'%1' is neither a joined room nor an address").arg(roomOrAddress));
    }
    return m_files->offer(path, room, to);
}

Status Session::acceptFile(const QString &id, const QString &dir)
{
    return m_files->accept(id, dir);
}

Status Session::declineFile(const QString &id)
{
    return m_files->decline(id);
}

Status Session::cancelFile(const QString &id)
{
    return m_files->cancel(id);
}

}  // namespace swarmscope
