#include "peer_table_model.h"

#include "events/event_json.h"
#include "format/peer_names.h"
#include "format/state_words.h"
#include "format/units.h"
#include "roles.h"
#include "widgets/identicon.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <climits>
#include <limits>

namespace swarmscope::ui {

namespace {

// Roles that change while a connection lives (alignment never does).
const QList<int> kLiveRoles{Qt::DisplayRole,    Qt::DecorationRole, Qt::ToolTipRole,
                            Qt::ForegroundRole, Roles::Raw,         Roles::FilterText};

QString endpointOf(const PeerSnapshot &p)
{
    // IPv6 literals need brackets so that the port stays readable.
    if (p.host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + p.host + QStringLiteral("]:") + QString::number(p.port);
    return p.host + QLatin1Char(':') + QString::number(p.port);
}

}  // namespace

PeerTableModel::PeerTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

int PeerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeerSnapshot &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(p, index.column());
    case Roles::Raw: return raw(p, index.column());
    case Roles::Key: return QVariant::fromValue(p.connectionId);
    case Roles::PeerAddress: return p.address;
    case Qt::DecorationRole:
        if (index.column() != Address || p.address.isEmpty())
            return {};
        return Identicon::pixmap(p.address, kIdenticonSize);
    case Roles::FilterText:
        return QStringList{p.address,
                           p.name,
                           m_names ? m_names->localName(p.address) : QString(),
                           endpointOf(p),
                           StateWords::transport(p.transport),
                           StateWords::peerSource(p.source),
                           p.referrer,
                           queueStateText(p),
                           StateWords::connectionState(p.state),
                           p.agent,
                           p.btPeerId.isEmpty() ? QString() : btPeerIdText(p.btPeerId)}
            .join(QLatin1Char(' '));
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Retries:
        case Rtt:
        case RateIn:
        case RateOut:
        case BytesIn:
        case BytesOut: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Address:
            if (p.address.isEmpty())
                return tr("Handshake in progress");
            return tr("%1\nAgent: %2\nShared rooms: %3")
                .arg(p.address, p.agent.isEmpty() ? tr("unknown") : p.agent,
                     p.rooms.isEmpty() ? tr("none") : p.rooms.join(QStringLiteral(", ")));
        case Source:
            if (p.referrer.isEmpty())
                return p.local ? tr("A local or private address") : QVariant();
            return p.local ? tr("Told by %1; a local or private address").arg(p.referrer)
                           : tr("Told by %1").arg(p.referrer);
        case BytesIn:
            return tr("%1 in %n frame(s), now %2", nullptr, int(qMin<quint64>(p.framesIn, INT_MAX)))
                .arg(Units::bytes(p.bytesIn), Units::rate(p.bytesInPerSec));
        case BytesOut:
            return tr("%1 in %n frame(s), now %2", nullptr, int(qMin<quint64>(p.framesOut, INT_MAX)))
                .arg(Units::bytes(p.bytesOut), Units::rate(p.bytesOutPerSec));
        case Since: return Units::dateTime(p.sinceMs);
        case BtPeerId: return p.btPeerId.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(p.btPeerId.toHex()));
        default: return {};
        }
    case Qt::ForegroundRole:
        if (p.state != ConnectionState::Connected)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default: return {};
    }
}

