#include "crypto/identity_file.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace swarmscope::identity_file {

namespace {
constexpr qint64 kMaxFileBytes = 256;  // a seed string is 50 characters; anything much longer is not one
}

Result<Identity> parse(QStringView text)
{
    auto seed = Identity::decodeSeed(text);
    if (!seed)
        return seed.error();
    return Identity(KeyPair::fromSeed(*seed));
}

Result<Identity> read(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, in.errorString()));
    if (in.size() > kMaxFileBytes)
        return makeError(ErrorCode::CorruptFile, QStringLiteral("%1 is too large to be an identity seed").arg(path));
    auto identity = parse(QString::fromLatin1(in.readAll()));
    if (!identity)
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("%1 is not a valid identity seed (%2)").arg(path, identity.error().detail));
    return identity;
}

Status write(const QString &path, const Identity &identity)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(identity.encodedSeed().toLatin1() + '\n');
    if (!out.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot save %1: %2").arg(path, out.errorString()));
    return {};
}

Status install(const QString &profileDir, const Identity &identity)
{
    const QDir dir(profileDir);
    const QString current = dir.filePath(kFileName);
    if (QFile::exists(current)) {
        // Copied, not renamed: until the new file is committed the profile keeps a valid identity.
        const QString previous = dir.filePath(kPreviousFileName);
        QFile::remove(previous);
        if (!QFile::copy(current, previous))
            return makeError(ErrorCode::Io, QStringLiteral("cannot keep the current identity as %1").arg(previous));
        QFile::setPermissions(previous, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return write(current, identity);
}

}  // namespace swarmscope::identity_file
