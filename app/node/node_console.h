#pragma once

#include "engine_event.h"

#include <QObject>
#include <QSocketNotifier>

namespace swarmscope {
class Session;
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
    // ROOM for a native room, bugout:IDENTIFIER for a Bugout room (bugout: alone = server mode).
    void join(const QString &spec);

signals:
    void quitRequested();

private:
    void onStdinReadable();
    void handleLine(const QString &line);
    void handleCommand(const QString &command, const QString &argument);
    void printStatus();
    void printPeers();
    QJsonValue dhtStatus() const;
    void printQueue();
    void registerBuiltins();
    void error(const QString &detail);

    Session &m_session;
    QSocketNotifier m_stdin;
    QByteArray m_buffer;
};

} // namespace swarmscope::node