// "-WW0109-" and the 12 random bytes in hex: the client's tag stays readable.
QString PeerTableModel::btPeerIdText(const QByteArray &peerId)
{
    const QByteArray tag = peerId.left(8);
    const bool readable =
        peerId.size() == 20 && std::all_of(tag.begin(), tag.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
    return readable ? QString::fromLatin1(tag) + QString::fromLatin1(peerId.mid(8).toHex())
                    : QString::fromLatin1(peerId.toHex());
}

QString PeerTableModel::pathText(const PeerSnapshot &p)
{
    switch (p.path) {
    case ConnectionPath::Relayed: return tr("relayed via %1").arg(p.via);
    case ConnectionPath::HolePunched: return tr("hole-punched");
    case ConnectionPath::Direct: break;
    }
    return tr("direct", "connection path");
}

QString PeerTableModel::queueStateText(const PeerSnapshot &p)
{
    if (p.retiring)
        return tr("closing (another connection kept)");  // the loser of a redundant pair
    return p.queueState ? StateWords::candidateState(*p.queueState) : StateWords::connectionState(p.state);
}

QVariant PeerTableModel::display(const PeerSnapshot &p, int column) const
{
    switch (column) {
    case Address:
        // A display name reads better; the tooltip and the raw value keep the address, which is the identity.
        if (m_names && m_names->isNamed(p.address, p.name))
            return m_names->display(p.address, p.name);
        if (!p.name.isEmpty())
            return p.name;
        return p.address.isEmpty() ? tr("(handshaking)") : p.address;
    case Endpoint: return endpointOf(p);
    case Transport: return StateWords::transport(p.transport);
    case Path: return pathText(p);
    case Direction:
        return p.direction == swarmscope::Direction::Inbound ? tr("in", "connection direction")
                                                             : tr("out", "connection direction");
    case Source: return StateWords::peerSource(p.source);
    case QueueState: return queueStateText(p);
    case Retries: return p.retries;
    case Rtt: return Units::rtt(p.rttUs);
    case RateIn: return Units::rate(p.bytesInPerSec);
    case RateOut: return Units::rate(p.bytesOutPerSec);
    case BytesIn: return Units::bytes(p.bytesIn);
    case BytesOut: return Units::bytes(p.bytesOut);
    case Since: return Units::timeOfDay(p.sinceMs);
    case Client: return p.agent;
    case BtPeerId: return p.btPeerId.isEmpty() ? QString() : btPeerIdText(p.btPeerId);
    default: return {};
    }
}

QVariant PeerTableModel::raw(const PeerSnapshot &p, int column) const
{
    switch (column) {
    case Address: return p.address;
    case Endpoint: return endpointOf(p);
    case Transport: return transportName(p.transport);
    case Path: return connectionPathName(p.path);
    case Direction: return int(p.direction);
    case Source: return peerSourceName(p.source);
    case QueueState:
        if (p.retiring)
            return QStringLiteral("retiring");
        return p.queueState ? candidateStateName(*p.queueState) : connectionStateName(p.state);
    case Retries: return p.retries;
    case RateIn: return p.bytesInPerSec;
    case RateOut: return p.bytesOutPerSec;
    case Rtt:
        // Unmeasured sorts after every measured value.
        return p.rttUs < 0 ? std::numeric_limits<qint64>::max() : p.rttUs;
    case BytesIn: return QVariant::fromValue(p.bytesIn);
    case BytesOut: return QVariant::fromValue(p.bytesOut);
    case Since: return p.sinceMs;
    case Client: return p.agent;
    case BtPeerId: return QString::fromLatin1(p.btPeerId.toHex());
    default: return {};
    }
}

QVariant PeerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Address: return tr("Address");
        case Endpoint: return tr("Host:port");
        case Transport: return tr("Transport");
        case Path: return tr("Path");
        case Direction: return tr("Direction");
        case Source: return tr("Source");
        case QueueState: return tr("Queue");
        case Retries: return tr("Retries");
        case Rtt: return tr("RTT");
        case RateIn: return tr("Rate in");
        case RateOut: return tr("Rate out");
        case BytesIn: return tr("Received");
        case BytesOut: return tr("Sent");
        case Since: return tr("Since");
        case Client: return tr("Client");
        case BtPeerId: return tr("Peer ID");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Address: return tr("The peer's address, proven during the handshake");
        case Endpoint: return tr("Remote host and port of the connection");
        case Source: return tr("Where the peer was found: lan, dht, pex, book, manual or inbound");
        case Path:
            return tr("How the connection runs: direct, hole-punched through both routers, or relayed by another node");
        case QueueState: return tr("The peer's state in the connection queue");
        case Retries: return tr("Failed dials before this connection");
        case Rtt: return tr("Round-trip time of the last ping");
        case RateIn: return tr("Bytes received per second");
        case RateOut: return tr("Bytes sent per second");
        case BytesIn: return tr("Bytes received on this connection");
        case BytesOut: return tr("Bytes sent on this connection");
        case Since: return tr("When the connection was opened");
        case Client: return tr("The software the peer runs, as it names itself");
        case BtPeerId:
            return tr("The BitTorrent peer id of a Bugout room's wire (its client tag, then the random part in hex)");
        default: return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void PeerTableModel::apply(const PeerDelta &delta)
{
    removeIds(delta.removed);

    // An "added" row we already hold is a late update, and an update for an unknown row is an
    // add: the model then stays consistent even if the engine coalesced a delta differently.
    QList<PeerSnapshot> added, updated;
    for (const PeerSnapshot &p : delta.added)
        (m_rowOf.contains(p.connectionId) ? updated : added).append(p);
    for (const PeerSnapshot &p : delta.updated)
        (m_rowOf.contains(p.connectionId) ? updated : added).append(p);

    appendRows(added);
    updateRows(updated);
}

void PeerTableModel::reset(const QList<PeerSnapshot> &peers)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    for (const PeerSnapshot &p : peers) {
        if (m_rowOf.contains(p.connectionId))
            continue;
        m_rowOf.insert(p.connectionId, int(m_rows.size()));
        m_rows.append(p);
    }
    endResetModel();
}

