#include "metrics/prometheus_text.h"

#include <QRegularExpression>

#include <cmath>

namespace swarmscope {

namespace {
QString escapeHelp(QString help)
{
    return help.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

QString formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 17);
}
}  // namespace

bool PrometheusText::isValidName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return valid.match(name).hasMatch();
}

QString PrometheusText::escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

void PrometheusText::family(const QString &name, Type type, const QString &help)
{
    Q_ASSERT(isValidName(name));
    m_family = name;
    m_text +=
        QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n")
            .arg(name, escapeHelp(help), type == Type::Counter ? QStringLiteral("counter") : QStringLiteral("gauge"))
            .toUtf8();
}

void PrometheusText::sample(const QString &name, double value, const Labels &labels)
{
    Q_ASSERT(name.startsWith(m_family));
    QString line = name;
    if (!labels.isEmpty()) {
        QStringList parts;
        for (const auto &[key, v] : labels)
            parts.append(key + QStringLiteral("=\"") + escapeLabelValue(v) + QLatin1Char('"'));
        line += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    line += QLatin1Char(' ') + formatValue(value) + QLatin1Char('\n');
    m_text += line.toUtf8();
}

}  // namespace swarmscope
