#include "event_filter_expression.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace swarmscope::ui {

namespace {

bool isOperatorChar(QChar c)
{
    return c == QLatin1Char(':') || c == QLatin1Char('>') || c == QLatin1Char('<') || c == QLatin1Char('=');
}

// Reads a double-quoted string starting at text[pos] == '"'. A backslash escapes the next
// character. Returns false if the closing quote is missing.
bool readQuoted(const QString &text, int &pos, QString &out)
{
    ++pos;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (c == QLatin1Char('\\') && pos + 1 < text.size()) {
            out += text.at(pos + 1);
            pos += 2;
            continue;
        }
        ++pos;
        if (c == QLatin1Char('"'))
            return true;
        out += c;
    }
    return false;
}

// A field name starts with a letter or '_' and goes on with letters, digits, '_' and '-'.
bool isFieldName(const QString &name)
{
    if (name.isEmpty() || !(name.at(0).isLetter() || name.at(0) == QLatin1Char('_')))
        return false;
    return std::all_of(name.begin(), name.end(),
                       [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-'); });
}

bool isPeerField(const QString &field)
{
    return field == QLatin1String("peer") || field == QLatin1String("address");
}

// Keys that the aliases peer/address stand for.
bool isPeerKey(const QString &lowerKey)
{
    return lowerKey.contains(QLatin1String("peer")) || lowerKey.contains(QLatin1String("address"))
        || lowerKey == QLatin1String("from") || lowerKey == QLatin1String("to") || lowerKey == QLatin1String("host");
}

bool keyMatches(const QString &field, const QString &lowerKey)
{
    if (isPeerField(field))
        return isPeerKey(lowerKey);
    // "rtt" also finds "rttMs" and "rtt_ms".
    return lowerKey == field || lowerKey == field + QLatin1String("ms") || lowerKey == field + QLatin1String("_ms");
}

// Calls visit with every value whose key matches field, at any depth, until visit returns true.
bool visitField(const QJsonValue &value, const QString &field, const std::function<bool(const QJsonValue &)> &visit,
                int depth = 0)
{
    if (depth > 8)
        return false;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (keyMatches(field, it.key().toLower()) && visit(it.value()))
                return true;
            if ((it.value().isObject() || it.value().isArray()) && visitField(it.value(), field, visit, depth + 1))
                return true;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (visitField(item, field, visit, depth + 1))
                return true;
        }
    }
    return false;
}

QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

std::optional<double> numberOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

bool compare(EventFilterExpression::Op op, double have, double want)
{
    using Op = EventFilterExpression::Op;
    switch (op) {
    case Op::Greater: return have > want;
    case Op::GreaterEqual: return have >= want;
    case Op::Less: return have < want;
    case Op::LessEqual: return have <= want;
    case Op::Equal: return have == want;
    default: return false;
    }
}

}  // namespace

