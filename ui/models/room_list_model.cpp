#include "room_list_model.h"

#include "roles.h"

#include <QSet>

#include <algorithm>

namespace swarmscope::ui {

RoomListModel::RoomListModel(QObject *parent) : QAbstractListModel(parent)
{}

int RoomListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoomListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const bool compat = r.backend != RoomBackend::Native;
    switch (role) {
    case Qt::DisplayRole: return compat ? RoomRef::parse(r.name).value_or(RoomRef{}).name : r.name;
    case Qt::EditRole:
    case Roles::Key:
    case Roles::Raw:
    case Roles::FilterText: return r.name;
    case Roles::Backend: return compat ? roomBackendName(r.backend) : QString();
    case Roles::MemberCount: return r.members;
    case Roles::ConnectedCount: return r.connected;
    case Roles::Unread: return r.unread;
    case Qt::ToolTipRole:
        return compat
            ? tr("%1 (%2 swarm): %n member(s) seen", nullptr, r.members).arg(r.name, roomBackendName(r.backend))
            : tr("%1: %n member(s) seen", nullptr, r.members).arg(r.name);
    case Qt::AccessibleTextRole:
        return QString(tr("%1, %n member(s)", nullptr, r.members).arg(r.name)
                       + (r.unread > 0 ? tr(", %n unread", nullptr, r.unread) : QString()));
    default: return {};
    }
}

void RoomListModel::upsert(const QList<RoomSnapshot> &rooms)
{
    QList<Row> fresh;
    for (const RoomSnapshot &s : rooms) {
        const int members = int(s.members.size());
        const int row = rowOf(s.name);
        if (row >= 0) {
            Row &r = m_rows[row];
            if (r.members == members && r.connected == s.connectedMembers)
                continue;
            r.members = members;
            r.connected = s.connectedMembers;
            const QModelIndex i = index(row);
            emit dataChanged(i, i,
                             {Roles::MemberCount, Roles::ConnectedCount, Qt::ToolTipRole, Qt::AccessibleTextRole});
            continue;
        }
        auto inBatch = std::find_if(fresh.begin(), fresh.end(), [&](const Row &f) { return f.name == s.name; });
        if (inBatch != fresh.end()) {
            inBatch->members = members;
            inBatch->connected = s.connectedMembers;
        } else {
            fresh.append(Row{s.name, s.backend, members, s.connectedMembers, 0});
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

void RoomListModel::retainOnly(const QStringList &names)
{
    const QSet<QString> keep(names.cbegin(), names.cend());
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!keep.contains(m_rows.at(row).name))
            removeRow(row);
    }
}

void RoomListModel::remove(const QString &name)
{
    const int row = rowOf(name);
    if (row >= 0)
        removeRow(row);
}

void RoomListModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    endRemoveRows();
}

void RoomListModel::addUnread(const QString &name, int count)
{
    const int row = rowOf(name);
    if (row < 0 || count <= 0)
        return;
    m_rows[row].unread += count;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {Roles::Unread, Qt::AccessibleTextRole});
}

void RoomListModel::markRead(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0 || m_rows.at(row).unread == 0)
        return;
    m_rows[row].unread = 0;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {Roles::Unread, Qt::AccessibleTextRole});
}

int RoomListModel::rowOf(const QString &name) const
{
    // A handful of rooms: a linear scan beats keeping an index in sync.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

QString RoomListModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int RoomListModel::unreadOf(const QString &name) const
{
    const int row = rowOf(name);
    return row >= 0 ? m_rows.at(row).unread : 0;
}

int RoomListModel::totalUnread() const
{
    int total = 0;
    for (const Row &r : m_rows)
        total += r.unread;
    return total;
}

}  // namespace swarmscope::ui