int PeerTableModel::connectedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const PeerSnapshot &p) {
        return p.state == ConnectionState::Connected && !p.retiring;
    }));
}

QSet<QString> PeerTableModel::connectedIn(const QString &room) const
{
    QSet<QString> out;
    for (const PeerSnapshot &p : m_rows)
        if (p.state == ConnectionState::Connected && !p.retiring && !p.address.isEmpty() && p.rooms.contains(room))
            out.insert(p.address);
    return out;
}

void PeerTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, Roles::FilterText});
}

void PeerTableModel::removeIds(const QList<quint64> &ids)
{
    QList<int> rows;
    rows.reserve(ids.size());
    for (quint64 id : ids) {
        const int row = m_rowOf.value(id, -1);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    // Walk from the bottom so that earlier ranges keep their row numbers; one call per
    // contiguous run.
    int i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            --first;
        }
        ++i;
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_rowOf.remove(m_rows.at(r).connectionId);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    reindexFrom(rows.constLast());
}

void PeerTableModel::appendRows(const QList<PeerSnapshot> &peers)
{
    if (peers.isEmpty())
        return;
    // Duplicates inside one batch collapse to the last snapshot.
    QList<PeerSnapshot> unique;
    QHash<quint64, int> seen;
    for (const PeerSnapshot &p : peers) {
        const auto it = seen.constFind(p.connectionId);
        if (it != seen.cend()) {
            unique[*it] = p;
        } else {
            seen.insert(p.connectionId, int(unique.size()));
            unique.append(p);
        }
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(unique.size()) - 1);
    for (const PeerSnapshot &p : unique) {
        m_rowOf.insert(p.connectionId, int(m_rows.size()));
        m_rows.append(p);
    }
    endInsertRows();
}

void PeerTableModel::updateRows(const QList<PeerSnapshot> &peers)
{
    if (peers.isEmpty())
        return;
    // The 50 % rule: past half of the rows, one signal over the whole table is cheaper for views
    // than many small ones.
    if (peers.size() * 2 > m_rows.size()) {
        for (const PeerSnapshot &p : peers)
            m_rows[m_rowOf.value(p.connectionId)] = p;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), kLiveRoles);
        return;
    }
    for (const PeerSnapshot &p : peers) {
        const int row = m_rowOf.value(p.connectionId);
        m_rows[row] = p;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), kLiveRoles);
    }
}

void PeerTableModel::reindexFrom(int row)
{
    for (int r = row; r < m_rows.size(); ++r)
        m_rowOf.insert(m_rows.at(r).connectionId, r);
}

void PeerTableModel::setNames(PeerNames *names)
{
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr);
    m_names = names;
    if (names) {
        connect(names, &PeerNames::changed, this, [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, Address), index(int(m_rows.size()) - 1, Address),
                                 {Qt::DisplayRole, Roles::FilterText});
        });
    }
}

}  // namespace swarmscope::ui
