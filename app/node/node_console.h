#pragma once

#include "engine_event.h"

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace swarmscope {
class PeerRelaySocket;
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
    ~NodeConsole() override;
    // Once the session started: a datagram socket on the peer-relay network, if we are in one.
    void startPeerRelaySocket();
    void print(const QJsonObject &object) { staticPrint(object); }
    static void staticPrint(const QJsonObject &object);
    // --join and /join: "ROOM", "discovery-swarm:NAME", "bugout:ID" ("bugout:" alone: server mode);
    // an error event if refused.
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
    QJsonObject reachabilityStatus() const;
    void printQueue();
    // node_peer_relay.cpp: the /pr-* commands and the status fields of the peer-relay network.
    bool handlePeerRelayCommand(const QString &command, const QString &argument);
    void addPeerRelayStatus(QJsonObject &status) const;
    // node_files.cpp: /sendfile, /accept, /decline, /cancel.
    bool handleFileCommand(const QString &command, const QString &argument);
    // node_profile.cpp: /export, /block, /unblock, /blocked.
    bool handleProfileCommand(const QString &command, const QString &argument);
    void exportCommand(const QString &argument);
    void error(const QString &detail);
    void connectCommand(const QString &argument);

    Session &m_session;
    QSocketNotifier m_stdin;
    QByteArray m_buffer;
    std::unique_ptr<PeerRelaySocket> m_prSocket;
};

} // namespace swarmscope::node
