#pragma once

#include "bittorrent/local_service_discovery.h"
#include "core/clock.h"
#include "crypto/key_pair.h"
#include "rooms/compat_backend.h"
#include "rooms/rpc.h"

#include <QHash>
#include <QHostAddress>

#include <memory>
#include <optional>

namespace swarmscope {

class CarrierFactory;
class DatagramFactory;
class DhtNode;
class Random;

namespace bugout {
class Service;
}

// Bugout rooms ("bugout:ID", docs/BUGOUT.md) as a room backend: the bugout::Service (one
// BitTorrent listener, opened at the first join), each room's infohash announced on the session's
// BEP 5 DHT and on BEP 14 (started at the first join), and Bugout's own verbs the session routes
// here: send to one member (sealed) and rpc. An identifier that is our own address is server mode.
class BugoutBackend final : public CompatBackend {
    Q_OBJECT

public:
    struct Options {
        QHostAddress listenHost = QHostAddress::Any;
        quint16 port = 0;  // the BitTorrent listener; 0 = any free port
        bt::LsdConfig lsd;
    };

    // dht may be null.
    // The BitTorrent listener is a sibling of `carriers` (the session's: TCP, or the in-memory
    // network); BEP 14 goes through `datagrams`.
    BugoutBackend(const KeyPair &identity, Clock &clock, Random &random, const CarrierFactory &carriers,
                  DatagramFactory &datagrams, Options options, DhtNode *dht, QObject *parent = nullptr);
    ~BugoutBackend() override;

    bugout::Service &service() { return *m_service; }
    quint16 port() const;  // 0 until the first room opened the listener

    RoomBackend backend() const override { return RoomBackend::Bugout; }
    void stop() override;
    Result<RoomSnapshot> join(const QString &name, const JoinOptions &options) override;
    void leave(const QString &name) override;
    QStringList rooms() const override;
    RoomSnapshot room(const QString &name) const override;
    Result<ChatMessage> send(const QString &name, const QString &text) override;
    Status dial(const QString &name, const QString &host, quint16 port) override;
    QList<PeerSnapshot> peers() const override;
    std::optional<PeerSnapshot> peer(quint64 connectionId) const override;
    void addStatus(SessionStatus &status) const override;
    void sampleRates(qint64 nowMs, StatsSample &sample) override;
    void setTap(FrameTap *tap) override;

    // Bugout's send(address, message): sealed to that member, in the named room or the first
    // room the member is in.
    Result<ChatMessage> sendTo(const QString &address, const QString &text, const QString &name = {});
    Result<quint64> call(const QString &address, const QString &procedure, const QJsonValue &args, qint64 timeoutMs);
    std::optional<QString> roomOfMember(const QString &address) const;  // its bare identifier
    void setHeartbeat(qint64 intervalMs);
    // A DHT result for one of our rooms' infohashes: dialled. False when it is not ours.
    bool onDhtPeer(const QByteArray &infoHash, const QHostAddress &host, quint16 port);

private:
    bool onPeerFound(const QByteArray &infoHash, const QHostAddress &host, quint16 port, const QString &source);
    void startLocalServiceDiscovery();
    ChatMessage ownMessage(const QString &name, const QString &id, const QString &text, const QString &to) const;

    KeyPair m_identity;
    Clock &m_clock;
    Random &m_random;
    DatagramFactory &m_datagrams;
    Options m_options;
    DhtNode *m_dht;
    std::unique_ptr<bugout::Service> m_service;
    std::unique_ptr<bt::LocalServiceDiscovery> m_lsd;
    QHash<quint64, QPair<quint64, quint64>> m_lastBytes;  // wire -> bytes in/out at the last sample
    qint64 m_lastSampleMs = 0;
};

}  // namespace swarmscope
