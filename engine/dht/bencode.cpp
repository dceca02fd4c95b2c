#include "dht/bencode.h"

#include <algorithm>
#include <limits>

namespace swarmscope {

namespace {

Error fail(const char *reason, const QString &what, qsizetype offset)
{
    return makeError(ErrorCode::MalformedMessage,
                     QStringLiteral("%1: %2 at offset %3").arg(QLatin1StringView(reason), what).arg(offset));
}

bool keyLess(const std::pair<QByteArray, BencodeValue> &entry, QByteArrayView key)
{
    return QByteArrayView(entry.first).compare(key) < 0;
}

// Recursive descent; the depth limit bounds the recursion.
class Decoder {
public:
    Decoder(QByteArrayView in, const BencodeLimits &limits) : m_in(in), m_limits(limits) {}

    Result<BencodeValue> value(int depth)
    {
        if (m_pos >= m_in.size())
            return fail("truncated", QStringLiteral("input ends where a value should start"), m_pos);
        if (++m_items > m_limits.maxItems)
            return fail("too-many-items", QStringLiteral("more than %1 values").arg(m_limits.maxItems), m_pos);
        const char c = m_in[m_pos];
        if (c == 'i')
            return integer();
        if (c >= '0' && c <= '9') {
            auto s = string();
            if (!s)
                return s.error();
            return BencodeValue::string(std::move(*s));
        }
        if (c == 'l' || c == 'd') {
            if (depth >= m_limits.maxDepth)
                return fail("too-deep", QStringLiteral("nesting deeper than %1").arg(m_limits.maxDepth), m_pos);
            return c == 'l' ? list(depth + 1) : dict(depth + 1);
        }
        return fail("bad-type", QStringLiteral("unexpected byte 0x%1").arg(quint8(c), 2, 16, QLatin1Char('0')), m_pos);
    }

    qsizetype pos() const { return m_pos; }

private:
    // i<decimal>e: no leading zeros, no "-0", no empty number, fits in 64 bits.
    Result<BencodeValue> integer()
    {
        const qsizetype start = m_pos++;
        const qsizetype end = m_in.indexOf('e', m_pos);
        if (end < 0)
            return fail("truncated", QStringLiteral("integer without 'e'"), start);
        const QByteArrayView digits = m_in.sliced(m_pos, end - m_pos);
        const bool negative = digits.startsWith('-');
        const QByteArrayView magnitude = negative ? digits.sliced(1) : digits;
        if (magnitude.isEmpty() || magnitude.size() > 19
            || !std::all_of(magnitude.begin(), magnitude.end(), [](char d) { return d >= '0' && d <= '9'; })
            || (magnitude.size() > 1 && magnitude[0] == '0') || (negative && magnitude == "0"))
            return fail("bad-integer", QStringLiteral("malformed integer"), start);
        bool ok = false;
        const qint64 v = digits.toLongLong(&ok);
        if (!ok)
            return fail("bad-integer", QStringLiteral("integer out of range"), start);
        m_pos = end + 1;
        return BencodeValue::integer(v);
    }

    // <length>:<bytes>; the length is checked against the limit before anything is copied.
    Result<QByteArray> string()
    {
        const qsizetype start = m_pos;
        const qsizetype colon = m_in.indexOf(':', m_pos);
        if (colon < 0)
            return fail("truncated", QStringLiteral("string length without ':'"), start);
        const QByteArrayView digits = m_in.sliced(m_pos, colon - m_pos);
        if (digits.isEmpty() || digits.size() > 10
            || !std::all_of(digits.begin(), digits.end(), [](char d) { return d >= '0' && d <= '9'; })
            || (digits.size() > 1 && digits[0] == '0'))
            return fail("bad-length", QStringLiteral("malformed string length"), start);
        const qint64 length = digits.toLongLong();
        if (length > m_limits.maxStringBytes)
            return fail("string-too-long",
                        QStringLiteral("string of %1 bytes (limit %2)").arg(length).arg(m_limits.maxStringBytes),
                        start);
        if (length > m_in.size() - (colon + 1))
            return fail("truncated", QStringLiteral("string of %1 bytes runs past the end").arg(length), start);
        m_pos = colon + 1 + length;
        return m_in.sliced(colon + 1, length).toByteArray();
    }

    Result<BencodeValue> list(int depth)
    {
        ++m_pos;
        BencodeValue::List items;
        while (m_pos < m_in.size() && m_in[m_pos] != 'e') {
            auto item = value(depth);
            if (!item)
                return item.error();
            items.push_back(std::move(*item));
        }
        if (m_pos >= m_in.size())
            return fail("truncated", QStringLiteral("list without 'e'"), m_pos);
        ++m_pos;
        return BencodeValue::list(std::move(items));
    }

