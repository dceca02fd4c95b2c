#include "crypto/identity.h"

#include "core/logging.h"
#include "crypto/base58.h"
#include "crypto/identity_file.h"
#include "crypto/ripemd160.h"
#include "crypto/sodium.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <sodium.h>

namespace swarmscope {

namespace {
constexpr char kAddressVersion = 0x55;
constexpr char kSeedPrefix[2] = {0x49, 0x0a};
}  // namespace

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

QString Identity::fingerprint() const
{
    ensureSodium();
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, m_keys.publicKey.key.data(), m_keys.publicKey.key.size(), nullptr, 0);
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex().toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(QString::fromLatin1(hex.mid(i, 4)));
    return groups.join(QLatin1Char(' '));
}

Result<Identity> Identity::loadOrCreate(const QString &profileDir)
{
    if (!QDir().mkpath(profileDir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create profile directory %1").arg(profileDir));
    QFile::setPermissions(profileDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(profileDir).filePath(identity_file::kFileName);
    if (QFile::exists(path)) {
        auto existing = identity_file::read(path);
        if (!existing && existing.error().code == ErrorCode::CorruptFile)
            return makeError(ErrorCode::CorruptFile,
                             existing.error().detail + QStringLiteral("; refusing to replace it"));
        return existing;
    }

    Identity identity(KeyPair::generate());
    if (Status saved = identity_file::write(path, identity); !saved.ok())
        return saved.error();
    qCInfo(lcIdentity) << "created identity" << identity.address();
    return identity;
}

}  // namespace swarmscope
