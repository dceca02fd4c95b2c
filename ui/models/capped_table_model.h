#pragma once

#include <QAbstractTableModel>

#include <functional>

namespace swarmscope::ui {

// A table whose rows live in a capped ring buffer (STYLE P8): when full, the oldest rows are
// removed before a new batch is inserted, only the newest `capacity` rows of a larger batch are
// kept, and the number dropped is counted for the panel to show. Subclasses keep the rows (a
// std::deque) and tell the base how many there are and how to let go of the oldest.
class CappedTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CappedTableModel)

public:
    int rowCount(const QModelIndex &parent = {}) const override;

    int capacity() const { return m_capacity; }
    // A smaller capacity drops the oldest rows at once.
    void setCapacity(int capacity);
    quint64 dropped() const { return m_dropped; }
    // Removes every row and forgets what was dropped.
    void clear();

signals:
    void droppedChanged(quint64 dropped);

protected:
    CappedTableModel(int capacity, QObject *parent);

    // Inserts a batch of `count` rows at the end: store(i) keeps row i of the batch (only the
    // indexes that fit are asked for, in order).
    void appendBatch(qsizetype count, const std::function<void(qsizetype index)> &store);

    virtual qsizetype storedRows() const = 0;
    virtual void dropOldest(qsizetype count) = 0;  // only called between begin/endRemoveRows
    virtual void dropAll() = 0;

private:
    void trimTo(qsizetype keep, quint64 alreadyDropped);

    int m_capacity;
    quint64 m_dropped = 0;
};

}  // namespace swarmscope::ui
