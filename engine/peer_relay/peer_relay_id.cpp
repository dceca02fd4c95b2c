#include "peer_relay_id.h"

#include "core/random.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace swarmscope::peerrelay {

QByteArray randomId(Random &random)
{
    return random.bytes(kIdBytes);
}

std::optional<QByteArray> parseHexId(const QString &hex)
{
    if (hex.size() != kIdBytes * 2)
        return std::nullopt;
    for (const QChar c : hex)
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            && !(c >= QLatin1Char('A') && c <= QLatin1Char('F')))
            return std::nullopt;
    return QByteArray::fromHex(hex.toLatin1());
}

std::optional<QByteArray> parseId(const QJsonValue &value)
{
    if (value.isString())
        return parseHexId(value.toString());
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    if (o.value(QLatin1String("type")).toString() != QLatin1String("Buffer"))
        return std::nullopt;
    const QJsonArray data = o.value(QLatin1String("data")).toArray();
    if (data.size() != kIdBytes)
        return std::nullopt;
    QByteArray id;
    id.reserve(kIdBytes);
    for (const QJsonValue &b : data) {
        const double d = b.toDouble(-1);
        if (!b.isDouble() || d < 0 || d > 255 || d != double(int(d)))
            return std::nullopt;
        id.append(char(int(d)));
    }
    return id;
}

QByteArray bufferJson(const QByteArray &bytes)
{
    QByteArray out = "{\"type\":\"Buffer\",\"data\":[";
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(quint8(bytes[i]));
    }
    return out + "]}";
}

QString hexOf(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

bool closerTo(const QByteArray &target, const QByteArray &a, const QByteArray &b)
{
    for (int i = 0; i < kIdBytes; ++i) {
        const quint8 da = quint8(a.at(i)) ^ quint8(target.at(i));
        const quint8 db = quint8(b.at(i)) ^ quint8(target.at(i));
        if (da != db)
            return da < db;
    }
    return false;
}

QList<QByteArray> closest(const QList<QByteArray> &candidates, const QByteArray &target, int n)
{
    QList<QByteArray> sorted = candidates;
    std::sort(sorted.begin(), sorted.end(),
              [&](const QByteArray &a, const QByteArray &b) { return closerTo(target, a, b); });
    if (sorted.size() > n)
        sorted.resize(n);
    return sorted;
}

std::optional<QJsonValue> parseJsonValue(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

}  // namespace swarmscope::peerrelay
