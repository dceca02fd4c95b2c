#include "packet_peer_relay_fields.h"

#include "peer_relay/peer_relay_id.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonObject>

namespace swarmscope::ui {

namespace {
QCborValue idField(const QJsonValue &v)
{
    const auto id = peerrelay::parseId(v);
    if (!id)
        return QCborValue::fromJsonValue(v);
    const QString hex = QString::fromLatin1(id->toHex());
    return v.isObject() ? QCborValue(hex + QStringLiteral(" (Buffer)")) : QCborValue(hex);
}
}  // namespace

QByteArray peerRelayFieldsCbor(const QByteArray &json)
{
    const auto value = peerrelay::parseJsonValue(json);
    if (!value)
        return QCborMap{{QStringLiteral("text"), QString::fromUtf8(json.left(4096))}}.toCborValue().toCbor();
    const QJsonObject o = value->toObject();
    if (!value->isObject() || o.value(QStringLiteral("type")).toString() == QLatin1String("Buffer"))
        return QCborMap{{QStringLiteral("id"), idField(*value)}}.toCborValue().toCbor();
    QCborMap m;  // QCborMap keeps insertion order: the wire's
    for (const char *key : {"to", "from"})
        if (o.contains(QLatin1String(key)))
            m.insert(QLatin1String(key), idField(o.value(QLatin1String(key))));
    for (const char *key : {"path", "nonce"})
        if (o.contains(QLatin1String(key)))
            m.insert(QLatin1String(key), QCborValue::fromJsonValue(o.value(QLatin1String(key))));
    if (o.contains(QLatin1String("data"))) {
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        QCborMap d;
        d.insert(QStringLiteral("type"), QCborValue::fromJsonValue(data.value(QLatin1String("type"))));
        if (data.contains(QLatin1String("data")))
            d.insert(QStringLiteral("data"), QCborValue::fromJsonValue(data.value(QLatin1String("data"))));
        m.insert(QStringLiteral("data"),
                 o.value(QLatin1String("data")).isObject() ? QCborValue(d)
                                                           : QCborValue::fromJsonValue(o.value(QLatin1String("data"))));
    }
    for (auto it = o.begin(); it != o.end(); ++it)  // anything else a peer put in
        if (!m.contains(it.key()))
            m.insert(it.key(), QCborValue::fromJsonValue(it.value()));
    return m.toCborValue().toCbor();
}

}  // namespace swarmscope::ui
