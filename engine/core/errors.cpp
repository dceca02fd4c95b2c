#include "core/result.h"

namespace swarmscope {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok: return QStringLiteral("ok");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::AddressInUse: return QStringLiteral("address-in-use");
    case ErrorCode::BadAddress: return QStringLiteral("bad-address");
    case ErrorCode::BadSeed: return QStringLiteral("bad-seed");
    case ErrorCode::BadChecksum: return QStringLiteral("bad-checksum");
    case ErrorCode::CorruptFile: return QStringLiteral("corrupt-file");
    case ErrorCode::HandshakeFailed: return QStringLiteral("handshake-failed");
    case ErrorCode::HandshakeTimeout: return QStringLiteral("handshake-timeout");
    case ErrorCode::FrameTooLarge: return QStringLiteral("frame-too-large");
    case ErrorCode::DecryptFailed: return QStringLiteral("decrypt-failed");
    case ErrorCode::MalformedMessage: return QStringLiteral("malformed-message");
    case ErrorCode::UnknownType: return QStringLiteral("unknown-type");
    case ErrorCode::BadSignature: return QStringLiteral("bad-signature");
    case ErrorCode::WrongRoom: return QStringLiteral("wrong-room");
    case ErrorCode::Duplicate: return QStringLiteral("duplicate");
    case ErrorCode::Redundant: return QStringLiteral("redundant-connection");
    case ErrorCode::Self: return QStringLiteral("detected-self");
    case ErrorCode::NotConnected: return QStringLiteral("not-connected");
    case ErrorCode::ConnectFailed: return QStringLiteral("connect-failed");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::Closed: return QStringLiteral("closed");
    case ErrorCode::Banned: return QStringLiteral("banned");
    case ErrorCode::NotWhitelisted: return QStringLiteral("whitelist");
    case ErrorCode::LimitReached: return QStringLiteral("limit");
    case ErrorCode::Invalid: return QStringLiteral("validate");
    case ErrorCode::RateLimited: return QStringLiteral("rate-limited");
    case ErrorCode::Stale: return QStringLiteral("stale");
    case ErrorCode::FileUnknownTransfer: return QStringLiteral("file-unknown-transfer");
    case ErrorCode::FileOutOfRange: return QStringLiteral("file-chunk-out-of-range");
    case ErrorCode::FileHashMismatch: return QStringLiteral("file-hash-mismatch");
    case ErrorCode::FileNamePath: return QStringLiteral("file-name-path");
    case ErrorCode::FileNameInvalid: return QStringLiteral("file-name-invalid");
    case ErrorCode::FileTooLarge: return QStringLiteral("file-too-large");
    case ErrorCode::Blocked: return QStringLiteral("blocked");
    case ErrorCode::BadName: return QStringLiteral("bad-name");
    case ErrorCode::BadNameSignature: return QStringLiteral("bad-name-signature");
    case ErrorCode::Count: break;
    }
    return QStringLiteral("unknown");
}

}  // namespace swarmscope
