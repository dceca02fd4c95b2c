#pragma once

#include "events/events.h"

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace swarmscope {
class PeerRelaySocket;
class Session;
}  // namespace swarmscope

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
    // Every line of the event (its own name, then the older names some scripts use).
    static void print(const Event &event);
    static void staticPrint(const QJsonObject &object);  // one JSON line that is not an event (--identity)
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
    void printQueue();
    // node_peer_relay.cpp: the /pr-* commands and the status fields of the peer-relay network.
    bool handlePeerRelayCommand(const QString &command, const QString &argument);
    std::optional<PeerRelayStatus> peerRelayStatus() const;
    // node_files.cpp: /sendfile, /accept, /decline, /cancel.
    bool handleFileCommand(const QString &command, const QString &argument);
    // node_profile.cpp: /export, /block, /unblock, /blocked, /name, /rename.
    bool handleProfileCommand(const QString &command, const QString &argument);
    void exportCommand(const QString &argument);
    void nameCommand(const QString &argument);
    void renameCommand(const QString &argument);
    void error(const QString &detail);
    void answer(EventPayload payload);  // a reply to a command, printed at once
    void connectCommand(const QString &argument);

    Session &m_session;
    QSocketNotifier m_stdin;
    QByteArray m_buffer;
    std::unique_ptr<PeerRelaySocket> m_prSocket;
};

}  // namespace swarmscope::node
