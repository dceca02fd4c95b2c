#include "event_log_model.h"

#include "format/units.h"
#include "roles.h"
#include "crypto/identity.h"

#include <QJsonDocument>

#include <algorithm>

namespace swarmscope::ui {

QString EventLogModel::peerOf(const LoggedEvent &event)
{
    for (const QLatin1String key : {QLatin1String("address"), QLatin1String("from"), QLatin1String("peer")}) {
        const QString value = event.fields.value(key).toString();
        if (!value.isEmpty() && Identity::isAddress(value))
            return value;
    }
    return {};
}

QString EventLogModel::topicOf(const LoggedEvent &event)
{
    const QString room = event.fields.value(QLatin1String("room")).toString();
    if (!room.isEmpty())
        return room;
    return event.fields.value(QLatin1String("topic")).toString();
}

EventLogModel::EventLogModel(int capacity, QObject *parent) : CappedTableModel(capacity, parent)
{}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(std::size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return Units::timeOfDay(r.event.timeMs);
        case Kind: return r.event.kind;
        case Peer: return r.peer.isEmpty() ? QString() : Units::shortAddress(r.peer);
        case Topic: return r.topic;
        case Fields: return r.json;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return Units::dateTime(r.event.timeMs);
        if (index.column() == Peer)
            return r.peer;
        if (index.column() == Topic)
            return r.topic;
        if (index.column() == Fields)
            return QString::fromUtf8(QJsonDocument(r.event.fields).toJson(QJsonDocument::Indented));
        return {};
    case Roles::Raw:
        switch (index.column()) {
        case Time: return r.event.timeMs;
        case Kind: return r.event.kind;
        case Peer: return r.peer;
        case Topic: return r.topic;
        case Fields: return r.json;
        default: return {};
        }
    case Roles::Key: return QVariant::fromValue(r.seq);
    case Roles::PeerAddress: return r.peer;
    case Roles::TimeMs: return r.event.timeMs;
    case Roles::FilterText: return QString(r.event.kind + QLatin1Char(' ') + r.json);
    default: return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Time: return tr("Time");
        case Kind: return tr("Event");
        case Peer: return tr("Peer");
        case Topic: return tr("Room or topic");
        case Fields: return tr("Details");
        default: break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void EventLogModel::append(const QList<LoggedEvent> &events)
{
    appendBatch(events.size(), [&](qsizetype i) {
        const LoggedEvent &e = events.at(i);
        m_rows.push_back(Row{m_nextSeq++, e, QString::fromUtf8(QJsonDocument(e.fields).toJson(QJsonDocument::Compact)),
                             peerOf(e), topicOf(e)});
    });
}

void EventLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

}  // namespace swarmscope::ui
