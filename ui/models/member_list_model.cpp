#include "member_list_model.h"

#include "format/peer_names.h"
#include "models/roles.h"
#include "widgets/identicon.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

namespace swarmscope::ui {

MemberListModel::MemberListModel(PeerNames *names, QObject *parent) : QAbstractListModel(parent), m_names(names)
{
    if (m_names)  // a rename (local or signed) can change both the text and the order
        connect(m_names, &PeerNames::changed, this, [this] { sortAndReset(m_rows); });
}

void MemberListModel::setMembers(const RoomSnapshot &room, const QSet<QString> &connected)
{
    QList<Member> members;
    members.reserve(room.members.size());
    for (const QString &address : room.members)
        members.append({address, room.memberNames.value(address), connected.contains(address)});
    // The peers table changes every second (rates); the list is reset only when what it shows did.
    if (room.name == m_room && std::is_permutation(members.cbegin(), members.cend(), m_rows.cbegin(), m_rows.cend()))
        return;
    m_room = room.name;
    sortAndReset(std::move(members));
}

void MemberListModel::clear()
{
    m_room.clear();
    sortAndReset({});
}

int MemberListModel::connectedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Member &m) { return m.connected; }));
}

void MemberListModel::sortAndReset(QList<Member> members)
{
    const auto shown = [this](const Member &m) {
        return m_names ? m_names->display(m.address, m.signedName) : m.address;
    };
    std::sort(members.begin(), members.end(), [&](const Member &a, const Member &b) {
        if (a.connected != b.connected)
            return a.connected;
        const int byName = QString::compare(shown(a), shown(b), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.address < b.address;
    });
    beginResetModel();
    m_rows = std::move(members);
    endResetModel();
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Member &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return m_names ? m_names->display(m.address, m.signedName) : m.address;
    case Qt::DecorationRole: return Identicon::pixmap(m.address, kIconSize);
    case Qt::ToolTipRole:
        return m.connected ? tr("%1\nConnected").arg(m.address)
                           : tr("%1\nIn the room, reached through other members").arg(m.address);
    case Qt::ForegroundRole:
        if (!m.connected)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Roles::Raw:
    case Roles::Key:
    case Roles::PeerAddress: return m.address;
    case Roles::ConnectedCount: return m.connected;
    default: return {};
    }
}

}  // namespace swarmscope::ui
