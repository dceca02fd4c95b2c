#include "main_window.h"

#include "format/error_text.h"
#include "format/units.h"
#include "models/peer_table_model.h"
#include "models/event_log_model.h"
#include "models/room_list_model.h"
#include "session.h"
#include "tray_notifier.h"
#include "resources_init.h"
#include "views/chat_panel.h"
#include "views/event_log_panel.h"
#include "views/peers_panel.h"
#include "views/rooms_panel.h"
#include "widgets/address_label.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace swarmscope::ui {

namespace {

// Bump when the dock layout changes incompatibly, so old saved state is ignored.
constexpr int kStateVersion = 1;
constexpr int kStatusTimeoutMs = 8000;

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kPeersHeaderKey = QStringLiteral("peers/header");

} // namespace

MainWindow::MainWindow(Session &session, QSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_settings(settings)
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

    createDocks();
    createActions();
    createMenus();
    createStatusBar();

    connect(m_rooms, &RoomsPanel::joinRequested, this, &MainWindow::joinRoom);
    connect(m_rooms, &RoomsPanel::leaveRequested, this, &MainWindow::leaveRoom);
    connect(m_rooms, &RoomsPanel::currentRoomChanged, this, &MainWindow::onCurrentRoomChanged);
    connect(m_chat, &ChatPanel::sendRequested, this, &MainWindow::send);
    connect(m_peers, &PeersPanel::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusTimeoutMs); });
    connect(m_events, &EventLogPanel::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusTimeoutMs); });
    connect(m_address, &AddressLabel::copied, this,
            [this] { statusBar()->showMessage(tr("Address copied to the clipboard"), kStatusTimeoutMs); });

    if (TrayNotifier::available()) {
        m_tray = new TrayNotifier(this);
        const auto updateUnread = [this] { m_tray->setUnread(m_rooms->model()->totalUnread()); };
        connect(m_rooms->model(), &QAbstractItemModel::dataChanged, this, updateUnread);
        connect(m_rooms->model(), &QAbstractItemModel::rowsRemoved, this, updateUnread);
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
}

void MainWindow::createActions()
{
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
    addActions({m_joinAction, m_leaveAction, m_quitAction, m_focusComposerAction});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_joinAction);
    m_fileMenu->addAction(m_leaveAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_focusComposerAction);
    m_viewMenu->addSeparator();
    QAction *peersToggle = m_peersDock->toggleViewAction();
    peersToggle->setObjectName(QStringLiteral("togglePeersAction"));
    peersToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *eventsToggle = m_eventsDock->toggleViewAction();
    eventsToggle->setObjectName(QStringLiteral("toggleEventLogAction"));
    eventsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_viewMenu->addAction(peersToggle);
    m_viewMenu->addAction(eventsToggle);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_addressCaption = new QLabel(this);
    m_addressCaption->setObjectName(QStringLiteral("ownAddressCaption"));
    m_address = new AddressLabel(this);
    m_address->setObjectName(QStringLiteral("ownAddressLabel"));
    m_connected = new QLabel(this);
    m_connected->setObjectName(QStringLiteral("connectedLabel"));
    m_connected->setContentsMargins(8, 0, 4, 0);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    // QStatusBar repaints only the message rectangle when a message goes, which leaves the
    // pixels of descenders behind (the "J" of "Joined"); repaint the whole bar instead.
    connect(statusBar(), &QStatusBar::messageChanged, statusBar(), qOverload<>(&QWidget::update));
    statusBar()->addPermanentWidget(m_addressCaption);
    statusBar()->addPermanentWidget(m_address);
    statusBar()->addPermanentWidget(m_connected);
    m_address->setAddress(m_session.address());
}

void MainWindow::wireSession()
{
    connect(&m_session, &Session::peersChanged, this, &MainWindow::onPeersChanged);
    connect(&m_session, &Session::messagesReceived, this, &MainWindow::onMessagesReceived);
    connect(&m_session, &Session::roomsChanged, this, &MainWindow::onRoomsChanged);
    connect(&m_session, &Session::eventsReady, this, &MainWindow::onEventsReady);
    connect(&m_session, &Session::messageStateChanged, m_chat, &ChatPanel::setDeliveryState);
}

void MainWindow::populateFromSession()
{
    m_peers->model()->reset(m_session.peers());
    QList<RoomSnapshot> rooms;
    const QStringList names = m_session.rooms();
    for (const QString &name : names) {
        rooms.append(m_session.room(name));
        m_chat->addMessages(m_session.history(name));
    }
    m_rooms->model()->upsert(rooms);
    if (!names.isEmpty())
        m_rooms->setCurrentRoom(names.constFirst());
    updateConnectedLabel();
    updateTitle();
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1000, 700);
    if (!restoreState(m_settings.value(kStateKey).toByteArray(), kStateVersion)) {
        // First start: the chat gets most of the height, the docks a few rows.
        resizeDocks({m_peersDock}, {height() * 3 / 10}, Qt::Vertical);
    }
    const QByteArray splitter = m_settings.value(kSplitterKey).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_peers->restoreHeaderState(m_settings.value(kPeersHeaderKey).toByteArray());
}

