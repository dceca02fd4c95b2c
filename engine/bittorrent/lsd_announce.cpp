#include "bittorrent/lsd_announce.h"

#include <algorithm>
#include <cctype>

namespace swarmscope::bt {

namespace {
const QByteArray kRequestLine = QByteArrayLiteral("BT-SEARCH * HTTP/1.1");
const QByteArray kCrlf = QByteArrayLiteral("\r\n");

LsdParsed refuse(const char *reason, const QString &detail)
{
    LsdParsed p;
    p.refusal = QString::fromLatin1(reason);
    p.detail = detail;
    return p;
}

bool isHex40(const QByteArray &s)
{
    return s.size() == 40
        && std::all_of(s.begin(), s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}
}  // namespace

QList<QByteArray> formatLsdAnnounces(const QByteArray &hostHeader, quint16 port, const QList<QByteArray> &infoHashes,
                                     const QByteArray &cookie)
{
    QList<QByteArray> out;
    for (qsizetype first = 0; first < infoHashes.size(); first += kLsdMaxInfoHashLines) {
        QByteArray d = kRequestLine + kCrlf;
        d += "Host: " + hostHeader + kCrlf;
        d += "Port: " + QByteArray::number(port) + kCrlf;
        for (const QByteArray &h : infoHashes.mid(first, kLsdMaxInfoHashLines))
            d += "Infohash: " + h.toHex() + kCrlf;
        if (!cookie.isEmpty())
            d += "cookie: " + cookie + kCrlf;
        d += kCrlf + kCrlf;  // as bittorrent-lsd writes it: an empty line, then one more
        out.append(d);
    }
    return out;
}

LsdParsed parseLsdAnnounce(QByteArrayView datagram)
{
    if (datagram.size() > kLsdMaxReceived)
        return refuse("oversized", QStringLiteral("%1 bytes").arg(datagram.size()));
    const QList<QByteArray> lines = datagram.toByteArray().split('\n');
    if (lines.isEmpty() || lines.first().trimmed() != kRequestLine)
        return refuse("not-bt-search", QString::fromLatin1(lines.value(0).left(40).trimmed()));
    LsdParsed parsed;
    LsdAnnounce &a = parsed.announce;
    bool havePort = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "port") {
            bool ok = false;
            const uint port = value.toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                return refuse("bad-port", QString::fromLatin1(value.left(20)));
            a.port = quint16(port);
            havePort = true;
        } else if (name == "infohash") {
            if (isHex40(value))
                a.infoHashes.append(QByteArray::fromHex(value));
        } else if (name == "cookie") {
            a.cookie = value;
        }
    }
    if (!havePort)
        return refuse("bad-port", QStringLiteral("no Port header"));
    if (a.infoHashes.isEmpty())
        return refuse("no-infohash", QStringLiteral("no Infohash header of 40 hex digits"));
    return parsed;
}

}  // namespace swarmscope::bt
