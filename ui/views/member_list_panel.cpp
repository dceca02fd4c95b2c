#include "member_list_panel.h"

#include "models/member_list_model.h"
#include "models/roles.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace swarmscope::ui {

MemberListPanel::MemberListPanel(PeerNames *names, QWidget *parent)
    : QWidget(parent)
    , m_model(new MemberListModel(names, this))
    , m_title(new QLabel(this))
    , m_view(new QListView(this))
    , m_directAction(new QAction(this))
    , m_renameAction(new QAction(this))
    , m_blockAction(new QAction(this))
{
    setObjectName(QStringLiteral("memberList"));
    m_title->setObjectName(QStringLiteral("memberListTitle"));
    m_view->setObjectName(QStringLiteral("memberListView"));
    m_view->setModel(m_model);
    m_view->setIconSize(QSize(MemberListModel::kIconSize, MemberListModel::kIconSize));
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);

    m_directAction->setObjectName(QStringLiteral("memberDirectMessageAction"));
    m_renameAction->setObjectName(QStringLiteral("memberRenameAction"));
    m_blockAction->setObjectName(QStringLiteral("memberBlockAction"));
    const auto ask = [this](void (MemberListPanel::*signal)(const QString &)) {
        return [this, signal] {
            if (const QString address = currentAddress(); !address.isEmpty())
                emit(this->*signal)(address);
        };
    };
    connect(m_directAction, &QAction::triggered, this, ask(&MemberListPanel::directMessageRequested));
    connect(m_renameAction, &QAction::triggered, this, ask(&MemberListPanel::renameRequested));
    connect(m_blockAction, &QAction::triggered, this, ask(&MemberListPanel::blockRequested));
    m_view->addActions({m_directAction, m_renameAction, m_blockAction});
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit directMessageRequested(index.data(Roles::PeerAddress).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MemberListPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        retranslate();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    updateActions();
    retranslate();
}

void MemberListPanel::showRoom(const RoomSnapshot &room, const QSet<QString> &connected)
{
    // Keep the member the user picked picked across updates.
    const QString picked = currentAddress();
    m_model->setMembers(room, connected);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row).data(Roles::PeerAddress).toString() == picked)
            m_view->setCurrentIndex(m_model->index(row));
}

void MemberListPanel::showNoRoom()
{
    m_model->clear();
}

QString MemberListPanel::currentAddress() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(Roles::PeerAddress).toString() : QString();
}

void MemberListPanel::updateActions()
{
    const bool picked = !currentAddress().isEmpty();
    for (QAction *a : {m_directAction, m_renameAction, m_blockAction})
        a->setEnabled(picked);
}

void MemberListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MemberListPanel::retranslate()
{
    const int members = m_model->rowCount();
    m_title->setText(m_model->room().isEmpty()
                         ? tr("Members")
                         : tr("Members: %1 (%2 connected)").arg(members).arg(m_model->connectedCount()));
    m_directAction->setText(tr("Message Directly"));
    m_renameAction->setText(tr("Rename…"));
    m_blockAction->setText(tr("Block"));
}

}  // namespace swarmscope::ui
