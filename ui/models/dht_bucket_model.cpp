#include "dht_bucket_model.h"

#include "format/units.h"
#include "roles.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace swarmscope::ui {

namespace {

constexpr int kIdPrefixChars = 12;  // 48 bits tell nodes apart at a glance
constexpr quintptr kTopLevel = 0;  // internal id of bucket rows; node rows carry bucket index + 1

QByteArray keyOf(const QByteArray &id, bool replacement)
{
    return (replacement ? QByteArrayLiteral("r") : QByteArrayLiteral("n")) + id;
}

QString endpointOf(const DhtNodeInfo &n)
{
    return n.host.toString() + QLatin1Char(':') + QString::number(n.port);
}

bool sameInfo(const DhtNodeInfo &a, const DhtNodeInfo &b)
{
    return a.host == b.host && a.port == b.port && a.lastSeenMs == b.lastSeenMs && a.failures == b.failures;
}

// Row numbers in descending order, grouped into contiguous [first, last] runs.
QList<std::pair<int, int>> descendingRuns(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    QList<std::pair<int, int>> runs;
    for (int i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            --first;
        }
        ++i;
        runs.append({first, last});
    }
    return runs;
}

}  // namespace

DhtBucketModel::DhtBucketModel(QObject *parent) : QAbstractItemModel(parent)
{}

QModelIndex DhtBucketModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_buckets.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_buckets.size())
        return {};
    const Bucket &b = m_buckets.at(parent.row());
    if (row >= b.entries.size())
        return {};
    return createIndex(row, column, quintptr(b.index) + 1);
}

QModelIndex DhtBucketModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    const int row = m_rowOf.value(int(child.internalId() - 1), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, kTopLevel);
}

int DhtBucketModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_buckets.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0 || parent.row() >= m_buckets.size())
        return 0;
    return int(m_buckets.at(parent.row()).entries.size());
}

int DhtBucketModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DhtBucketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel)
        return bucketData(m_buckets.at(index.row()), index.column(), role);
    const int row = m_rowOf.value(int(index.internalId() - 1), -1);
    if (row < 0)
        return {};
    const Bucket &b = m_buckets.at(row);
    return entryData(b.entries.at(index.row()), index.column(), role);
}

QVariant DhtBucketModel::bucketData(const Bucket &b, int column, int role) const
{
    const int replacements = int(b.entries.size()) - b.nodes;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Node: return tr("Bucket %1").arg(b.index);
        case Endpoint:
            return replacements > 0
                ? tr("%n node(s)", nullptr, b.nodes) + tr(", %n replacement(s)", nullptr, replacements)
                : tr("%n node(s)", nullptr, b.nodes);
        case LastSeen: {
            qint64 newest = 0;
            for (int i = 0; i < b.nodes; ++i)
                newest = std::max(newest, b.entries.at(i).info.lastSeenMs);
            return Units::age(newest, m_nowMs);
        }
        default: return {};
        }
    case Roles::Raw:
        switch (column) {
        case Node: return b.index;
        case Endpoint: return b.nodes;
        default: return {};
        }
    case Roles::Key: return b.index;
    case Qt::ToolTipRole:
        if (column == Node)
            return tr("Nodes whose ids share the first %n bit(s) with ours", nullptr, b.index);
        return {};
    case Qt::FontRole: {
        QFont bold = QGuiApplication::font();
        bold.setBold(true);
        return bold;
    }
    default: return {};
    }
}

