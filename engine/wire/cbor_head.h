#pragma once

// CBOR item heads (RFC 8949 section 3) read and written by hand, for the codecs whose hot
// paths recognise one fixed shape without building a CBOR tree (data messages, batches, file
// chunks). Writing gives the shortest form, the bytes QCborStreamWriter writes.

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

namespace swarmscope::wire {

enum class CborMajor : quint8 { Unsigned = 0, ByteString = 2, Array = 4, Map = 5 };

inline void appendCborHead(QByteArray &out, CborMajor major, quint64 value)
{
    char buf[9];
    qsizetype n;
    const auto m = char(quint8(major) << 5);
    if (value < 24) {
        buf[0] = char(m | char(value));
        n = 1;
    } else if (value <= 0xff) {
        buf[0] = char(m | 24);
        buf[1] = char(value);
        n = 2;
    } else if (value <= 0xffff) {
        buf[0] = char(m | 25);
        qToBigEndian(quint16(value), buf + 1);
        n = 3;
    } else if (value <= 0xffffffffULL) {
        buf[0] = char(m | 26);
        qToBigEndian(quint32(value), buf + 1);
        n = 5;
    } else {
        buf[0] = char(m | 27);
        qToBigEndian(value, buf + 1);
        n = 9;
    }
    out.append(buf, n);
}

// Reads the head at pos when it has the given major type and a definite argument; moves pos past
// it. False, with pos unchanged, for another major type, an indefinite or reserved argument, or
// a head cut short.
inline bool readCborHead(QByteArrayView b, qsizetype &pos, CborMajor major, quint64 &value)
{
    if (pos >= b.size() || (quint8(b[pos]) >> 5) != quint8(major))
        return false;
    const quint8 info = quint8(b[pos]) & 0x1f;
    if (info < 24) {
        value = info;
        ++pos;
        return true;
    }
    const qsizetype extra = info == 24 ? 1 : info == 25 ? 2 : info == 26 ? 4 : info == 27 ? 8 : -1;
    if (extra < 0 || b.size() - pos - 1 < extra)
        return false;
    quint64 v = 0;
    for (qsizetype i = 1; i <= extra; ++i)
        v = (v << 8) | quint8(b[pos + i]);
    value = v;
    pos += 1 + extra;
    return true;
}

}  // namespace swarmscope::wire
