#pragma once

#include "snapshots.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace swarmscope::ui {

class ChatMessageModel;

// One chat view showing the current room, a model per room behind it, and the composer.
class ChatPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatPanel)

public:
    explicit ChatPanel(QWidget *parent = nullptr);

    // Routes each message to its room's model; returns, per room, how many rows were new.
    QHash<QString, int> addMessages(const QList<ChatMessage> &messages);
    void setCurrentRoom(const QString &name);
    QString currentRoom() const { return m_room; }
    void setRoomInfo(const RoomSnapshot &room);
    void setDeliveryState(const QByteArray &id, DeliveryState state);
    void dropRoom(const QString &name);
    // Drops the models of rooms not in names (rooms left elsewhere).
    void retainRooms(const QStringList &names);

    ChatMessageModel *modelFor(const QString &room) const { return m_models.value(room); }
    void focusComposer();
    void clearComposer();

signals:
    void sendRequested(const QString &room, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    ChatMessageModel *ensureModel(const QString &room);
    void submit();
    void updateHeader();
    void updateComposerState();
    void retranslate();

    QString m_room;
    RoomSnapshot m_info;
    QHash<QString, ChatMessageModel *> m_models;
    QLabel *m_title;
    QLabel *m_subtitle;
    QListView *m_view;
    QLineEdit *m_composer;
    QPushButton *m_send;
    bool m_stickToBottom = true;
};

} // namespace swarmscope::ui