QVariant DhtBucketModel::entryData(const Entry &e, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Node: {
            const QString prefix = QString::fromLatin1(e.info.id.toHex().left(kIdPrefixChars)) + QChar(0x2026);
            return e.replacement ? tr("%1 (replacement)").arg(prefix) : prefix;
        }
        case Endpoint: return endpointOf(e.info);
        case LastSeen: return Units::age(e.info.lastSeenMs, m_nowMs);
        case Failures: return e.info.failures;
        default: return {};
        }
    case Roles::Raw:
        switch (column) {
        case Node: return QString::fromLatin1(e.info.id.toHex());
        case Endpoint: return endpointOf(e.info);
        case LastSeen: return e.info.lastSeenMs;
        case Failures: return e.info.failures;
        default: return {};
        }
    case Roles::Key: return QString::fromLatin1(e.info.id.toHex());
    case Roles::Replacement: return e.replacement;
    case Qt::ToolTipRole:
        switch (column) {
        case Node:
            return e.replacement ? tr("%1\nWaiting in the replacement cache for a place in the bucket")
                                       .arg(QString::fromLatin1(e.info.id.toHex()))
                                 : QString::fromLatin1(e.info.id.toHex());
        case LastSeen: return Units::dateTime(e.info.lastSeenMs);
        case Failures: return tr("Queries in a row that got no answer");
        default: return {};
        }
    case Qt::TextAlignmentRole: return column == Failures ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (e.replacement || e.info.failures > 0)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (e.replacement) {
            QFont italic = QGuiApplication::font();
            italic.setItalic(true);
            return italic;
        }
        return {};
    default: return {};
    }
}

QVariant DhtBucketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Node: return tr("Bucket / node id");
        case Endpoint: return tr("Endpoint");
        case LastSeen: return tr("Last seen");
        case Failures: return tr("Failures");
        default: break;
        }
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

void DhtBucketModel::setBuckets(const QList<DhtBucketSnapshot> &buckets, qint64 nowMs)
{
    const bool clockMoved = nowMs != m_nowMs;
    m_nowMs = nowMs;
    syncBuckets(buckets);
    for (const DhtBucketSnapshot &snapshot : buckets) {
        const int row = m_rowOf.value(snapshot.index, -1);
        if (row >= 0)
            syncEntries(row, snapshot);
    }
    if (clockMoved && !m_buckets.isEmpty()) {
        // "Last seen" is relative to now: it changes for every row on every refresh.
        emit dataChanged(index(0, LastSeen), index(int(m_buckets.size()) - 1, LastSeen), {Qt::DisplayRole});
        for (int row = 0; row < m_buckets.size(); ++row) {
            const int n = int(m_buckets.at(row).entries.size());
            if (n > 0) {
                const QModelIndex parent = index(row, 0);
                emit dataChanged(index(0, LastSeen, parent), index(n - 1, LastSeen, parent), {Qt::DisplayRole});
            }
        }
    }
}

void DhtBucketModel::syncBuckets(const QList<DhtBucketSnapshot> &buckets)
{
    QHash<int, const DhtBucketSnapshot *> wanted;
    for (const DhtBucketSnapshot &b : buckets)
        wanted.insert(b.index, &b);

    QList<int> gone;
    for (int row = 0; row < m_buckets.size(); ++row) {
        if (!wanted.contains(m_buckets.at(row).index))
            gone.append(row);
    }
    for (const auto &[first, last] : descendingRuns(gone)) {
        beginRemoveRows({}, first, last);
        m_buckets.remove(first, last - first + 1);
        reindex();
        endRemoveRows();
    }

    // New buckets go to their sorted place, empty; their entries follow as child inserts.
    QList<int> fresh;
    for (const DhtBucketSnapshot &b : buckets) {
        if (!m_rowOf.contains(b.index) && !fresh.contains(b.index))
            fresh.append(b.index);
    }
    std::sort(fresh.begin(), fresh.end());
    for (int bucketIndex : fresh) {
        const auto at = std::lower_bound(m_buckets.cbegin(), m_buckets.cend(), bucketIndex,
                                         [](const Bucket &b, int i) { return b.index < i; });
        const int row = int(at - m_buckets.cbegin());
        beginInsertRows({}, row, row);
        m_buckets.insert(row, Bucket{bucketIndex, {}, 0});
        reindex();
        endInsertRows();
    }
}

