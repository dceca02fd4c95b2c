#pragma once

#include "snapshots.h"

#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QListView;

namespace swarmscope::ui {

class MemberListModel;
class PeerNames;

// Who is in the current room, beside the chat: a name and identicon per member (connected ones
// first). Its context menu and a double click ask for a direct message, a local name or a block;
// the panel only emits what was asked for, the window carries it out.
class MemberListPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberListPanel)

public:
    MemberListPanel(PeerNames *names, QWidget *parent = nullptr);

    MemberListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void showRoom(const RoomSnapshot &room, const QSet<QString> &connected);
    void showNoRoom();  // a direct conversation, or nothing open

signals:
    void directMessageRequested(const QString &address);
    void renameRequested(const QString &address);
    void blockRequested(const QString &address);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString currentAddress() const;
    void updateActions();
    void retranslate();

    MemberListModel *m_model;
    QLabel *m_title;
    QListView *m_view;
    QAction *m_directAction;
    QAction *m_renameAction;
    QAction *m_blockAction;
};

}  // namespace swarmscope::ui
