#include "peer_relay_envelope.h"

#include "peer_relay_id.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace swarmscope::peerrelay {

QString rejectName(Reject reason)
{
    switch (reason) {
    case Reject::MalformedJson: return QStringLiteral("malformed-json");
    case Reject::Oversized: return QStringLiteral("oversized");
    case Reject::MissingTo: return QStringLiteral("missing-to");
    case Reject::MissingFrom: return QStringLiteral("missing-from");
    case Reject::BadId: return QStringLiteral("bad-id");
    case Reject::BadPath: return QStringLiteral("bad-path");
    case Reject::HopLimit: return QStringLiteral("hop-limit");
    case Reject::PathContainsUs: return QStringLiteral("path-contains-us");
    case Reject::BadNonce: return QStringLiteral("bad-nonce");
    case Reject::BadData: return QStringLiteral("bad-data");
    case Reject::RateLimited: return QStringLiteral("rate-limited");
    case Reject::BadFirstFrame: return QStringLiteral("bad-first-frame");
    case Reject::Count: break;
    }
    return QStringLiteral("unknown");
}

namespace {

// Finds the raw text of a top-level member of a JSON object already known to be valid, so that
// the data we forward keeps its bytes (QJsonObject would reorder its keys).
class RawScanner {
public:
    explicit RawScanner(const QByteArray &text) : m_s(text) {}

    std::optional<QByteArray> member(const QByteArray &wanted)
    {
        m_i = 0;
        skipSpace();
        if (!eat('{'))
            return std::nullopt;
        skipSpace();
        if (eat('}'))
            return std::nullopt;
        for (;;) {
            skipSpace();
            const qsizetype keyStart = m_i;
            if (!skipString())
                return std::nullopt;
            const auto key = parseJsonValue(m_s.mid(keyStart, m_i - keyStart));
            skipSpace();
            if (!eat(':'))
                return std::nullopt;
            skipSpace();
            const qsizetype valueStart = m_i;
            if (!skipValue())
                return std::nullopt;
            // JSON.parse keeps the last of duplicate keys; so does QJsonDocument, and so do we.
            if (key && key->toString().toUtf8() == wanted)
                m_found = m_s.mid(valueStart, m_i - valueStart);
            skipSpace();
            if (eat(','))
                continue;
            if (eat('}'))
                return m_found;
            return std::nullopt;
        }
    }

private:
    bool eat(char c)
    {
        if (m_i < m_s.size() && m_s[m_i] == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_i < m_s.size() && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }
    bool skipString()
    {
        if (!eat('"'))
            return false;
        while (m_i < m_s.size()) {
            const char c = m_s[m_i++];
            if (c == '\\')
                ++m_i;
            else if (c == '"')
                return true;
        }
        return false;
    }
    bool skipValue()
    {
        if (m_i >= m_s.size())
            return false;
        const char c = m_s[m_i];
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_i < m_s.size()) {
                const char d = m_s[m_i];
                if (d == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++m_i;
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        while (m_i < m_s.size() && m_s[m_i] != ',' && m_s[m_i] != '}' && m_s[m_i] != ']' && m_s[m_i] != ' '
               && m_s[m_i] != '\n' && m_s[m_i] != '\r' && m_s[m_i] != '\t')
            ++m_i;
        return true;
    }

    const QByteArray &m_s;
    qsizetype m_i = 0;
    std::optional<QByteArray> m_found;
};

ParseFailure fail(Reject reason, QString detail)
{
    return ParseFailure{reason, std::move(detail)};
}

}  // namespace

std::variant<Envelope, ParseFailure> parseEnvelope(const QByteArray &text, int maxEnvelopeBytes, int maxHops)
{
    if (text.size() > maxEnvelopeBytes)
        return fail(Reject::Oversized, QStringLiteral("%1 bytes, cap %2").arg(text.size()).arg(maxEnvelopeBytes));
    const auto parsed = parseJsonValue(text);
    if (!parsed || !parsed->isObject())
        return fail(Reject::MalformedJson, parsed ? QStringLiteral("not an object") : QStringLiteral("not JSON"));
    const QJsonObject o = parsed->toObject();

    Envelope e;
    if (!o.contains(QLatin1String("to")))
        return fail(Reject::MissingTo, QStringLiteral("no 'to'"));
    if (!o.contains(QLatin1String("from")))
        return fail(Reject::MissingFrom, QStringLiteral("no 'from'"));
    const auto to = parseId(o.value(QLatin1String("to")));
    const auto from = parseId(o.value(QLatin1String("from")));
    if (!to || !from)
        return fail(Reject::BadId,
                    QStringLiteral("'%1' is not a 20-byte id").arg(to ? QStringLiteral("from") : QStringLiteral("to")));
    e.to = *to;
    e.from = *from;

    const QJsonValue path = o.value(QLatin1String("path"));
    if (!path.isArray() || path.toArray().isEmpty())
        return fail(Reject::BadPath, QStringLiteral("'path' is not a non-empty array"));
    if (path.toArray().size() > maxHops)
        return fail(Reject::HopLimit,
                    QStringLiteral("path of %1 hops, limit %2").arg(path.toArray().size()).arg(maxHops));
    for (const QJsonValue &hop : path.toArray()) {
        const auto id = hop.isString() ? parseHexId(hop.toString()) : std::nullopt;
        if (!id)
            return fail(Reject::BadPath, QStringLiteral("path entry is not a 40-hex id"));
        e.path.append(hexOf(*id));
    }

    const QJsonValue nonce = o.value(QLatin1String("nonce"));
    if (!nonce.isString() || nonce.toString().isEmpty() || nonce.toString().size() > 32)
        return fail(Reject::BadNonce, QStringLiteral("'nonce' is not a short string"));
    e.nonce = nonce.toString();

    const QJsonValue data = o.value(QLatin1String("data"));
    if (!data.isObject() || !data.toObject().value(QLatin1String("type")).isString())
        return fail(Reject::BadData, QStringLiteral("'data' is not {type, data}"));
    e.type = data.toObject().value(QLatin1String("type")).toString();
    e.data = data.toObject().value(QLatin1String("data"));
    e.rawData = RawScanner(text).member("data").value_or(jsonText(data));
    return e;
}

QByteArray serializeEnvelope(const Envelope &e, bool idsAsBuffers)
{
    const auto id = [&](const QByteArray &bytes) {
        return idsAsBuffers ? bufferJson(bytes) : '"' + bytes.toHex() + '"';
    };
    QByteArray out = "{\"to\":" + id(e.to) + ",\"from\":" + id(e.from) + ",\"path\":[";
    for (qsizetype i = 0; i < e.path.size(); ++i) {
        if (i)
            out += ',';
        out += '"' + e.path[i].toLatin1() + '"';
    }
    out += "],\"nonce\":" + jsonText(e.nonce) + ",\"data\":" + e.rawData + '}';
    return out;
}

QByteArray dataMember(const QString &type, const QJsonValue &data)
{
    QByteArray out = "{\"type\":" + jsonText(type);
    if (!data.isUndefined())
        out += ",\"data\":" + jsonText(data);
    return out + '}';
}

}  // namespace swarmscope::peerrelay
