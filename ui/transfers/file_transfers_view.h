#pragma once

#include "events/events.h"
#include "transfers/file_transfer_list.h"

#include <QHash>
#include <QWidget>

class QVBoxLayout;

namespace swarmscope::ui {

class FileTransferCard;

// The transfers of this session as bubbles under the chat, newest last; hidden while there are
// none. Fed with the engine's event batches; asks for accept, decline and cancel by signal.
class FileTransfersView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTransfersView)

public:
    explicit FileTransfersView(QWidget *parent = nullptr);
    void applyEvents(const EventBatch &events);
    FileTransferCard *card(const QString &id) const { return m_cards.value(id); }
    const FileTransferList &transfers() const { return m_list; }

signals:
    void acceptRequested(const QString &id);
    void declineRequested(const QString &id);
    void cancelRequested(const QString &id);

private:
    static constexpr int kMaxCards = 8;  // older finished ones make room
    void dropOldFinished();

    FileTransferList m_list;
    QHash<QString, FileTransferCard *> m_cards;
    QList<QString> m_shown;
    QVBoxLayout *m_layout;
};

}  // namespace swarmscope::ui
