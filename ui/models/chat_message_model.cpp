#include "chat_message_model.h"

#include "format/peer_names.h"
#include "format/units.h"
#include "roles.h"
#include "widgets/identicon.h"

#include <algorithm>

namespace swarmscope::ui {

ChatMessageModel::ChatMessageModel(QString room, int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_room(std::move(room))
    , m_capacity(std::max(1, capacity))
{}

ChatMessageModel *ChatMessageModel::conversation(const QString &peerAddress, int capacity, QObject *parent)
{
    auto *model = new ChatMessageModel(peerAddress, capacity, parent);
    model->m_conversation = true;
    return model;
}

bool ChatMessageModel::accepts(const ChatMessage &m) const
{
    if (m_conversation)
        return m.direct && m.peerAddress == m_room;
    return !m.direct && m.room == m_room;
}

int ChatMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChatMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChatMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatMessage &m = m_rows.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole: return display(m, index.column());
    case Qt::DecorationRole:  // the bubble's (column 0) and the author's: the picture of their key
        if (m.own || (index.column() != Time && index.column() != Author))
            return {};
        return Identicon::pixmap(m.fromAddress, kIdenticonSize);
    case Qt::ToolTipRole:
        if (index.column() == Author)
            return m.fromAddress;
        if (index.column() == Time)  // the bubble's: by a name, the address it stands for comes first
            return m.own || display(m, Author).toString() == Units::shortAddress(m.fromAddress)
                ? Units::dateTime(m.timeMs)
                : QString(m.fromAddress + QLatin1Char('\n') + Units::dateTime(m.timeMs));
        return {};
    case Roles::Raw:
        switch (index.column()) {
        case Time: return m.timeMs;
        case Author: return m.fromAddress;
        case Text: return m.text;
        default: return {};
        }
    case Roles::Key: return m.id;
    case Roles::FilterText:
        return QString(m.fromAddress + QLatin1Char(' ') + m.fromName + QLatin1Char(' ')
                       + (m_names ? m_names->localName(m.fromAddress) + QLatin1Char(' ') : QString()) + m.text);
    case Roles::Own: return m.own;
    case Roles::Author: return display(m, Author);
    case Roles::Body: return m.text;
    case Roles::TimeMs: return m.timeMs;
    case Roles::Delivery: return int(m.state);
    case Roles::SearchMatch: return m_matches.contains(m.id);
    case Qt::AccessibleTextRole: {
        const QString text = tr("%1 at %2: %3").arg(display(m, Author).toString(), display(m, Time).toString(), m.text);
        if (!m.own)
            return text;
        switch (m.state) {
        case DeliveryState::Sending: return tr("%1 (waiting to be sent)").arg(text);
        case DeliveryState::Sent: return tr("%1 (sent)").arg(text);
        case DeliveryState::Delivered: return tr("%1 (delivered)").arg(text);
        case DeliveryState::Received: break;
        }
        return text;
    }
    default: return {};
    }
}

QVariant ChatMessageModel::display(const ChatMessage &m, int column) const
{
    switch (column) {
    case Time: return Units::timeOfDay(m.timeMs);
    case Author:
        if (m.own)
            return tr("You");
        if (m_names)
            return m_names->display(m.fromAddress, m.fromName);
        return m.fromName.isEmpty() ? Units::shortAddress(m.fromAddress) : m.fromName;
    case Text: return m.text;
    default: return {};
    }
}

QVariant ChatMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Time: return tr("Time");
        case Author: return tr("Author");
        case Text: return tr("Message");
        default: break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

int ChatMessageModel::append(const QList<ChatMessage> &messages)
{
    QList<ChatMessage> fresh;
    for (const ChatMessage &m : messages) {
        if (!accepts(m))
            continue;
        const int row = rowOfId(m.id);
        if (row >= 0) {
            // Our own copy comes back from the engine with a newer delivery state.
            ChatMessage &held = m_rows[std::size_t(row)];
            if (held.state == m.state && held.own == m.own)
                continue;
            held.state = m.state;
            held.own = held.own || m.own;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const bool dupInBatch =
            std::any_of(fresh.cbegin(), fresh.cend(), [&](const ChatMessage &f) { return f.id == m.id; });
        if (!dupInBatch)
            fresh.append(m);
    }
    if (fresh.isEmpty())
        return 0;

    // A batch larger than the cap keeps only its newest part.
    if (fresh.size() > m_capacity)
        fresh.remove(0, fresh.size() - m_capacity);

    const int overflow = int(m_rows.size()) + int(fresh.size()) - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        for (int i = 0; i < overflow; ++i) {
            m_seqOf.remove(m_rows.front().id);
            m_rows.pop_front();
        }
        m_firstSeq += quint64(overflow);
        endRemoveRows();
    }

    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const ChatMessage &m : fresh) {
        m_seqOf.insert(m.id, m_firstSeq + m_rows.size());
        m_rows.push_back(m);
    }
    endInsertRows();
    return int(fresh.size());
}

int ChatMessageModel::rowOfId(const QByteArray &id) const
{
    const auto it = m_seqOf.constFind(id);
    if (it == m_seqOf.cend())
        return -1;
    return int(*it - m_firstSeq);
}

bool ChatMessageModel::setState(const QByteArray &id, DeliveryState state)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    ChatMessage &held = m_rows[std::size_t(row)];
    if (held.state != state) {
        held.state = state;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Roles::Delivery, Qt::AccessibleTextRole});
    }
    return true;
}

void ChatMessageModel::setSearchMatches(const QSet<QByteArray> &ids)
{
    if (ids == m_matches)
        return;
    // Rows whose mark changes: those leaving the set and those entering it.
    QSet<QByteArray> touched = m_matches;
    touched.unite(ids);
    m_matches = ids;
    for (const QByteArray &id : std::as_const(touched)) {
        const int row = rowOfId(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Roles::SearchMatch});
    }
}

void ChatMessageModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ChatMessageModel::setNames(PeerNames *names)
{
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr);
    m_names = names;
    if (names) {
        // A longer or shorter name changes the bubbles' widths: a layout change, not only data.
        connect(names, &PeerNames::changed, this, [this] {
            emit layoutAboutToBeChanged();
            emit layoutChanged();
        });
    }
}

}  // namespace swarmscope::ui
