#include "crypto/identity.h"

#include "core/logging.h"
#include "crypto/base58.h"
#include "crypto/ripemd160.h"
#include "crypto/sodium.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace swarmscope {

namespace {
constexpr char kAddressVersion = 0x55;
constexpr char kSeedPrefix[2] = {0x49, 0x0a};
const QString kSeedFile = QStringLiteral("identity.seed");
} // namespace

QString Identity::addressOf(const PeerId &publicKey)
{
    ensureSodium();
    unsigned char sha[crypto_hash_sha512_BYTES];
    crypto_hash_sha512(sha, publicKey.key.data(), publicKey.key.size());
    QByteArray payload(1, kAddressVersion);
    payload += ripemd160(QByteArrayView(reinterpret_cast<const char *>(sha), sizeof sha));
    return base58CheckEncode(payload);
}

QString Identity::encodeSeed(const std::array<std::uint8_t, 32> &seed)
{
    QByteArray payload(kSeedPrefix, 2);
    payload.append(reinterpret_cast<const char *>(seed.data()), qsizetype(seed.size()));
    return base58CheckEncode(payload);
}

Result<std::array<std::uint8_t, 32>> Identity::decodeSeed(QStringView text)
{
    const auto payload = base58CheckDecode(text.trimmed());
    if (!payload)
        return makeError(ErrorCode::BadChecksum, QStringLiteral("seed is not valid base58check"));
    if (payload->size() != 34 || payload->at(0) != kSeedPrefix[0] || payload->at(1) != kSeedPrefix[1])
        return makeError(ErrorCode::BadSeed, QStringLiteral("seed has the wrong version or length"));
    std::array<std::uint8_t, 32> seed{};
    std::copy_n(reinterpret_cast<const std::uint8_t *>(payload->constData()) + 2, 32, seed.begin());
    return seed;
}

bool Identity::isAddress(QStringView text)
{
    const auto payload = base58CheckDecode(text);
    return payload && payload->size() == 21 && payload->at(0) == kAddressVersion;
}

Result<Identity> Identity::loadOrCreate(const QString &profileDir)
{
    if (!QDir().mkpath(profileDir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create profile directory %1").arg(profileDir));
    QFile::setPermissions(profileDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(profileDir).filePath(kSeedFile);

    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(path));
        const QByteArray text = existing.read(256);
        auto seed = decodeSeed(QString::fromLatin1(text));
        if (!seed)
            return makeError(ErrorCode::CorruptFile,
                             QStringLiteral("%1 is not a valid identity seed (%2); refusing to replace it")
                                 .arg(path, seed.error().detail));
        return Identity(KeyPair::fromSeed(*seed));
    }

    Identity identity(KeyPair::generate());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(identity.encodedSeed().toLatin1() + '\n');
    if (!out.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot save %1").arg(path));
    qCInfo(lcIdentity) << "created identity" << identity.address();
    return identity;
}

} // namespace swarmscope
