#include "transfers/file_transfer_card.h"

#include "format/units.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace swarmscope::ui {

using State = FileTransferItem::State;

FileTransferCard::FileTransferCard(const QString &id, QWidget *parent)
    : QFrame(parent)
    , m_id(id)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_accept(new QPushButton(this))
    , m_decline(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("fileTransfer_%1").arg(id));
    setFrameShape(QFrame::StyledPanel);
    m_progress->setObjectName(QStringLiteral("fileProgress"));
    m_progress->setRange(0, 100);
    m_accept->setObjectName(QStringLiteral("fileAccept"));
    m_decline->setObjectName(QStringLiteral("fileDecline"));
    m_cancel->setObjectName(QStringLiteral("fileCancel"));
    m_status->setObjectName(QStringLiteral("fileStatus"));
    m_title->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_decline);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, [this] { emit acceptRequested(m_id); });
    connect(m_decline, &QPushButton::clicked, this, [this] { emit declineRequested(m_id); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(m_id); });
    retranslate();
}

void FileTransferCard::show(const FileTransferItem &item)
{
    m_item = item;
    m_title->setText(item.name);
    const QString who = item.incoming
        ? tr("from %1").arg(Units::shortAddress(item.peer))
        : (item.room.isEmpty() ? tr("to %1").arg(Units::shortAddress(item.to.value(0)))
                               : tr("to %n member(s) of %1", nullptr, int(item.to.size())).arg(item.room));
    m_detail->setText(
        tr("%1 · %2 · %3", "size · type · sender or recipients").arg(Units::bytes(quint64(item.size)), item.type, who));
    m_detail->setToolTip(item.incoming ? item.peer : item.to.join(QLatin1Char('\n')));
    m_progress->setValue(item.percent());
    const bool offered = item.incoming && item.state == State::Offered;
    const bool live = item.state == State::Offered || item.state == State::Waiting || item.state == State::Running
        || item.state == State::Paused;
    m_accept->setVisible(offered);
    m_decline->setVisible(offered);
    m_cancel->setVisible(live && !offered);
    m_progress->setVisible(!offered && item.state != State::Declined);
    m_status->setText(statusText(item));
}

QString FileTransferCard::statusText(const FileTransferItem &item) const
{
    switch (item.state) {
    case State::Offered: return tr("Offered to you");
    case State::Waiting: return tr("Waiting for an answer");
    case State::Paused: return tr("Paused: reconnecting…");
    case State::Done: return item.incoming ? tr("Saved as %1").arg(item.path) : tr("Delivered");
    case State::Failed: return tr("Failed (%1)").arg(item.reason);
    case State::Declined: return tr("Declined");
    case State::Running: break;
    }
    const qint64 left = item.secondsLeft();
    if (left < 0)
        return tr("%1 of %2").arg(Units::bytes(quint64(item.bytes)), Units::bytes(quint64(item.size)));
    return tr("%1 of %2 · %3 · %4 left", "bytes of size · rate · time left")
        .arg(Units::bytes(quint64(item.bytes)), Units::bytes(quint64(item.size)), Units::rate(item.rate),
             Units::duration(left));
}

void FileTransferCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_item.id.isEmpty())
            show(m_item);
    }
    QFrame::changeEvent(event);
}

void FileTransferCard::retranslate()
{
    m_accept->setText(tr("Accept"));
    m_decline->setText(tr("Decline"));
    m_cancel->setText(tr("Cancel"));
    m_accept->setAccessibleName(tr("Accept the file"));
    m_decline->setAccessibleName(tr("Decline the file"));
    m_cancel->setAccessibleName(tr("Cancel the transfer"));
    m_progress->setAccessibleName(tr("Transfer progress"));
}

}  // namespace swarmscope::ui
