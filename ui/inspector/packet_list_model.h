#pragma once

#include "stats/frame_tap.h"

#include "models/capped_table_model.h"

#include <deque>

namespace swarmscope::ui {

// Captured frames in a capped ring buffer (CappedTableModel), keyed by a sequence number that
// counts dropped frames too.
class PacketListModel final : public CappedTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketListModel)

public:
    enum Column { Number, Time, Direction, Peer, Transport, Type, Size, ColumnCount };
    static constexpr int kDefaultCapacity = 10000;

    explicit PacketListModel(int capacity = kDefaultCapacity, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QList<FrameRecord> &frames);

    const FrameRecord &frameAt(int row) const { return m_rows.at(std::size_t(row)).frame; }
    QList<FrameRecord> frames() const;
    void retranslate();
    // Row tints follow the light or dark palette.
    void setDark(bool dark);

private:
    qsizetype storedRows() const override { return qsizetype(m_rows.size()); }
    void dropOldest(qsizetype count) override { m_rows.erase(m_rows.begin(), m_rows.begin() + count); }
    void dropAll() override { m_rows.clear(); }

    struct Row {
        quint64 seq;
        FrameRecord frame;
    };

    std::deque<Row> m_rows;
    quint64 m_nextSeq = 1;
    bool m_dark = false;
};

}  // namespace swarmscope::ui
