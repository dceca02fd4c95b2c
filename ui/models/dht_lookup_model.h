#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace swarmscope::ui {

// The infohashes the DHT node tracks (announced or looked up), keyed by infohash, with the room
// each belongs to, whether a round is running and how the last round went.
class DhtLookupModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DhtLookupModel)

public:
    enum Column { Infohash, Room, State, PeersFound, Datagrams, LastRound, ColumnCount };

    struct Lookup {
        QByteArray infohash;  // 20 bytes
        QString room;  // empty when no joined room has this key
        bool running = false;
        bool tracked = true;
    };

    explicit DhtLookupModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the set of rows: unknown infohashes are appended, missing ones removed, the rest
    // updated in place.
    void setLookups(const QList<Lookup> &lookups);
    // The outcome of a finished round (DhtNode::lookupDone), kept even before the row exists.
    void recordRound(const QByteArray &infohash, int peersFound, int datagrams, qint64 wallMs);

    int rowOf(const QByteArray &infohash) const;
    int runningCount() const;

    void retranslate();

private:
    struct Round {
        int peers = -1;
        int datagrams = -1;
        qint64 wallMs = 0;
    };
    struct Row {
        Lookup lookup;
        Round last;
    };

    QList<Row> m_rows;
    QHash<QByteArray, Round> m_rounds;
};

}  // namespace swarmscope::ui
