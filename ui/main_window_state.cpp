#include "main_window.h"

#include "room_members.h"
#include "views/member_list_panel.h"

#include "client/engine_client.h"
#include "format/peer_names.h"
#include "models/peer_table_model.h"
#include "models/room_list_model.h"
#include "peer_naming.h"
#include "views/chat_panel.h"
#include "views/peers_panel.h"
#include "views/rooms_panel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QSettings>
#include <QSplitter>

// What the window keeps in the profile's QSettings: its layout, and the unread counts and current
// room of the rooms the engine rejoins at start (the rooms themselves are the engine's:
// docs/ARCHITECTURE.md, "Rooms that stay").
namespace swarmscope::ui {

namespace {

// Bump when the dock layout changes incompatibly, so old saved state is ignored.
constexpr int kStateVersion = 1;

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kPeersHeaderKey = QStringLiteral("peers/header2");  // 2: queue, retries and rate columns
const QString kUnreadKey = QStringLiteral("rooms/unread");
const QString kCurrentRoomKey = QStringLiteral("rooms/current");

}  // namespace

void MainWindow::populateFromSession()
{
    m_naming->names()->learnFrom(m_engine.peers());
    m_peers->model()->reset(m_engine.peers());
    QList<RoomSnapshot> rooms;
    const QStringList names = m_engine.rooms();
    for (const QString &name : names) {
        rooms.append(m_engine.room(name));
        m_engine.history(name, this, [this](const QList<ChatMessage> &history) { addToChat(history, false); });
    }
    m_rooms->model()->upsert(rooms);
    // Unread counts of the last run; the room shown first counts as read, as it does when picked.
    const QVariantMap unread = m_settings.value(kUnreadKey).toMap();
    for (auto it = unread.cbegin(); it != unread.cend(); ++it)
        if (m_rooms->model()->rowOf(it.key()) >= 0)
            m_rooms->model()->addUnread(it.key(), it.value().toInt());
    const QString current = m_settings.value(kCurrentRoomKey).toString();
    if (names.contains(current))
        m_rooms->setCurrentRoom(current);
    else if (!names.isEmpty())
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
        m_peersDock->raise();  // the peers tab first, whatever was tabbed in after it
    }
    const QByteArray splitter = m_settings.value(kSplitterKey).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_members->toggleAction()->setChecked(!m_members->panel()->isHidden());  // the splitter keeps it shown or not
    m_peers->restoreHeaderState(m_settings.value(kPeersHeaderKey).toByteArray());
}

void MainWindow::saveSettings()
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState(kStateVersion));
    m_settings.setValue(kSplitterKey, m_splitter->saveState());
    m_settings.setValue(kPeersHeaderKey, m_peers->saveHeaderState());
    QVariantMap unread;
    const RoomListModel *rooms = m_rooms->model();
    for (int row = 0; row < rooms->rowCount(); ++row)
        if (const int count = rooms->unreadOf(rooms->nameAt(row)); count > 0)
            unread.insert(rooms->nameAt(row), count);
    m_settings.setValue(kUnreadKey, unread);
    m_settings.setValue(kCurrentRoomKey, currentRoom());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

}  // namespace swarmscope::ui
