#include "address_label.h"

#include "resources_init.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace swarmscope::ui {

AddressLabel::AddressLabel(QWidget *parent) : QWidget(parent), m_label(new QLabel(this)), m_copy(new QToolButton(this))
{
    initResources();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_label->setObjectName(QStringLiteral("addressText"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setFocusPolicy(Qt::ClickFocus);
    QFont mono = m_label->font();
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    mono.setStyleHint(QFont::Monospace);
    m_label->setFont(mono);

    m_copy->setObjectName(QStringLiteral("copyAddressButton"));
    m_copy->setAutoRaise(true);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/icons/edit-copy.svg"))));
    connect(m_copy, &QToolButton::clicked, this, &AddressLabel::copyToClipboard);

    layout->addWidget(m_label);
    layout->addWidget(m_copy);

    auto *copyAction = new QAction(this);
    copyAction->setObjectName(QStringLiteral("copyAddressAction"));
    connect(copyAction, &QAction::triggered, this, &AddressLabel::copyToClipboard);
    addAction(copyAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    retranslate();
}

void AddressLabel::setAddress(const QString &address)
{
    m_address = address;
    m_label->setText(address);
    m_copy->setEnabled(!address.isEmpty());
    retranslate();
}

void AddressLabel::copyToClipboard()
{
    if (m_address.isEmpty())
        return;
    QApplication::clipboard()->setText(m_address);
    emit copied(m_address);
}

void AddressLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AddressLabel::retranslate()
{
    setAccessibleName(tr("Your address"));
    setAccessibleDescription(m_address);
    setToolTip(tr("Your address: give it to others so they can recognise you"));
    m_label->setAccessibleName(tr("Your address"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy your address to the clipboard"));
    m_copy->setAccessibleName(tr("Copy address"));
    for (QAction *a : actions())
        a->setText(tr("Copy address"));
}

}  // namespace swarmscope::ui
