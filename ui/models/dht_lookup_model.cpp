#include "dht_lookup_model.h"

#include "format/units.h"
#include "roles.h"

#include <QSet>

#include <algorithm>

namespace swarmscope::ui {

namespace {
constexpr int kMaxRemembered = 4096;  // rounds of infohashes no longer tracked are forgotten past this
}  // namespace

DhtLookupModel::DhtLookupModel(QObject *parent) : QAbstractTableModel(parent)
{}

int DhtLookupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DhtLookupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DhtLookupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QString hex = QString::fromLatin1(r.lookup.infohash.toHex());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Infohash: return hex;
        case Room: return r.lookup.room.isEmpty() ? tr("(no room)") : r.lookup.room;
        case State:
            if (r.lookup.running)
                return tr("looking up");
            return r.lookup.tracked ? tr("waiting") : tr("finishing");
        case PeersFound: return r.last.peers < 0 ? QVariant() : QVariant(r.last.peers);
        case Datagrams: return r.last.datagrams < 0 ? QVariant() : QVariant(r.last.datagrams);
        case LastRound: return Units::timeOfDay(r.last.wallMs);
        default: return {};
        }
    case Roles::Raw:
        switch (index.column()) {
        case Infohash: return hex;
        case Room: return r.lookup.room;
        case State: return r.lookup.running;
        case PeersFound: return r.last.peers;
        case Datagrams: return r.last.datagrams;
        case LastRound: return r.last.wallMs;
        default: return {};
        }
    case Roles::Key: return hex;
    case Qt::ToolTipRole:
        if (index.column() == LastRound)
            return Units::dateTime(r.last.wallMs);
        if (index.column() == Infohash)
            return tr("The room's key on the DHT: the first 20 bytes of its topic hash");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == PeersFound || index.column() == Datagrams ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                           : QVariant();
    default: return {};
    }
}

QVariant DhtLookupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Infohash: return tr("Infohash");
        case Room: return tr("Room");
        case State: return tr("State");
        case PeersFound: return tr("Peers found");
        case Datagrams: return tr("Datagrams");
        case LastRound: return tr("Last round");
        default: break;
        }
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case PeersFound: return tr("Peers the last round found");
        case Datagrams: return tr("Datagrams the last round sent");
        default: break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void DhtLookupModel::setLookups(const QList<Lookup> &lookups)
{
    QHash<QByteArray, int> wanted;
    for (int i = 0; i < lookups.size(); ++i)
        wanted.insert(lookups.at(i).infohash, i);

    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (wanted.contains(m_rows.at(row).lookup.infohash)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).lookup.infohash))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    QHash<QByteArray, int> held;
    for (int row = 0; row < m_rows.size(); ++row)
        held.insert(m_rows.at(row).lookup.infohash, row);
    QList<Row> fresh;
    QSet<QByteArray> freshKeys;
    for (const Lookup &l : lookups) {
        const auto it = held.constFind(l.infohash);
        if (it == held.cend()) {
            if (!freshKeys.contains(l.infohash)) {
                freshKeys.insert(l.infohash);
                fresh.append(Row{l, m_rounds.value(l.infohash)});
            }
            continue;
        }
        Row &r = m_rows[*it];
        const Round last = m_rounds.value(l.infohash);
        if (r.lookup.room != l.room || r.lookup.running != l.running || r.lookup.tracked != l.tracked
            || r.last.peers != last.peers || r.last.wallMs != last.wallMs) {
            r.lookup = l;
            r.last = last;
            emit dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        }
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
}

void DhtLookupModel::recordRound(const QByteArray &infohash, int peersFound, int datagrams, qint64 wallMs)
{
    if (m_rounds.size() >= kMaxRemembered && !m_rounds.contains(infohash)) {
        // Keep the rounds of rows still shown; forget the rest.
        QHash<QByteArray, Round> kept;
        for (const Row &r : std::as_const(m_rows))
            kept.insert(r.lookup.infohash, m_rounds.value(r.lookup.infohash));
        m_rounds = kept;
    }
    m_rounds.insert(infohash, Round{peersFound, datagrams, wallMs});
    const int row = rowOf(infohash);
    if (row >= 0) {
        m_rows[row].last = m_rounds.value(infohash);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int DhtLookupModel::rowOf(const QByteArray &infohash) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).lookup.infohash == infohash)
            return row;
    }
    return -1;
}

int DhtLookupModel::runningCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.lookup.running; }));
}

void DhtLookupModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

}  // namespace swarmscope::ui
