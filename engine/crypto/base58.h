#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace swarmscope {

// Bitcoin's base58 alphabet and base58check (payload || first 4 bytes of SHA256(SHA256(payload))),
// as Bugout uses for addresses and seeds. Up to 4096 bytes: longer input encodes to an empty
// string, and text that would decode to more is refused, so encode and decode agree on every value.
QString base58Encode(QByteArrayView bytes);
std::optional<QByteArray> base58Decode(QStringView text);
QString base58CheckEncode(QByteArrayView payload);
// nullopt on a bad character or a wrong checksum.
std::optional<QByteArray> base58CheckDecode(QStringView text);

}  // namespace swarmscope
