#include "bittorrent/bt_describe.h"

#include "bittorrent/bt_protocol.h"

#include <QCborArray>
#include <QtEndian>

#include <algorithm>

namespace swarmscope::bt {

QCborValue cborOfBencode(const BencodeValue &v)
{
    switch (v.type()) {
    case BencodeValue::Type::Integer: return QCborValue(v.toInteger());
    case BencodeValue::Type::String: {
        // Method names, keys and identifiers read as text; ids, tokens and signatures stay bytes.
        const QByteArray &b = v.toBytes();
        const bool printable = !b.isEmpty() && b.size() <= 64
            && std::all_of(b.begin(), b.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
        return printable ? QCborValue(QString::fromLatin1(b)) : QCborValue(b);
    }
    case BencodeValue::Type::List: {
        QCborArray a;
        for (const BencodeValue &item : v.toList())
            a.append(cborOfBencode(item));
        return a;
    }
    case BencodeValue::Type::Dict: {
        QCborMap m;
        for (const auto &[key, value] : v.toDict())
            m.insert(QString::fromLatin1(key), cborOfBencode(value));
        return m;
    }
    }
    return {};
}

namespace {
quint32 u32(const QByteArray &b, int at)
{
    return b.size() >= at + 4 ? qFromBigEndian<quint32>(b.constData() + at) : 0;
}
}  // namespace

QCborMap describeMessage(const QByteArray &body)
{
    QCborMap m;
    if (body.size() == kHandshakeBytes && quint8(body[0]) == kProtocolName.size()) {
        if (auto h = Handshake::parse(body); h.ok()) {
            m.insert(QStringLiteral("message"), QStringLiteral("handshake"));
            m.insert(QStringLiteral("reserved"), h->reserved);
            m.insert(QStringLiteral("extended"), h->extended());
            m.insert(QStringLiteral("fast"), h->fast());
            m.insert(QStringLiteral("dht"), h->dht());
            m.insert(QStringLiteral("infohash"), QString::fromLatin1(h->infoHash.toHex()));
            m.insert(QStringLiteral("peerId"), h->peerId);
            m.insert(QStringLiteral("client"), clientName(h->peerId));
            return m;
        }
    }
    if (body.isEmpty()) {
        m.insert(QStringLiteral("message"), messageName(KeepAlive));
        return m;
    }
    const int id = quint8(body[0]);
    const QByteArray payload = body.mid(1);
    m.insert(QStringLiteral("message"), messageName(id));
    m.insert(QStringLiteral("id"), id);
    switch (id) {
    case Have:
    case Suggest:
    case AllowedFast: m.insert(QStringLiteral("piece"), qint64(u32(payload, 0))); break;
    case Bitfield: m.insert(QStringLiteral("bits"), payload); break;
    case Request:
    case Cancel:
    case Reject:
        m.insert(QStringLiteral("piece"), qint64(u32(payload, 0)));
        m.insert(QStringLiteral("begin"), qint64(u32(payload, 4)));
        m.insert(QStringLiteral("length"), qint64(u32(payload, 8)));
        break;
    case Piece:
        m.insert(QStringLiteral("piece"), qint64(u32(payload, 0)));
        m.insert(QStringLiteral("begin"), qint64(u32(payload, 4)));
        m.insert(QStringLiteral("block"), payload.mid(8));
        break;
    case Port:
        if (payload.size() == 2)
            m.insert(QStringLiteral("port"), qFromBigEndian<quint16>(payload.constData()));
        break;
    case Extended: {
        if (payload.isEmpty())
            break;
        const int ext = quint8(payload[0]);
        m.insert(QStringLiteral("extension"), ext);
        const QByteArray rest = payload.mid(1);
        BencodeLimits limits;
        limits.maxInputBytes = kMaxMessageBytes;
        limits.maxStringBytes = kMaxMessageBytes;
        auto decoded = BencodeValue::decode(rest, limits);
        if (decoded.ok())
            m.insert(ext == 0 ? QStringLiteral("handshake") : QStringLiteral("payload"), cborOfBencode(*decoded));
        else
            m.insert(QStringLiteral("payload"), rest);  // not bencode, or ut_metadata's dictionary + piece
        break;
    }
    default:
        if (!payload.isEmpty())
            m.insert(QStringLiteral("payload"), payload);
        break;
    }
    return m;
}

}  // namespace swarmscope::bt
