#include "room_members.h"

#include "client/engine_client.h"
#include "format/peer_names.h"
#include "models/peer_table_model.h"
#include "peer_blocking.h"
#include "peer_naming.h"
#include "views/member_list_panel.h"

#include <QAction>
#include <QTimer>

namespace swarmscope::ui {

RoomMembers::RoomMembers(EngineClient &engine, PeerTableModel *peers, PeerNaming *naming, PeerBlocking *blocking,
                         QWidget *panelParent)
    : QObject(panelParent)
    , m_engine(engine)
    , m_peers(peers)
    , m_panel(new MemberListPanel(naming->names(), panelParent))
    , m_toggle(new QAction(this))
{
    setObjectName(QStringLiteral("roomMembers"));
    m_toggle->setObjectName(QStringLiteral("toggleMembersAction"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_toggle, &QAction::toggled, m_panel, &QWidget::setVisible);

    connect(m_panel, &MemberListPanel::directMessageRequested, this, &RoomMembers::directMessageRequested);
    connect(m_panel, &MemberListPanel::renameRequested, naming, &PeerNaming::openRenameDialog);
    connect(m_panel, &MemberListPanel::blockRequested, blocking,
            [blocking](const QString &address) { blocking->block({address}); });

    connect(&m_engine, &EngineClient::roomsChanged, this, &RoomMembers::scheduleRefresh);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_peers, signal, this, &RoomMembers::scheduleRefresh);
    connect(m_peers, &QAbstractItemModel::dataChanged, this, &RoomMembers::scheduleRefresh);
    connect(m_peers, &QAbstractItemModel::modelReset, this, &RoomMembers::scheduleRefresh);
    retranslate();
}

void RoomMembers::setCurrentRoom(const QString &room)
{
    m_room = room;
    refresh();
}

void RoomMembers::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void RoomMembers::refresh()
{
    if (m_room.isEmpty() || !m_engine.rooms().contains(m_room))
        m_panel->showNoRoom();
    else
        m_panel->showRoom(m_engine.room(m_room), m_peers->connectedIn(m_room));
}

void RoomMembers::retranslate()
{
    m_toggle->setText(tr("&Members"));
    m_toggle->setToolTip(tr("Show or hide the current room's members"));
}

}  // namespace swarmscope::ui
