#include "models/capped_table_model.h"

#include <algorithm>

namespace swarmscope::ui {

CappedTableModel::CappedTableModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{}

int CappedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(storedRows());
}

void CappedTableModel::appendBatch(qsizetype count, const std::function<void(qsizetype)> &store)
{
    if (count <= 0)
        return;
    const qsizetype skip = std::max<qsizetype>(0, count - m_capacity);
    const qsizetype incoming = count - skip;
    trimTo(m_capacity - incoming, quint64(skip));
    const int first = int(storedRows());
    beginInsertRows({}, first, first + int(incoming) - 1);
    for (qsizetype i = skip; i < count; ++i)
        store(i);
    endInsertRows();
}

void CappedTableModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trimTo(m_capacity, 0);
}

// Drops the oldest rows until at most keep are left; counts them with alreadyDropped.
void CappedTableModel::trimTo(qsizetype keep, quint64 alreadyDropped)
{
    const qsizetype overflow = storedRows() - keep;
    quint64 droppedNow = alreadyDropped;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        dropOldest(overflow);
        endRemoveRows();
        droppedNow += quint64(overflow);
    }
    if (droppedNow > 0) {
        m_dropped += droppedNow;
        emit droppedChanged(m_dropped);
    }
}

void CappedTableModel::clear()
{
    if (storedRows() > 0) {
        beginRemoveRows({}, 0, int(storedRows()) - 1);
        dropAll();
        endRemoveRows();
    }
    if (m_dropped != 0) {
        m_dropped = 0;
        emit droppedChanged(m_dropped);
    }
}

}  // namespace swarmscope::ui
