#include "session.h"

#include "circuit/circuit_client.h"
#include "circuit/circuit_dialer.h"
#include "circuit/circuit_relay.h"
#include "circuit/hole_puncher.h"
#include "crypto/identity.h"
#include "dht/dht_node.h"
#include "nat/nat_service.h"
#include "rooms/rooms.h"
#include "swarm/swarm.h"

// Relayed connections (docs/NAT.md): our slots on relays, circuits through them, and, with
// --relay, the circuits we carry for others.
namespace swarmscope {

void Session::wireCircuits(CircuitDemuxFactory *demux)
{
    const auto postEvent = qOverload<Event>(&Session::post);
    m_circuitRelay = std::make_unique<CircuitRelay>(*m_swarm, demux, *m_clock, *m_random, m_config.circuits);
    CircuitClientOptions client;
    client.relays = m_config.nat.relays;
    auto *dialer = new CircuitDialer(*m_swarm, *m_clock, *m_random, client.answerTimeoutMs);
    m_swarm->addTransport(QStringLiteral("circuit"), dialer);
    m_circuitClient = std::make_unique<CircuitClient>(*m_swarm, *m_clock, client);
    dialer->setAccepting([this](const Connection *c) { return m_circuitClient->holdsReservationOn(c); });

    // A NAT that maps each destination to another port cannot be punched through.
    m_holePuncher =
        std::make_unique<HolePuncher>(*m_swarm, *m_clock, *m_random, m_identity->id(), m_config.nat.holePunching,
                                      [this] { return m_nat->snapshot().nat != NatBehaviour::AddressDependent; });

    const auto reject = [this](const QString &reason) {
        m_rejects.count(ErrorCode::Invalid);
        post(Rejected{RejectSource::Relay, ErrorCode::Invalid, reason, {}, {}, std::nullopt, {}, {}, {}, {}});
    };
    connect(m_circuitRelay.get(), &CircuitRelay::event, this, postEvent);
    connect(m_circuitRelay.get(), &CircuitRelay::rejected, this, reject);
    connect(m_circuitRelay.get(), &CircuitRelay::rendezvousChanged, this, &Session::announceRendezvous);
    connect(dialer, &CircuitDialer::rejected, this, reject);
    connect(m_holePuncher.get(), &HolePuncher::event, this, postEvent);
    connect(m_holePuncher.get(), &HolePuncher::rejected, this, reject);
    connect(m_circuitClient.get(), &CircuitClient::event, this, postEvent);
    connect(m_circuitClient.get(), &CircuitClient::reservationsChanged, this,
            [this] { m_nat->setRelays(m_circuitClient->reservedRelays()); });
    // A peer a dial-back proved public needs no slot.
    connect(m_nat.get(), &NatService::changed, this, [this](const ReachabilitySnapshot &r) {
        m_circuitClient->setWanted(r.status != ReachabilityStatus::Public);
    });
}

// Peers on other relays look a room up in the DHT and find us, the relay of its holders here.
void Session::announceRendezvous()
{
    if (!m_dht)
        return;
    for (const QByteArray &topic : m_circuitRelay->rendezvousTopics()) {
        if (m_rendezvous.contains(topic))
            continue;
        m_rendezvous.insert(topic);
        m_dht->announce(Rooms::dhtKeyOf(topic), m_swarm->advertisedPort());
    }
}

}  // namespace swarmscope
