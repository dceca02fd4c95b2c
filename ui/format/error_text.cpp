#include "error_text.h"

namespace swarmscope::ui {

QString ErrorText::message(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok: return tr("No error.");
    case ErrorCode::Io: return tr("A file or socket could not be read or written.");
    case ErrorCode::AddressInUse: return tr("The address is already in use.");
    case ErrorCode::BadAddress: return tr("The address is not valid.");
    case ErrorCode::BadSeed: return tr("The identity seed is not valid.");
    case ErrorCode::BadChecksum: return tr("The checksum does not match.");
    case ErrorCode::CorruptFile: return tr("A profile file is damaged and was left untouched.");
    case ErrorCode::HandshakeFailed: return tr("The secure handshake failed.");
    case ErrorCode::HandshakeTimeout: return tr("The secure handshake timed out.");
    case ErrorCode::FrameTooLarge: return tr("A peer sent a frame that is too large.");
    case ErrorCode::DecryptFailed: return tr("A message could not be decrypted.");
    case ErrorCode::MalformedMessage: return tr("A malformed message was received.");
    case ErrorCode::UnknownType: return tr("A message of unknown type was received.");
    case ErrorCode::BadSignature: return tr("A message carried a bad signature.");
    case ErrorCode::WrongRoom: return tr("You are not in that room.");
    case ErrorCode::Duplicate: return tr("This was already done.");
    case ErrorCode::Redundant: return tr("A redundant connection was closed.");
    case ErrorCode::Self: return tr("That is your own address.");
    case ErrorCode::NotConnected: return tr("Not connected to anyone in this room.");
    case ErrorCode::ConnectFailed: return tr("The connection could not be established.");
    case ErrorCode::Timeout: return tr("The operation timed out.");
    case ErrorCode::Closed: return tr("The connection was closed.");
    case ErrorCode::Banned: return tr("The peer is banned.");
    case ErrorCode::NotWhitelisted: return tr("The peer is not on the allow list.");
    case ErrorCode::LimitReached: return tr("A connection limit was reached.");
    case ErrorCode::Invalid: return tr("The request is not valid.");
    case ErrorCode::RateLimited: return tr("Too many requests; try again later.");
    case ErrorCode::Stale: return tr("A message was too old or dated in the future.");
    case ErrorCode::FileUnknownTransfer: return tr("A file chunk arrived for a transfer that does not exist.");
    case ErrorCode::FileOutOfRange: return tr("A file chunk was outside the file.");
    case ErrorCode::FileHashMismatch: return tr("The received file did not match its hash and was discarded.");
    case ErrorCode::FileNamePath: return tr("A file name contained a folder or \"..\".");
    case ErrorCode::FileNameInvalid: return tr("A file name was too long or contained control characters.");
    case ErrorCode::FileTooLarge: return tr("The file is larger than the largest accepted size.");
    case ErrorCode::Blocked: return tr("The peer is blocked.");
    case ErrorCode::BadName: return tr("A display name was too long or contained control characters.");
    case ErrorCode::BadNameSignature: return tr("A display name was not signed by the peer's key.");
    case ErrorCode::Count: break;
    }
    return tr("Unknown error.");
}

QString ErrorText::describe(const Error &error)
{
    const QString text = message(error.code);
    if (error.detail.isEmpty())
        return text;
    return tr("%1 (%2)", "error message (untranslated detail)").arg(text, error.detail);
}

}  // namespace swarmscope::ui
