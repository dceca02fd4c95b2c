#pragma once

#include "bittorrent/bt_protocol.h"
#include "bittorrent/room_torrent.h"
#include "core/clock.h"
#include "dht/bencode.h"
#include "rooms/room_backend.h"
#include "transport/carrier.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace swarmscope::bt {

// One BitTorrent peer connection for a seeded one-piece torrent, enough for webtorrent to keep
// it: handshake with the extension and fast bits, BEP 10 extended handshake, have-all (or a
// bitfield), the piece and its metadata (ut_metadata) on request, keep-alives. Extension
// messages other than ut_metadata are handed out by name. Bad input closes the wire with a reason.
class Wire final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Wire)

public:
    enum class Role { Dialer, Acceptor };
    static constexpr qint64 kKeepAliveMs = 30000;  // webtorrent drops nothing idle, but NATs do
    static constexpr qint64 kHandshakeTimeoutMs = 10000;
    static constexpr qint64 kIdleTimeoutMs = 180000;  // 3 missed keep-alives of webtorrent's 55 s
    static constexpr int kMaxExtendedHandshakeBytes = 64 * 1024;
    static constexpr int kLingerMs = 5000;  // a closed wire's socket waits this long for the remote to close

    // Takes the carrier (open, or dialling). A dialer is given its torrent now; an acceptor
    // finds it from the remote handshake through resolveTorrent.
    Wire(Carrier *carrier, Role role, Clock &clock, QByteArray localPeerId, QObject *parent = nullptr);
    ~Wire() override;

    std::function<const RoomTorrent *(const QByteArray &infoHash)> resolveTorrent;
    void setTorrent(const RoomTorrent *torrent) { m_torrent = torrent; }
    // Names of our extensions besides ut_metadata, and the extra fields of our extended handshake.
    void setExtensions(const QList<QByteArray> &names, BencodeValue::Dict extraFields);
    void setExtraFields(BencodeValue::Dict fields) { m_extraFields = std::move(fields); }
    void setDhtPort(quint16 port) { m_dhtPort = port; }  // sets the DHT bit, answers with PORT

    void start();  // dialer: sends the handshake once connected
    void close(const QString &reason);

    // Connection ids of BitTorrent wires are the Bugout backend's (connectionIdBase), apart from
    // the swarm's, so the peers table and the inspector key rows of both alike.
    static constexpr quint64 kFirstId = connectionIdBase(RoomBackend::Bugout) + 1;

    quint64 id() const { return m_id; }
    qint64 sinceMs() const { return m_sinceMs; }  // wall clock at creation
    // How we came to this peer ("inbound", "manual", "dht", "lsd"), for the peers table.
    QString source() const { return m_source; }
    void setSource(const QString &source) { m_source = source; }
    Role role() const { return m_role; }
    const RoomTorrent *torrent() const { return m_torrent; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QByteArray remotePeerId() const { return m_remote.peerId; }
    const Handshake &remoteHandshake() const { return m_remote; }
    const BencodeValue &remoteExtendedHandshake() const { return m_remoteExt; }
    bool remoteSupports(const QByteArray &extension) const { return m_remoteExtIds.value(extension) > 0; }
    bool isOpen() const { return m_open; }
    quint64 bytesIn() const { return m_bytesIn; }
    quint64 bytesOut() const { return m_bytesOut; }

    // Under the number the remote advertised; false when it does not speak that extension.
    bool sendExtended(const QByteArray &extension, QByteArrayView payload);

signals:
    void handshaken();  // both BT handshakes done
    void extendedHandshake(const swarmscope::BencodeValue &dict);
    void extendedMessage(const QByteArray &extension, const QByteArray &payload);
    void dhtPort(quint16 port);
    void rejected(swarmscope::ErrorCode code, const QString &detail);
    // Every message in and out, for the inspector: type name, the message bytes after the length.
    void traffic(bool outbound, const QString &type, const QByteArray &body, int wireBytes);
    void closed(const QString &reason);

private:
    void onReadable();
    void onRemoteHandshake(const Handshake &h);
    void onMessage(const Message &m);
    void onExtended(const QByteArray &payload);
    void onMetadataRequest(const QByteArray &payload);
    void sendHandshake();
    void sendExtendedHandshake();
    void sendMessage(const Message &m, const QString &type);
    void writeRaw(const QByteArray &bytes);
    void fail(ErrorCode code, const QString &detail);
    void armIdle();
    QString typeOf(const Message &m) const;  // the inspector's name for it
    void keepAliveTick(bool send);

    QPointer<Carrier> m_socket;
    bool m_carrierEnded = false;  // the carrier reported its end: nothing left to linger for
    Role m_role;
    Clock &m_clock;
    quint64 m_id;
    qint64 m_sinceMs = 0;
    QString m_source;
    QByteArray m_localPeerId;
    const RoomTorrent *m_torrent = nullptr;
    QList<QByteArray> m_extensions;
    BencodeValue::Dict m_extraFields;
    quint16 m_dhtPort = 0;
    QString m_host;
    quint16 m_port = 0;
    FrameReader m_reader;
    Handshake m_remote;
    bool m_gotHandshake = false;
    bool m_sentHandshake = false;
    bool m_open = false;
    bool m_closed = false;
    bool m_fast = false;
    bool m_unchoked = false;
    BencodeValue m_remoteExt;
    QHash<QByteArray, int> m_remoteExtIds;  // name -> the remote's number
    QHash<int, QByteArray> m_localExtNames;  // our number -> name
    ScopedTimer m_keepAlive;
    ScopedTimer m_timeout;
    quint64 m_bytesIn = 0;
    quint64 m_bytesOut = 0;
};

}  // namespace swarmscope::bt
