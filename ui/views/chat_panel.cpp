#include "chat_panel.h"

#include "delegates/chat_message_delegate.h"
#include "format/peer_names.h"
#include "format/units.h"
#include "models/chat_message_model.h"
#include "models/roles.h"
#include "transfers/file_transfers_view.h"
#include "widgets/chat_search_bar.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QToolButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace swarmscope::ui {

namespace {
// Long enough for a paragraph, short enough to stay well below the engine's frame cap.
constexpr int kMaxMessageLength = 4000;
}  // namespace

ChatPanel::ChatPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_searchBar(new ChatSearchBar(this))
    , m_view(new QListView(this))
    , m_delegate(new ChatMessageDelegate(m_view))
    , m_composer(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_sendFile(new QToolButton(this))
    , m_transfers(new FileTransfersView(this))
    , m_findAction(new QAction(this))
    , m_directAction(new QAction(this))
{
    setObjectName(QStringLiteral("chatPanel"));
    m_title->setObjectName(QStringLiteral("chatTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("chatSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette dim = m_subtitle->palette();
    QColor dimText = dim.color(QPalette::WindowText);
    dimText.setAlphaF(0.65f);
    dim.setColor(QPalette::WindowText, dimText);
    m_subtitle->setPalette(dim);
    m_searchBar->hide();

    m_view->setObjectName(QStringLiteral("chatView"));
    m_view->setItemDelegate(m_delegate);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_directAction->setObjectName(QStringLiteral("directMessageAuthorAction"));
    m_directAction->setEnabled(false);
    connect(m_directAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        const QString author = current.sibling(current.row(), ChatMessageModel::Author).data(Roles::Raw).toString();
        if (current.isValid() && !current.data(Roles::Own).toBool() && !author.isEmpty())
            emit directMessageRequested(author);
    });
    m_view->addAction(m_directAction);

    // Ctrl+F anywhere in the window opens the find bar over the current room's history.
    m_findAction->setObjectName(QStringLiteral("findInHistoryAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    m_findAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    connect(m_findAction, &QAction::triggered, this, &ChatPanel::openSearch);
    addAction(m_findAction);
    connect(m_searchBar, &ChatSearchBar::searchChanged, this, &ChatPanel::search);
    connect(m_searchBar, &ChatSearchBar::nextRequested, this, &ChatPanel::nextMatch);
    connect(m_searchBar, &ChatSearchBar::previousRequested, this, &ChatPanel::previousMatch);
    connect(m_searchBar, &ChatSearchBar::closeRequested, this, &ChatPanel::closeSearch);

    m_composer->setObjectName(QStringLiteral("composerEdit"));
    m_composer->setMaxLength(kMaxMessageLength);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    m_sendFile->setObjectName(QStringLiteral("sendFileButton"));
    m_sendFile->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    setAcceptDrops(true);

    auto *header = new QVBoxLayout;
    header->setSpacing(0);
    header->setContentsMargins(6, 0, 6, 0);
    header->addWidget(m_title);
    header->addWidget(m_subtitle);

    auto *composerRow = new QHBoxLayout;
    composerRow->setSpacing(4);
    composerRow->addWidget(m_sendFile);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_transfers);
    layout->addLayout(composerRow);

    connect(m_composer, &QLineEdit::returnPressed, this, &ChatPanel::submit);
    connect(m_send, &QPushButton::clicked, this, &ChatPanel::submit);
    connect(m_sendFile, &QToolButton::clicked, this, &ChatPanel::chooseFile);
    connect(m_composer, &QLineEdit::textChanged, this, &ChatPanel::updateComposerState);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_stickToBottom = value >= m_view->verticalScrollBar()->maximum() - 4; });
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_stickToBottom)
            m_view->verticalScrollBar()->setValue(max);
    });
    retranslate();
}

ChatMessageModel *ChatPanel::ensureModel(const QString &room)
{
    ChatMessageModel *&model = m_models[room];
    if (!model) {
        model = new ChatMessageModel(room, ChatMessageModel::kDefaultCapacity, this);
        model->setNames(m_names);
    }
    return model;
}

