#pragma once

#include "core/clock.h"
#include "dswarm/dswarm_options.h"
#include "rooms/compat_backend.h"

#include <QHash>
#include <QHostAddress>

#include <functional>
#include <memory>

namespace swarmscope {

class CarrierFactory;
class DhtNode;
class DswarmConnection;
class DswarmSwarm;
class LanDiscovery;

// discovery-swarm rooms ("discovery-swarm:NAME"): each joined name is a DswarmSwarm with its own
// listener, found through the session's BEP 5 DHT (SHA-1 infohash) and LAN discovery
// (dns-discovery records on dns-discovery.local). The app's stream is shown as text lines.
class DswarmBackend final : public CompatBackend {
    Q_OBJECT

public:
    static inline const QString kDomain = QStringLiteral("dns-discovery.local");

    // id: what we tell peers in the handshake (32 bytes); lan and dht may be null. Each swarm
    // listens on a sibling of `carriers` (the world's: TCP, or the in-memory network).
    DswarmBackend(QByteArray id, Clock &clock, DswarmOptions options, QHostAddress listenHost, LanDiscovery *lan,
                  DhtNode *dht, const CarrierFactory &carriers, QObject *parent = nullptr);
    ~DswarmBackend() override;

    const QByteArray &id() const { return m_id; }

    RoomBackend backend() const override { return RoomBackend::DiscoverySwarm; }
    void stop() override;
    Result<RoomSnapshot> join(const QString &name, const JoinOptions &options) override;
    void leave(const QString &name) override;
    QStringList rooms() const override;
    RoomSnapshot room(const QString &name) const override;
    Result<ChatMessage> send(const QString &name, const QString &text) override;
    Status dial(const QString &name, const QString &host, quint16 port) override;
    QList<PeerSnapshot> peers() const override;
    std::optional<PeerSnapshot> peer(quint64 connectionId) const override;
    QList<CandidateSnapshot> queue() const override;
    void addStatus(SessionStatus &status) const override;
    void sampleRates(qint64 nowMs, StatsSample &sample) override;
    void setTap(FrameTap *tap) override;

    // Discovery results for an infohash (the session routes what is not a native room here).
    bool onDhtPeer(const QByteArray &infohash, const QHostAddress &host, quint16 port);
    bool onLanPeer(const QByteArray &infohash, const QHostAddress &host, quint16 port);
    bool onLookupDone(const QByteArray &infohash, int peers, int datagrams);

private:
    DswarmSwarm *swarmOf(const QByteArray &infohash) const;
    void onLine(DswarmSwarm *swarm, DswarmConnection *c, const QString &text);
    ChatMessage lineMessage(const QString &roomName, const QString &text);

    QByteArray m_id;
    Clock &m_clock;
    DswarmOptions m_options;
    QHostAddress m_listenHost;
    LanDiscovery *m_lan;
    DhtNode *m_dht;
    const CarrierFactory &m_carriers;
    QHash<QString, DswarmSwarm *> m_rooms;  // by name, owned
    QStringList m_order;
    QHash<QString, quint64> m_rejects;  // reason -> count, all rooms
    quint64 m_nextConnection;
    quint64 m_seq = 0;
    FrameTap *m_tap = nullptr;
};

}  // namespace swarmscope