std::optional<EventFilterExpression::Error> EventFilterExpression::parse(const QString &text,
                                                                         EventFilterExpression &expression)
{
    expression.m_terms.clear();
    QList<Term> terms;
    int pos = 0;
    const int n = int(text.size());
    while (pos < n) {
        if (text.at(pos).isSpace()) {
            ++pos;
            continue;
        }
        Term term;
        const int termStart = pos;
        if (text.at(pos) == QLatin1Char('-')) {
            term.negated = true;
            ++pos;
            if (pos >= n || text.at(pos).isSpace())
                return Error{ErrorCode::EmptyNegation, termStart};
        }
        if (text.at(pos) == QLatin1Char('"')) {
            const int quote = pos;
            if (!readQuoted(text, pos, term.value))
                return Error{ErrorCode::UnterminatedQuote, quote};
            terms.append(term);
            continue;
        }
        const int nameStart = pos;
        while (pos < n && !text.at(pos).isSpace() && !isOperatorChar(text.at(pos)))
            ++pos;
        const QString name = text.mid(nameStart, pos - nameStart);
        if (pos >= n || text.at(pos).isSpace()) {
            term.value = name;  // a bare word
            terms.append(term);
            continue;
        }
        // An operator follows.
        const int opPos = pos;
        if (name.isEmpty())
            return Error{ErrorCode::EmptyField, opPos};
        if (!isFieldName(name)) {
            // "127.0.0.1:4000" or "[::1]:80": not a field, a word to find anywhere.
            while (pos < n && !text.at(pos).isSpace())
                ++pos;
            term.value = text.mid(nameStart, pos - nameStart);
            terms.append(term);
            continue;
        }
        const QChar op = text.at(pos++);
        const bool orEqual =
            pos < n && text.at(pos) == QLatin1Char('=') && op != QLatin1Char(':') && op != QLatin1Char('=');
        if (orEqual)
            ++pos;
        if (op == QLatin1Char(':'))
            term.op = Op::Contains;
        else if (op == QLatin1Char('='))
            term.op = Op::Equal;
        else if (op == QLatin1Char('>'))
            term.op = orEqual ? Op::GreaterEqual : Op::Greater;
        else
            term.op = orEqual ? Op::LessEqual : Op::Less;
        term.field = name.toLower();

        const int valueStart = pos;
        if (pos < n && text.at(pos) == QLatin1Char('"')) {
            if (!readQuoted(text, pos, term.value))
                return Error{ErrorCode::UnterminatedQuote, valueStart};
        } else {
            while (pos < n && !text.at(pos).isSpace())
                ++pos;
            term.value = text.mid(valueStart, pos - valueStart);
        }
        if (term.value.isEmpty())
            return Error{ErrorCode::MissingValue, valueStart};
        term.number = term.value.toDouble(&term.numeric);
        const bool ordered =
            term.op == Op::Greater || term.op == Op::GreaterEqual || term.op == Op::Less || term.op == Op::LessEqual;
        if (ordered && !term.numeric)
            return Error{ErrorCode::NotANumber, valueStart};
        terms.append(term);
    }
    expression.m_terms = terms;
    return std::nullopt;
}

QString EventFilterExpression::describe(const Error &error)
{
    const int column = error.position + 1;
    switch (error.code) {
    case ErrorCode::UnterminatedQuote:
        return QCoreApplication::translate("EventFilter", "Quote opened at column %1 is never closed").arg(column);
    case ErrorCode::EmptyField:
        return QCoreApplication::translate("EventFilter", "A field name is missing before column %1").arg(column);
    case ErrorCode::MissingValue:
        return QCoreApplication::translate("EventFilter", "A value is missing at column %1").arg(column);
    case ErrorCode::NotANumber:
        return QCoreApplication::translate("EventFilter", "A number is expected at column %1").arg(column);
    case ErrorCode::EmptyNegation:
        return QCoreApplication::translate("EventFilter", "Nothing to negate after \"-\" at column %1").arg(column);
    }
    return {};
}

bool EventFilterExpression::matches(const LoggedEvent &event) const
{
    if (m_terms.isEmpty())
        return true;
    return matches(event,
                   event.kind + QLatin1Char(' ')
                       + QString::fromUtf8(QJsonDocument(event.fields).toJson(QJsonDocument::Compact)));
}

bool EventFilterExpression::matches(const LoggedEvent &event, const QString &haystack) const
{
    for (const Term &term : m_terms) {
        if (matchTerm(term, event, haystack) == term.negated)
            return false;
    }
    return true;
}

bool EventFilterExpression::matchTerm(const Term &term, const LoggedEvent &event, const QString &haystack)
{
    if (term.op == Op::Anywhere)
        return haystack.contains(term.value, Qt::CaseInsensitive);

    const auto test = [&term](const QJsonValue &value) {
        if (term.op == Op::Contains)
            return textOf(value).contains(term.value, Qt::CaseInsensitive);
        if (term.op == Op::Equal) {
            if (term.numeric) {
                if (const std::optional<double> have = numberOf(value))
                    return *have == term.number;
            }
            return textOf(value).compare(term.value, Qt::CaseInsensitive) == 0;
        }
        const std::optional<double> have = numberOf(value);
        return have && compare(term.op, *have, term.number);
    };

    if (term.field == QLatin1String("kind") || term.field == QLatin1String("event"))
        return test(QJsonValue(event.kind));
    if (term.field == QLatin1String("time") && !event.fields.contains(QStringLiteral("time")))
        return test(QJsonValue(double(event.timeMs)));
    return visitField(QJsonValue(event.fields), term.field, test);
}

}  // namespace swarmscope::ui
