#include "rooms_panel.h"

#include "delegates/room_delegate.h"
#include "models/conversation_list_model.h"
#include "models/room_list_model.h"

#include "rooms/room_backend.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace swarmscope::ui {

RoomsPanel::RoomsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RoomListModel(this))
    , m_title(new QLabel(this))
    , m_joinEdit(new QLineEdit(this))
    , m_backendBox(new QComboBox(this))
    , m_joinButton(new QPushButton(this))
    , m_list(new QListView(this))
    , m_leaveAction(new QAction(this))
    , m_conversations(new ConversationListModel(this))
    , m_conversationsTitle(new QLabel(this))
    , m_conversationList(new QListView(this))
    , m_closeConversationAction(new QAction(this))
{
    setObjectName(QStringLiteral("roomsPanel"));
    m_title->setObjectName(QStringLiteral("roomsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_joinEdit->setObjectName(QStringLiteral("joinRoomEdit"));
    m_joinEdit->setClearButtonEnabled(true);
    m_joinButton->setObjectName(QStringLiteral("joinRoomButton"));
    m_backendBox->setObjectName(QStringLiteral("joinBackendBox"));
    for (const RoomBackend b : {RoomBackend::Native, RoomBackend::DiscoverySwarm, RoomBackend::Bugout})
        m_backendBox->addItem(QString(), int(b));
    m_joinButton->setEnabled(false);

    m_list->setObjectName(QStringLiteral("roomList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new RoomDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_leaveAction->setObjectName(QStringLiteral("leaveRoomContextAction"));
    m_leaveAction->setEnabled(false);
    m_list->addAction(m_leaveAction);

    m_conversationsTitle->setObjectName(QStringLiteral("conversationsTitle"));
    m_conversationsTitle->setFont(titleFont);
    m_conversationList->setObjectName(QStringLiteral("conversationList"));
    m_conversationList->setModel(m_conversations);
    m_conversationList->setItemDelegate(new RoomDelegate(m_conversationList));
    m_conversationList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conversationList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conversationList->setUniformItemSizes(true);
    m_conversationList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_closeConversationAction->setObjectName(QStringLiteral("closeConversationAction"));
    m_closeConversationAction->setEnabled(false);
    m_conversationList->addAction(m_closeConversationAction);

    auto *joinRow = new QHBoxLayout;
    joinRow->setSpacing(4);
    joinRow->addWidget(m_joinEdit, 1);
    joinRow->addWidget(m_joinButton);
    auto *backendRow = new QHBoxLayout;
    backendRow->setSpacing(4);
    backendRow->addWidget(m_backendBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_title);
    layout->addLayout(joinRow);
    layout->addLayout(backendRow);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_conversationsTitle);
    layout->addWidget(m_conversationList, 1);

    connect(m_joinEdit, &QLineEdit::returnPressed, this, &RoomsPanel::submitJoin);
    connect(m_joinButton, &QPushButton::clicked, this, &RoomsPanel::submitJoin);
    connect(m_joinEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_joinButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QString name = m_model->nameAt(current.row());
        m_leaveAction->setEnabled(!name.isEmpty());
        // A room and a conversation are never current at the same time.
        if (!name.isEmpty() && m_conversationList->currentIndex().isValid())
            m_conversationList->setCurrentIndex({});
        emit currentRoomChanged(name);
    });
    connect(m_conversationList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString address = m_conversations->addressAt(current.row());
                m_closeConversationAction->setEnabled(!address.isEmpty());
                if (!address.isEmpty() && m_list->currentIndex().isValid())
                    m_list->setCurrentIndex({});
                emit currentConversationChanged(address);
            });
    connect(m_closeConversationAction, &QAction::triggered, this, [this] {
        const QString address = currentConversation();
        if (!address.isEmpty())
            emit closeConversationRequested(address);
    });
    connect(m_conversations, &QAbstractItemModel::rowsInserted, this, &RoomsPanel::updateConversationsVisible);
    connect(m_conversations, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateConversationsVisible();
        if (m_conversations->rowCount() == 0)
            emit currentConversationChanged(QString());
    });
    connect(m_leaveAction, &QAction::triggered, this, [this] {
        const QString name = currentRoom();
        if (!name.isEmpty())
            emit leaveRequested(name);
    });
    // When the current room disappears the selection model moves on by itself; an empty list
    // leaves nothing current.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_model->rowCount() == 0)
            emit currentRoomChanged(QString());
    });
    updateConversationsVisible();
    retranslate();
}

QString RoomsPanel::currentRoom() const
{
    return m_model->nameAt(m_list->currentIndex().row());
}

void RoomsPanel::setCurrentRoom(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    m_list->setCurrentIndex(m_model->index(row));
}

QString RoomsPanel::currentConversation() const
{
    return m_conversations->addressAt(m_conversationList->currentIndex().row());
}

void RoomsPanel::setCurrentConversation(const QString &address)
{
    const int row = m_conversations->rowOf(address);
    if (row < 0)
        return;
    m_conversationList->setCurrentIndex(m_conversations->index(row));
}

void RoomsPanel::updateConversationsVisible()
{
    // The section appears with the first conversation.
    const bool any = m_conversations->rowCount() > 0;
    m_conversationsTitle->setVisible(any);
    m_conversationList->setVisible(any);
}

void RoomsPanel::focusJoinField()
{
    m_joinEdit->setFocus(Qt::ShortcutFocusReason);
    m_joinEdit->selectAll();
}

void RoomsPanel::submitJoin()
{
    const QString text = m_joinEdit->text().trimmed();
    if (text.isEmpty())
        return;
    // A typed prefix ("discovery-swarm:NAME") wins over the box, so pasted room keys work.
    auto ref = RoomRef::parse(text);
    if (!ref)
        return;
    const auto chosen = RoomBackend(m_backendBox->currentData().toInt());
    if (ref->backend == RoomBackend::Native && chosen != RoomBackend::Native
        && !text.startsWith(QLatin1String("native:")))
        ref = RoomRef{chosen, text};
    m_joinEdit->clear();
    emit joinRequested(ref->key());
}

void RoomsPanel::setJoinBackend(RoomBackend backend)
{
    m_backendBox->setCurrentIndex(m_backendBox->findData(int(backend)));
}

void RoomsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoomsPanel::retranslate()
{
    m_title->setText(tr("Rooms"));
    m_joinEdit->setPlaceholderText(tr("Room name to join"));
    m_joinEdit->setAccessibleName(tr("Room to join"));
    m_joinEdit->setToolTip(tr("Any text names a room; everyone who joins the same name meets there (Ctrl+J)"));
    m_joinButton->setText(tr("Join"));
    m_backendBox->setItemText(0, tr("Swarmscope room"));
    m_backendBox->setItemText(1, tr("discovery-swarm swarm"));
    m_backendBox->setItemText(2, tr("Bugout room"));
    m_backendBox->setAccessibleName(tr("Swarm to join the room in"));
    m_backendBox->setToolTip(tr("Where the room lives: our own protocol, or the real swarm of a compatible app "
                                "(you can also type discovery-swarm:NAME or bugout:ID)"));
    m_joinButton->setAccessibleName(tr("Join room"));
    m_list->setAccessibleName(tr("Joined rooms"));
    m_leaveAction->setText(tr("Leave room"));
    m_conversationsTitle->setText(tr("Direct messages"));
    m_conversationList->setAccessibleName(tr("Direct conversations"));
    m_closeConversationAction->setText(tr("Close conversation"));
    m_conversations->retranslate();
}

}  // namespace swarmscope::ui
