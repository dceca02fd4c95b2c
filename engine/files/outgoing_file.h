#pragma once

#include "core/peer_id.h"
#include "core/result.h"
#include "files/file_offer.h"
#include "files/file_progress.h"

#include <QFile>
#include <QHash>

namespace swarmscope::files {

// The sending side of one offer: the file, opened for reading, and each recipient's state.
// Chunks are read from disk only when a recipient that was offered the file asks for them.
class OutgoingFile final {
public:
    enum class RecipientState { Offered, Accepted, Declined, Cancelled, Done };
    struct Recipient {
        QByteArray topic;  // the room the control messages travel in
        RecipientState state = RecipientState::Offered;
        qint64 served = 0;  // bytes sent to it (a resumed transfer counts again)
        ProgressMeter meter;
    };

    OutgoingFile(FileOffer offer, QString path);
    Q_DISABLE_COPY_MOVE(OutgoingFile)

    Status open();
    const FileOffer &offer() const { return m_offer; }
    const QString &path() const { return m_path; }
    QHash<PeerId, Recipient> &recipients() { return m_recipients; }
    Recipient *recipient(const PeerId &id);
    // Whether id may be sent chunks: offered to it, and not declined, cancelled or finished.
    bool serves(const PeerId &id) const;
    // Reads [offset, offset + length) for a chunk into `to`. FileOutOfRange past the end, or Io.
    Status readInto(qint64 offset, qint64 length, char *to);
    // Checks a request's range against the file: FileOutOfRange or Ok.
    Status checkRange(qint64 offset, qint64 length) const;
    bool finished() const;  // nobody is left to serve

private:
    FileOffer m_offer;
    QString m_path;
    QFile m_file;
    QHash<PeerId, Recipient> m_recipients;
};

}  // namespace swarmscope::files
