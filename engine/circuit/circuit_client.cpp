#include "circuit/circuit_client.h"

#include "swarm/swarm.h"

namespace swarmscope {

CircuitClient::CircuitClient(Swarm &swarm, Clock &clock, CircuitClientOptions options, QObject *parent)
    : QObject(parent)
    , m_swarm(swarm)
    , m_clock(clock)
    , m_options(std::move(options))
{
    connect(&swarm, &Swarm::connectionOpened, this, &CircuitClient::onOpened);
    connect(&swarm, &Swarm::messageReceived, this, &CircuitClient::onMessage);
    connect(&swarm, &Swarm::connectionClosed, this,
            [this](quint64 id, const PeerId &, const QList<QByteArray> &) { onClosed(id); });
}

CircuitClient::~CircuitClient()
{
    for (const Slot &s : std::as_const(m_slots))
        m_clock.cancel(s.renew);
}

void CircuitClient::start()
{
    for (const QString &relay : std::as_const(m_options.relays)) {
        const auto hp = HostPort::parse(relay);
        if (!hp)
            continue;
        m_slots.insert(hp->toString(), Slot{});
        m_swarm.dial(hp->host, hp->port, QStringLiteral("manual"));
    }
}

QString CircuitClient::relayOf(const Connection *c) const
{
    if (c->direction() != Direction::Outbound || c->path() != ConnectionPath::Direct)
        return {};
    const QString key = HostPort{QHostAddress(c->host()).toString(), c->port()}.toString();
    return m_slots.contains(key) ? key : QString();
}

void CircuitClient::setWanted(bool wanted)
{
    if (m_wanted == wanted)
        return;
    m_wanted = wanted;
    if (!wanted)
        return;  // slots held run out on their own; a public peer needs none
    for (Connection *c : m_swarm.openConnections())
        onOpened(c);
}

QStringList CircuitClient::reservedRelays() const
{
    QStringList out;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it)
        if (it->held)
            out.append(it.key());
    out.sort();
    return out;
}

bool CircuitClient::holdsReservationOn(const Connection *c) const
{
    const QString relay = relayOf(c);
    return !relay.isEmpty() && m_slots.value(relay).connection == c->id();
}

void CircuitClient::onOpened(Connection *c)
{
    const QString relay = relayOf(c);
    if (relay.isEmpty() || !m_wanted)
        return;
    Slot &s = m_slots[relay];
    if (s.connection == c->id() && (s.asked || s.held))
        return;
    s.connection = c->id();
    ask(relay, c);
}

void CircuitClient::ask(const QString &relay, Connection *c)
{
    m_slots[relay].asked = true;
    c->send(wire::Reserve{});
}

void CircuitClient::onMessage(Connection *c, const wire::Message &m)
{
    const auto *r = std::get_if<wire::Reserved>(&m);
    if (!r)
        return;
    const QString relay = relayOf(c);
    if (relay.isEmpty() || !m_slots.value(relay).asked)
        return;  // not ours to take
    Slot &s = m_slots[relay];
    s.asked = false;
    const bool was = s.held;
    s.held = r->ok;
    m_clock.cancel(s.renew);
    s.renew = 0;
    if (r->ok) {
        const quint64 id = c->id();
        s.renew = m_clock.schedule(qMax<qint64>(1000, r->ttlMs / 2), [this, relay, id] {
            m_slots[relay].renew = 0;
            if (Connection *again = m_swarm.connection(id); again && m_wanted)
                ask(relay, again);
        });
    }
    if (!was || !r->ok)
        emit event(Event{m_clock.wallMs(),
                         RelayReservation{*HostPort::parse(relay), c->remoteId(), r->ok, r->detail, r->ttlMs}});
    if (was != s.held)
        emit reservationsChanged();
}

void CircuitClient::onClosed(quint64 connectionId)
{
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (it->connection != connectionId)
            continue;
        const bool was = it->held;
        m_clock.cancel(it->renew);
        *it = Slot{};
        if (was) {
            emit event(
                Event{m_clock.wallMs(),
                      RelayReservation{
                          *HostPort::parse(it.key()), {}, false, QStringLiteral("connection to the relay lost"), 0}});
            emit reservationsChanged();
        }
    }
}

}  // namespace swarmscope