    // Keys in any order are accepted (some clients do not sort); a repeated key is refused.
    Result<BencodeValue> dict(int depth)
    {
        ++m_pos;
        BencodeValue::Dict entries;
        while (m_pos < m_in.size() && m_in[m_pos] != 'e') {
            const qsizetype keyAt = m_pos;
            if (m_in[m_pos] < '0' || m_in[m_pos] > '9')
                return fail("bad-type", QStringLiteral("dictionary key is not a string"), m_pos);
            if (++m_items > m_limits.maxItems)
                return fail("too-many-items", QStringLiteral("more than %1 values").arg(m_limits.maxItems), m_pos);
            auto key = string();
            if (!key)
                return key.error();
            auto item = value(depth);
            if (!item)
                return item.error();
            auto it = std::lower_bound(entries.begin(), entries.end(), QByteArrayView(*key), keyLess);
            if (it != entries.end() && it->first == *key)
                return fail("duplicate-key",
                            QStringLiteral("key \"%1\" repeated").arg(QString::fromLatin1(key->toHex())), keyAt);
            entries.insert(it, {std::move(*key), std::move(*item)});
        }
        if (m_pos >= m_in.size())
            return fail("truncated", QStringLiteral("dictionary without 'e'"), m_pos);
        ++m_pos;
        return BencodeValue::dict(std::move(entries));
    }

    QByteArrayView m_in;
    const BencodeLimits &m_limits;
    qsizetype m_pos = 0;
    int m_items = 0;
};

}  // namespace

BencodeValue BencodeValue::integer(qint64 value)
{
    BencodeValue v;
    v.m_type = Type::Integer;
    v.m_int = value;
    return v;
}

BencodeValue BencodeValue::string(QByteArray bytes)
{
    BencodeValue v;
    v.m_type = Type::String;
    v.m_bytes = std::move(bytes);
    return v;
}

BencodeValue BencodeValue::list(List items)
{
    BencodeValue v;
    v.m_type = Type::List;
    v.m_list = std::move(items);
    return v;
}

BencodeValue BencodeValue::dict(Dict entries)
{
    BencodeValue v;
    v.m_type = Type::Dict;
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    // Keep the last of equal keys.
    for (auto &e : entries) {
        if (!v.m_dict.empty() && v.m_dict.back().first == e.first)
            v.m_dict.back().second = std::move(e.second);
        else
            v.m_dict.push_back(std::move(e));
    }
    return v;
}

const BencodeValue *BencodeValue::find(QByteArrayView key) const
{
    if (m_type != Type::Dict)
        return nullptr;
    auto it = std::lower_bound(m_dict.begin(), m_dict.end(), key, keyLess);
    return it != m_dict.end() && QByteArrayView(it->first) == key ? &it->second : nullptr;
}

BencodeValue &BencodeValue::insert(const QByteArray &key, BencodeValue value)
{
    if (m_type != Type::Dict) {
        *this = BencodeValue();
        m_type = Type::Dict;
    }
    auto it = std::lower_bound(m_dict.begin(), m_dict.end(), QByteArrayView(key), keyLess);
    if (it != m_dict.end() && it->first == key) {
        it->second = std::move(value);
        return it->second;
    }
    return m_dict.insert(it, {key, std::move(value)})->second;
}

void BencodeValue::append(BencodeValue value)
{
    if (m_type != Type::List) {
        *this = BencodeValue();
        m_type = Type::List;
    }
    m_list.push_back(std::move(value));
}

bool BencodeValue::operator==(const BencodeValue &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Integer: return m_int == other.m_int;
    case Type::String: return m_bytes == other.m_bytes;
    case Type::List: return m_list == other.m_list;
    case Type::Dict: return m_dict == other.m_dict;
    }
    return false;
}

QByteArray BencodeValue::encode() const
{
    QByteArray out;
    encodeTo(out);
    return out;
}

void BencodeValue::encodeTo(QByteArray &out) const
{
    switch (m_type) {
    case Type::Integer: out += 'i' + QByteArray::number(m_int) + 'e'; break;
    case Type::String: out += QByteArray::number(m_bytes.size()) + ':' + m_bytes; break;
    case Type::List:
        out += 'l';
        for (const BencodeValue &v : m_list)
            v.encodeTo(out);
        out += 'e';
        break;
    case Type::Dict:
        out += 'd';
        for (const auto &[key, v] : m_dict) {
            out += QByteArray::number(key.size()) + ':' + key;
            v.encodeTo(out);
        }
        out += 'e';
        break;
    }
}

Result<BencodeValue> BencodeValue::decode(QByteArrayView input, const BencodeLimits &limits)
{
    if (input.isEmpty())
        return fail("empty", QStringLiteral("no input"), 0);
    if (input.size() > limits.maxInputBytes)
        return fail("too-large", QStringLiteral("%1 bytes (limit %2)").arg(input.size()).arg(limits.maxInputBytes), 0);
    Decoder decoder(input, limits);
    auto v = decoder.value(0);
    if (!v)
        return v;
    if (decoder.pos() != input.size())
        return fail("trailing-garbage", QStringLiteral("%1 bytes after the value").arg(input.size() - decoder.pos()),
                    decoder.pos());
    return v;
}

QString BencodeValue::reason(const Error &error)
{
    const qsizetype colon = error.detail.indexOf(QLatin1Char(':'));
    return colon < 0 ? error.detail : error.detail.left(colon);
}

}  // namespace swarmscope
