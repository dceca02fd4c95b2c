#include "transport/memory_network.h"

#include <algorithm>

namespace swarmscope {

namespace {
QString key(const QString &host, quint16 port)
{
    return host + QLatin1Char(':') + QString::number(port);
}
}  // namespace

MemoryNetwork::MemoryNetwork(Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{}

void MemoryNetwork::after(qint64 ms, std::function<void()> fn)
{
    auto id = std::make_shared<Clock::TimerId>(0);
    *id = m_clock.schedule(ms, [this, id, fn = std::move(fn)] {
        m_timers.remove(*id);
        fn();
    });
    m_timers.insert(*id);
}

MemoryNetwork::~MemoryNetwork()
{
    for (Clock::TimerId id : std::as_const(m_timers))
        m_clock.cancel(id);
}

void MemoryNetwork::setLoss(double probability, qint64 retransmitMs, quint32 seed)
{
    m_loss = std::clamp(probability, 0.0, 1.0);
    m_retransmitMs = std::max<qint64>(0, retransmitMs);
    m_random = Random(seed);
}

qint64 MemoryNetwork::streamDelay(MemoryCarrier *from)
{
    qint64 delay = m_latencyMs;
    if (m_loss > 0 && m_random.generateDouble() < m_loss)
        delay += m_retransmitMs;
    const qint64 now = m_clock.monotonicMs();
    const qint64 arrival = std::max(now + delay, from->m_lastArrivalMs);
    from->m_lastArrivalMs = arrival;
    return arrival - now;
}

void MemoryNetwork::partition(const QSet<QString> &sideA, const QSet<QString> &sideB)
{
    for (const QString &a : sideA)
        for (const QString &b : sideB) {
            m_blocked.insert({a, b});
            m_blocked.insert({b, a});
        }
}

void MemoryNetwork::heal()
{
    m_blocked.clear();
    for (const LostSyn &syn : std::exchange(m_lostSyns, {}))
        if (syn.dialler)
            after(m_latencyMs, [this, syn] { arrive(syn.dialler, syn.fromHost, syn.host, syn.port); });
}

bool MemoryNetwork::blocked(const QString &a, const QString &b) const
{
    return m_blocked.contains({a, b});
}

MemoryCarrierFactory *MemoryNetwork::factoryFor(const QString &host, QObject *parent)
{
    return new MemoryCarrierFactory(*this, host, parent);
}

bool MemoryNetwork::bind(const QString &host, quint16 &port, MemoryCarrierFactory *factory)
{
    if (port == 0) {
        while (m_listeners.contains(key(host, m_nextPort)))
            ++m_nextPort;
        port = m_nextPort++;
    }
    if (m_listeners.value(key(host, port)))
        return false;
    m_listeners.insert(key(host, port), factory);
    return true;
}

void MemoryNetwork::unbind(const QString &host, quint16 port)
{
    m_listeners.remove(key(host, port));
}

void MemoryNetwork::addAlias(const QString &alias, const QString &host, qint64 extraDelayMs)
{
    m_aliases.insert(alias, Alias{host, extraDelayMs});
}

MemoryCarrier *MemoryNetwork::dial(const QString &fromHost, const QString &host, quint16 port, QObject *parent)
{
    quint16 &eph = m_nextEphemeral[fromHost];
    if (eph < 50000)
        eph = 50000;
    auto *local = new MemoryCarrier(*this, fromHost, eph++, host, port, parent);
    QPointer<MemoryCarrier> guard(local);
    const Alias alias = m_aliases.value(host, Alias{host, 0});
    // The SYN takes one latency to arrive; the accept one more to come back.
    after(m_latencyMs + alias.extraDelayMs,
          [this, guard, fromHost, to = alias.host, port] { arrive(guard, fromHost, to, port); });
    return local;
}

void MemoryNetwork::arrive(QPointer<MemoryCarrier> guard, const QString &fromHost, const QString &host, quint16 port)
{
    if (!guard || guard->m_open || guard->m_finished)
        return;  // gone, or given up by its dialler
    if (blocked(fromHost, host)) {
        // Lost: the dialler's connect timeout decides, unless the network heals first.
        m_lostSyns.removeIf([](const LostSyn &syn) { return !syn.dialler; });
        m_lostSyns.append({guard, fromHost, host, port});
        return;
    }
    MemoryCarrierFactory *listener = m_listeners.value(key(host, port));
    if (!listener) {
        after(m_latencyMs, [guard] {
            if (guard)
                guard->connectFailed(QStringLiteral("connection refused"));
        });
        return;
    }
    auto *remote = new MemoryCarrier(*this, host, port, fromHost, guard->m_localPort, listener);
    remote->attach(guard);
    remote->m_open = true;
    emit listener->incoming(remote);
    QPointer<MemoryCarrier> remoteGuard(remote);
    after(m_latencyMs, [guard, remoteGuard] {
        if (!guard)
            return;
        if (!remoteGuard) {
            guard->connectFailed(QStringLiteral("connection reset"));
            return;
        }
        guard->attach(remoteGuard);
        guard->m_open = true;
        emit guard->opened();
        if (guard && !guard->m_inbox.isEmpty())
            emit guard->readyRead();
    });
}

void MemoryNetwork::deliver(MemoryCarrier *from, QPointer<MemoryCarrier> to, QByteArray bytes)
{
    const QString src = from->m_localHost;
    after(streamDelay(from), [this, to, src, bytes = std::move(bytes)] {
        if (to && !blocked(src, to->m_localHost))
            to->receive(bytes);
    });
}

MemoryCarrier::MemoryCarrier(MemoryNetwork &net, QString localHost, quint16 localPort, QString peerHost,
                             quint16 peerPort, QObject *parent)
    : Carrier(parent)
    , m_net(net)
    , m_localHost(std::move(localHost))
    , m_peerHost(std::move(peerHost))
    , m_localPort(localPort)
    , m_peerPort(peerPort)
{}

MemoryCarrier::~MemoryCarrier()
{
    if (m_peer && m_open) {
        QPointer<MemoryCarrier> peer = m_peer;
        m_net.after(m_net.m_latencyMs, [peer] {
            if (peer)
                peer->remoteClosed();
        });
    }
}

void MemoryCarrier::attach(MemoryCarrier *peer)
{
    m_peer = peer;
}

void MemoryCarrier::write(const QByteArray &bytes)
{
    if (m_open && m_peer)
        m_net.deliver(this, m_peer, bytes);
}

QByteArray MemoryCarrier::readAll()
{
    return std::exchange(m_inbox, {});
}

void MemoryCarrier::receive(const QByteArray &bytes)
{
    // What the acceptor writes on accept falls due with the dialler's "opened" and may come first
    // (discovery-swarm's acceptor sends its id at once): a dialler still connecting keeps it.
    const bool connecting = !m_open && !m_finished && !m_peer;
    if (!m_open && !connecting)
        return;
    m_inbox += bytes;
    if (m_open)
        emit readyRead();
}

void MemoryCarrier::close()
{
    if (!m_open)
        return;
    m_open = false;
    QPointer<MemoryCarrier> peer = m_peer;
    QPointer<MemoryCarrier> self(this);
    // The close travels behind any data already written, like a FIN.
    m_net.after(m_net.streamDelay(this), [peer] {
        if (peer)
            peer->remoteClosed();
    });
    m_net.after(0, [self] {
        if (self && !self->m_finished) {
            self->m_finished = true;
            emit self->closed();
        }
    });
}

void MemoryCarrier::abort()
{
    m_finished = true;
    close();
}

void MemoryCarrier::remoteClosed()
{
    m_open = false;
    if (m_finished)
        return;
    m_finished = true;
    emit closed();
}

void MemoryCarrier::connectFailed(const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    emit failed(detail);
}

MemoryCarrierFactory::MemoryCarrierFactory(MemoryNetwork &net, QString host, QObject *parent)
    : CarrierFactory(parent)
    , m_net(net)
    , m_host(std::move(host))
{}

MemoryCarrierFactory::~MemoryCarrierFactory()
{
    stopListening();
}

Status MemoryCarrierFactory::listen(const QHostAddress &, quint16 port)
{
    if (!m_net.bind(m_host, port, this))
        return makeError(ErrorCode::AddressInUse, QStringLiteral("%1:%2 is taken").arg(m_host).arg(port));
    m_port = port;
    return {};
}

void MemoryCarrierFactory::stopListening()
{
    if (m_port) {
        m_net.unbind(m_host, m_port);
        m_port = 0;
    }
}

Carrier *MemoryCarrierFactory::dial(const QString &host, quint16 port, QObject *parent)
{
    return m_net.dial(m_host, host, port, parent);
}

}  // namespace swarmscope
