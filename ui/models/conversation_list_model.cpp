#include "conversation_list_model.h"

#include "format/units.h"
#include "roles.h"

#include <algorithm>

namespace swarmscope::ui {

ConversationListModel::ConversationListModel(QObject *parent) : QAbstractListModel(parent)
{}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return Units::shortAddress(r.address);
    case Roles::Key:
    case Roles::Raw:
    case Roles::FilterText: return r.address;
    case Roles::Body: return r.lastText.isEmpty() ? tr("No messages yet") : r.lastText;
    case Roles::TimeMs: return r.lastMs;
    case Roles::Unread: return r.unread;
    case Qt::ToolTipRole: return tr("Direct messages with %1").arg(r.address);
    case Qt::AccessibleTextRole:
        return QString(tr("Conversation with %1").arg(Units::shortAddress(r.address))
                       + (r.unread > 0 ? tr(", %n unread", nullptr, r.unread) : QString()));
    default: return {};
    }
}

void ConversationListModel::open(const QString &address)
{
    if (address.isEmpty() || rowOf(address) >= 0)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{address, {}, 0, 0});
    endInsertRows();
}

void ConversationListModel::noteMessages(const QList<ChatMessage> &directMessages)
{
    QList<Row> fresh;
    for (const ChatMessage &m : directMessages) {
        if (!m.direct || m.peerAddress.isEmpty())
            continue;
        const int row = rowOf(m.peerAddress);
        if (row >= 0) {
            Row &r = m_rows[row];
            if (m.timeMs < r.lastMs)
                continue;
            r.lastMs = m.timeMs;
            r.lastText = m.text;
            emit dataChanged(index(row), index(row), {Roles::Body, Roles::TimeMs, Qt::AccessibleTextRole});
            continue;
        }
        auto inBatch =
            std::find_if(fresh.begin(), fresh.end(), [&](const Row &f) { return f.address == m.peerAddress; });
        if (inBatch == fresh.end()) {
            fresh.append(Row{m.peerAddress, m.text, m.timeMs, 0});
        } else if (m.timeMs >= inBatch->lastMs) {
            inBatch->lastMs = m.timeMs;
            inBatch->lastText = m.text;
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
}

void ConversationListModel::remove(const QString &address)
{
    const int row = rowOf(address);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ConversationListModel::addUnread(const QString &address, int count)
{
    const int row = rowOf(address);
    if (row < 0 || count <= 0)
        return;
    m_rows[row].unread += count;
    emit dataChanged(index(row), index(row), {Roles::Unread, Qt::AccessibleTextRole});
}

void ConversationListModel::markRead(const QString &address)
{
    const int row = rowOf(address);
    if (row < 0 || m_rows.at(row).unread == 0)
        return;
    m_rows[row].unread = 0;
    emit dataChanged(index(row), index(row), {Roles::Unread, Qt::AccessibleTextRole});
}

int ConversationListModel::rowOf(const QString &address) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).address == address)
            return row;
    }
    return -1;
}

QString ConversationListModel::addressAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).address : QString();
}

int ConversationListModel::unreadOf(const QString &address) const
{
    const int row = rowOf(address);
    return row < 0 ? 0 : m_rows.at(row).unread;
}

int ConversationListModel::totalUnread() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.unread;
    return n;
}

void ConversationListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

}  // namespace swarmscope::ui
