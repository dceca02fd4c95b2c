#pragma once

#include "core/clock.h"
#include "crypto/key_pair.h"
#include "events/events.h"
#include "nat/dial_back_schedule.h"
#include "nat/nat_options.h"
#include "nat/port_mapper.h"
#include "nat/reachability.h"
#include "wire/messages.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace swarmscope {

class Connection;
class DatagramFactory;
class DhtNode;
class Random;
class Swarm;

// Where we stand on the internet: learns the external address and NAT behaviour from what peers
// (hello's "seen") and DHT nodes (BEP 42's "ip") observe, keeps our ports mapped on the router,
// and asks peers to dial us back (AutoNAT) to decide public or private. It also answers such
// probes for others, dialling only the address it observes the asker at.
class NatService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NatService)

public:
    // datagrams tells our host's own addresses; portMapping is the router (core/world.h).
    NatService(Swarm &swarm, DhtNode *dht, Clock &clock, Random &random, DatagramFactory &datagrams,
               PortMappingBackend &portMapping, NatOptions options, QObject *parent = nullptr);
    ~NatService() override;

    void start();  // after the swarm and DHT listen: maps the ports
    void stop();  // deletes the mappings
    ReachabilitySnapshot snapshot() const { return m_tracker.snapshot(); }
    // The relays holding our slot now (circuit/circuit_client.h), reported in the snapshot.
    void setRelays(const QStringList &relays);
    // Asks this peer to dial us back on our advertised port, if the schedule lets us ask it now.
    bool requestDialBack(Connection *c);

signals:
    void event(const swarmscope::Event &event);
    void changed(const swarmscope::ReachabilitySnapshot &snapshot);
    void rejected(const QString &reason);

private:
    struct Probe {
        QPointer<Connection> asker;
        QByteArray nonce;
        PeerId expected;
    };
    void onObserved(Connection *c, const QHostAddress &host, quint16 port);
    void onMessage(Connection *c, const wire::Message &m);
    void onMapped(const PortMappingResult &r);
    void serveDialBack(Connection *c, const wire::DialBack &req);
    void finishProbe(quint64 probeId, bool ok, const QString &detail);
    bool canVouch(const Connection *c) const;
    void askSomeone();
    void armRetry();
    void changedIfSo(bool isChanged);
    void emitEvent(EventPayload payload);
    void refreshLocalAddresses();

    Swarm &m_swarm;
    DhtNode *m_dht;
    Clock &m_clock;
    Random &m_random;
    DatagramFactory &m_datagrams;
    PortMappingBackend &m_portMapping;
    NatOptions m_options;
    ReachabilityTracker m_tracker;
    std::unique_ptr<PortMapper> m_mapper;
    KeyPair m_probeKeys;  // dial-backs we run present this throwaway key, never our identity
    QHash<quint64, Probe> m_serving;  // our dial-backs for others, by probe id
    quint64 m_nextProbe = 1;
    QHash<PeerId, qint64> m_lastServedMs;
    QHash<PeerId, QByteArray> m_asked;  // our requests still out: peer -> nonce
    QByteArray m_current;  // the one request whose answer the schedule awaits
    DialBackSchedule m_schedule;
    quint64 m_retryToken = 0;  // only the latest retry timer acts
};

}  // namespace swarmscope
