#include "packet_list_model.h"

#include "color_scheme.h"
#include "events/event_json.h"
#include "format/state_words.h"
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

}  // namespace

PacketListModel::PacketListModel(int capacity, QObject *parent) : CappedTableModel(capacity, parent)
{}

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
        case Transport: return StateWords::transport(f.transport);
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
    case Qt::BackgroundRole: return in ? ColorScheme::inboundTint(m_dark) : ColorScheme::outboundTint(m_dark);
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
        case Transport: return transportName(f.transport);
        case Type: return f.type;
        case Size: return f.wireBytes;
        default: return {};
        }
    case Roles::Key: return QVariant::fromValue(r.seq);
    case Roles::PeerAddress: return f.peerAddress;
    case Roles::TimeMs: return f.timeMs;
    case Roles::FilterText:
        return QString(f.type + QLatin1Char(' ') + peerText(f) + QLatin1Char(' ') + transportName(f.transport));
    default: return {};
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
    // Frames skipped from an oversized batch keep their numbers, as dropped ones do.
    const quint64 first = m_nextSeq;
    m_nextSeq += quint64(frames.size());
    appendBatch(frames.size(), [&](qsizetype i) { m_rows.push_back(Row{first + quint64(i), frames.at(i)}); });
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

}  // namespace swarmscope::ui
