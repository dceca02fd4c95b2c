#pragma once

#include "events/events.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace swarmscope::ui {

// What the window knows about one file transfer, folded from the engine's file-* events.
struct FileTransferItem {
    enum class State { Offered, Waiting, Running, Paused, Done, Failed, Declined };
    QString id;
    bool incoming = true;
    QString name;
    QString type;
    qint64 size = 0;
    QString peer;  // the sender for incoming ones; for ours, the recipients' count in `to`
    QStringList to;
    QString room;  // empty for one member
    qint64 bytes = 0;
    double rate = 0;  // bytes per second, last report
    State state = State::Offered;
    QString path;  // the received file, or the one we send
    QString reason;  // why it failed or was declined
    int percent() const { return size > 0 ? int(bytes * 100 / size) : (state == State::Done ? 100 : 0); }
    // Seconds left at the last rate; -1 when unknown.
    qint64 secondsLeft() const { return rate > 0 ? qint64(double(size - bytes) / rate) : -1; }
};

// Transfers by id in the order they appeared. apply() returns the ids it changed.
class FileTransferList final {
public:
    QStringList apply(const EventBatch &events);
    const QList<QString> &ids() const { return m_order; }
    const FileTransferItem *find(const QString &id) const;

private:
    std::optional<QString> applyOne(const Event &event);  // the id it changed
    void add(const FileTransferItem &item);
    static void endByAnswer(FileTransferItem &item, FileTransferItem::State state, const QString &reason);
    QHash<QString, FileTransferItem> m_items;
    QList<QString> m_order;
};

}  // namespace swarmscope::ui
