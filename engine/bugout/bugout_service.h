#pragma once

#include "bugout/bugout_packet.h"
#include "core/clock.h"
#include "core/result.h"
#include "events/events.h"
#include "rooms/room_backend.h"
#include "rooms/rpc.h"
#include "snapshots.h"
#include "stats/frame_tap.h"

#include <QCborMap>
#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QObject>

#include <functional>
#include <map>
#include <optional>
#include <memory>

namespace swarmscope {
class Carrier;
class Random;
class CarrierFactory;
namespace bt {
class Wire;
}

namespace bugout {

class Room;

// The Bugout backend: a BitTorrent listener ("bittorrent" transport) whose incoming wires are
// routed by infohash to the Bugout rooms we are in, outgoing wires (torrent.addPeer), and the
// rooms themselves. Rejects are counted by reason.
class Service final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Service)

public:
    static constexpr int kLeaveGraceMs = 500;

    // carriers: the BitTorrent listener's and dialler's, taken over (a sibling of the session's).
    // random: our BitTorrent peer id and the rooms' packet nonces (nothing secret).
    Service(const KeyPair &identity, Clock &clock, Random &random, CarrierFactory *carriers, QObject *parent = nullptr);
    ~Service() override;

    Status listen(const QHostAddress &host, quint16 port);
    bool listening() const;
    quint16 port() const;
    QString ownAddress() const;

    Room *join(const QString &identifier);  // the room, joined now or before
    void leave(const QString &identifier);  // says "x" to the room first
    void leaveAll();
    Room *room(const QString &identifier) const;
    QStringList identifiers() const;
    // torrent.addPeer: dials a BitTorrent peer for that room; source says how we learnt of it.
    Status connectTo(const QString &identifier, const QString &host, quint16 port,
                     const QString &source = QStringLiteral("manual"));
    void setHeartbeat(qint64 intervalMs);
    void setDhtPort(quint16 port) { m_dhtPort = port; }

    std::function<bool(const QString &name, const QString &caller, const QJsonValue &args, RpcRespond respond)>
        invokeProcedure;
    void setTap(FrameTap *tap) { m_tap = tap; }

    const QHash<QString, quint64> &rejects() const { return m_rejects; }
    quint64 rejectCount(const QString &reason) const { return m_rejects.value(reason); }
    QList<bt::Wire *> wires() const;
    // Every wire as a row of the peers table: BitTorrent peer id and client, the member's key once
    // its extended handshake named it, the room it belongs to.
    QList<PeerSnapshot> peers() const;
    std::optional<PeerSnapshot> peer(quint64 id) const;
    // A captured BitTorrent frame as the inspector's field tree; bo_channel packets decoded,
    // opened when sealed to us, with the signature's verdict as of the capture time.
    QCborMap describe(const FrameRecord &frame) const;

signals:
    void event(const swarmscope::Event &event);
    void messageReceived(const swarmscope::ChatMessage &message);
    void roomJoined(const QString &identifier, const QByteArray &infoHash);
    void roomLeft(const QString &identifier, const QByteArray &infoHash);
    void changed();
    // A wire's row in the peers table: once both handshakes are done, when its member is named,
    // and when it closed.
    void wireOpened(quint64 id);
    void wireUpdated(quint64 id);
    void wireClosed(quint64 id);

private:
    bt::Wire *makeWire(Carrier *carrier, int role);
    PeerSnapshot snapshotOf(const bt::Wire *wire) const;
    void onIncoming(Carrier *carrier);
    void countReject(const QString &reason, const QString &room, const QString &detail, const QString &host);
    void capture(bt::Wire *wire, bool outbound, const QString &type, const QByteArray &body, int wireBytes);

    Keys m_keys;
    Clock &m_clock;
    Random &m_random;
    QByteArray m_peerId;
    CarrierFactory *m_carriers;
    std::map<QString, std::unique_ptr<Room>> m_rooms;
    QHash<QString, quint64> m_rejects;
    QSet<QString> m_dialled;  // "infohash@host:port" of our wires out
    qint64 m_heartbeatMs = 0;
    quint16 m_dhtPort = 0;
    // Call ids apart from the native rooms' (which count from 1), so the RPC dock keys both alike.
    quint64 m_nextCall = connectionIdBase(RoomBackend::Bugout) + 1;
    FrameTap *m_tap = nullptr;
};

QString rejectReasonOf(ErrorCode code);

}  // namespace bugout
}  // namespace swarmscope
