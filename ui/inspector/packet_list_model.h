#pragma once

#include "stats/frame_tap.h"

#include <QAbstractTableModel>

#include <deque>

namespace swarmscope::ui {

// Captured frames in a capped ring buffer (STYLE P8): when full, the oldest rows go before the
// new batch is inserted, and the number dropped is kept. Rows are keyed by a sequence number.
class PacketListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketListModel)

public:
    enum Column { Number, Time, Direction, Peer, Transport, Type, Size, ColumnCount };
    static constexpr int kDefaultCapacity = 10000;

    explicit PacketListModel(int capacity = kDefaultCapacity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QList<FrameRecord> &frames);
    void clear();

    int capacity() const { return m_capacity; }
    quint64 dropped() const { return m_dropped; }
    const FrameRecord &frameAt(int row) const { return m_rows.at(std::size_t(row)).frame; }
    QList<FrameRecord> frames() const;
    void retranslate();
    // Row tints follow the light or dark palette.
    void setDark(bool dark);

signals:
    void droppedChanged(quint64 dropped);

private:
    struct Row {
        quint64 seq;
        FrameRecord frame;
    };

    int m_capacity;
    std::deque<Row> m_rows;
    quint64 m_nextSeq = 1;
    quint64 m_dropped = 0;
    bool m_dark = false;
};

} // namespace swarmscope::ui
