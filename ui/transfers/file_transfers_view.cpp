#include "transfers/file_transfers_view.h"

#include "transfers/file_transfer_card.h"

#include <QVBoxLayout>

namespace swarmscope::ui {

using State = FileTransferItem::State;

FileTransfersView::FileTransfersView(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("fileTransfers"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setVisible(false);
}

void FileTransfersView::applyEvents(const EventBatch &events)
{
    for (const QString &id : m_list.apply(events)) {
        const FileTransferItem *item = m_list.find(id);
        if (!item)
            continue;
        FileTransferCard *card = m_cards.value(id);
        if (!card) {
            card = new FileTransferCard(id, this);
            connect(card, &FileTransferCard::acceptRequested, this, &FileTransfersView::acceptRequested);
            connect(card, &FileTransferCard::declineRequested, this, &FileTransfersView::declineRequested);
            connect(card, &FileTransferCard::cancelRequested, this, &FileTransfersView::cancelRequested);
            m_cards.insert(id, card);
            m_shown.append(id);
            m_layout->addWidget(card);
        }
        card->show(*item);
    }
    dropOldFinished();
    setVisible(!m_cards.isEmpty());
}

void FileTransfersView::dropOldFinished()
{
    for (qsizetype i = 0; i < m_shown.size() && m_shown.size() > kMaxCards;) {
        const FileTransferItem *item = m_list.find(m_shown[i]);
        const bool finished =
            !item || item->state == State::Done || item->state == State::Failed || item->state == State::Declined;
        if (!finished) {
            ++i;
            continue;
        }
        delete m_cards.take(m_shown[i]);
        m_shown.removeAt(i);
    }
}

}  // namespace swarmscope::ui
