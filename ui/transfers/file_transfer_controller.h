#pragma once

#include <QObject>

#include <functional>

namespace swarmscope::ui {

class ChatPanel;
class EngineClient;
class FileTransfersView;

// Connects the chat's send-file button and drops, and the transfer bubbles' buttons, to the
// engine client; feeds the bubbles from the event batches; reports failures on the status line.
class FileTransferController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTransferController)

public:
    using StatusMessage = std::function<void(const QString &text)>;
    FileTransferController(EngineClient &engine, ChatPanel &chat, StatusMessage status, QObject *parent = nullptr);

private:
    void send(const QString &target, const QString &path);

    EngineClient &m_engine;
    ChatPanel &m_chat;
    StatusMessage m_status;
};

}  // namespace swarmscope::ui
