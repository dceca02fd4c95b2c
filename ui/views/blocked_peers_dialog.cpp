#include "views/blocked_peers_dialog.h"

#include "client/engine_client.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace swarmscope::ui {

BlockedPeersDialog::BlockedPeersDialog(EngineClient &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_unblock(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("blockedPeersDialog"));
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("blockedPeersList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumWidth(360);
    m_unblock->setObjectName(QStringLiteral("unblockButton"));
    m_buttons->addButton(m_unblock, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &BlockedPeersDialog::updateButtons);
    connect(m_unblock, &QPushButton::clicked, this, [this] {
        QStringList selected;
        for (const QListWidgetItem *item : m_list->selectedItems())
            selected.append(item->text());
        unblock(selected);
    });
    retranslate();
    updateButtons();
    m_engine.blockedPeers(this, [this](const QStringList &addresses) { show(addresses); });
}

QStringList BlockedPeersDialog::addresses() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

void BlockedPeersDialog::unblock(const QStringList &addresses)
{
    if (!addresses.isEmpty())
        m_engine.setBlocked(addresses, false, this, [this](const QStringList &left) { show(left); });
}

void BlockedPeersDialog::show(const QStringList &addresses)
{
    m_list->clear();
    m_list->addItems(addresses);
    updateButtons();
    emit listChanged();
}

void BlockedPeersDialog::updateButtons()
{
    m_unblock->setEnabled(!m_list->selectedItems().isEmpty());
}

void BlockedPeersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BlockedPeersDialog::retranslate()
{
    setWindowTitle(tr("Blocked Peers"));
    m_intro->setText(tr("Messages, files and calls from these peers are dropped; they show only in the "
                        "packet inspector."));
    m_list->setAccessibleName(tr("Blocked peers"));
    m_unblock->setText(tr("&Unblock"));
}

}  // namespace swarmscope::ui
