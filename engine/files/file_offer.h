#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace swarmscope::files {

// What a sender offers (inside a signed, sealed directed message of kind "file-offer"). The
// sender is the signer of that message, never a field here.
struct FileOffer {
    QByteArray id;  // 8 random bytes; shown as 16 hex digits
    QString name;  // a bare file name, checked by checkFileName
    qint64 size = 0;
    QString type;  // MIME type, informative only
    QByteArray hash;  // BLAKE2b-256 of the whole file
    QString room;  // the room it was offered to; empty for one member
};

constexpr int kMaxMimeChars = 128;
constexpr int kMaxRoomChars = 256;
constexpr int kMaxReasonChars = 128;

QByteArray encodeOffer(const FileOffer &offer);
// Schema only (types and sizes): MalformedMessage. Name and size rules: validateOffer.
Result<FileOffer> decodeOffer(const QByteArray &body);
// FileNamePath, FileNameInvalid or FileTooLarge, or Ok.
ErrorCode validateOffer(const FileOffer &offer, qint64 maxSize);

// accept / decline / cancel / done: the transfer id, and for cancel a reason.
struct FileControl {
    QByteArray id;
    qint64 offset = 0;  // accept: where the receiver starts (bytes already on disk)
    QString reason;
};
QByteArray encodeControl(const FileControl &control);
Result<FileControl> decodeControl(const QByteArray &body);

}  // namespace swarmscope::files
