#pragma once

#include "engine_event.h"

#include <QAbstractTableModel>

#include <deque>

namespace swarmscope::ui {

// Every engine event in a capped ring buffer: when full, the oldest rows are removed before the
// new batch is inserted, and the number dropped is kept for the panel to show.
class EventLogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { Time, Kind, Fields, ColumnCount };
    static constexpr int kDefaultCapacity = 50000;

    explicit EventLogModel(int capacity = kDefaultCapacity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QList<EngineEvent> &events);
    void clear();

    int capacity() const { return m_capacity; }
    // A smaller capacity drops the oldest rows at once.
    void setCapacity(int capacity);
    quint64 dropped() const { return m_dropped; }
    const EngineEvent &eventAt(int row) const { return m_rows.at(std::size_t(row)).event; }
    // The peer an event is about: its "address", else "from", else "peer" field, if that holds a
    // peer address (DHT and listen events carry host:port there instead).
    static QString peerOf(const EngineEvent &event);

    void retranslate();

signals:
    void droppedChanged(quint64 dropped);

private:
    struct Row {
        quint64 seq;       // stable key: never reused
        EngineEvent event;
        QString json;      // compact JSON of the fields, rendered once
        QString peer;      // the peer the event is about (peerOf), found once
    };

    int m_capacity;
    std::deque<Row> m_rows;
    quint64 m_nextSeq = 0;
    quint64 m_dropped = 0;
};

} // namespace swarmscope::ui
