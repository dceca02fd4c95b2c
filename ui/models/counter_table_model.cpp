#include "counter_table_model.h"

#include "roles.h"

#include <QLocale>

#include <algorithm>

namespace swarmscope::ui {

CounterTableModel::CounterTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

int CounterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CounterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return index.column() == Name ? QVariant(r.name) : QVariant(QLocale().toString(r.count));
    case Roles::Raw: return index.column() == Name ? QVariant(r.name) : QVariant::fromValue(r.count);
    case Roles::Key: return r.name;
    case Qt::TextAlignmentRole:
        return index.column() == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant CounterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ColumnCount)
        return section == Name ? m_nameHeader : m_countHeader;
    return QAbstractTableModel::headerData(section, orientation, role);
}

void CounterTableModel::setHeaders(const QString &name, const QString &count)
{
    m_nameHeader = name;
    m_countHeader = count;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CounterTableModel::setCounts(const QHash<QString, quint64> &counts)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!counts.contains(m_rows.at(row).name)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QHash<QString, int> held;
    for (int row = 0; row < m_rows.size(); ++row)
        held.insert(m_rows.at(row).name, row);
    QStringList fresh;
    int firstChanged = -1;
    int lastChanged = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto at = held.constFind(it.key());
        if (at == held.cend()) {
            fresh.append(it.key());
            continue;
        }
        if (m_rows.at(*at).count != it.value()) {
            m_rows[*at].count = it.value();
            firstChanged = firstChanged < 0 ? *at : std::min(firstChanged, *at);
            lastChanged = std::max(lastChanged, *at);
        }
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, Count), index(lastChanged, Count));
    if (!fresh.isEmpty()) {
        fresh.sort();
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const QString &name : std::as_const(fresh))
            m_rows.append(Row{name, counts.value(name)});
        endInsertRows();
    }
}

quint64 CounterTableModel::countOf(const QString &name) const
{
    for (const Row &r : m_rows) {
        if (r.name == name)
            return r.count;
    }
    return 0;
}

quint64 CounterTableModel::total() const
{
    quint64 sum = 0;
    for (const Row &r : m_rows)
        sum += r.count;
    return sum;
}

}  // namespace swarmscope::ui
