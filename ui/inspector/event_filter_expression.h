#pragma once

#include "models/logged_event.h"

#include <QList>
#include <QString>

#include <optional>

namespace swarmscope::ui {

// The event log's filter language, parsed once and matched against every row.
//
//   kind:rpc peer:bYSk rtt>100 -reason:timeout "two words" room:"my room"
//
// Terms are separated by spaces and all of them must hold. `field:value` is a case-insensitive
// substring match on that field (kind/event, peer/address, room, reason or any JSON field name,
// at any depth), `field=value` an exact match (numeric when the value is a number), `field>n`,
// `field<n`, `field>=n` and `field<=n` numeric comparisons. A bare word matches anywhere in the
// row, and so does a word whose part before the operator is no field name ("127.0.0.1:4000").
// A leading `-` negates a term; double quotes keep spaces and operators inside a value.
class EventFilterExpression final {
public:
    enum class Op { Anywhere, Contains, Equal, Greater, GreaterEqual, Less, LessEqual };
    struct Term {
        Op op = Op::Anywhere;
        QString field;  // lower case; empty for Anywhere
        QString value;
        double number = 0;
        bool numeric = false;  // value parsed as a number
        bool negated = false;
    };
    enum class ErrorCode { UnterminatedQuote, EmptyField, MissingValue, NotANumber, EmptyNegation };
    struct Error {
        ErrorCode code;
        int position;  // 0-based index into the text
    };

    // Parses text; on failure returns the first error and leaves expression empty (matches all).
    static std::optional<Error> parse(const QString &text, EventFilterExpression &expression);
    // The error in words, translated.
    static QString describe(const Error &error);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }

    // haystack is what bare words search: the kind and the compact JSON of the fields.
    bool matches(const LoggedEvent &event, const QString &haystack) const;
    bool matches(const LoggedEvent &event) const;

private:
    static bool matchTerm(const Term &term, const LoggedEvent &event, const QString &haystack);

    QList<Term> m_terms;
};

}  // namespace swarmscope::ui
