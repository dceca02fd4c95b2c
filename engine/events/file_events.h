#pragma once

#include "core/peer_id.h"
#include "files/file_offer.h"

#include <QStringList>

#include <optional>

// The file-transfer kinds of the event catalogue (docs/FILE_TRANSFER.md); listed in events.h.
namespace swarmscope {

enum class TransferDirection { In, Out };

struct FileOffered {  // our offer went out
    files::FileOffer offer;
    QString path;  // the file we send
    QList<PeerId> to;
};
struct FileOfferReceived {  // someone offers us a file
    files::FileOffer offer;
    PeerId from;
};
struct FileAccepted {  // by us (part names the .part file) or by a recipient of ours
    QByteArray id;
    PeerId by;
    qint64 offset = 0;
    QString part;
};
struct FileDeclined {
    QByteArray id;
    PeerId by;
    QString reason;  // a recipient's reason, when it gave one
};
struct FileCancelled {  // a recipient stopped receiving ours
    QByteArray id;
    PeerId by;
    QString reason;
};
struct FileProgress {
    QByteArray id;
    qint64 bytes = 0;
    qint64 total = 0;
    qint64 rate = 0;  // bytes per second
    TransferDirection direction = TransferDirection::In;
    PeerId peer;
};
struct FilePaused {  // the connection it came over closed
    QByteArray id;
    qint64 bytes = 0;
    QString reason;
};
struct FileResumed {
    QByteArray id;
    qint64 offset = 0;
};
struct FileDone {  // we received a whole file, hash checked
    QByteArray id;
    QString path;
    files::FileOffer offer;
    PeerId from;
};
struct FileDelivered {  // a recipient received ours
    QByteArray id;
    PeerId by;
    QString path;
    QByteArray hash;
};
struct FileFailed {
    QByteArray id;
    QString reason;
    std::optional<QString> detail;
    PeerId peer;  // null: no one else involved (we cancelled)
};

}  // namespace swarmscope
