#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace swarmscope {

// A small DNS message codec (RFC 1035), enough for multicast DNS discovery records.
// Pure: no sockets. Names are encoded without compression (as dns-packet does) and
// decoded with compression pointers.
namespace dns {
inline constexpr quint16 TypeA = 1;
inline constexpr quint16 TypePtr = 12;
inline constexpr quint16 TypeTxt = 16;
inline constexpr quint16 TypeAaaa = 28;
inline constexpr quint16 TypeSrv = 33;
inline constexpr quint16 TypeAny = 255;

inline constexpr quint16 ClassIn = 1;
// The top bit of a class is the mDNS unicast-response bit (questions) or cache-flush bit (records).
inline constexpr quint16 ClassMdnsBit = 0x8000;

inline constexpr quint16 FlagResponse = 0x8000;
inline constexpr quint16 FlagAuthoritative = 0x0400;

inline constexpr int HeaderSize = 12;
inline constexpr int MaxNameWireLength = 255;
inline constexpr int MaxLabelLength = 63;
inline constexpr int MaxCharacterString = 255;
inline constexpr int MaxPointerHops = 64;

// Stable reasons a decode fails; reported as rejects.
inline constexpr char ReasonTruncated[] = "truncated";
inline constexpr char ReasonBadLabel[] = "bad-label";
inline constexpr char ReasonNameTooLong[] = "name-too-long";
inline constexpr char ReasonPointerLoop[] = "name-pointer-loop";
inline constexpr char ReasonBadRdata[] = "bad-rdata";
}  // namespace dns

struct DnsQuestion {
    QString name;
    quint16 type = dns::TypeTxt;
    quint16 klass = dns::ClassIn;  // may carry dns::ClassMdnsBit

    bool operator==(const DnsQuestion &) const = default;
};

struct DnsSrv {
    quint16 priority = 0;
    quint16 weight = 0;
    quint16 port = 0;
    QString target;

    bool operator==(const DnsSrv &) const = default;
};

// One resource record. The typed field matching `type` is used for encoding; `rdata` is used
// for every other type. Decoding fills both the typed field and `rdata` (the raw bytes).
struct DnsRecord {
    QString name;
    quint16 type = dns::TypeTxt;
    quint16 klass = dns::ClassIn;  // may carry dns::ClassMdnsBit
    quint32 ttl = 0;
    QList<QByteArray> txt;  // TypeTxt: the character-strings
    QHostAddress address;  // TypeA
    DnsSrv srv;  // TypeSrv
    QByteArray rdata;

    static DnsRecord makeTxt(const QString &name, const QList<QByteArray> &strings, quint32 ttl = 0);
};

struct DnsMessage {
    quint16 id = 0;
    quint16 flags = 0;
    QList<DnsQuestion> questions;
    QList<DnsRecord> answers;
    QList<DnsRecord> authorities;
    QList<DnsRecord> additionals;

    bool isResponse() const { return flags & dns::FlagResponse; }
    int opcode() const { return (flags >> 11) & 0xf; }

    // Fails (MalformedMessage) when a name has an over-long or empty label, a name exceeds
    // 255 bytes, a TXT string exceeds 255 bytes, an A record has no IPv4 address, or a
    // section has more than 65535 entries.
    Result<QByteArray> encode() const;
    // Every length is checked before it is read. On failure, *reason (when given) is set to
    // one of the dns::Reason* strings and the error detail says where and why.
    static Result<DnsMessage> decode(QByteArrayView data, QString *reason = nullptr);
};

}  // namespace swarmscope
