#include "crypto/base58.h"

#include <sodium.h>

#include <vector>

namespace swarmscope {

namespace {
constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
// Nothing we encode is near these; they bound the O(n^2) loops. The text limit is the longest
// encoding of kMaxBytes bytes, so whatever encodes also decodes, and the other way round.
constexpr qsizetype kMaxBytes = 4096;
constexpr qsizetype kMaxText = kMaxBytes * 138 / 100 + 1;

int digitOf(QChar c)
{
    for (int i = 0; i < 58; ++i) {
        if (QLatin1Char(kAlphabet[i]) == c)
            return i;
    }
    return -1;
}

QByteArray checksum(QByteArrayView payload)
{
    unsigned char h1[crypto_hash_sha256_BYTES];
    unsigned char h2[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h1, reinterpret_cast<const unsigned char *>(payload.data()), quint64(payload.size()));
    crypto_hash_sha256(h2, h1, sizeof h1);
    return QByteArray(reinterpret_cast<const char *>(h2), 4);
}
}  // namespace

QString base58Encode(QByteArrayView bytes)
{
    if (bytes.size() > kMaxBytes)
        return {};
    int zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    // Big-endian base conversion, 256 -> 58.
    std::vector<unsigned char> digits(size_t(bytes.size()) * 138 / 100 + 1, 0);
    size_t length = 0;
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        int carry = static_cast<unsigned char>(bytes[i]);
        size_t j = 0;
        for (auto it = digits.rbegin(); (carry != 0 || j < length) && it != digits.rend(); ++it, ++j) {
            carry += 256 * (*it);
            *it = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        length = j;
    }
    auto it = digits.begin() + qsizetype(digits.size() - length);
    while (it != digits.end() && *it == 0)
        ++it;
    QString out(zeros, QLatin1Char('1'));
    for (; it != digits.end(); ++it)
        out += QLatin1Char(kAlphabet[*it]);
    return out;
}

std::optional<QByteArray> base58Decode(QStringView text)
{
    if (text.size() > kMaxText)
        return std::nullopt;
    int zeros = 0;
    while (zeros < text.size() && text[zeros] == QLatin1Char('1'))
        ++zeros;
    std::vector<unsigned char> bytes(size_t(text.size()) * 733 / 1000 + 1, 0);
    size_t length = 0;
    for (qsizetype i = zeros; i < text.size(); ++i) {
        int carry = digitOf(text[i]);
        if (carry < 0)
            return std::nullopt;
        size_t j = 0;
        for (auto it = bytes.rbegin(); (carry != 0 || j < length) && it != bytes.rend(); ++it, ++j) {
            carry += 58 * (*it);
            *it = static_cast<unsigned char>(carry % 256);
            carry /= 256;
        }
        length = j;
    }
    auto it = bytes.begin() + qsizetype(bytes.size() - length);
    while (it != bytes.end() && *it == 0)
        ++it;
    if (zeros + (bytes.end() - it) > kMaxBytes)
        return std::nullopt;
    QByteArray out(zeros, '\0');
    for (; it != bytes.end(); ++it)
        out += char(*it);
    return out;
}

QString base58CheckEncode(QByteArrayView payload)
{
    QByteArray data = payload.toByteArray();
    data += checksum(payload);
    return base58Encode(data);
}

std::optional<QByteArray> base58CheckDecode(QStringView text)
{
    auto raw = base58Decode(text);
    if (!raw || raw->size() < 4)
        return std::nullopt;
    const QByteArray payload = raw->left(raw->size() - 4);
    if (checksum(payload) != raw->right(4))
        return std::nullopt;
    return payload;
}

}  // namespace swarmscope
