#include "candidate_table_model.h"

#include "events/event_json.h"
#include "format/state_words.h"
#include "format/units.h"
#include "roles.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace swarmscope::ui {

namespace {

bool sameCandidate(const CandidateSnapshot &a, const CandidateSnapshot &b)
{
    return a.source == b.source && a.referrer == b.referrer && a.state == b.state && a.retries == b.retries
        && a.local == b.local && a.persistent == b.persistent && a.address == b.address && a.rooms == b.rooms;
}

}  // namespace

CandidateTableModel::CandidateTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

QString CandidateTableModel::keyOf(const CandidateSnapshot &c)
{
    if (c.host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + c.host + QStringLiteral("]:") + QString::number(c.port);
    return c.host + QLatin1Char(':') + QString::number(c.port);
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CandidateSnapshot &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Endpoint: return keyOf(c);
        case Source: return StateWords::peerSource(c.source);
        case Referrer: return c.referrer;
        case State: return StateWords::candidateState(c.state);
        case Retries: return c.retries;
        case Address: return c.address.isEmpty() ? QString() : Units::shortAddress(c.address);
        case Rooms: return c.rooms.join(QStringLiteral(", "));
        default: return {};
        }
    case Roles::Raw:
        switch (index.column()) {
        case Endpoint: return keyOf(c);
        case Source: return peerSourceName(c.source);
        case Referrer: return c.referrer;
        case State: return int(c.state);
        case Retries: return c.retries;
        case Address: return c.address;
        case Rooms: return c.rooms.join(QLatin1Char(','));
        default: return {};
        }
    case Roles::Key: return keyOf(c);
    case Roles::PeerAddress: return c.address;
    case Roles::FilterText:
        return QStringList{keyOf(c),  StateWords::peerSource(c.source), c.referrer, StateWords::candidateState(c.state),
                           c.address, c.rooms.join(QLatin1Char(' '))}
            .join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Endpoint: {
            QStringList notes;
            if (c.persistent)
                notes << tr("Added by hand: kept connected and never dropped");
            if (c.local)
                notes << tr("A local or private address");
            return notes.isEmpty() ? QVariant() : QVariant(notes.join(QLatin1Char('\n')));
        }
        case Address: return c.address;
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Retries ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (c.state == CandidateState::Dropped || c.state == CandidateState::Banned)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default: return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Endpoint: return tr("Host:port");
        case Source: return tr("Source");
        case Referrer: return tr("Referrer");
        case State: return tr("State");
        case Retries: return tr("Retries");
        case Address: return tr("Address");
        case Rooms: return tr("Rooms");
        default: break;
        }
    }
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Source: return tr("Where the endpoint was found: lan, dht, pex, book, manual or inbound");
        case Referrer: return tr("Who told us about it");
        case State: return tr("queued, connecting, connected, waiting (for a retry), dropped or banned");
        case Retries: return tr("Failed dials so far");
        case Address: return tr("The peer's address, once a connection proved it");
        default: break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void CandidateTableModel::setQueue(const QList<CandidateSnapshot> &queue)
{
    QHash<QString, int> wanted;
    for (int i = 0; i < queue.size(); ++i)
        wanted.insert(keyOf(queue.at(i)), i);  // a duplicate endpoint keeps its last snapshot

    // Removals, bottom up, one call per contiguous run.
    int lowestRemoved = -1;
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (wanted.contains(keyOf(m_rows.at(row)))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.contains(keyOf(m_rows.at(first - 1))))
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r)
            m_rowOf.remove(keyOf(m_rows.at(r)));
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        lowestRemoved = first;
        row = first - 1;
    }
    if (lowestRemoved >= 0)
        reindexFrom(lowestRemoved);

    // Updates in place; the 50 % rule as in the peers table.
    QList<int> changed;
    QList<CandidateSnapshot> fresh;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const CandidateSnapshot &c = queue.at(it.value());
        const int row = m_rowOf.value(it.key(), -1);
        if (row < 0) {
            fresh.append(c);
        } else if (!sameCandidate(m_rows.at(row), c)) {
            m_rows[row] = c;
            changed.append(row);
        }
    }
    if (changed.size() * 2 > m_rows.size()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        for (int row : std::as_const(changed))
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }

    if (!fresh.isEmpty()) {
        // The engine's order (by endpoint) for the newcomers.
        std::sort(fresh.begin(), fresh.end(), [](const CandidateSnapshot &a, const CandidateSnapshot &b) {
            return std::tie(a.host, a.port) < std::tie(b.host, b.port);
        });
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const CandidateSnapshot &c : std::as_const(fresh)) {
            m_rowOf.insert(keyOf(c), int(m_rows.size()));
            m_rows.append(c);
        }
        endInsertRows();
    }
}

int CandidateTableModel::countInState(CandidateState state) const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const CandidateSnapshot &c) { return c.state == state; }));
}

void CandidateTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // States and sources are translated words too.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Roles::FilterText});
}

void CandidateTableModel::reindexFrom(int row)
{
    for (int r = row; r < m_rows.size(); ++r)
        m_rowOf.insert(keyOf(m_rows.at(r)), r);
}

}  // namespace swarmscope::ui
