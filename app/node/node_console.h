#pragma once

#include "engine_event.h"

#include <QObject>
#include <QSocketNotifier>

namespace swarmscope {
class Session;
struct SessionStatus;
}

namespace swarmscope::node {

// The node's scripting surface: JSON events out on stdout (one object per line), chat lines and
// /commands in on stdin.
class NodeConsole final : public QObject {
    Q_OBJECT

public:
    explicit NodeConsole(Session &session, QObject *parent = nullptr);
    void print(const QJsonObject &object) { staticPrint(object); }
    static void staticPrint(const QJsonObject &object);
    // --join and /join: "ROOM", "discovery-swarm:NAME", "bugout:ID"; an error event if refused.
    void join(const QString &text);

signals:
    void quitRequested();

private:
    void onStdinReadable();
    void handleLine(const QString &line);
    void handleCommand(const QString &command, const QString &argument);
    void printStatus();
    void printPeers();
    QJsonValue dhtStatus() const;
    static QJsonObject backendsStatus(const SessionStatus &status);
    void printQueue();
    void registerBuiltins();
    void error(const QString &detail);
    void connectCommand(const QString &argument);

    Session &m_session;
    QSocketNotifier m_stdin;
    QByteArray m_buffer;
};

} // namespace swarmscope::node
