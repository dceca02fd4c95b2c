#include "chat_panel.h"

#include "delegates/chat_message_delegate.h"
#include "models/chat_message_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace swarmscope::ui {

namespace {
// Long enough for a paragraph, short enough to stay well below the engine's frame cap.
constexpr int kMaxMessageLength = 4000;
} // namespace

ChatPanel::ChatPanel(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)),
      m_view(new QListView(this)),
      m_composer(new QLineEdit(this)),
      m_send(new QPushButton(this))
{
    setObjectName(QStringLiteral("chatPanel"));
    m_title->setObjectName(QStringLiteral("chatTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("chatSubtitle"));
    QPalette dim = m_subtitle->palette();
    QColor dimText = dim.color(QPalette::WindowText);
    dimText.setAlphaF(0.65f);
    dim.setColor(QPalette::WindowText, dimText);
    m_subtitle->setPalette(dim);

    m_view->setObjectName(QStringLiteral("chatView"));
    m_view->setItemDelegate(new ChatMessageDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);

    m_composer->setObjectName(QStringLiteral("composerEdit"));
    m_composer->setMaxLength(kMaxMessageLength);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(false);
    m_send->setAutoDefault(false);

    auto *header = new QVBoxLayout;
    header->setSpacing(0);
    header->setContentsMargins(6, 0, 6, 0);
    header->addWidget(m_title);
    header->addWidget(m_subtitle);

    auto *composerRow = new QHBoxLayout;
    composerRow->setSpacing(4);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addLayout(composerRow);

    connect(m_composer, &QLineEdit::returnPressed, this, &ChatPanel::submit);
    connect(m_send, &QPushButton::clicked, this, &ChatPanel::submit);
    connect(m_composer, &QLineEdit::textChanged, this, &ChatPanel::updateComposerState);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_stickToBottom = value >= m_view->verticalScrollBar()->maximum() - 4;
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_stickToBottom)
            m_view->verticalScrollBar()->setValue(max);
    });
    retranslate();
}

ChatMessageModel *ChatPanel::ensureModel(const QString &room)
{
    ChatMessageModel *&model = m_models[room];
    if (!model)
        model = new ChatMessageModel(room, ChatMessageModel::kDefaultCapacity, this);
    return model;
}

QHash<QString, int> ChatPanel::addMessages(const QList<ChatMessage> &messages)
{
    QHash<QString, QList<ChatMessage>> byRoom;
    for (const ChatMessage &m : messages)
        byRoom[m.room].append(m);
    QHash<QString, int> added;
    for (auto it = byRoom.cbegin(); it != byRoom.cend(); ++it) {
        const bool ownSent = std::any_of(it->cbegin(), it->cend(), [](const ChatMessage &m) { return m.own; });
        if (it.key() == m_room && ownSent)
            m_stickToBottom = true;  // what we just sent must be visible
        added.insert(it.key(), ensureModel(it.key())->append(*it));
    }
    return added;
}

void ChatPanel::setCurrentRoom(const QString &name)
{
    if (name == m_room && (name.isEmpty() || m_view->model()))
        return;
    m_room = name;
    m_info = RoomSnapshot{};
    m_info.name = name;
    m_view->setModel(name.isEmpty() ? nullptr : ensureModel(name));
    m_stickToBottom = true;
    m_view->scrollToBottom();
    updateHeader();
    updateComposerState();
}

void ChatPanel::setRoomInfo(const RoomSnapshot &room)
{
    if (room.name != m_room)
        return;
    m_info = room;
    updateHeader();
}

void ChatPanel::setDeliveryState(const QByteArray &id, DeliveryState state)
{
    for (ChatMessageModel *model : std::as_const(m_models)) {
        if (model->setState(id, state))
            return;
    }
}

void ChatPanel::dropRoom(const QString &name)
{
    if (name == m_room)
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

void ChatPanel::submit()
{
    const QString text = m_composer->text().trimmed();
    if (m_room.isEmpty() || text.isEmpty())
        return;
    emit sendRequested(m_room, text);
}

void ChatPanel::updateHeader()
{
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
    const bool hasRoom = !m_room.isEmpty();
    m_composer->setEnabled(hasRoom);
    m_send->setEnabled(hasRoom && !m_composer->text().trimmed().isEmpty());
    m_composer->setPlaceholderText(hasRoom ? tr("Message %1").arg(m_room) : tr("Join a room to chat"));
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
    for (ChatMessageModel *model : std::as_const(m_models))
        model->retranslate();
    updateHeader();
    updateComposerState();
}

} // namespace swarmscope::ui
