// EngineClient's file commands: offers, answers and cancels run on the engine thread; what
// follows arrives as file-* events in the event batches.
#include "client/engine_client.h"

#include "files/file_transfers.h"
#include "session.h"

#include <QDir>

namespace swarmscope::ui {

void EngineClient::sendFile(const QString &roomOrAddress, const QString &path, QObject *context,
                            Reply<Result<QString>> done)
{
    post([this, roomOrAddress, path, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        reply<Result<QString>>(context, done, s.sendFile(roomOrAddress, path));
    });
}

void EngineClient::answerFile(FileAnswer answer, const QString &id, const QString &dir, QObject *context,
                              Reply<Status> done)
{
    post([this, answer, id, dir, context = QPointer<QObject>(context), done = std::move(done)](Session &s) {
        Status st;
        switch (answer) {
        case FileAnswer::Accept: st = s.acceptFile(id, dir); break;
        case FileAnswer::Decline: st = s.declineFile(id); break;
        case FileAnswer::Cancel: st = s.cancelFile(id); break;
        }
        reply<Status>(context, done, st);
    });
}

void EngineClient::setFileOptions(const QString &downloadDir, qint64 maxFileSize)
{
    m_config.files.downloadDir =
        downloadDir.isEmpty() ? QDir(m_config.profileDir).filePath(QStringLiteral("downloads")) : downloadDir;
    m_config.files.maxFileSize = maxFileSize;
    post([dir = m_config.files.downloadDir, maxFileSize](Session &s) {
        FileTransferOptions options = s.fileTransfers().options();
        options.downloadDir = dir;
        options.maxFileSize = maxFileSize;
        s.fileTransfers().setOptions(options);
    });
}

}  // namespace swarmscope::ui