ChatMessageModel *ChatPanel::ensureConversation(const QString &peerAddress)
{
    ChatMessageModel *&model = m_direct[peerAddress];
    if (!model) {
        model = ChatMessageModel::conversation(peerAddress, ChatMessageModel::kDefaultCapacity, this);
        model->setNames(m_names);
    }
    return model;
}

ChatMessageModel *ChatPanel::currentModel() const
{
    if (!m_peer.isEmpty())
        return m_direct.value(m_peer);
    return m_room.isEmpty() ? nullptr : m_models.value(m_room);
}

ChatPanel::Added ChatPanel::addMessages(const QList<ChatMessage> &messages)
{
    QHash<QString, QList<ChatMessage>> byRoom;
    QHash<QString, QList<ChatMessage>> byPeer;
    for (const ChatMessage &m : messages) {
        if (m.direct) {
            if (!m.peerAddress.isEmpty())
                byPeer[m.peerAddress].append(m);
        } else {
            byRoom[m.room].append(m);
        }
    }
    const auto ownSent = [](const QList<ChatMessage> &list) {
        return std::any_of(list.cbegin(), list.cend(), [](const ChatMessage &m) { return m.own; });
    };
    Added added;
    for (auto it = byRoom.cbegin(); it != byRoom.cend(); ++it) {
        if (m_peer.isEmpty() && it.key() == m_room && ownSent(*it))
            m_stickToBottom = true;  // what we just sent must be visible
        added.rooms.insert(it.key(), ensureModel(it.key())->append(*it));
    }
    for (auto it = byPeer.cbegin(); it != byPeer.cend(); ++it) {
        if (it.key() == m_peer && ownSent(*it))
            m_stickToBottom = true;
        added.conversations.insert(it.key(), ensureConversation(it.key())->append(*it));
    }
    return added;
}

void ChatPanel::showModel(ChatMessageModel *model)
{
    m_view->setModel(model);
    m_stickToBottom = true;
    m_view->scrollToBottom();
    if (m_view->selectionModel())
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChatPanel::updateMessageActions,
                Qt::UniqueConnection);
    updateMessageActions();
    updateHeader();
    updateComposerState();
    // The find bar follows the chat it searches.
    if (m_searchBar->isVisible())
        search(m_searchBar->text());
    else
        clearMatches();
}

void ChatPanel::setCurrentRoom(const QString &name)
{
    if (m_peer.isEmpty() && name == m_room && (name.isEmpty() || m_view->model()))
        return;
    m_room = name;
    m_peer.clear();
    m_info = RoomSnapshot{};
    m_info.name = name;
    showModel(name.isEmpty() ? nullptr : ensureModel(name));
}

void ChatPanel::setCurrentConversation(const QString &peerAddress)
{
    if (peerAddress.isEmpty()) {
        if (!m_peer.isEmpty())
            setCurrentRoom(QString());
        return;
    }
    if (peerAddress == m_peer && m_view->model())
        return;
    m_peer = peerAddress;
    m_room.clear();
    m_info = RoomSnapshot{};
    showModel(ensureConversation(peerAddress));
}

void ChatPanel::setRoomInfo(const RoomSnapshot &room)
{
    if (room.name != m_room || !m_peer.isEmpty())
        return;
    m_info = room;
    updateHeader();
}

void ChatPanel::setDeliveryState(const QByteArray &id, DeliveryState state)
{
    for (ChatMessageModel *model : std::as_const(m_direct)) {
        if (model->setState(id, state))
            return;
    }
    for (ChatMessageModel *model : std::as_const(m_models)) {
        if (model->setState(id, state))
            return;
    }
}

void ChatPanel::dropRoom(const QString &name)
{
    if (name == m_room && m_peer.isEmpty())
        setCurrentRoom(QString());
    if (ChatMessageModel *model = m_models.take(name))
        model->deleteLater();
}

void ChatPanel::retainRooms(const QStringList &names)
{
    const QStringList held = m_models.keys();
    for (const QString &room : held) {
        if (!names.contains(room))
            dropRoom(room);
    }
}

void ChatPanel::focusComposer()
{
    m_composer->setFocus(Qt::ShortcutFocusReason);
}

