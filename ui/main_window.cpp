#include "main_window.h"

#include "format/error_text.h"
#include "transfers/file_transfer_controller.h"
#include "inspector/inspector_tools.h"
#include "inspector/notification_policy.h"
#include "inspector/inspector_docks.h"
#include "format/units.h"
#include "models/conversation_list_model.h"
#include "models/peer_table_model.h"
#include "models/event_log_model.h"
#include "models/room_list_model.h"
#include "selection/peer_selection.h"
#include "client/engine_client.h"
#include "history_exporter.h"
#include "peer_blocking.h"
#include "swarm_controller.h"
#include "tray_notifier.h"
#include "peer_naming.h"
#include "format/peer_names.h"
#include "resources_init.h"
#include "room_members.h"
#include "views/chat_panel.h"
#include "views/dht_panel.h"
#include "views/peer_relay_panel.h"
#include "views/event_log_panel.h"
#include "views/identity_dialog.h"
#include "views/member_list_panel.h"
#include "views/peers_panel.h"
#include "views/queue_panel.h"
#include "views/rooms_panel.h"
#include "views/rpc_panel.h"
#include "widgets/main_status_bar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>

namespace swarmscope::ui {

MainWindow::MainWindow(EngineClient &engine, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_settings(settings)
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/swarmscope.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_rooms = new RoomsPanel(m_splitter);
    m_chat = new ChatPanel(m_splitter);
    m_splitter->addWidget(m_rooms);
    m_splitter->addWidget(m_chat);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 600});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_peerSelection = new PeerSelection(this);
    m_peerSelection->setObjectName(QStringLiteral("peerSelection"));
    createStatusBar();  // first: the parts below report to it
    createDocks();
    createActions();
    createMenus();
    installInspectorTools(*this, m_engine, m_viewMenu, m_settings, *m_peerSelection);
    installInspectorDocks(*this, m_engine, m_viewMenu, *m_peerSelection, m_naming->names());
    m_peerSelection->link(m_peers);
    m_peerSelection->link(m_events);
    m_peerSelection->link(m_queue);
    m_peerSelection->link(m_rpc);

    connect(m_rooms, &RoomsPanel::joinRequested, this, &MainWindow::joinRoom);
    connect(m_rooms, &RoomsPanel::leaveRequested, this, &MainWindow::leaveRoom);
    connect(m_rooms, &RoomsPanel::currentRoomChanged, this, &MainWindow::onCurrentRoomChanged);
    connect(m_rooms, &RoomsPanel::currentConversationChanged, this, &MainWindow::onCurrentConversationChanged);
    connect(m_rooms, &RoomsPanel::closeConversationRequested, this, &MainWindow::closeConversation);
    connect(m_chat, &ChatPanel::sendRequested, this, &MainWindow::send);
    connect(m_chat, &ChatPanel::sendDirectRequested, this, &MainWindow::sendDirect);
    connect(m_chat, &ChatPanel::directMessageRequested, this, &MainWindow::openConversation);
    new FileTransferController(
        m_engine, *m_chat, [this](const QString &text) { m_status->say(text); }, this);
    connect(m_peers, &PeersPanel::directMessageRequested, this, &MainWindow::openConversation);
    m_chat->setHistorySearch(
        [this](const QString &room, const QString &peer, const QString &text, ChatPanel::HistoryFound found) {
            searchHistory(room, peer, text, std::move(found));
        });
    connect(m_peers, &PeersPanel::statusMessage, m_status, &MainStatusBar::say);
    connect(m_events, &EventLogPanel::statusMessage, m_status, &MainStatusBar::say);

    if (TrayNotifier::available()) {
        m_tray = new TrayNotifier(this);
        const auto updateUnread = [this] {
            m_tray->setUnread(m_rooms->model()->totalUnread() + m_rooms->conversations()->totalUnread());
        };
        connect(m_rooms->model(), &QAbstractItemModel::dataChanged, this, updateUnread);
        connect(m_rooms->model(), &QAbstractItemModel::rowsRemoved, this, updateUnread);
        connect(m_rooms->conversations(), &QAbstractItemModel::dataChanged, this, updateUnread);
        connect(m_rooms->conversations(), &QAbstractItemModel::rowsRemoved, this, updateUnread);
    }

    retranslate();
    populateFromSession();
    wireSession();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_peers = new PeersPanel(this);
    m_peersDock = new QDockWidget(this);
    m_peersDock->setObjectName(QStringLiteral("peersDock"));
    m_peersDock->setWidget(m_peers);
    addDockWidget(Qt::BottomDockWidgetArea, m_peersDock);

    m_events = new EventLogPanel(this);
    m_eventsDock = new QDockWidget(this);
    m_eventsDock->setObjectName(QStringLiteral("eventLogDock"));
    m_eventsDock->setWidget(m_events);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventsDock);
    tabifyDockWidget(m_peersDock, m_eventsDock);
    m_peersDock->raise();
    createSwarmDocks();
}

