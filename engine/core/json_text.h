#pragma once

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace swarmscope {

// JSON.stringify / JSON.parse for any JSON value, scalars included (QJsonDocument holds only
// arrays and objects).
QByteArray jsonStringify(const QJsonValue &value);
std::optional<QJsonValue> jsonParse(QByteArrayView text);

}  // namespace swarmscope
