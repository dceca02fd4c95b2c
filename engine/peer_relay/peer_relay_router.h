#pragma once

#include "peer_relay_envelope.h"
#include "peer_relay_options.h"
#include "rooms/seen_cache.h"

#include <QHash>
#include <QList>

#include <deque>
#include <functional>

namespace swarmscope {

class Clock;
class Random;

namespace peerrelay {

class Channel;

// peer-relay's routing (router.js): a message goes to the `concurrency` direct peers closest to
// its target by XOR distance that are not already on its path, plus the peer the target's last
// message came through; it stops once the target itself was sent to. A path as long as the hop
// limit is not sent on. Nonces are remembered so each message is handled once.
class Router final {
public:
    using SendFn = std::function<void(Channel *, const QByteArray &json, const Envelope &)>;

    Router(const QByteArray &localId, Clock &clock, Random &random, const PeerRelayOptions &options, SendFn send);

    void addChannel(Channel *channel);  // sends what was queued while alone
    void removeChannel(Channel *channel);
    Channel *channel(const QByteArray &id) const { return m_channels.value(id); }
    QList<Channel *> channels() const { return m_channels.values(); }

    struct Outcome {
        Envelope envelope;  // as sent (our id appended to its path)
        QList<QByteArray> nextHops;
        bool queued = false;  // no peer yet: sent once one connects
        bool hopLimit = false;  // the path was full: not sent
    };
    // Router.send: a new message from us.
    Outcome originate(const QByteArray &to, const QString &type, const QByteArray &rawData);

    enum class Verdict { Deliver, Forward, Duplicate, PathContainsUs };
    // Router._onMessage's bookkeeping: dedup by nonce, learn the reverse hop of `from`.
    Verdict accept(const Envelope &envelope);
    // Router._send for a message that is not for us; ids go on as Buffer objects like router.js.
    Outcome forward(Envelope envelope);

    int touchedCount() const { return m_touched.size(); }

private:
    Outcome route(Envelope envelope, bool relayed);

    QByteArray m_id;
    QString m_hex;
    Clock &m_clock;
    Random &m_random;
    PeerRelayOptions m_options;
    SendFn m_send;
    QHash<QByteArray, Channel *> m_channels;
    SeenCache m_touched;
    QHash<QString, QString> m_lastHopOf;  // originator hex -> hex of the hop its latest message came from
    std::deque<std::pair<Envelope, bool>> m_queue;
};

}  // namespace peerrelay
}  // namespace swarmscope
