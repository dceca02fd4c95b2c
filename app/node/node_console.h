#pragma once

#include "events/events.h"

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
    // Every line of the event (its own name, then the older names some scripts use).
    static void print(const Event &event);
    static void staticPrint(const QJsonObject &object);  // one JSON line that is not an event (--identity)

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
    void answer(EventPayload payload);  // a reply to a command, printed at once

    Session &m_session;
    QSocketNotifier m_stdin;
    QByteArray m_buffer;
};

} // namespace swarmscope::node