void MainWindow::createSwarmDocks()
{
    const auto dock = [this](QWidget *panel, const char *name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(QString::fromLatin1(name));
        d->setWidget(panel);
        addDockWidget(area, d);
        return d;
    };
    m_queue = new QueuePanel(m_engine, this);
    m_queueDock = dock(m_queue, "queueDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_eventsDock, m_queueDock);
    m_rpc = new RpcPanel(m_engine, this);
    m_rpcDock = dock(m_rpc, "rpcDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_queueDock, m_rpcDock);
    m_dht = new DhtPanel(m_engine, this);
    m_dhtDock = dock(m_dht, "dhtDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_rpcDock, m_dhtDock);
    m_peerRelay = new PeerRelayPanel(m_engine, this);
    m_peerRelayDock = dock(m_peerRelay, "peerRelayDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_dhtDock, m_peerRelayDock);
    connect(m_peerRelay, &PeerRelayPanel::statusMessage, m_status, &MainStatusBar::say);
    // Tabs behind others stay "visible" off-screen; the dock knows when its tab is shown.
    connect(m_queueDock, &QDockWidget::visibilityChanged, m_queue, &QueuePanel::setSeen);
    connect(m_dhtDock, &QDockWidget::visibilityChanged, m_dht, &DhtPanel::setSeen);
    m_peersDock->raise();

    m_swarm = new SwarmController(m_engine, m_peers, this);
    connect(m_swarm, &SwarmController::statusMessage, m_status, &MainStatusBar::say);
}

void MainWindow::createActions()
{
    m_blocking = new PeerBlocking(m_engine, m_peers, m_chat, this);
    connect(m_blocking, &PeerBlocking::statusMessage, m_status, &MainStatusBar::say);
    m_naming = new PeerNaming(m_engine, m_peers, m_chat, this);
    connect(m_naming, &PeerNaming::statusMessage, m_status, &MainStatusBar::say);
    m_peers->model()->setNames(m_naming->names());
    m_chat->setNames(m_naming->names());
    m_members = new RoomMembers(m_engine, m_peers->model(), m_naming, m_blocking, m_splitter);
    m_splitter->addWidget(m_members->panel());
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({220, 600, 180});
    connect(m_members, &RoomMembers::directMessageRequested, this, &MainWindow::openConversation);
    m_exporter = new HistoryExporter(
        m_engine, [this] { return currentRoom(); }, this);
    connect(m_exporter, &HistoryExporter::statusMessage, m_status, &MainStatusBar::say);

    m_joinAction = new QAction(this);
    m_joinAction->setObjectName(QStringLiteral("joinRoomAction"));
    m_joinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_joinAction->setShortcutContext(Qt::WindowShortcut);
    m_joinAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_joinAction, &QAction::triggered, m_rooms, &RoomsPanel::focusJoinField);

    m_leaveAction = new QAction(this);
    m_leaveAction->setObjectName(QStringLiteral("leaveRoomAction"));
    m_leaveAction->setEnabled(false);
    connect(m_leaveAction, &QAction::triggered, this, [this] {
        const QString room = currentRoom();
        if (!room.isEmpty())
            leaveRoom(room);
    });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_identityAction = new QAction(this);
    m_identityAction->setObjectName(QStringLiteral("identityAction"));
    connect(m_identityAction, &QAction::triggered, this, [this] {
        auto *dialog = new IdentityDialog(m_engine, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_focusComposerAction = new QAction(this);
    m_focusComposerAction->setObjectName(QStringLiteral("focusComposerAction"));
    m_focusComposerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusComposerAction, &QAction::triggered, m_chat, &ChatPanel::focusComposer);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Shortcuts must work even when the menu bar is hidden, so the window owns the actions too.
    addActions({m_joinAction, m_leaveAction, m_quitAction, m_focusComposerAction, m_swarm->connectAction()});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_joinAction);
    m_fileMenu->addAction(m_leaveAction);
    m_fileMenu->addAction(m_swarm->connectAction());
    m_fileMenu->addAction(m_peerRelay->addNetworkAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exporter->action());
    m_fileMenu->addAction(m_blocking->blockedPeersAction());
    m_fileMenu->addAction(m_identityAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_focusComposerAction);
    m_viewMenu->addAction(m_chat->findAction());
    m_viewMenu->addSeparator();
    QAction *peersToggle = m_peersDock->toggleViewAction();
    peersToggle->setObjectName(QStringLiteral("togglePeersAction"));
    peersToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *eventsToggle = m_eventsDock->toggleViewAction();
    eventsToggle->setObjectName(QStringLiteral("toggleEventLogAction"));
    eventsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_viewMenu->addAction(m_members->toggleAction());
    m_viewMenu->addAction(peersToggle);
    m_viewMenu->addAction(eventsToggle);
    const auto toggle = [this](QDockWidget *dock, const char *name, QKeySequence shortcut) {
        QAction *action = dock->toggleViewAction();
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        m_viewMenu->addAction(action);
    };
    toggle(m_queueDock, "toggleQueueAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    toggle(m_rpcDock, "toggleRpcAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    toggle(m_dhtDock, "toggleDhtAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    toggle(m_peerRelayDock, "togglePeerRelayAction", QKeySequence());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_status = new MainStatusBar(m_engine.address(), this);
    setStatusBar(m_status);
}

void MainWindow::wireSession()
{
    connect(&m_engine, &EngineClient::peersChanged, this, &MainWindow::onPeersChanged);
    connect(&m_engine, &EngineClient::roomsChanged, this, &MainWindow::onRoomsChanged);
    connect(&m_engine, &EngineClient::roomJoined, this, &MainWindow::onRoomJoined);
    connect(&m_engine, &EngineClient::roomJoinFailed, this, &MainWindow::onRoomJoinFailed);
    connect(&m_engine, &EngineClient::eventsReady, this, &MainWindow::onEventsReady);
    connect(&m_engine, &EngineClient::statusChanged, this, &MainWindow::updateConnectedLabel);
}

bool MainWindow::joinRoom(const QString &name)
{
    // "lobby", "discovery-swarm:lobby", "bugout:ID": the room's key names its backend.
    const auto ref = RoomRef::parse(name);
    if (!ref)
        return false;
    const QString room = ref->key();
    const bool known = m_rooms->model()->rowOf(room) >= 0;
    if (!known)
        m_engine.joinRoom(room);  // the room shows now; history and members follow (onRoomJoined)
    const RoomSnapshot snapshot = m_engine.room(room);
    m_rooms->model()->upsert({snapshot});
    m_rooms->setCurrentRoom(room);
    m_chat->setRoomInfo(snapshot);
    if (!known)
        m_status->say(tr("Joined room %1").arg(room));
    m_chat->focusComposer();
    return true;
}

void MainWindow::onRoomJoined(const RoomSnapshot &room, const QList<ChatMessage> &history)
{
    if (m_rooms->model()->rowOf(room.name) < 0)
        return;  // left again meanwhile
    addToChat(history, false);  // what was said while we were here before
    m_rooms->model()->upsert({room});
    if (currentRoom() == room.name)
        m_chat->setRoomInfo(room);
}

void MainWindow::onRoomJoinFailed(const QString &room, const Error &error)
{
    m_chat->dropRoom(room);
    m_rooms->model()->remove(room);
    m_status->say(tr("Cannot join %1: %2").arg(room, ErrorText::describe(error)));
}

void MainWindow::leaveRoom(const QString &name)
{
    m_engine.leaveRoom(name);
    m_chat->dropRoom(name);
    m_rooms->model()->remove(name);
    m_status->say(tr("Left room %1").arg(name));
}

QString MainWindow::currentRoom() const
{
    return m_chat->currentRoom();
}

void MainWindow::onPeersChanged(const PeerDelta &delta)
{
    m_naming->names()->learnFrom(delta.added);
    m_naming->names()->learnFrom(delta.updated);
    m_peers->model()->apply(delta);
    updateConnectedLabel();
}

void MainWindow::addToChat(const QList<ChatMessage> &messages, bool live)
{
    m_naming->names()->learnFrom(messages);
    const ChatPanel::Added added = m_chat->addMessages(messages);
    QList<ChatMessage> direct;
    for (const ChatMessage &m : messages) {
        if (m.direct)
            direct.append(m);
    }
    m_rooms->conversations()->noteMessages(direct);
    if (!live)
        return;
    const QString current = currentRoom();
    const QString conversation = currentConversation();
    for (auto it = added.rooms.cbegin(); it != added.rooms.cend(); ++it) {
        // The current room counts as read only while someone can see it.
        if (it.key() != current || !isActiveWindow())
            m_rooms->model()->addUnread(it.key(), it.value());
    }
    for (auto it = added.conversations.cbegin(); it != added.conversations.cend(); ++it) {
        if (it.key() != conversation || !isActiveWindow())
            m_rooms->conversations()->addUnread(it.key(), it.value());
    }
    if (m_tray && !isActiveWindow()) {
        for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
            const int fresh = it->direct ? added.conversations.value(it->peerAddress) : added.rooms.value(it->room);
            if (it->own || fresh == 0)
                continue;
            if (const auto *policy = findChild<NotificationPolicy *>(); policy && !policy->allows(*it))
                continue;  // the room is set to mentions only, or never
            const QString author = m_naming->names()->display(it->fromAddress, it->fromName);
            m_tray->notify(it->direct ? tr("%1, directly").arg(author) : tr("%1 in %2").arg(author, it->room),
                           it->text);
            break;  // one notification per batch, for the newest message
        }
    }
}

void MainWindow::openConversation(const QString &peerAddress)
{
    const QString address = peerAddress.trimmed();
    if (address.isEmpty() || address == m_engine.address())
        return;
    m_rooms->conversations()->open(address);
    m_rooms->setCurrentConversation(address);
    m_chat->focusComposer();
}

QString MainWindow::currentConversation() const
{
    return m_chat->currentConversation();
}

void MainWindow::onCurrentConversationChanged(const QString &peerAddress)
{
    if (peerAddress.isEmpty()) {
        // Nothing selected any more; a room being selected reports itself.
        if (!currentConversation().isEmpty() && m_rooms->currentRoom().isEmpty())
            m_chat->setCurrentRoom(QString());
    } else {
        m_chat->setCurrentConversation(peerAddress);
        m_members->setCurrentRoom({});
        m_rooms->conversations()->markRead(peerAddress);
    }
    m_leaveAction->setEnabled(!currentRoom().isEmpty());
    updateTitle();
}

void MainWindow::closeConversation(const QString &peerAddress)
{
    // Only the entry goes: the messages stay in the chat, so that reopening shows them all.
    if (currentConversation() == peerAddress)
        m_chat->setCurrentRoom(QString());
    m_rooms->conversations()->remove(peerAddress);
    m_leaveAction->setEnabled(!currentRoom().isEmpty());
    updateTitle();
}

void MainWindow::searchHistory(const QString &room, const QString &peerAddress, const QString &text,
                               std::function<void(const QList<ChatMessage> &)> found)
{
    if (peerAddress.isEmpty()) {
        m_engine.searchHistory({room}, text, this, std::move(found));
        return;
    }
    // A conversation's messages are stored with the room they travelled in.
    m_engine.searchHistory(m_engine.rooms(), text, this,
                           [peerAddress, found = std::move(found)](const QList<ChatMessage> &inRooms) {
                               QList<ChatMessage> direct;
                               for (const ChatMessage &m : inRooms) {
                                   if (m.direct && m.peerAddress == peerAddress)
                                       direct.append(m);
                               }
                               found(direct);
                           });
}

void MainWindow::onRoomsChanged(const QList<RoomSnapshot> &rooms)
{
    const QStringList joined = m_engine.rooms();
    m_rooms->model()->upsert(rooms);
    m_rooms->model()->retainOnly(joined);
    m_chat->retainRooms(joined);
    m_naming->names()->learnFrom(rooms);
    for (const RoomSnapshot &room : rooms)
        m_chat->setRoomInfo(room);
}

void MainWindow::onEventsReady(const EventBatch &events)
{
    QList<ChatMessage> messages;
    for (const Event &e : events) {
        if (const auto *m = e.get<MessageReceived>())
            messages.append(m->message);
        else if (const auto *d = e.get<DeliveryChanged>())
            m_chat->setDeliveryState(d->id, d->state);
    }
    if (!messages.isEmpty())
        addToChat(messages, true);
    m_events->appendEvents(events);  // chunked: a burst never stalls the window
    for (const Event &e : events) {
        if (const auto *r = e.get<ReachabilityChanged>())
            m_status->showReachability(r->reachability);
        else if (const auto *c = e.get<IdentityConflict>())
            // Stays until another message replaces it: two nodes with one identity confuse every peer.
            m_status->showMessage(tr("Another node (%1) runs with this profile's identity; "
                                     "use a profile on one computer at a time")
                                      .arg(c->endpoint.toString()));
    }
}

void MainWindow::onCurrentRoomChanged(const QString &name)
{
    // The room list lost its selection because a conversation took over: that one shows.
    if (name.isEmpty() && !m_rooms->currentConversation().isEmpty())
        return;
    m_chat->setCurrentRoom(name);
    m_members->setCurrentRoom(name);
    if (!name.isEmpty()) {
        m_chat->setRoomInfo(m_engine.room(name));
        m_rooms->model()->markRead(name);
    }
    m_leaveAction->setEnabled(!name.isEmpty());
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && !currentRoom().isEmpty())
        m_rooms->model()->markRead(currentRoom());
    QMainWindow::changeEvent(event);
}

void MainWindow::send(const QString &room, const QString &text)
{
    m_engine.sendMessage(room, text, this, [this, text](const Result<ChatMessage> &sent) {
        if (!sent) {
            m_status->say(tr("Message not sent: %1").arg(ErrorText::describe(sent.error())));
            return;
        }
        m_chat->addMessages({sent.value()});
        m_chat->clearComposerIfStill(text);
        m_status->clearMessage();
    });
}

void MainWindow::sendDirect(const QString &peerAddress, const QString &text)
{
    m_engine.sendDirect(peerAddress, text, this, [this, peerAddress, text](const Result<ChatMessage> &sent) {
        if (!sent) {
            m_status->say(tr("Message not sent: %1").arg(ErrorText::describe(sent.error())));
            return;
        }
        addToChat({sent.value()}, false);
        m_chat->clearComposerIfStill(text);
        if (sent->state == DeliveryState::Sending)
            m_status->say(tr("%1 is not reachable now; the message goes out when they are seen again")
                              .arg(Units::shortAddress(peerAddress)));
        else
            m_status->clearMessage();
    });
}

bool MainWindow::showAtStart(bool minimized)
{
    if (!minimized) {
        show();
        return false;
    }
    if (m_tray)
        return true;  // the tray icon is there; clicking it shows the window
    showMinimized();
    return false;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Swarmscope"),
                       tr("<h3>Swarmscope %1</h3>"
                          "<p>Peer-to-peer chat and swarm inspector.</p>"
                          "<p>Rooms are joined by name, messages are signed by their authors and travel "
                          "directly between peers over encrypted connections.</p>")
                           .arg(QString::fromLatin1(SWARMSCOPE_VERSION)));
}

void MainWindow::updateConnectedLabel()
{
    m_status->showCounts(m_engine.status());
}

void MainWindow::updateTitle()
{
    const QString room = currentRoom();
    const QString conversation = currentConversation();
    if (!conversation.isEmpty())
        setWindowTitle(tr("%1 (direct) — Swarmscope").arg(Units::shortAddress(conversation)));
    else
        setWindowTitle(room.isEmpty() ? tr("Swarmscope — no room") : tr("%1 — Swarmscope").arg(room));
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_members->retranslate();
    m_joinAction->setText(tr("&Join Room…"));
    m_joinAction->setToolTip(tr("Type the name of a room to join (Ctrl+J)"));
    m_leaveAction->setText(tr("&Leave Room"));
    m_quitAction->setText(tr("&Quit"));
    m_identityAction->setText(tr("&Identity…"));
    m_focusComposerAction->setText(tr("Write a &Message"));
    m_aboutAction->setText(tr("&About Swarmscope"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_peersDock->setWindowTitle(tr("Peers"));
    m_eventsDock->setWindowTitle(tr("Event Log"));
    m_peersDock->toggleViewAction()->setText(tr("Show &Peers"));
    m_eventsDock->toggleViewAction()->setText(tr("Show &Event Log"));
    m_queueDock->setWindowTitle(tr("Queue"));
    m_rpcDock->setWindowTitle(tr("Remote Procedures"));
    m_dhtDock->setWindowTitle(tr("DHT"));
    m_peerRelayDock->setWindowTitle(tr("peer-relay network"));
    m_peerRelayDock->toggleViewAction()->setText(tr("Show &peer-relay network"));
    m_queueDock->toggleViewAction()->setText(tr("Show Connection &Queue"));
    m_rpcDock->toggleViewAction()->setText(tr("Show &Remote Procedures"));
    m_dhtDock->toggleViewAction()->setText(tr("Show &DHT"));
    m_swarm->retranslate();
    m_blocking->retranslate();
    m_naming->retranslate();
    m_exporter->retranslate();
    m_status->retranslate();
    m_splitter->setAccessibleName(tr("Rooms and chat"));
    if (m_tray)
        m_tray->retranslate();
    updateConnectedLabel();
    updateTitle();
}

}  // namespace swarmscope::ui
