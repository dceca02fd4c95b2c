#include "nat/nat_service.h"

#include "core/logging.h"
#include "core/random.h"
#include "dht/dht_node.h"
#include "swarm/connection.h"
#include "swarm/host_kind.h"
#include "swarm/swarm.h"
#include "transport/datagram_socket.h"

#include <algorithm>

namespace swarmscope {

namespace {
constexpr quint64 kProbeIdBase = quint64(1) << 62;  // apart from the swarm's connection ids
constexpr int kProbeHandshakeMs = 5000;

QString endpoint(const QHostAddress &host, quint16 port)
{
    return host.toString() + QLatin1Char(':') + QString::number(port);
}
}  // namespace

NatService::NatService(Swarm &swarm, DhtNode *dht, Clock &clock, Random &random, DatagramFactory &datagrams,
                       PortMappingBackend &portMapping, NatOptions options, QObject *parent)
    : QObject(parent)
    , m_swarm(swarm)
    , m_dht(dht)
    , m_clock(clock)
    , m_random(random)
    , m_datagrams(datagrams)
    , m_portMapping(portMapping)
    , m_options(std::move(options))
    , m_probeKeys(KeyPair::generate())
{
    connect(&m_swarm, &Swarm::addressObserved, this, &NatService::onObserved);
    connect(&m_swarm, &Swarm::messageReceived, this, &NatService::onMessage);
    if (m_dht) {
        connect(m_dht, &DhtNode::addressObserved, this,
                [this](const QHostAddress &observer, quint16 observerPort, const QHostAddress &ext, quint16 extPort) {
                    AddressObservation o;
                    o.via = AddressObservation::Via::Dht;
                    o.observer = QStringLiteral("dht:") + endpoint(observer, observerPort);
                    o.observerIp = observer;
                    o.external = ext;
                    o.externalPort = extPort;
                    o.localPort = m_dht->port();
                    changedIfSo(m_tracker.observe(o));
                });
    }
}

NatService::~NatService()
{
    stop();
}

void NatService::refreshLocalAddresses()
{
    m_tracker.setLocalAddresses(m_datagrams.localAddresses());
    m_tracker.setListenPort(m_swarm.listenPort());
}

void NatService::setRelays(const QStringList &relays)
{
    changedIfSo(m_tracker.setRelays(relays));
}

void NatService::start()
{
    refreshLocalAddresses();
    if (!m_options.portMapping)
        return;
    m_mapper = std::make_unique<PortMapper>(m_clock, m_portMapping);
    connect(m_mapper.get(), &PortMapper::finished, this, &NatService::onMapped);
    PortMappingRequest request;
    request.tcpPort = m_swarm.listenPort();
    request.udpPort = m_dht ? m_dht->port() : 0;
    m_mapper->start(request);
}

void NatService::stop()
{
    if (m_mapper) {
        m_mapper->disconnect(this);
        m_mapper->stop();
        m_mapper.reset();
    }
}

void NatService::onMapped(const PortMappingResult &r)
{
    m_swarm.setAdvertisedPort(r.kind == MappingKind::None ? 0 : r.tcpExternal);
    emitEvent(PortMapped{r.kind, r.external, r.tcpExternal, r.udpExternal, r.leaseSeconds, r.detail});
    const bool mappingChanged = m_tracker.snapshot().mapping != r.kind;
    bool changed = false;
    if (mappingChanged) {
        // What a dial-back said before the mapping no longer holds: ask again.
        m_schedule.restart();
        m_current.clear();
        changed = m_tracker.forgetDialBack();
    }
    const bool mappedChanged = m_tracker.setMapping(r.kind, r.external, r.tcpExternal, r.detail);
    changedIfSo(changed || mappedChanged);
    if (mappingChanged)
        askSomeone();
}

void NatService::onObserved(Connection *c, const QHostAddress &host, quint16 port)
{
    AddressObservation o;
    o.observer = c->remoteId().toHex();
    o.observerIp = QHostAddress(c->host());
    o.external = host;
    o.externalPort = port;
    // Only our own dials tell how the NAT maps ports; inbound flows arrive on the listen port.
    o.localPort = c->direction() == Direction::Outbound ? c->localPort() : 0;
    changedIfSo(m_tracker.observe(o));
    requestDialBack(c);
}

bool NatService::canVouch(const Connection *c) const
{
    // Only a peer that sees us from outside our own network can say whether the internet reaches us.
    if (!c || c->state() != Connection::State::Open || isLocalHost(c->host()))
        return false;
    const auto seen = wire::decodeEndpoint(c->hello().observed);
    return seen && !isLocalHost(seen->host.toString());
}

bool NatService::requestDialBack(Connection *c)
{
    const qint64 now = m_clock.monotonicMs();
    if (!canVouch(c) || !m_schedule.mayAsk(c->remoteId(), now))
        return false;
    // The nonce only pairs the answer with the question (it travels inside the secure channel).
    const QByteArray nonce = m_random.bytes(wire::kMaxDialBackNonce);
    const PeerId peer = c->remoteId();
    m_asked.insert(peer, nonce);
    m_current = nonce;
    m_schedule.asked(peer, now);
    c->send(wire::DialBack{nonce, m_swarm.advertisedPort()});
    m_clock.schedule(m_options.dialBackTimeoutMs, [guard = QPointer<NatService>(this), peer, nonce] {
        if (!guard || guard->m_asked.value(peer) != nonce)
            return;
        guard->m_asked.remove(peer);
        if (nonce != guard->m_current)
            return;  // asked before the mapping changed; a newer request is the one that counts
        guard->m_current.clear();  // unanswered: asked again later, maybe of another peer
        guard->m_schedule.unanswered(guard->m_clock.monotonicMs());
        guard->armRetry();
    });
    return true;
}

void NatService::askSomeone()
{
    for (Connection *c : m_swarm.openConnections()) {
        if (requestDialBack(c))
            return;
    }
    armRetry();
}

void NatService::armRetry()
{
    if (m_schedule.pending() || m_schedule.settled())
        return;
    const qint64 now = m_clock.monotonicMs();
    qint64 at = -1;
    for (const Connection *c : m_swarm.openConnections()) {
        if (!canVouch(c))
            continue;
        const qint64 t = m_schedule.nextAttemptMs(c->remoteId());
        if (at < 0 || t < at)
            at = t;
    }
    if (at < 0)
        return;  // nobody to ask: the next peer that reports our address is asked
    const quint64 token = ++m_retryToken;
    m_clock.schedule(std::max<qint64>(at - now, 0), [guard = QPointer<NatService>(this), token] {
        if (guard && guard->m_retryToken == token)
            guard->askSomeone();
    });
}

void NatService::onMessage(Connection *c, const wire::Message &m)
{
    if (const auto *req = std::get_if<wire::DialBack>(&m))
        return serveDialBack(c, *req);
    const auto *res = std::get_if<wire::DialBackResult>(&m);
    if (!res)
        return;
    if (m_asked.value(c->remoteId()) != res->nonce || res->nonce.isEmpty()) {
        emit rejected(QStringLiteral("dial-back-unexpected"));
        return;
    }
    m_asked.remove(c->remoteId());
    emitEvent(DialBackAnswered{c->remoteId(), res->reachable, res->detail});
    if (res->nonce != m_current)
        return;  // about the port we advertised before the mapping changed
    m_current.clear();
    m_schedule.answered(res->reachable, m_clock.monotonicMs());
    changedIfSo(m_tracker.setDialBack(res->reachable));
    if (!res->reachable)
        armRetry();  // a probe can fail for reasons of the moment: ask again, later each time
}

void NatService::serveDialBack(Connection *c, const wire::DialBack &req)
{
    const qint64 now = m_clock.monotonicMs();
    const auto last = m_lastServedMs.constFind(c->remoteId());
    if (last != m_lastServedMs.constEnd() && now - *last < m_options.dialBackPerPeerMs) {
        emit rejected(QStringLiteral("dial-back-rate"));
        return;
    }
    if (m_serving.size() >= m_options.maxDialBacksServed || c->host().isEmpty()) {
        emit rejected(QStringLiteral("dial-back-busy"));
        return;
    }
    m_lastServedMs.insert(c->remoteId(), now);
    // The only address we ever dial is the one we see the asker at: a request cannot aim us at
    // anyone else (no amplification), only at the asker's own port.
    const quint64 probeId = m_nextProbe++;
    m_serving.insert(probeId, Probe{c, req.nonce, c->remoteId()});
    ConnectionLimits limits = m_swarm.limits();
    limits.handshakeTimeoutMs = kProbeHandshakeMs;
    Carrier *carrier = m_swarm.dialCarrier(c->host(), req.port, this);
    auto *probe = new Connection(kProbeIdBase + probeId, carrier, Direction::Outbound, m_probeKeys, m_clock, limits,
                                 QStringLiteral("dial-back"), this);
    connect(probe, &Connection::established, this, [this, probe, probeId] {
        const bool same = probe->remoteId() == m_serving.value(probeId).expected;
        finishProbe(probeId, same, same ? QString() : QStringLiteral("another key answers on that port"));
        probe->close(ErrorCode::Closed, QStringLiteral("dial-back"));
    });
    connect(probe, &Connection::closed, this, [this, probe, probeId](ErrorCode, const QString &detail) {
        finishProbe(probeId, false, detail);
        probe->deleteLater();
    });
    probe->start();
}

void NatService::finishProbe(quint64 probeId, bool ok, const QString &detail)
{
    const auto it = m_serving.find(probeId);
    if (it == m_serving.end())
        return;
    const Probe p = *it;
    m_serving.erase(it);
    if (!p.asker)
        return;
    p.asker->send(wire::DialBackResult{p.nonce, ok, detail.left(256)});
    emitEvent(DialBackServed{p.asker->remoteId(), p.asker->host(), ok, detail});
}

void NatService::changedIfSo(bool isChanged)
{
    if (!isChanged)
        return;
    const ReachabilitySnapshot s = m_tracker.snapshot();
    emitEvent(ReachabilityChanged{s});
    emit changed(s);
}

void NatService::emitEvent(EventPayload payload)
{
    emit event(Event{m_clock.wallMs(), std::move(payload)});
}

}  // namespace swarmscope