void MainWindow::saveSettings()
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState(kStateVersion));
    m_settings.setValue(kSplitterKey, m_splitter->saveState());
    m_settings.setValue(kPeersHeaderKey, m_peers->saveHeaderState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::joinRoom(const QString &name)
{
    const QString room = name.trimmed();
    if (room.isEmpty())
        return false;
    const bool known = m_rooms->model()->rowOf(room) >= 0;
    const RoomSnapshot snapshot = known ? m_session.room(room) : m_session.joinRoom(room);
    if (!known)
        m_chat->addMessages(m_session.history(room));  // what was said while we were here before
    m_rooms->model()->upsert({snapshot});
    m_rooms->setCurrentRoom(room);
    m_chat->setRoomInfo(snapshot);
    if (!known)
        statusBar()->showMessage(tr("Joined room %1").arg(room), kStatusTimeoutMs);
    m_chat->focusComposer();
    return true;
}

void MainWindow::leaveRoom(const QString &name)
{
    m_session.leaveRoom(name);
    m_chat->dropRoom(name);
    m_rooms->model()->remove(name);
    statusBar()->showMessage(tr("Left room %1").arg(name), kStatusTimeoutMs);
}

QString MainWindow::currentRoom() const
{
    return m_chat->currentRoom();
}

void MainWindow::onPeersChanged(const PeerDelta &delta)
{
    m_peers->model()->apply(delta);
    updateConnectedLabel();
}

void MainWindow::onMessagesReceived(const QList<ChatMessage> &messages)
{
    const QHash<QString, int> added = m_chat->addMessages(messages);
    const QString current = currentRoom();
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        // The current room counts as read only while someone can see it.
        if (it.key() != current || !isActiveWindow())
            m_rooms->model()->addUnread(it.key(), it.value());
    }
    if (m_tray && !isActiveWindow()) {
        for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
            if (!it->own && added.value(it->room) > 0) {
                m_tray->notify(tr("%1 in %2").arg(Units::shortAddress(it->fromAddress), it->room), it->text);
                break;  // one notification per batch, for the newest message
            }
        }
    }
}

void MainWindow::onRoomsChanged(const QList<RoomSnapshot> &rooms)
{
    const QStringList joined = m_session.rooms();
    m_rooms->model()->upsert(rooms);
    m_rooms->model()->retainOnly(joined);
    m_chat->retainRooms(joined);
    for (const RoomSnapshot &room : rooms)
        m_chat->setRoomInfo(room);
}

void MainWindow::onEventsReady(const QList<EngineEvent> &events)
{
    m_events->model()->append(events);
}

void MainWindow::onCurrentRoomChanged(const QString &name)
{
    m_chat->setCurrentRoom(name);
    if (!name.isEmpty()) {
        m_chat->setRoomInfo(m_session.room(name));
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
    const Result<ChatMessage> sent = m_session.sendMessage(room, text);
    if (!sent) {
        statusBar()->showMessage(tr("Message not sent: %1").arg(ErrorText::describe(sent.error())), kStatusTimeoutMs);
        return;
    }
    m_chat->addMessages({sent.value()});
    m_chat->clearComposer();
    statusBar()->clearMessage();
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
    const SessionStatus status = m_session.status();
    QString text = tr("%n peer(s) connected", nullptr, status.connected);
    if (status.handshaking > 0)
        text += tr(", %n handshaking", nullptr, status.handshaking);
    m_connected->setText(text);
    m_connected->setAccessibleName(text);
}

void MainWindow::updateTitle()
{
    const QString room = currentRoom();
    setWindowTitle(room.isEmpty() ? tr("Swarmscope — no room") : tr("%1 — Swarmscope").arg(room));
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_joinAction->setText(tr("&Join Room…"));
    m_joinAction->setToolTip(tr("Type the name of a room to join (Ctrl+J)"));
    m_leaveAction->setText(tr("&Leave Room"));
    m_quitAction->setText(tr("&Quit"));
    m_focusComposerAction->setText(tr("Write a &Message"));
    m_aboutAction->setText(tr("&About Swarmscope"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_peersDock->setWindowTitle(tr("Peers"));
    m_eventsDock->setWindowTitle(tr("Event Log"));
    m_peersDock->toggleViewAction()->setText(tr("Show &Peers"));
    m_eventsDock->toggleViewAction()->setText(tr("Show &Event Log"));
    m_addressCaption->setText(tr("Your address:"));
    m_splitter->setAccessibleName(tr("Rooms and chat"));
    if (m_tray)
        m_tray->retranslate();
    updateConnectedLabel();
    updateTitle();
}

} // namespace swarmscope::ui
