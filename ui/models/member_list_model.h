#pragma once

#include "snapshots.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace swarmscope::ui {

class PeerNames;

// The members of one room, for the member list beside the chat: each with its name as every view
// shows it (PeerNames), its identicon, and whether we hold a connection to it. Members we are
// connected to come first, then by name.
class MemberListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberListModel)

public:
    static constexpr int kIconSize = 20;

    explicit MemberListModel(PeerNames *names, QObject *parent = nullptr);

    // The room's members and their signed names, and which of them we are connected to.
    void setMembers(const RoomSnapshot &room, const QSet<QString> &connected);
    void clear();
    const QString &room() const { return m_room; }
    int connectedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Member {
        QString address;
        QString signedName;
        bool connected = false;
        bool operator==(const Member &) const = default;
    };
    void sortAndReset(QList<Member> members);

    QPointer<PeerNames> m_names;
    QString m_room;
    QList<Member> m_rows;
};

}  // namespace swarmscope::ui
