#pragma once

#include "models/logged_event.h"

#include "capped_table_model.h"

#include <deque>

namespace swarmscope::ui {

// Every engine event in a capped ring buffer (CappedTableModel).
class EventLogModel final : public CappedTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { Time, Kind, Peer, Topic, Fields, ColumnCount };
    static constexpr int kDefaultCapacity = 50000;

    explicit EventLogModel(int capacity = kDefaultCapacity, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QList<LoggedEvent> &events);

    const LoggedEvent &eventAt(int row) const { return m_rows.at(std::size_t(row)).event; }
    // The peer an event is about: its "address", else "from", else "peer" field, if that holds a
    // peer address (DHT and listen events carry host:port there instead).
    static QString peerOf(const LoggedEvent &event);
    // The room (or, failing a name, the topic) an event is about; empty if none.
    static QString topicOf(const LoggedEvent &event);

    void retranslate();

private:
    qsizetype storedRows() const override { return qsizetype(m_rows.size()); }
    void dropOldest(qsizetype count) override { m_rows.erase(m_rows.begin(), m_rows.begin() + count); }
    void dropAll() override { m_rows.clear(); }

    struct Row {
        quint64 seq;  // stable key: never reused
        LoggedEvent event;
        QString json;  // compact JSON of the fields, rendered once
        QString peer;  // the peer the event is about (peerOf), found once
        QString topic;  // topicOf, found once
    };

    std::deque<Row> m_rows;
    quint64 m_nextSeq = 0;
};

}  // namespace swarmscope::ui
