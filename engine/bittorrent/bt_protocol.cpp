#include "bittorrent/bt_protocol.h"

#include "core/random.h"
#include "crypto/nacl_box.h"

#include <QHash>
#include <QStringList>
#include <QtEndian>

namespace swarmscope::bt {

QByteArray Handshake::encode() const
{
    QByteArray out;
    out.reserve(kHandshakeBytes);
    out.append(char(kProtocolName.size()));
    out.append(kProtocolName);
    out.append(reserved.left(8).leftJustified(8, '\0'));
    out.append(infoHash);
    out.append(peerId);
    return out;
}

Result<Handshake> Handshake::parse(QByteArrayView bytes)
{
    if (bytes.size() != kHandshakeBytes)
        return makeError(ErrorCode::HandshakeFailed, QStringLiteral("handshake is %1 bytes, not 68").arg(bytes.size()));
    if (quint8(bytes[0]) != kProtocolName.size() || bytes.sliced(1, 19) != kProtocolName)
        return makeError(ErrorCode::HandshakeFailed,
                         QStringLiteral("not a BitTorrent handshake (encrypted or another protocol)"));
    Handshake h;
    h.reserved = bytes.sliced(20, 8).toByteArray();
    h.infoHash = bytes.sliced(28, 20).toByteArray();
    h.peerId = bytes.sliced(48, 20).toByteArray();
    return h;
}

QByteArray Message::encode() const
{
    if (id == KeepAlive)
        return keepAlive();
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(payload.size() + 1), out.data());
    out.append(char(id));
    out.append(payload);
    return out;
}

QByteArray Message::extended(int extId, QByteArrayView payload)
{
    QByteArray body;
    body.reserve(payload.size() + 1);
    body.append(char(extId));
    body.append(payload);
    return Message{Extended, body}.encode();
}

std::optional<Result<Handshake>> FrameReader::takeHandshake()
{
    if (m_buffer.size() < kHandshakeBytes) {
        // A wrong first byte need not wait for 68 bytes.
        if (!m_buffer.isEmpty() && quint8(m_buffer[0]) != kProtocolName.size())
            return Result<Handshake>(
                makeError(ErrorCode::HandshakeFailed, QStringLiteral("not a BitTorrent handshake")));
        return std::nullopt;
    }
    auto h = Handshake::parse(QByteArrayView(m_buffer).first(kHandshakeBytes));
    m_buffer.remove(0, kHandshakeBytes);
    return h;
}

std::optional<Result<Message>> FrameReader::takeMessage()
{
    if (m_buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (qint64(length) > kMaxMessageBytes)
        return Result<Message>(
            makeError(ErrorCode::FrameTooLarge,
                      QStringLiteral("message of %1 bytes (at most %2)").arg(length).arg(kMaxMessageBytes)));
    if (m_buffer.size() < qsizetype(4 + length))
        return std::nullopt;
    Message m;
    if (length > 0) {
        m.id = quint8(m_buffer[4]);
        m.payload = m_buffer.mid(5, qsizetype(length) - 1);
    }
    m_buffer.remove(0, qsizetype(4 + length));
    return Result<Message>(std::move(m));
}

QString messageName(int id)
{
    switch (id) {
    case KeepAlive: return QStringLiteral("keep-alive");
    case Choke: return QStringLiteral("choke");
    case Unchoke: return QStringLiteral("unchoke");
    case Interested: return QStringLiteral("interested");
    case NotInterested: return QStringLiteral("not-interested");
    case Have: return QStringLiteral("have");
    case Bitfield: return QStringLiteral("bitfield");
    case Request: return QStringLiteral("request");
    case Piece: return QStringLiteral("piece");
    case Cancel: return QStringLiteral("cancel");
    case Port: return QStringLiteral("port");
    case Suggest: return QStringLiteral("suggest-piece");
    case HaveAll: return QStringLiteral("have-all");
    case HaveNone: return QStringLiteral("have-none");
    case Reject: return QStringLiteral("reject-request");
    case AllowedFast: return QStringLiteral("allowed-fast");
    case Extended: return QStringLiteral("extended");
    default: return QStringLiteral("unknown-%1").arg(id);
    }
}

QString clientName(const QByteArray &peerId)
{
    if (peerId.size() != 20 || peerId[0] != '-' || peerId[7] != '-')
        return {};
    static const QHash<QByteArray, QString> names{
        {"WW", QStringLiteral("WebTorrent")},  {"SS", QStringLiteral("Swarmscope")},
        {"qB", QStringLiteral("qBittorrent")}, {"TR", QStringLiteral("Transmission")},
        {"UT", QStringLiteral("µTorrent")},    {"LT", QStringLiteral("libtorrent")},
        {"lt", QStringLiteral("libTorrent")},  {"DE", QStringLiteral("Deluge")},
        {"AZ", QStringLiteral("Vuze")}};
    const QByteArray code = peerId.mid(1, 2);
    const QByteArray digits = peerId.mid(3, 4);
    const QString name = names.value(code, QString::fromLatin1(code));
    // WebTorrent and we write two digits per version part (0109 = 1.9); most others one.
    if (code == "WW" || code == "SS")
        return QStringLiteral("%1 %2.%3").arg(name).arg(digits.left(2).toInt()).arg(digits.mid(2, 2).toInt());
    QStringList parts;
    for (char c : digits)
        parts.append(QString(QLatin1Char(c)));
    return name + QLatin1Char(' ') + parts.join(QLatin1Char('.'));
}

QByteArray makePeerId(Random &random)
{
    return QByteArrayLiteral("-SS0100-") + random.bytes(12);
}

}  // namespace swarmscope::bt