void ChatPanel::clearComposer()
{
    m_composer->clear();
}

void ChatPanel::clearComposerIfStill(const QString &sent)
{
    if (m_composer->text().trimmed() == sent)
        m_composer->clear();
}

void ChatPanel::submit()
{
    const QString text = m_composer->text().trimmed();
    if (text.isEmpty())
        return;
    if (!m_peer.isEmpty())
        emit sendDirectRequested(m_peer, text);
    else if (!m_room.isEmpty())
        emit sendRequested(m_room, text);
}

void ChatPanel::openSearch()
{
    if (!currentModel())
        return;
    m_searchBar->show();
    m_searchBar->focusEdit();
    if (!m_searchBar->text().isEmpty())
        search(m_searchBar->text());
}

void ChatPanel::closeSearch()
{
    m_searchBar->hide();
    clearMatches();
    m_view->setFocus(Qt::OtherFocusReason);
}

void ChatPanel::clearMatches()
{
    ++m_searchGeneration;  // a search still under way no longer shows
    if (m_searchedModel)
        m_searchedModel->setSearchMatches({});
    m_searchedModel = nullptr;
    m_matchIds.clear();
    m_matchIndex = -1;
    m_delegate->setSearchTerm(QString());
    m_searchBar->setResult(-1, 0);
}

void ChatPanel::search(const QString &text)
{
    clearMatches();
    const quint64 generation = m_searchGeneration;
    const QString term = text.trimmed();
    if (!currentModel() || term.isEmpty() || !m_search)
        return;
    m_search(m_peer.isEmpty() ? m_room : QString(), m_peer, term,
             [this, generation, term, room = m_room, peer = m_peer](const QList<ChatMessage> &found) {
                 // Only the answer to the newest search, for the chat it was asked in, counts.
                 if (generation == m_searchGeneration && room == m_room && peer == m_peer)
                     showMatches(term, found);
             });
}

void ChatPanel::showMatches(const QString &term, const QList<ChatMessage> &found)
{
    ChatMessageModel *model = currentModel();
    if (!model)
        return;
    QList<int> rows;
    QSet<QByteArray> ids;
    int notLoaded = 0;
    for (const ChatMessage &m : found) {
        if (!model->accepts(m))
            continue;
        const int row = model->rowOfId(m.id);
        if (row < 0) {
            ++notLoaded;  // older than what the chat holds
        } else if (!ids.contains(m.id)) {
            ids.insert(m.id);
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows))
        m_matchIds.append(model->messageAt(row).id);
    m_searchedModel = model;
    m_delegate->setSearchTerm(term);
    model->setSearchMatches(ids);
    // Start at the newest match: that is where people were reading.
    m_matchIndex = m_matchIds.isEmpty() ? -1 : int(m_matchIds.size()) - 1;
    m_searchBar->setResult(m_matchIndex, int(m_matchIds.size()), notLoaded);
    jumpToMatch();
}

void ChatPanel::nextMatch()
{
    if (m_matchIds.isEmpty())
        return;
    m_matchIndex = (m_matchIndex + 1) % int(m_matchIds.size());
    m_searchBar->setResult(m_matchIndex, int(m_matchIds.size()));
    jumpToMatch();
}

void ChatPanel::previousMatch()
{
    if (m_matchIds.isEmpty())
        return;
    m_matchIndex = (m_matchIndex - 1 + int(m_matchIds.size())) % int(m_matchIds.size());
    m_searchBar->setResult(m_matchIndex, int(m_matchIds.size()));
    jumpToMatch();
}

void ChatPanel::jumpToMatch()
{
    ChatMessageModel *model = currentModel();
    if (!model || m_matchIndex < 0 || m_matchIndex >= m_matchIds.size())
        return;
    const int row = model->rowOfId(m_matchIds.at(m_matchIndex));
    if (row < 0)
        return;
    const QModelIndex index = model->index(row, 0);
    m_stickToBottom = false;  // stay on the match even when new messages arrive
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void ChatPanel::updateMessageActions()
{
    const QModelIndex current = m_view->currentIndex();
    m_directAction->setEnabled(m_peer.isEmpty() && current.isValid() && !current.data(Roles::Own).toBool());
    const bool someoneElse = !currentAuthor().isEmpty();
    for (QAction *action : std::as_const(m_authorActions))
        action->setEnabled(someoneElse);
}

QString ChatPanel::currentAuthor() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(Roles::Own).toBool())
        return {};
    return current.sibling(current.row(), ChatMessageModel::Author).data(Roles::Raw).toString();
}

