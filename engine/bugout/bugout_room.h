#pragma once

#include "bittorrent/room_torrent.h"
#include "bugout/bugout_packet.h"
#include "core/clock.h"
#include "core/result.h"
#include "events/events.h"
#include "rooms/rpc.h"
#include "snapshots.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <functional>

namespace swarmscope {
class Random;
namespace bt {
class Wire;
}

namespace bugout {

// One Bugout room (bugout@0.0.13 semantics) over the BitTorrent wires of its torrent: presence
// (seen/left/timeout/heartbeat), messages to the room or sealed to one address, RPC both ways,
// Bugout's dedupe, and relaying every first-seen packet to the other wires. Differences from
// Bugout (docs/BUGOUT.md): bad packets are counted and not relayed, future timestamps are
// refused, our own packets are not delivered back to us, calls time out.
class Room final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Room)

public:
    static inline const QByteArray kExtension = QByteArrayLiteral("bo_channel");
    static constexpr int kMaxSeen = 100000;

    // random: packet and call nonces, which only make packets unique (keys come from libsodium).
    Room(QString identifier, const Keys &keys, Clock &clock, Random &random, QObject *parent = nullptr);
    ~Room() override;

    const QString &identifier() const { return m_identifier; }
    const bt::RoomTorrent &torrent() const { return m_torrent; }
    QString ownAddress() const;
    bool serverMode() const { return m_identifier == ownAddress(); }
    // Fields our extended handshake carries for Bugout: id, pk, ek.
    BencodeValue::Dict handshakeFields() const;

    void addWire(bt::Wire *wire);  // a wire whose BT handshakes are done
    QList<bt::Wire *> wires() const;
    QStringList members() const;
    // The member whose extended handshake came over this wire; null before it did.
    PeerId memberOf(const bt::Wire *wire) const { return m_wireMembers.value(wire); }
    bool hasMember(const QString &address) const { return m_peers.contains(address); }

    // Bugout's send(message) and send(address, message); the id is the packet's dedupe key.
    Result<QString> send(const QJsonValue &message);
    Result<QString> sendTo(const QString &address, const QJsonValue &message);
    Result<quint64> rpc(const QString &address, const QString &name, const QJsonValue &args, qint64 timeoutMs);
    void ping();
    void setHeartbeat(qint64 intervalMs);
    void sayLeaving();  // Bugout's destroy(): an "x" packet to every wire

    // Runs a registered procedure; false when there is none by that name.
    std::function<bool(const QString &name, const QString &caller, const QJsonValue &args, RpcRespond respond)>
        invokeProcedure;
    std::function<quint64()> nextCallId;

signals:
    void event(const swarmscope::Event &event);
    void rejected(const QString &reason);
    void messageReceived(const swarmscope::ChatMessage &message);
    void changed();

private:
    struct Peer {
        QString pk58;
        QString ek58;
        PeerId publicKey;
        qint64 lastMs = 0;  // monotonic
    };
    struct PendingCall {
        QString address;
        QString name;
        QByteArray nonceHex;
        qint64 startedMs = 0;
        Clock::TimerId timer = 0;
    };

    void onExtendedHandshake(bt::Wire *wire, const BencodeValue &dict);
    void onPacket(bt::Wire *from, const QByteArray &raw);
    void onWireClosed(bt::Wire *wire, const QString &reason);
    void dispatch(bt::Wire *from, const Packet &p);
    void onCall(const Packet &p);
    void onCallResult(const Packet &p);
    void sawPeer(const QString &pk58, const QString &ek58, bool direct);
    void broadcast(const QByteArray &raw, bt::Wire *except = nullptr);
    QString sendOwn(const QByteArray &raw);
    Result<QByteArray> sealFor(const QString &address, const QByteArray &signedPacket) const;
    bool markSeen(const QByteArray &key);
    void heartbeat();
    void finishCall(quint64 id, bool ok, const QJsonValue &result, const QString &error);
    void reject(bt::Wire *wire, const QString &reason, const QString &detail);
    void post(EventPayload payload) { emit event(Event{now(), std::move(payload)}); }
    RoomName roomName() const { return RoomName{m_identifier}; }
    qint64 now() const { return m_clock.wallMs(); }

    QString m_identifier;
    const Keys &m_keys;
    Clock &m_clock;
    Random &m_random;
    bt::RoomTorrent m_torrent;
    QList<QPointer<bt::Wire>> m_wires;
    QHash<QString, Peer> m_peers;  // by address
    QHash<const bt::Wire *, PeerId> m_wireMembers;
    QHash<QByteArray, qint64> m_seen;  // dedupe key -> monotonic ms
    QHash<quint64, PendingCall> m_calls;  // our calls in flight
    QHash<QByteArray, quint64> m_callByNonce;
    qint64 m_heartbeatMs = 0;
    ScopedTimer m_heartbeatTimer;
};

}  // namespace bugout
}  // namespace swarmscope
