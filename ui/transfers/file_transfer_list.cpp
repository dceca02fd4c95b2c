#include "transfers/file_transfer_list.h"

#include "events/event_json.h"

namespace swarmscope::ui {

using State = FileTransferItem::State;

const FileTransferItem *FileTransferList::find(const QString &id) const
{
    const auto it = m_items.constFind(id);
    return it == m_items.cend() ? nullptr : &*it;
}

QStringList FileTransferList::apply(const EventBatch &events)
{
    QStringList changed;
    for (const Event &e : events)
        if (const auto id = applyOne(e); id && !changed.contains(*id))
            changed.append(*id);
    return changed;
}

namespace {
QString hex(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

FileTransferItem itemOf(const files::FileOffer &offer, bool incoming)
{
    FileTransferItem item;
    item.id = hex(offer.id);
    item.incoming = incoming;
    item.name = offer.name;
    item.type = offer.type;
    item.size = offer.size;
    item.room = offer.room;
    item.state = incoming ? State::Offered : State::Waiting;
    return item;
}
}  // namespace

void FileTransferList::add(const FileTransferItem &item)
{
    if (!m_items.contains(item.id))
        m_order.append(item.id);
    m_items.insert(item.id, item);
}

std::optional<QString> FileTransferList::applyOne(const Event &e)
{
    if (const auto *offer = e.get<FileOfferReceived>()) {
        FileTransferItem item = itemOf(offer->offer, true);
        item.peer = addressText(offer->from);
        add(item);
        return item.id;
    }
    if (const auto *offered = e.get<FileOffered>()) {
        FileTransferItem item = itemOf(offered->offer, false);
        for (const PeerId &to : offered->to)
            item.to.append(addressText(to));
        item.path = offered->path;
        add(item);
        return item.id;
    }
    // The transfer the event is about, if we show it; then what the event changes.
    FileTransferItem *item = nullptr;
    const auto about = [&](const QByteArray &id) {
        const auto it = m_items.find(hex(id));
        item = it == m_items.end() ? nullptr : &*it;
        return item != nullptr;
    };
    if (const auto *accepted = e.get<FileAccepted>(); accepted && about(accepted->id)) {
        if (item->state == State::Offered || item->state == State::Waiting)
            item->state = State::Running;
    } else if (const auto *progress = e.get<FileProgress>(); progress && about(progress->id)) {
        item->bytes = progress->bytes;
        item->rate = double(progress->rate);
        if (item->state != State::Done)
            item->state = State::Running;
    } else if (const auto *paused = e.get<FilePaused>(); paused && about(paused->id)) {
        item->state = State::Paused;
        item->rate = 0;
    } else if (const auto *resumed = e.get<FileResumed>(); resumed && about(resumed->id)) {
        item->state = State::Running;
    } else if (const auto *done = e.get<FileDone>(); done && about(done->id)) {
        item->state = State::Done;
        item->bytes = item->size;
        item->path = done->path;
    } else if (const auto *delivered = e.get<FileDelivered>(); delivered && about(delivered->id)) {
        item->state = State::Done;
        item->bytes = item->size;
    } else if (const auto *failed = e.get<FileFailed>(); failed && about(failed->id)) {
        item->state = State::Failed;
        item->reason = failed->reason;
    } else if (const auto *declined = e.get<FileDeclined>(); declined && about(declined->id)) {
        endByAnswer(*item, State::Declined, declined->reason);
    } else if (const auto *cancelled = e.get<FileCancelled>(); cancelled && about(cancelled->id)) {
        endByAnswer(*item, State::Failed, cancelled->reason);
    } else {
        return std::nullopt;
    }
    return item->id;
}

void FileTransferList::endByAnswer(FileTransferItem &item, FileTransferItem::State state, const QString &reason)
{
    // A room offer goes on for the others: only one member's answer ends one to a member.
    if (!item.incoming && item.to.size() > 1)
        return;
    item.state = state;
    item.reason = reason;
}

}  // namespace swarmscope::ui
