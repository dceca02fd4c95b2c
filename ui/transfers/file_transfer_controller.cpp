#include "transfers/file_transfer_controller.h"

#include "client/engine_client.h"
#include "format/error_text.h"
#include "transfers/file_transfers_view.h"
#include "views/chat_panel.h"

#include <QFileInfo>

namespace swarmscope::ui {

FileTransferController::FileTransferController(EngineClient &engine, ChatPanel &chat, StatusMessage status,
                                               QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_chat(chat)
    , m_status(std::move(status))
{
    FileTransfersView *view = m_chat.transfersView();
    connect(&m_engine, &EngineClient::eventsReady, view, &FileTransfersView::applyEvents);
    connect(&m_chat, &ChatPanel::sendFileRequested, this, &FileTransferController::send);
    const auto answer = [this](EngineClient::FileAnswer a) {
        return [this, a](const QString &id) {
            m_engine.answerFile(a, id, QString(), this, [this](const Status &st) {
                if (!st.ok())
                    m_status(ErrorText::describe(st.error()));
            });
        };
    };
    connect(view, &FileTransfersView::acceptRequested, this, answer(EngineClient::FileAnswer::Accept));
    connect(view, &FileTransfersView::declineRequested, this, answer(EngineClient::FileAnswer::Decline));
    connect(view, &FileTransfersView::cancelRequested, this, answer(EngineClient::FileAnswer::Cancel));
}

void FileTransferController::send(const QString &target, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    m_engine.sendFile(target, path, this, [this, name](const Result<QString> &id) {
        if (!id)
            m_status(tr("%1 was not sent: %2").arg(name, ErrorText::describe(id.error())));
        else
            m_status(tr("Offered %1").arg(name));
    });
}

}  // namespace swarmscope::ui