void ChatPanel::setNames(PeerNames *names)
{
    m_names = names;
    for (ChatMessageModel *model : std::as_const(m_models))
        model->setNames(names);
    for (ChatMessageModel *model : std::as_const(m_direct))
        model->setNames(names);
    if (names)
        connect(names, &PeerNames::changed, this, &ChatPanel::updateHeader);
    updateHeader();
}

void ChatPanel::addMessageAction(QAction *action)
{
    m_authorActions.append(action);
    m_view->addAction(action);
    updateMessageActions();
}

void ChatPanel::updateHeader()
{
    if (!m_peer.isEmpty()) {
        m_title->setText(
            tr("Direct messages with %1").arg(m_names ? m_names->display(m_peer) : Units::shortAddress(m_peer)));
        m_subtitle->setText(m_peer);
        return;
    }
    if (m_room.isEmpty()) {
        m_title->setText(tr("No room selected"));
        m_subtitle->setText(tr("Join a room on the left to start chatting."));
        return;
    }
    m_title->setText(m_room);
    const int members = int(m_info.members.size());
    m_subtitle->setText(members == 0 ? tr("Waiting for others to join…")
                                     : tr("%n member(s) seen", nullptr, members)
                                + tr(" · %n connected", nullptr, m_info.connectedMembers));
}

void ChatPanel::updateComposerState()
{
    const bool hasTarget = !m_room.isEmpty() || !m_peer.isEmpty();
    m_composer->setEnabled(hasTarget);
    m_sendFile->setEnabled(hasTarget);
    m_send->setEnabled(hasTarget && !m_composer->text().trimmed().isEmpty());
    if (!m_peer.isEmpty())
        m_composer->setPlaceholderText(tr("Message %1 directly").arg(Units::shortAddress(m_peer)));
    else
        m_composer->setPlaceholderText(hasTarget ? tr("Message %1").arg(m_room) : tr("Join a room to chat"));
    m_findAction->setEnabled(hasTarget);
}

void ChatPanel::offerFile(const QString &path)
{
    const QString target = m_peer.isEmpty() ? m_room : m_peer;
    if (!target.isEmpty() && QFileInfo(path).isFile())
        emit sendFileRequested(target, path);
}

void ChatPanel::chooseFile()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Send Files"));
    for (const QString &path : paths)
        offerFile(path);
}

void ChatPanel::dragEnterEvent(QDragEnterEvent *event)
{
    const bool hasTarget = !m_room.isEmpty() || !m_peer.isEmpty();
    if (hasTarget && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ChatPanel::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            offerFile(url.toLocalFile());
    event->acceptProposedAction();
}

void ChatPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChatPanel::retranslate()
{
    m_view->setAccessibleName(tr("Messages"));
    m_composer->setAccessibleName(tr("Message to send"));
    m_composer->setToolTip(tr("Type a message and press Enter to send it (Ctrl+L)"));
    m_send->setText(tr("Send"));
    m_send->setAccessibleName(tr("Send message"));
    m_sendFile->setText(tr("Send File…"));
    m_sendFile->setAccessibleName(tr("Send a file"));
    m_sendFile->setToolTip(tr("Offer a file to the room or the person shown (or drop files onto the chat)"));
    m_findAction->setText(tr("&Find in History…"));
    m_findAction->setToolTip(tr("Search the messages of the current room (Ctrl+F)"));
    m_directAction->setText(tr("Send direct message to the author"));
    for (ChatMessageModel *model : std::as_const(m_models))
        model->retranslate();
    for (ChatMessageModel *model : std::as_const(m_direct))
        model->retranslate();
    updateHeader();
    updateComposerState();
}

}  // namespace swarmscope::ui
