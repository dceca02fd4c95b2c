#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace swarmscope {

// Every reason the engine can refuse something. Rejects are counted per code (Stats) and
// shown untranslated in events; the UI maps codes to translated text.
enum class ErrorCode {
    Ok = 0,
    Io,
    AddressInUse,
    BadAddress,
    BadSeed,
    BadChecksum,
    CorruptFile,
    HandshakeFailed,
    HandshakeTimeout,
    FrameTooLarge,
    DecryptFailed,
    MalformedMessage,
    UnknownType,
    BadSignature,
    WrongRoom,
    Duplicate,
    Redundant,
    Self,
    NotConnected,
    ConnectFailed,
    Timeout,
    Closed,
    Banned,
    NotWhitelisted,
    LimitReached,
    Invalid,
    RateLimited,
    Stale,
    // File transfer (docs/FILE_TRANSFER.md)
    FileUnknownTransfer,
    FileOutOfRange,
    FileHashMismatch,
    FileNamePath,
    FileNameInvalid,
    FileTooLarge,
    Blocked,  // from a peer this profile blocked (docs/ARCHITECTURE.md, "Blocked peers")
    BadName,  // a display name that is too long or has control characters (wire/display_name.h)
    BadNameSignature,  // a display name not signed by the key of the connection it came on
    Count
};

// A stable, untranslated, kebab-case name used in events, JSON and counters.
QString errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Ok;
    QString detail;
};

// Errors are values: no exceptions cross the event loop.
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Result without a value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}  // NOLINT(google-explicit-constructor)
    bool ok() const { return m_error.code == ErrorCode::Ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

inline Error makeError(ErrorCode code, QString detail = {})
{
    return Error{code, std::move(detail)};
}

}  // namespace swarmscope
