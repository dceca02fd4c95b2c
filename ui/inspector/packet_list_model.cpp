#include "packet_list_model.h"

#include "capture_color_scheme.h"
#include "format/units.h"
#include "models/roles.h"

#include <algorithm>

namespace swarmscope::ui {

namespace {

QString peerText(const FrameRecord &f)
{
    if (!f.peerAddress.isEmpty())
        return f.peerAddress;
    if (f.host.isEmpty())
        return {};
    return f.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(f.host).arg(f.port)
                                             : QStringLiteral("%1:%2").arg(f.host).arg(f.port);
}

} // namespace

PacketListModel::PacketListModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity))
{
}

int PacketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PacketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PacketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(std::size_t(index.row()));
    const FrameRecord &f = r.frame;
    const bool in = f.direction == swarmscope::Direction::Inbound;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return QVariant::fromValue(r.seq);
        case Time: return Units::timeOfDay(f.timeMs);
        case Direction: return in ? tr("in") : tr("out");
        case Peer: return Units::shortAddress(peerText(f));
        case Transport: return f.transport;
        case Type: return f.type;
        case Size: return f.wireBytes;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return Units::dateTime(f.timeMs);
        if (index.column() == Peer)
            return peerText(f);
        if (index.column() == Size)
            return tr("%1 bytes on the wire, %2 bytes of plaintext").arg(f.wireBytes).arg(f.payload.size());
        return {};
    case Qt::BackgroundRole:
        return in ? CaptureColorScheme::inboundTint(m_dark) : CaptureColorScheme::outboundTint(m_dark);
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Number)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Roles::Raw:
        switch (index.column()) {
        case Number: return QVariant::fromValue(r.seq);
        case Time: return f.timeMs;
        case Direction: return in ? 0 : 1;
        case Peer: return peerText(f);
        case Transport: return f.transport;
        case Type: return f.type;
        case Size: return f.wireBytes;
        default: return {};
        }
    case Roles::Key:
        return QVariant::fromValue(r.seq);
    case Roles::PeerAddress:
        return f.peerAddress;
    case Roles::TimeMs:
        return f.timeMs;
    case Roles::FilterText:
        return QString(f.type + QLatin1Char(' ') + peerText(f) + QLatin1Char(' ') + f.transport);
    default:
        return {};
    }
}

QVariant PacketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Number: return tr("No.");
        case Time: return tr("Time");
        case Direction: return tr("Dir.");
        case Peer: return tr("Peer");
        case Transport: return tr("Transport");
        case Type: return tr("Type");
        case Size: return tr("Size");
        default: break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void PacketListModel::append(const QList<FrameRecord> &frames)
{
    if (frames.isEmpty())
        return;
    const qsizetype skip = std::max<qsizetype>(0, frames.size() - m_capacity);
    const int incoming = int(frames.size() - skip);
    quint64 droppedNow = quint64(skip);
    m_nextSeq += quint64(skip);

    const int overflow = int(m_rows.size()) + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + overflow);
        endRemoveRows();
        droppedNow += quint64(overflow);
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + incoming - 1);
    for (qsizetype i = skip; i < frames.size(); ++i)
        m_rows.push_back(Row{m_nextSeq++, frames.at(i)});
    endInsertRows();

    if (droppedNow > 0) {
        m_dropped += droppedNow;
        emit droppedChanged(m_dropped);
    }
}

void PacketListModel::clear()
{
    if (!m_rows.empty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    if (m_dropped != 0) {
        m_dropped = 0;
        emit droppedChanged(m_dropped);
    }
}

QList<FrameRecord> PacketListModel::frames() const
{
    QList<FrameRecord> out;
    out.reserve(qsizetype(m_rows.size()));
    for (const Row &r : m_rows)
        out.append(r.frame);
    return out;
}

void PacketListModel::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

void PacketListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, Direction), index(rowCount() - 1, Direction), {Qt::DisplayRole});
}

} // namespace swarmscope::ui