void DhtBucketModel::syncEntries(int row, const DhtBucketSnapshot &snapshot)
{
    const QModelIndex parentIndex = index(row, 0);
    QList<Entry> wanted;
    QHash<QByteArray, int> wantedAt;
    const auto want = [&](const QList<DhtNodeInfo> &list, bool replacement) {
        for (const DhtNodeInfo &n : list) {
            const QByteArray key = keyOf(n.id, replacement);
            if (wantedAt.contains(key))
                continue;
            wantedAt.insert(key, int(wanted.size()));
            wanted.append(Entry{n, replacement});
        }
    };
    want(snapshot.nodes, false);
    want(snapshot.replacements, true);

    Bucket &b = m_buckets[row];
    bool summaryChanged = false;

    // 1. Entries that left the bucket (or moved between the nodes and the cache).
    QList<int> gone;
    for (int i = 0; i < b.entries.size(); ++i) {
        if (!wantedAt.contains(keyOf(b.entries.at(i).info.id, b.entries.at(i).replacement)))
            gone.append(i);
    }
    for (const auto &[first, last] : descendingRuns(gone)) {
        beginRemoveRows(parentIndex, first, last);
        for (int i = first; i <= last; ++i)
            b.nodes -= b.entries.at(i).replacement ? 0 : 1;
        b.entries.remove(first, last - first + 1);
        endRemoveRows();
        summaryChanged = true;
    }

    // 2. Entries that stayed: update in place, one signal over the changed range.
    QHash<QByteArray, int> held;
    for (int i = 0; i < b.entries.size(); ++i)
        held.insert(keyOf(b.entries.at(i).info.id, b.entries.at(i).replacement), i);
    int firstChanged = -1;
    int lastChanged = -1;
    QList<Entry> newNodes;
    QList<Entry> newReplacements;
    for (const Entry &w : std::as_const(wanted)) {
        const auto it = held.constFind(keyOf(w.info.id, w.replacement));
        if (it == held.cend()) {
            (w.replacement ? newReplacements : newNodes).append(w);
            continue;
        }
        Entry &e = b.entries[*it];
        if (!sameInfo(e.info, w.info)) {
            e.info = w.info;
            firstChanged = firstChanged < 0 ? *it : std::min(firstChanged, *it);
            lastChanged = std::max(lastChanged, *it);
        }
    }
    if (firstChanged >= 0) {
        emit dataChanged(index(firstChanged, 0, parentIndex), index(lastChanged, ColumnCount - 1, parentIndex));
        summaryChanged = true;
    }

    // 3. Newcomers: nodes at the end of the node block, replacements at the very end.
    if (!newNodes.isEmpty()) {
        beginInsertRows(parentIndex, b.nodes, b.nodes + int(newNodes.size()) - 1);
        for (int i = 0; i < newNodes.size(); ++i)
            b.entries.insert(b.nodes + i, newNodes.at(i));
        b.nodes += int(newNodes.size());
        endInsertRows();
        summaryChanged = true;
    }
    if (!newReplacements.isEmpty()) {
        const int first = int(b.entries.size());
        beginInsertRows(parentIndex, first, first + int(newReplacements.size()) - 1);
        b.entries.append(newReplacements);
        endInsertRows();
        summaryChanged = true;
    }
    if (summaryChanged)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DhtBucketModel::reindex()
{
    m_rowOf.clear();
    for (int row = 0; row < m_buckets.size(); ++row)
        m_rowOf.insert(m_buckets.at(row).index, row);
}

int DhtBucketModel::nodeCount() const
{
    int n = 0;
    for (const Bucket &b : m_buckets)
        n += b.nodes;
    return n;
}

int DhtBucketModel::replacementCount() const
{
    int n = 0;
    for (const Bucket &b : m_buckets)
        n += int(b.entries.size()) - b.nodes;
    return n;
}

void DhtBucketModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_buckets.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_buckets.size()) - 1, ColumnCount - 1));
}

}  // namespace swarmscope::ui
