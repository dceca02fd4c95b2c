#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace swarmscope::bt {

// BEP 14 local service discovery announces, the SSDP-like text webtorrent's bittorrent-lsd
// sends and reads:
//   BT-SEARCH * HTTP/1.1\r\n Host: 239.192.152.143:6771\r\n Port: <port>\r\n
//   Infohash: <40 hex>\r\n (repeated) cookie: <ours>\r\n \r\n \r\n
struct LsdAnnounce {
    quint16 port = 0;  // the sender's BitTorrent port
    QList<QByteArray> infoHashes;  // 20 bytes each
    QByteArray cookie;  // empty when there is none
};

inline constexpr int kLsdMaxDatagram = 1400;  // BEP 14: announces stay under this (no fragments)
inline constexpr int kLsdMaxReceived = 4 * kLsdMaxDatagram;  // larger ones are refused ("oversized")
inline constexpr int kLsdMaxInfoHashLines = (kLsdMaxDatagram - 160) / 52;  // "Infohash: " + 40 hex + CRLF each

// One or more announces carrying all the infohashes, each under kLsdMaxDatagram bytes.
QList<QByteArray> formatLsdAnnounces(const QByteArray &hostHeader, quint16 port, const QList<QByteArray> &infoHashes,
                                     const QByteArray &cookie);

// A received datagram: the announce, or why it was refused ("not-bt-search", "bad-port",
// "no-infohash", "oversized") with a detail. Header names compare case-insensitively and unknown
// headers are ignored, as in HTTP; infohash lines that are not 40 hex digits are skipped.
struct LsdParsed {
    LsdAnnounce announce;
    QString refusal;  // empty when accepted
    QString detail;
    bool ok() const { return refusal.isEmpty(); }
};
LsdParsed parseLsdAnnounce(QByteArrayView datagram);

}  // namespace swarmscope::bt
