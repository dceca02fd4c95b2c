#pragma once

#include "core/clock.h"
#include "core/peer_id.h"
#include "events/events.h"
#include "snapshots.h"
#include "transport/turn_flusher.h"
#include "wire/messages.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;

namespace swarmscope {

class Connection;
class Random;
class Swarm;

// Moves a relayed connection onto a direct one (docs/NAT.md, DCUtR's shape). Over the relayed
// connection the side with the smaller key offers a fresh local port, the other answers with its
// own; the offerer measures the round trip, sends go and dials half a round trip later, the
// other dials when go arrives: a TCP simultaneous open through both port-preserving NATs, each
// socket bound to the port it announced. The offerer is the handshake's initiator on the new
// stream, the other its responder. The swarm then keeps the direct stream and retires the
// relayed one (path-upgraded). Up to three attempts; none when our NAT changes ports per
// destination (the relayed connection stays).
class HolePuncher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HolePuncher)

public:
    static constexpr int kAttempts = 3;
    static constexpr int kTimeoutMs = 5000;  // per attempt, for answers and for the connect
    static constexpr int kSettleMs = 300;  // after a relayed connection opens, before offering

    // enabled: the user's choice (--no-hole-punching turns it off). natAllows: false when our NAT
    // maps each destination to another port (punching cannot work), asked at each attempt.
    HolePuncher(Swarm &swarm, Clock &clock, Random &random, PeerId self, bool enabled, std::function<bool()> natAllows,
                QObject *parent = nullptr);
    ~HolePuncher() override;

    HolePunchSummary summary() const { return m_summary; }

signals:
    void event(const swarmscope::Event &event);
    void rejected(const QString &reason);

private:
    struct Attempt {
        bool offerer = false;
        quint64 relayed = 0;  // the relayed connection it runs over
        PeerId peer;
        int number = 1;
        QPointer<QTcpSocket> socket;
        quint16 peerPort = 0;  // the port the other side punches from
        qint64 sentUs = 0;  // when the offer went out
        qint64 rttMs = 0;
        Clock::TimerId timer = 0;
    };
    bool mayPunch() const { return m_summary.enabled && m_natAllows(); }
    void onOpened(Connection *c);
    bool punching(const PeerId &peer) const;  // an attempt under way, or already direct
    void onMessage(Connection *c, const wire::Message &m);
    void offer(Connection *c, int number);
    void onOffer(Connection *c, const wire::HolePunch &h);
    void onAnswer(Connection *c, const wire::HolePunch &h);
    void onGo(Connection *c, const wire::HolePunch &h);
    void dial(const QByteArray &nonce);
    void onConnected(const QByteArray &nonce);
    void fail(const QByteArray &nonce, const QString &detail, bool retry = true);
    QTcpSocket *bindSocket();
    void armTimeout(const QByteArray &nonce);
    void finish(const QByteArray &nonce);

    Swarm &m_swarm;
    Clock &m_clock;
    Random &m_random;
    PeerId m_self;
    std::function<bool()> m_natAllows;
    HolePunchSummary m_summary;
    QHash<QByteArray, Attempt> m_attempts;  // by nonce
    QHash<PeerId, Clock::TimerId> m_settling;  // offers about to be made
    TurnFlusher m_flusher;  // for the punched connections' writes, as a TCP factory has
};

}  // namespace swarmscope
