#pragma once

#include <QByteArray>

namespace swarmscope::circuit {

// The first bytes of a circuit's data stream, before the end-to-end handshake: this magic, then
// the 16-byte token the relay handed out. A secure channel's first frame starts with its length
// (uint24le 32), so the first byte already tells the two apart.
inline const QByteArray kMagic = QByteArrayLiteral("SWSCIRC1");
constexpr qsizetype kHeaderBytes = 8 + 16;

inline QByteArray header(const QByteArray &token)
{
    return kMagic + token;
}

}  // namespace swarmscope::circuit
