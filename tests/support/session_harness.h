#pragma once

#include "session.h"

#include <QJsonObject>
#include <QList>
#include <QTemporaryDir>

#include <memory>

namespace swarmscope::test {

// The configuration startLocalSession uses: profileDir, listening on 127.0.0.1 (any port), LAN
// discovery off, optionally kept connected to 127.0.0.1:connectPort.
EngineConfig localConfig(const QString &profileDir, quint16 connectPort = 0);

// A started Session on profileDir (kept after it stops, for restart tests), listening on
// 127.0.0.1, LAN discovery off, optionally kept connected to 127.0.0.1:connectPort. Null with
// a warning if it cannot start.
std::unique_ptr<Session> startLocalSession(const QString &profileDir, quint16 connectPort = 0);

// A Session on a temporary profile, listening on 127.0.0.1 with LAN discovery off unless asked,
// plus everything it reported, for assertions.
class TestPeer : public QObject {
    Q_OBJECT

public:
    struct Options {
        bool lan = false;
        quint16 lanPort = 0;
        int handshakeTimeoutMs = 10000;
        int pingIntervalMs = 5000;
        bool peerExchange = true;
        SwarmOptions swarm;
        bool dht = false;
        QList<QPair<QString, quint16>> dhtBootstrap;
        Clock *clock = nullptr;  // borrowed; the system clock when null
        QString name;  // the display name (EngineConfig::displayName); empty = none
        bool relay = false;  // carries circuits for others (--relay)
        int maxCircuitsPerPeer = CircuitLimits{}.maxCircuitsPerPeer;
        QStringList relayNodes;  // relays to hold a slot on (--relay-node), "IP:PORT"
        bool holePunching = true;
    };
    TestPeer();
    explicit TestPeer(Options options, const QString &profileDir = {});
    // The configuration such a peer runs with (for sessions started elsewhere, e.g. on a thread).
    static EngineConfig configFor(const Options &options, const QString &profileDir);
    ~TestPeer() override;

    Session &session() { return *m_session; }
    Session *operator->() { return m_session.get(); }
    // The JSON lines of this name, as the node would print them (aliases included).
    QList<QJsonObject> events(const QString &kind) const;
    int count(const QString &kind) const { return int(events(kind).size()); }
    // Every event of one type, in order.
    template <typename T>
    QList<T> typed() const
    {
        QList<T> out;
        for (const Event &e : allEvents)
            if (const T *t = e.get<T>())
                out.append(*t);
        return out;
    }
    QList<ChatMessage> messages;  // from MessageReceived
    EventBatch allEvents;
    PeerDelta lastDelta;
    int connected() const { return m_session->status().connected; }
    quint64 rejectCount(const QString &reason) const;  // the session's counted rejects of this reason

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

}  // namespace swarmscope::test
