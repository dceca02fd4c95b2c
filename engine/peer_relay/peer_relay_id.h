#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace swarmscope {
class Random;
}

namespace swarmscope::peerrelay {

constexpr int kIdBytes = 20;  // crypto.randomBytes(20), client.js

QByteArray randomId(Random &random);
// An id as peer-relay writes it: a 40-digit hex string (originated envelopes, path entries) or
// a Node Buffer as JSON, {"type":"Buffer","data":[20 numbers]} (relayed envelopes, the first
// frame). Anything else, including a wrong length, is nullopt.
std::optional<QByteArray> parseId(const QJsonValue &value);
std::optional<QByteArray> parseHexId(const QString &hex);
// JSON.stringify(buffer): {"type":"Buffer","data":[b0,...]} with keys in Node's order.
QByteArray bufferJson(const QByteArray &bytes);
QString hexOf(const QByteArray &id);
// XOR distance order, as k-bucket's closest(): true if a is closer to target than b.
bool closerTo(const QByteArray &target, const QByteArray &a, const QByteArray &b);
// The n ids of candidates closest to target, closest first.
QList<QByteArray> closest(const QList<QByteArray> &candidates, const QByteArray &target, int n);
// Parses one JSON value of any type (QJsonDocument only takes objects and arrays).
std::optional<QJsonValue> parseJsonValue(const QByteArray &text);
// One JSON value as compact text (strings, numbers and literals included).
QByteArray jsonText(const QJsonValue &value);

}  // namespace swarmscope::peerrelay
