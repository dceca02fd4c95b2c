#include "chat_search_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace swarmscope::ui {

ChatSearchBar::ChatSearchBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("chatSearchBar"));
    m_edit->setObjectName(QStringLiteral("chatSearchEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_result->setObjectName(QStringLiteral("chatSearchResultLabel"));
    m_previous->setObjectName(QStringLiteral("chatSearchPreviousButton"));
    m_next->setObjectName(QStringLiteral("chatSearchNextButton"));
    m_close->setObjectName(QStringLiteral("chatSearchCloseButton"));
    // Arrows and the close cross come from the style, so they show without an icon theme.
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, m_close));
    for (QToolButton *button : {m_previous, m_next, m_close})
        button->setAutoRaise(true);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { emit searchChanged(text()); });
    connect(m_previous, &QToolButton::clicked, this, &ChatSearchBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &ChatSearchBar::nextRequested);
    connect(m_close, &QToolButton::clicked, this, &ChatSearchBar::closeRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 0, 2);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    retranslate();
}

QString ChatSearchBar::text() const
{
    return m_edit->text().trimmed();
}

void ChatSearchBar::setText(const QString &text)
{
    m_edit->setText(text);
}

void ChatSearchBar::focusEdit()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void ChatSearchBar::setResult(int current, int total, int notLoaded)
{
    m_current = current;
    m_total = total;
    m_notLoaded = notLoaded;
    m_previous->setEnabled(total > 1);
    m_next->setEnabled(total > 1);
    retranslate();
}

QString ChatSearchBar::resultText() const
{
    return m_result->text();
}

bool ChatSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            emit closeRequested();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // A pending debounce is flushed first, so Enter always searches what is typed.
            if (m_debounce->isActive()) {
                m_debounce->stop();
                emit searchChanged(text());
            } else if (key->modifiers() & Qt::ShiftModifier) {
                emit previousRequested();
            } else {
                emit nextRequested();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatSearchBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChatSearchBar::retranslate()
{
    m_edit->setPlaceholderText(tr("Search the history"));
    m_edit->setAccessibleName(tr("Search the chat history"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setToolTip(tr("Close the search (Escape)"));
    m_close->setAccessibleName(tr("Close the search"));
    QString result;
    if (text().isEmpty())
        result.clear();
    else if (m_total == 0)
        result = m_notLoaded > 0 ? tr("%n older match(es) not loaded", nullptr, m_notLoaded) : tr("No matches");
    else
        result = tr("%1 of %2").arg(m_current + 1).arg(m_total)
            + (m_notLoaded > 0 ? tr(" (%n older not loaded)", nullptr, m_notLoaded) : QString());
    m_result->setText(result);
    m_result->setAccessibleName(result);
}

}  // namespace swarmscope::ui
