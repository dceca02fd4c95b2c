#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace swarmscope::ui {

class RoomListModel;

// The join box and the list of joined rooms. Emits intents; the window talks to the engine.
class RoomsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoomsPanel)

public:
    explicit RoomsPanel(QWidget *parent = nullptr);

    RoomListModel *model() const { return m_model; }
    QString currentRoom() const;
    void setCurrentRoom(const QString &name);
    void focusJoinField();

signals:
    void joinRequested(const QString &name);
    void leaveRequested(const QString &name);
    void currentRoomChanged(const QString &name);  // empty when no room is selected

protected:
    void changeEvent(QEvent *event) override;

private:
    void submitJoin();
    void retranslate();

    RoomListModel *m_model;
    QLabel *m_title;
    QLineEdit *m_joinEdit;
    QPushButton *m_joinButton;
    QListView *m_list;
    QAction *m_leaveAction;
};

} // namespace swarmscope::ui
