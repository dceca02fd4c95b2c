#pragma once

#include "events/events.h"

#include <QJsonArray>
#include <QJsonObject>

#include <initializer_list>
#include <utility>

// Inside the serializer (event_json*.cpp): one lines() per kind of the catalogue, and the helpers
// they share. Not for use elsewhere: eventJson() is the public face.
namespace swarmscope::eventjson {

using Fields = std::initializer_list<std::pair<QString, QJsonValue>>;

// One serialized line: its name and fields.
struct Line {
    QString name;
    QJsonObject fields;
};

QString hex(const QByteArray &b);
QJsonObject object(Fields fields);
QJsonArray toArray(const QStringList &list);
QJsonArray addresses(const QList<PeerId> &peers);
QJsonObject hostPort(const HostPort &hp, Fields more);
void insertRoom(QJsonObject &o, const QString &key);  // a room by its key, with "backend" when not native
void insertName(QJsonObject &o, const QString &name);  // "name" when a display name is known
QJsonObject countsObject(const QList<QPair<QString, quint64>> &counts);
QList<Line> rpcResponseLines(const RpcResponse &r, QJsonObject fields);

#define SWARMSCOPE_EVENT_LINES_DECL(T) QList<Line> lines(const T &e);
SWARMSCOPE_EVENT_KINDS(SWARMSCOPE_EVENT_LINES_DECL)
#undef SWARMSCOPE_EVENT_LINES_DECL
QList<Line> lines(const std::monostate &);
// A line read in a discovery-swarm room, as its "message" (event_json_dswarm.cpp).
Line dswarmMessageLine(const ChatMessage &m, const RoomName &room, const HostPort &endpoint);

}  // namespace swarmscope::eventjson
