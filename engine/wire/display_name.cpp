#include "wire/display_name.h"

namespace swarmscope::wire {

namespace {
// C0, DEL and C1; the line and paragraph separators, which break a line as \n does; and the bidi
// embeddings, overrides and isolates, which can make a name read as another (U+202E reverses what
// follows). Joiners and variation selectors stay: emoji and several scripts need them.
bool isControl(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QByteArray signedBytes(const QString &name)
{
    static const QByteArray kDomain("swarmscope/1 display name\0", 26);
    return kDomain + name.toUtf8();
}
}  // namespace

std::optional<QString> displayNameProblem(QStringView name)
{
    if (name.isEmpty())
        return QStringLiteral("a name cannot be empty");
    int codePoints = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t c = name[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(name[i], name[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            return QStringLiteral("a name must be valid text (it has a lone surrogate)");
        }
        if (isControl(c))
            return QStringLiteral("a name cannot contain control characters (U+%1)")
                .arg(uint(c), 4, 16, QLatin1Char('0'));
        ++codePoints;
    }
    if (codePoints > kMaxDisplayNameChars)
        return QStringLiteral("a name has at most %1 characters, this one has %2")
            .arg(kMaxDisplayNameChars)
            .arg(codePoints);
    return std::nullopt;
}

QByteArray signDisplayName(const QString &name, const KeyPair &keys)
{
    return signDetached(keys, signedBytes(name));
}

bool verifyDisplayName(const QString &name, QByteArrayView signature, const PeerId &signer)
{
    return !signer.isNull() && verifyDetached(signer, signedBytes(name), signature);
}

}  // namespace swarmscope::wire
