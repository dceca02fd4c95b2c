#include "transfers/file_transfer_list.h"

#include <QJsonArray>

namespace swarmscope::ui {

using State = FileTransferItem::State;

const FileTransferItem *FileTransferList::find(const QString &id) const
{
    const auto it = m_items.constFind(id);
    return it == m_items.cend() ? nullptr : &*it;
}

QStringList FileTransferList::apply(const QList<EngineEvent> &events)
{
    QStringList changed;
    for (const EngineEvent &e : events)
        if (isFileEvent(e.kind) && applyOne(e)) {
            const QString id = e.fields.value(QStringLiteral("id")).toString();
            if (!changed.contains(id))
                changed.append(id);
        }
    return changed;
}

bool FileTransferList::applyOne(const EngineEvent &e)
{
    const QJsonObject &f = e.fields;
    const QString id = f.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return false;
    if (e.kind == QLatin1String("file-offer") || e.kind == QLatin1String("file-offered")) {
        FileTransferItem item;
        item.id = id;
        item.incoming = e.kind == QLatin1String("file-offer");
        item.name = f.value(QStringLiteral("name")).toString();
        item.type = f.value(QStringLiteral("type")).toString();
        item.size = f.value(QStringLiteral("size")).toInteger();
        item.peer = f.value(QStringLiteral("from")).toString();
        for (const QJsonValue &v : f.value(QStringLiteral("to")).toArray())
            item.to.append(v.toString());
        item.room = f.value(QStringLiteral("room")).toString();
        item.path = f.value(QStringLiteral("path")).toString();
        item.state = item.incoming ? State::Offered : State::Waiting;
        if (!m_items.contains(id))
            m_order.append(id);
        m_items.insert(id, item);
        return true;
    }
    auto it = m_items.find(id);
    if (it == m_items.end())
        return false;
    FileTransferItem &item = *it;
    if (e.kind == QLatin1String("file-accepted")) {
        if (item.state == State::Offered || item.state == State::Waiting)
            item.state = State::Running;
    } else if (e.kind == QLatin1String("file-progress")) {
        item.bytes = f.value(QStringLiteral("bytes")).toInteger();
        item.rate = f.value(QStringLiteral("rate")).toDouble();
        if (item.state != State::Done)
            item.state = State::Running;
    } else if (e.kind == QLatin1String("file-paused")) {
        item.state = State::Paused;
        item.rate = 0;
    } else if (e.kind == QLatin1String("file-resumed")) {
        item.state = State::Running;
    } else if (e.kind == QLatin1String("file-done") || e.kind == QLatin1String("file-delivered")) {
        item.state = State::Done;
        item.bytes = item.size;
        if (e.kind == QLatin1String("file-done"))
            item.path = f.value(QStringLiteral("path")).toString();
    } else if (e.kind == QLatin1String("file-failed")) {
        item.state = State::Failed;
        item.reason = f.value(QStringLiteral("reason")).toString();
    } else if (e.kind == QLatin1String("file-declined") || e.kind == QLatin1String("file-cancelled")) {
        // A room offer goes on for the others: only one member's answer ends one to a member.
        if (item.incoming || item.to.size() <= 1) {
            item.state = e.kind == QLatin1String("file-declined") ? State::Declined : State::Failed;
            item.reason = f.value(QStringLiteral("reason")).toString();
        }
    } else {
        return false;
    }
    return true;
}

} // namespace swarmscope::ui
