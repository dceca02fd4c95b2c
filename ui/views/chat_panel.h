#pragma once

#include "snapshots.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace swarmscope::ui {

class ChatMessageDelegate;
class ChatMessageModel;
class ChatSearchBar;
class FileTransfersView;
class PeerNames;

// One chat view showing the current room or direct conversation, a model per room and per
// conversation behind it, the composer, and a find bar (Ctrl+F) over the stored history.
class ChatPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatPanel)

public:
    // Finds messages in the stored history: of a room, or (room empty) of the direct
    // conversation with peerAddress. Answers later, through found (the engine is on another thread).
    using HistoryFound = std::function<void(const QList<ChatMessage> &)>;
    using HistorySearch =
        std::function<void(const QString &room, const QString &peerAddress, const QString &text, HistoryFound found)>;

    struct Added {
        QHash<QString, int> rooms;  // room -> new rows
        QHash<QString, int> conversations;  // peer address -> new rows
    };

    explicit ChatPanel(QWidget *parent = nullptr);

    // Routes each message to its room's model, direct ones to the conversation with their peer.
    Added addMessages(const QList<ChatMessage> &messages);
    void setCurrentRoom(const QString &name);
    QString currentRoom() const { return m_room; }
    void setCurrentConversation(const QString &peerAddress);
    QString currentConversation() const { return m_peer; }
    void setRoomInfo(const RoomSnapshot &room);
    void setDeliveryState(const QByteArray &id, DeliveryState state);
    void dropRoom(const QString &name);
    // Drops the models of rooms not in names (rooms left elsewhere).
    void retainRooms(const QStringList &names);

    ChatMessageModel *modelFor(const QString &room) const { return m_models.value(room); }
    ChatMessageModel *conversationModel(const QString &peerAddress) const { return m_direct.value(peerAddress); }
    QListView *view() const { return m_view; }
    // The author of the selected bubble, if someone else wrote it; empty otherwise.
    QString currentAuthor() const;
    // Adds an action about the selected bubble's author to its context menu, enabled like
    // "Send direct message to the author".
    void addMessageAction(QAction *action);
    // Authors and the conversation's title are named by names from now on.
    void setNames(PeerNames *names);
    void focusComposer();
    void clearComposer();
    // Clears the composer if it still holds sent: what was typed since the send stays.
    void clearComposerIfStill(const QString &sent);

    // --- history search ---
    void setHistorySearch(HistorySearch search) { m_search = std::move(search); }
    QAction *findAction() const { return m_findAction; }
    void openSearch();
    void closeSearch();
    void search(const QString &text);
    void nextMatch();
    void previousMatch();
    int matchCount() const { return int(m_matchIds.size()); }
    int currentMatch() const { return m_matchIndex; }
    ChatSearchBar *searchBar() const { return m_searchBar; }

    // --- files: a button and drops onto the chat offer files; the transfers show under it ---
    FileTransfersView *transfersView() const { return m_transfers; }
    QToolButton *sendFileButton() const { return m_sendFile; }
    // Offers the file to the room or conversation shown (what the button and a drop do).
    void offerFile(const QString &path);

signals:
    void sendRequested(const QString &room, const QString &text);
    void sendDirectRequested(const QString &peerAddress, const QString &text);
    void directMessageRequested(const QString &peerAddress);
    // target: the room, or the peer's address in a conversation.
    void sendFileRequested(const QString &target, const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    ChatMessageModel *ensureModel(const QString &room);
    ChatMessageModel *ensureConversation(const QString &peerAddress);
    ChatMessageModel *currentModel() const;
    void showModel(ChatMessageModel *model);
    void submit();
    void chooseFile();
    void jumpToMatch();
    void showMatches(const QString &term, const QList<ChatMessage> &found);
    void clearMatches();
    void updateHeader();
    void updateComposerState();
    void updateMessageActions();
    void retranslate();

    QString m_room;
    QString m_peer;  // the conversation shown, when no room is
    RoomSnapshot m_info;
    QHash<QString, ChatMessageModel *> m_models;
    QHash<QString, ChatMessageModel *> m_direct;
    QLabel *m_title;
    QLabel *m_subtitle;
    ChatSearchBar *m_searchBar;
    QListView *m_view;
    ChatMessageDelegate *m_delegate;
    QLineEdit *m_composer;
    QPushButton *m_send;
    QToolButton *m_sendFile;
    FileTransfersView *m_transfers;
    QAction *m_findAction;
    QAction *m_directAction;
    QList<QAction *> m_authorActions;  // added by addMessageAction
    bool m_stickToBottom = true;
    QPointer<PeerNames> m_names;

    HistorySearch m_search;
    QPointer<ChatMessageModel> m_searchedModel;
    QList<QByteArray> m_matchIds;  // in row order
    int m_matchIndex = -1;
    quint64 m_searchGeneration = 0;  // answers to older searches are ignored
};

}  // namespace swarmscope::ui
