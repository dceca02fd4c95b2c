#pragma once

#include "snapshots.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace swarmscope::ui {

// The connection queue (Session::queue()): every endpoint the swarm knows, connected or not,
// keyed by host:port. Each queueChanged list replaces the rows: gone endpoints are removed in
// contiguous runs, new ones appended in one batch, changed ones updated in place.
class CandidateTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateTableModel)

public:
    enum Column { Endpoint, Source, Referrer, State, Retries, Address, Rooms, ColumnCount };

    explicit CandidateTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQueue(const QList<CandidateSnapshot> &queue);

    static QString keyOf(const CandidateSnapshot &c);  // "host:port", IPv6 in brackets
    int rowOf(const QString &key) const { return m_rowOf.value(key, -1); }
    const CandidateSnapshot &candidateAt(int row) const { return m_rows.at(row); }
    int countInState(CandidateState state) const;

    void retranslate();

private:
    void reindexFrom(int row);

    QList<CandidateSnapshot> m_rows;
    QHash<QString, int> m_rowOf;
};

}  // namespace swarmscope::ui
