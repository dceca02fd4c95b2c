#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <utility>
#include <vector>

namespace swarmscope {

// Bounds applied while decoding untrusted input (docs/ARCHITECTURE.md, "Bad input"): nothing a peer sends may nest
// deeper, hold more values or longer strings than these.
struct BencodeLimits {
    qsizetype maxInputBytes = 64 * 1024;
    qsizetype maxStringBytes = 16 * 1024;
    int maxDepth = 16;  // nested lists/dicts
    int maxItems = 4096;  // values in the whole document
};

// One bencode value (BEP 3): integer, byte string, list or dictionary. Dictionaries keep their
// keys sorted by raw bytes, so encode() is canonical whatever order a decoded input had.
class BencodeValue {
public:
    enum class Type { Integer, String, List, Dict };
    using List = std::vector<BencodeValue>;
    using Dict = std::vector<std::pair<QByteArray, BencodeValue>>;  // sorted, unique keys

    BencodeValue() = default;  // the integer 0
    static BencodeValue integer(qint64 value);
    static BencodeValue string(QByteArray bytes);
    static BencodeValue list(List items = {});
    static BencodeValue dict(Dict entries = {});  // entries are sorted; a repeated key keeps the last value

    Type type() const { return m_type; }
    bool isInteger() const { return m_type == Type::Integer; }
    bool isString() const { return m_type == Type::String; }
    bool isList() const { return m_type == Type::List; }
    bool isDict() const { return m_type == Type::Dict; }

    qint64 toInteger() const { return m_int; }
    const QByteArray &toBytes() const { return m_bytes; }
    const List &toList() const { return m_list; }
    const Dict &toDict() const { return m_dict; }

    // Dictionary access; nullptr when absent or when this is not a dictionary.
    const BencodeValue *find(QByteArrayView key) const;
    // Inserts or replaces, keeping the order. Turns a non-dictionary into an empty one first.
    BencodeValue &insert(const QByteArray &key, BencodeValue value);
    // Appends to a list. Turns a non-list into an empty one first.
    void append(BencodeValue value);

    bool operator==(const BencodeValue &other) const;
    bool operator!=(const BencodeValue &other) const { return !(*this == other); }

    QByteArray encode() const;
    void encodeTo(QByteArray &out) const;

    // Length, then syntax, then limits; the whole input must be exactly one value. On failure
    // the error is MalformedMessage with a detail "<reason>: <what, where>"; reason() extracts
    // the kebab-case reason (truncated, bad-integer, bad-length, string-too-long, too-deep,
    // too-many-items, bad-type, duplicate-key, trailing-garbage, too-large, empty).
    static Result<BencodeValue> decode(QByteArrayView input, const BencodeLimits &limits = {});
    static QString reason(const Error &error);

private:
    Type m_type = Type::Integer;
    qint64 m_int = 0;
    QByteArray m_bytes;
    List m_list;
    Dict m_dict;
};

}  // namespace swarmscope
