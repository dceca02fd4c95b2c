#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace swarmscope {

// Writes Prometheus' text exposition format (version 0.0.4): one `# HELP` and `# TYPE` line per
// family, then its samples. Label values are escaped as the format asks (\\, \", \n); families
// are written in the order they are opened, each once.
class PrometheusText {
public:
    using Labels = QList<QPair<QString, QString>>;
    enum class Type { Counter, Gauge };

    void family(const QString &name, Type type, const QString &help);
    // A sample of the family opened last. Counter families are named with their `_total` suffix,
    // as promtool expects of the text format.
    void sample(const QString &name, double value, const Labels &labels = {});
    QByteArray text() const { return m_text; }

    static QString escapeLabelValue(const QString &value);
    static bool isValidName(const QString &name);

private:
    QByteArray m_text;
    QString m_family;
};

}  // namespace swarmscope
