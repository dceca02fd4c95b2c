#pragma once

#include "core/result.h"
#include "events/events.h"
#include "snapshots.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QDockWidget;
class QMenu;
class QSettings;
class QSplitter;

namespace swarmscope {}  // namespace swarmscope

namespace swarmscope::ui {

class ChatPanel;
class DhtPanel;
class EngineClient;
class PeerRelayPanel;
class EventLogPanel;
class HistoryExporter;
class MainStatusBar;
class PeerBlocking;
class PeerNaming;
class PeerSelection;
class PeersPanel;
class QueuePanel;
class RoomMembers;
class RoomsPanel;
class RpcPanel;
class SwarmController;
class TrayNotifier;

// Menus, docks and the status bar around the rooms, chat, peers and event-log panels. Talks to
// one session through its EngineClient (the session runs on its own thread); window layout lives
// in the QSettings handed in by the application.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(EngineClient &engine, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Joins (or re-selects) a room and makes it current at once; its history follows when the
    // engine has joined. Returns false for an empty name.
    bool joinRoom(const QString &name);
    void leaveRoom(const QString &name);
    QString currentRoom() const;
    // Opens (or re-selects) the direct conversation with a peer and makes it current.
    void openConversation(const QString &peerAddress);
    QString currentConversation() const;

    void saveSettings();
    // Shows the window, or with minimized starts it hidden in the tray (minimized where the
    // desktop has none). Answers whether it went to the tray.
    bool showAtStart(bool minimized);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createSwarmDocks();  // queue, DHT and remote procedures
    void createStatusBar();
    void wireSession();
    void restoreSettings();
    void populateFromSession();

    void onPeersChanged(const PeerDelta &delta);
    void onRoomsChanged(const QList<RoomSnapshot> &rooms);
    void onRoomJoined(const RoomSnapshot &room, const QList<ChatMessage> &history);
    void onRoomJoinFailed(const QString &room, const Error &error);
    void onEventsReady(const EventBatch &events);
    void onCurrentRoomChanged(const QString &name);
    void onCurrentConversationChanged(const QString &peerAddress);
    void closeConversation(const QString &peerAddress);
    // Puts messages into the chat and the conversation list. Live messages (not history) count
    // as unread where nobody sees them and may raise a notification.
    void addToChat(const QList<ChatMessage> &messages, bool live);
    void searchHistory(const QString &room, const QString &peerAddress, const QString &text,
                       std::function<void(const QList<ChatMessage> &)> found);
    void send(const QString &room, const QString &text);
    void sendDirect(const QString &peerAddress, const QString &text);
    void showAbout();

    void updateConnectedLabel();
    void updateTitle();
    void retranslate();

    EngineClient &m_engine;
    QSettings &m_settings;

    QSplitter *m_splitter = nullptr;
    RoomsPanel *m_rooms = nullptr;
    ChatPanel *m_chat = nullptr;
    PeerSelection *m_peerSelection = nullptr;  // the peer every dock shows
    PeersPanel *m_peers = nullptr;
    EventLogPanel *m_events = nullptr;
    QDockWidget *m_peersDock = nullptr;
    QDockWidget *m_eventsDock = nullptr;
    QueuePanel *m_queue = nullptr;
    DhtPanel *m_dht = nullptr;
    PeerRelayPanel *m_peerRelay = nullptr;
    RpcPanel *m_rpc = nullptr;
    QDockWidget *m_queueDock = nullptr;
    QDockWidget *m_dhtDock = nullptr;
    QDockWidget *m_peerRelayDock = nullptr;
    QDockWidget *m_rpcDock = nullptr;
    SwarmController *m_swarm = nullptr;
    MainStatusBar *m_status = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_joinAction = nullptr;
    QAction *m_leaveAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_identityAction = nullptr;
    QAction *m_focusComposerAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    TrayNotifier *m_tray = nullptr;  // only where the desktop has a tray
    PeerBlocking *m_blocking = nullptr;
    PeerNaming *m_naming = nullptr;  // local names, and the names every view shows
    RoomMembers *m_members = nullptr;  // the member list beside the chat
    HistoryExporter *m_exporter = nullptr;
};

}  // namespace swarmscope::ui
