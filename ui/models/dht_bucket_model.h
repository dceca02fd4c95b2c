#pragma once

#include "dht/dht_views.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace swarmscope::ui {

// The DHT routing table as a tree: buckets at the top, their nodes below, followed by the
// bucket's replacement cache (marked). Buckets are keyed by their index and nodes by id, so a
// refresh only inserts, removes and updates what changed; a view's selection and expansion
// survive it.
class DhtBucketModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DhtBucketModel)

public:
    enum Column { Node, Endpoint, LastSeen, Failures, ColumnCount };

    explicit DhtBucketModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies a fresh snapshot of the table; nowMs (wall clock) is what "last seen" is relative to.
    void setBuckets(const QList<DhtBucketSnapshot> &buckets, qint64 nowMs);

    int nodeCount() const;  // live entries, replacements not counted
    int replacementCount() const;
    int bucketRow(int bucketIndex) const { return m_rowOf.value(bucketIndex, -1); }

    void retranslate();

private:
    struct Entry {
        DhtNodeInfo info;
        bool replacement = false;
    };
    struct Bucket {
        int index = 0;
        QList<Entry> entries;  // nodes first, then replacements
        int nodes = 0;  // how many of entries are nodes
    };

    void syncBuckets(const QList<DhtBucketSnapshot> &buckets);
    void syncEntries(int row, const DhtBucketSnapshot &snapshot);
    void reindex();
    QVariant bucketData(const Bucket &b, int column, int role) const;
    QVariant entryData(const Entry &e, int column, int role) const;

    QList<Bucket> m_buckets;  // sorted by index
    QHash<int, int> m_rowOf;  // bucket index -> row
    qint64 m_nowMs = 0;
};

}  // namespace swarmscope::ui
