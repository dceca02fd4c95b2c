#pragma once

#include "transfers/file_transfer_list.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace swarmscope::ui {

// One transfer as a bubble in the chat: name, size, type and who; Accept and Decline while it
// is offered to us; a progress bar with the rate and the time left while it runs; Cancel on
// either side until it ends.
class FileTransferCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTransferCard)

public:
    explicit FileTransferCard(const QString &id, QWidget *parent = nullptr);
    QString id() const { return m_id; }
    void show(const FileTransferItem &item);
    QProgressBar *progressBar() const { return m_progress; }

signals:
    void acceptRequested(const QString &id);
    void declineRequested(const QString &id);
    void cancelRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString statusText(const FileTransferItem &item) const;

    QString m_id;
    FileTransferItem m_item;
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_accept;
    QPushButton *m_decline;
    QPushButton *m_cancel;
};

}  // namespace swarmscope::ui
