#pragma once

#include "core/clock.h"
#include "core/peer_id.h"
#include "core/result.h"
#include "events/events.h"
#include "files/file_transfer_options.h"
#include "wire/messages.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace swarmscope {

class Connection;
class DirectMessages;
class Identity;
class Swarm;
namespace wire {
struct DirectedPayload;
}
namespace files {
class IncomingFile;
class OutgoingFile;
}  // namespace files

// Sending files to a room's members or to one member (docs/FILE_TRANSFER.md). Offers, answers
// and cancels travel as signed, sealed directed messages; the receiver then pulls the bytes over
// its connection to the sender with a window of outstanding requests, writes them to a .part
// file, and checks the BLAKE2b hash before moving it into place.
class FileTransfers final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTransfers)

public:
    struct Recipient {
        PeerId id;
        QByteArray topic;  // a room both of us are in: what the directed messages travel in
    };

    FileTransfers(const Identity &identity, Clock &clock, Swarm &swarm, DirectMessages &direct,
                  FileTransferOptions options, QObject *parent = nullptr);
    ~FileTransfers() override;

    // Hashes the file and offers it to each recipient; room is empty for one member. Returns the
    // transfer id (16 hex digits).
    Result<QString> offer(const QString &path, const QString &room, const QList<Recipient> &to);
    // dir: where to save it (default: the download folder).
    Status accept(const QString &id, const QString &dir = {});
    Status decline(const QString &id);
    Status cancel(const QString &id);
    void setOptions(const FileTransferOptions &options) { m_options = options; }
    const FileTransferOptions &options() const { return m_options; }
    int activeCount() const { return int(m_incoming.size() + m_outgoing.size()); }

    static bool isFileKind(const QString &kind) { return kind.startsWith(QLatin1String("file-")); }
    // Every directed payload of a file-* kind, from the session.
    void handle(const wire::DirectedPayload &payload);

signals:
    void event(const swarmscope::Event &event);
    void rejected(swarmscope::ErrorCode code);

private:
    void onMessage(Connection *c, const wire::Message &m);
    void onRequest(Connection *c, const wire::FileRequest &r);
    void serveWaiting(Connection *c);
    void serve(Connection *c, const wire::FileRequest &r);
    void onChunk(Connection *c, const wire::FileChunk &chunk);
    void onConnectionOpened(Connection *c);
    void onConnectionClosed(quint64 connectionId, const PeerId &peer);
    void onOffer(const wire::DirectedPayload &p);
    void pull(files::IncomingFile &in);
    void onHashRoom(const QByteArray &id);
    void completeIncoming(const QByteArray &id);
    void failIncoming(const QByteArray &id, const QString &reason, bool tellSender);
    void sendControl(const QByteArray &topic, const PeerId &to, const QString &kind, const QByteArray &id,
                     qint64 offset = 0, const QString &reason = {});
    void reject(ErrorCode code, const QString &detail, const PeerId &from);
    void emitEvent(EventPayload payload);
    QString downloadDir() const;

    const Identity &m_identity;
    Clock &m_clock;
    Swarm &m_swarm;
    DirectMessages &m_direct;
    FileTransferOptions m_options;
    QHash<QByteArray, std::shared_ptr<files::IncomingFile>> m_incoming;  // by id
    QHash<QByteArray, std::shared_ptr<files::OutgoingFile>> m_outgoing;
    QByteArray m_chunkMessage;  // reused for every chunk sent: sealing copies it
    QHash<quint64, QList<wire::FileRequest>> m_waiting;  // requests not served yet, by connection
    QSet<quint64> m_paced;  // connections whose bytesWritten serves m_waiting
};

}  // namespace swarmscope
