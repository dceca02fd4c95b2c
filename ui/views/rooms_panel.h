#pragma once

#include "rooms/room_backend.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace swarmscope::ui {

class ConversationListModel;
class RoomListModel;

// The join box, the list of joined rooms and, below it, the direct conversations. At most one
// entry of both lists is current. Emits intents; the window talks to the engine.
class RoomsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomsPanel)

public:
    explicit RoomsPanel(QWidget *parent = nullptr);

    RoomListModel *model() const { return m_model; }
    ConversationListModel *conversations() const { return m_conversations; }
    QString currentRoom() const;
    void setCurrentRoom(const QString &name);
    QString currentConversation() const;
    void setCurrentConversation(const QString &address);
    void focusJoinField();
    void setJoinBackend(RoomBackend backend);

signals:
    void joinRequested(const QString &name);  // the room's key: "lobby", "discovery-swarm:lobby"
    void leaveRequested(const QString &name);
    void currentRoomChanged(const QString &name);  // empty when no room is selected
    void currentConversationChanged(const QString &address);  // empty when none is selected
    void closeConversationRequested(const QString &address);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submitJoin();
    void updateConversationsVisible();
    void retranslate();

    RoomListModel *m_model;
    QLabel *m_title;
    QLineEdit *m_joinEdit;
    QComboBox *m_backendBox;  // which swarm the room is joined in
    QPushButton *m_joinButton;
    QListView *m_list;
    QAction *m_leaveAction;
    ConversationListModel *m_conversations;
    QLabel *m_conversationsTitle;
    QListView *m_conversationList;
    QAction *m_closeConversationAction;
};

}  // namespace swarmscope::ui
