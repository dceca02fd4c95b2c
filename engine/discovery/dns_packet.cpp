#include "discovery/dns_packet.h"

#include <QStringDecoder>
#include <QtEndian>

#include <optional>

namespace swarmscope {

namespace {

struct DecodeFailure {
    const char *reason = nullptr;
    QString detail;
};

// A label as text (RFC 4343 style): "." and "\\" inside a label are escaped with a backslash,
// and a label that is not valid UTF-8 has every byte above 0x7f written as "\DDD" (decimal), so
// putName() turns the text back into exactly the same bytes.
QString labelText(QByteArrayView label)
{
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = utf8.decode(label);
    QString out;
    if (!utf8.hasError()) {
        for (const QChar c : decoded) {
            if (c == QLatin1Char('.') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            out += c;
        }
        return out;
    }
    for (const char ch : label) {
        const auto b = quint8(ch);
        if (b >= 0x80) {
            out += QStringLiteral("\\%1").arg(b, 3, 10, QLatin1Char('0'));
            continue;
        }
        if (ch == '.' || ch == '\\')
            out += QLatin1Char('\\');
        out += QLatin1Char(ch);
    }
    return out;
}

// The labels of a name written as text: unescaped dots separate them, "\." and "\\" stand for
// themselves and "\DDD" for one byte; a final dot (the root) is optional. Empty labels and dangling
// escapes are refused.
std::optional<QList<QByteArray>> nameLabels(const QString &name)
{
    const QByteArray text = name.toUtf8();
    QList<QByteArray> labels;
    if (text == ".")
        return labels;
    QByteArray label;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.') {
            if (label.isEmpty())
                return std::nullopt;
            labels.append(label);
            label.clear();
            continue;
        }
        if (c != '\\') {
            label += c;
            continue;
        }
        if (++i >= text.size())
            return std::nullopt;
        const auto isDigit = [&](qsizetype k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
        if (isDigit(i) && isDigit(i + 1) && isDigit(i + 2)) {
            const int v = (text[i] - '0') * 100 + (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
            if (v > 255)
                return std::nullopt;
            label += char(v);
            i += 2;
            continue;
        }
        label += text[i];
    }
    if (!label.isEmpty())
        labels.append(label);  // else empty, the root, or a name that ended with its final dot
    return labels;
}

// Reads a message with bounds checks; the first failure sticks and later reads return zeros.
class Reader {
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}

    bool failed() const { return m_failure.reason != nullptr; }
    const DecodeFailure &failure() const { return m_failure; }
    qsizetype offset() const { return m_offset; }
    qsizetype remaining() const { return m_data.size() - m_offset; }

    void fail(const char *reason, QString detail)
    {
        if (!failed())
            m_failure = DecodeFailure{reason, std::move(detail)};
    }

    bool need(qsizetype n, const QString &what)
    {
        if (failed())
            return false;
        if (n > remaining()) {
            fail(dns::ReasonTruncated,
                 QStringLiteral("%1 needs %2 bytes at offset %3, only %4 left")
                     .arg(what)
                     .arg(n)
                     .arg(m_offset)
                     .arg(remaining()));
            return false;
        }
        return true;
    }

    quint8 u8(const QString &what)
    {
        if (!need(1, what))
            return 0;
        return quint8(m_data[m_offset++]);
    }

    quint16 u16(const QString &what)
    {
        if (!need(2, what))
            return 0;
        const quint16 v = qFromBigEndian<quint16>(m_data.data() + m_offset);
        m_offset += 2;
        return v;
    }

    quint32 u32(const QString &what)
    {
        if (!need(4, what))
            return 0;
        const quint32 v = qFromBigEndian<quint32>(m_data.data() + m_offset);
        m_offset += 4;
        return v;
    }

    QByteArrayView bytes(qsizetype n, const QString &what)
    {
        if (!need(n, what))
            return {};
        const QByteArrayView v = m_data.sliced(m_offset, n);
        m_offset += n;
        return v;
    }

    // Reads a possibly compressed name that starts at the current offset. Every pointer must
    // go strictly backwards from where the previous jump landed, so decoding always ends;
    // the hop count and the 255-byte limit are a second guard.
    QString name(const QString &what)
    {
        if (failed())
            return {};
        QString out;
        qsizetype pos = m_offset;
        qsizetype landing = m_offset;  // where the current run of labels began
        qsizetype resumeAt = -1;  // offset after the first pointer, where reading continues
        int wireLength = 1;  // the final root byte
        int hops = 0;
        for (;;) {
            if (pos >= m_data.size()) {
                fail(dns::ReasonTruncated,
                     QStringLiteral("%1: name runs past the end at offset %2").arg(what).arg(pos));
                return {};
            }
            const quint8 len = quint8(m_data[pos]);
            if (len == 0) {
                ++pos;
                break;
            }
            const quint8 kind = len & 0xc0;
            if (kind == 0xc0) {
                if (pos + 1 >= m_data.size()) {
                    fail(dns::ReasonTruncated,
                         QStringLiteral("%1: name pointer cut off at offset %2").arg(what).arg(pos));
                    return {};
                }
                const qsizetype target = (qsizetype(len & 0x3f) << 8) | quint8(m_data[pos + 1]);
                if (target >= landing || ++hops > dns::MaxPointerHops) {
                    fail(dns::ReasonPointerLoop,
                         QStringLiteral("%1: name pointer at offset %2 to %3 does not go backwards")
                             .arg(what)
                             .arg(pos)
                             .arg(target));
                    return {};
                }
                if (resumeAt < 0)
                    resumeAt = pos + 2;
                pos = target;
                landing = target;
                continue;
            }
            if (kind != 0) {
                fail(dns::ReasonBadLabel,
                     QStringLiteral("%1: unsupported label type 0x%2 at offset %3")
                         .arg(what)
                         .arg(kind, 2, 16, QLatin1Char('0'))
                         .arg(pos));
                return {};
            }
            if (pos + 1 + len > m_data.size()) {
                fail(
                    dns::ReasonTruncated,
                    QStringLiteral("%1: label of %2 bytes at offset %3 runs past the end").arg(what).arg(len).arg(pos));
                return {};
            }
            wireLength += 1 + len;
            if (wireLength > dns::MaxNameWireLength) {
                fail(dns::ReasonNameTooLong,
                     QStringLiteral("%1: name longer than %2 bytes").arg(what).arg(dns::MaxNameWireLength));
                return {};
            }
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += labelText(m_data.sliced(pos + 1, len));
            pos += 1 + len;
        }
        m_offset = resumeAt >= 0 ? resumeAt : pos;
        return out;
    }

private:
    QByteArrayView m_data;
    qsizetype m_offset = 0;
    DecodeFailure m_failure;
};

void putU16(QByteArray &out, quint16 v)
{
    out += char(v >> 8);
    out += char(v & 0xff);
}

void putU32(QByteArray &out, quint32 v)
{
    putU16(out, quint16(v >> 16));
    putU16(out, quint16(v & 0xffff));
}

Status putName(QByteArray &out, const QString &name)
{
    const std::optional<QList<QByteArray>> labels = nameLabels(name);
    if (!labels)
        return makeError(ErrorCode::MalformedMessage,
                         QStringLiteral("name '%1' has an empty label or a dangling escape").arg(name));
    int wireLength = 1;
    for (const QByteArray &bytes : *labels) {
        if (bytes.isEmpty() || bytes.size() > dns::MaxLabelLength)
            return makeError(ErrorCode::MalformedMessage,
                             QStringLiteral("name '%1' has a label of %2 bytes (1..%3 allowed)")
                                 .arg(name)
                                 .arg(bytes.size())
                                 .arg(dns::MaxLabelLength));
        wireLength += 1 + int(bytes.size());
        if (wireLength > dns::MaxNameWireLength)
            return makeError(ErrorCode::MalformedMessage,
                             QStringLiteral("name '%1' is longer than %2 bytes").arg(name).arg(dns::MaxNameWireLength));
        out += char(bytes.size());
        out += bytes;
    }
    out += '\0';
    return {};
}

Status putRecord(QByteArray &out, const DnsRecord &rr)
{
    if (Status s = putName(out, rr.name); !s)
        return s;
    putU16(out, rr.type);
    putU16(out, rr.klass);
    putU32(out, rr.ttl);

    QByteArray rdata;
    switch (rr.type) {
    case dns::TypeTxt:
        for (const QByteArray &s : rr.txt) {
            if (s.size() > dns::MaxCharacterString)
                return makeError(ErrorCode::MalformedMessage,
                                 QStringLiteral("TXT string of %1 bytes in '%2' (at most %3)")
                                     .arg(s.size())
                                     .arg(rr.name)
                                     .arg(dns::MaxCharacterString));
            rdata += char(s.size());
            rdata += s;
        }
        break;
    case dns::TypeA: {
        bool ok = false;
        const quint32 v4 = rr.address.toIPv4Address(&ok);
        if (!ok)
            return makeError(ErrorCode::MalformedMessage,
                             QStringLiteral("A record '%1' without an IPv4 address").arg(rr.name));
        putU32(rdata, v4);
        break;
    }
    case dns::TypeSrv:
        putU16(rdata, rr.srv.priority);
        putU16(rdata, rr.srv.weight);
        putU16(rdata, rr.srv.port);
        if (Status s = putName(rdata, rr.srv.target); !s)
            return s;
        break;
    default: rdata = rr.rdata; break;
    }
    if (rdata.size() > 0xffff)
        return makeError(ErrorCode::MalformedMessage,
                         QStringLiteral("record data of %1 bytes in '%2'").arg(rdata.size()).arg(rr.name));
    putU16(out, quint16(rdata.size()));
    out += rdata;
    return {};
}

constexpr const char *kSectionNames[] = {"answer", "authority", "additional"};

DnsRecord readRecord(Reader &r, const QString &where)
{
    DnsRecord rr;
    rr.name = r.name(where);
    rr.type = r.u16(where + QStringLiteral(" type"));
    rr.klass = r.u16(where + QStringLiteral(" class"));
    rr.ttl = r.u32(where + QStringLiteral(" ttl"));
    const quint16 rdlength = r.u16(where + QStringLiteral(" rdlength"));
    if (!r.need(rdlength, where + QStringLiteral(" rdata")))
        return rr;
    const qsizetype start = r.offset();
    const qsizetype end = start + rdlength;

    switch (rr.type) {
    case dns::TypeTxt: {
        const QByteArrayView data = r.bytes(rdlength, where + QStringLiteral(" rdata"));
        qsizetype i = 0;
        while (i < data.size()) {
            const qsizetype len = quint8(data[i]);
            if (i + 1 + len > data.size()) {
                r.fail(dns::ReasonBadRdata,
                       QStringLiteral("%1: TXT string of %2 bytes overruns its %3-byte record")
                           .arg(where)
                           .arg(len)
                           .arg(rdlength));
                return rr;
            }
            rr.txt.append(data.sliced(i + 1, len).toByteArray());
            i += 1 + len;
        }
        rr.rdata = data.toByteArray();
        return rr;
    }
    case dns::TypeA: {
        if (rdlength != 4) {
            r.fail(dns::ReasonBadRdata,
                   QStringLiteral("%1: A record with %2 data bytes (4 expected)").arg(where).arg(rdlength));
            return rr;
        }
        const QByteArrayView data = r.bytes(4, where + QStringLiteral(" rdata"));
        rr.address = QHostAddress(qFromBigEndian<quint32>(data.data()));
        rr.rdata = data.toByteArray();
        return rr;
    }
    case dns::TypeSrv: {
        if (rdlength < 7) {
            r.fail(dns::ReasonBadRdata,
                   QStringLiteral("%1: SRV record with %2 data bytes (at least 7)").arg(where).arg(rdlength));
            return rr;
        }
        rr.srv.priority = r.u16(where + QStringLiteral(" srv priority"));
        rr.srv.weight = r.u16(where + QStringLiteral(" srv weight"));
        rr.srv.port = r.u16(where + QStringLiteral(" srv port"));
        rr.srv.target = r.name(where + QStringLiteral(" srv target"));
        if (r.failed())
            return rr;
        if (r.offset() != end) {
            r.fail(dns::ReasonBadRdata,
                   QStringLiteral("%1: SRV target does not end at the record's end (%2 vs %3)")
                       .arg(where)
                       .arg(r.offset())
                       .arg(end));
            return rr;
        }
        return rr;
    }
    default: rr.rdata = r.bytes(rdlength, where + QStringLiteral(" rdata")).toByteArray(); return rr;
    }
}

}  // namespace

DnsRecord DnsRecord::makeTxt(const QString &name, const QList<QByteArray> &strings, quint32 ttl)
{
    DnsRecord rr;
    rr.name = name;
    rr.type = dns::TypeTxt;
    rr.ttl = ttl;
    rr.txt = strings;
    return rr;
}

Result<QByteArray> DnsMessage::encode() const
{
    for (qsizetype n : {questions.size(), answers.size(), authorities.size(), additionals.size()}) {
        if (n > 0xffff)
            return makeError(ErrorCode::MalformedMessage, QStringLiteral("a section has %1 entries").arg(n));
    }
    QByteArray out;
    out.reserve(512);
    putU16(out, id);
    putU16(out, flags);
    putU16(out, quint16(questions.size()));
    putU16(out, quint16(answers.size()));
    putU16(out, quint16(authorities.size()));
    putU16(out, quint16(additionals.size()));
    for (const DnsQuestion &q : questions) {
        if (Status s = putName(out, q.name); !s)
            return s.error();
        putU16(out, q.type);
        putU16(out, q.klass);
    }
    for (const QList<DnsRecord> *section : {&answers, &authorities, &additionals}) {
        for (const DnsRecord &rr : *section) {
            if (Status s = putRecord(out, rr); !s)
                return s.error();
        }
    }
    return out;
}

Result<DnsMessage> DnsMessage::decode(QByteArrayView data, QString *reason)
{
    Reader r(data);
    DnsMessage m;
    if (data.size() < dns::HeaderSize) {
        r.fail(dns::ReasonTruncated,
               QStringLiteral("header needs %1 bytes, datagram has %2").arg(dns::HeaderSize).arg(data.size()));
    } else {
        m.id = r.u16(QStringLiteral("id"));
        m.flags = r.u16(QStringLiteral("flags"));
        const quint16 qd = r.u16(QStringLiteral("qdcount"));
        const quint16 counts[3] = {r.u16(QStringLiteral("ancount")), r.u16(QStringLiteral("nscount")),
                                   r.u16(QStringLiteral("arcount"))};
        for (int i = 0; i < qd && !r.failed(); ++i) {
            const QString where = QStringLiteral("question %1").arg(i);
            DnsQuestion q;
            q.name = r.name(where);
            q.type = r.u16(where + QStringLiteral(" type"));
            q.klass = r.u16(where + QStringLiteral(" class"));
            if (!r.failed())
                m.questions.append(std::move(q));
        }
        QList<DnsRecord> *sections[3] = {&m.answers, &m.authorities, &m.additionals};
        for (int s = 0; s < 3; ++s) {
            for (int i = 0; i < counts[s] && !r.failed(); ++i) {
                DnsRecord rr = readRecord(r, QStringLiteral("%1 %2").arg(QLatin1String(kSectionNames[s])).arg(i));
                if (!r.failed())
                    sections[s]->append(std::move(rr));
            }
        }
    }
    if (r.failed()) {
        if (reason)
            *reason = QString::fromLatin1(r.failure().reason);
        return makeError(ErrorCode::MalformedMessage, r.failure().detail);
    }
    if (reason)
        reason->clear();
    return m;
}

}  // namespace swarmscope
