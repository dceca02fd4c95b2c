#pragma once

#include "snapshots.h"

#include <QAbstractListModel>
#include <QList>

namespace swarmscope::ui {

// The rooms this profile is in, keyed by room key (RoomRef::key()), in the order they were joined.
// Rooms of a compatibility backend show their bare name and are marked with the backend.
class RoomListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomListModel)

public:
    explicit RoomListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Inserts unknown rooms (one batch) and refreshes the member counts of known ones.
    void upsert(const QList<RoomSnapshot> &rooms);
    // Removes every room not named in names (the engine's current list).
    void retainOnly(const QStringList &names);
    void remove(const QString &name);

    void addUnread(const QString &name, int count);
    void markRead(const QString &name);

    int rowOf(const QString &name) const;
    QString nameAt(int row) const;
    int unreadOf(const QString &name) const;
    int totalUnread() const;

private:
    struct Row {
        QString name;  // the room's key
        RoomBackend backend = RoomBackend::Native;
        int members = 0;
        int connected = 0;
        int unread = 0;
    };

    void removeRow(int row);

    QList<Row> m_rows;
};

}  // namespace swarmscope::ui
