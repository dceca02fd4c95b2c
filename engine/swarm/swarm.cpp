#include "swarm/swarm.h"

#include "core/logging.h"
#include "transport/carrier.h"

namespace swarmscope {

namespace {
QString closeEventKind(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ConnectFailed: return QStringLiteral("connect-failed");
    case ErrorCode::HandshakeTimeout: return QStringLiteral("handshake-timeout");
    default: return QString();
    }
}

bool isProtocolViolation(ErrorCode code)
{
    switch (code) {
    case ErrorCode::HandshakeFailed:
    case ErrorCode::FrameTooLarge:
    case ErrorCode::DecryptFailed:
    case ErrorCode::MalformedMessage:
    case ErrorCode::BadSignature:
        return true;
    default:
        return false;
    }
}
} // namespace

Swarm::Swarm(const KeyPair &keys, Clock &clock, CarrierFactory *factory, ConnectionLimits limits, QString agent,
             QObject *parent)
    : QObject(parent), m_keys(keys), m_clock(clock), m_factory(factory), m_limits(limits), m_agent(std::move(agent))
{
    m_factory->setParent(this);
    connect(m_factory, &CarrierFactory::incoming, this, [this](Carrier *carrier) {
        adopt(carrier, Direction::Inbound, QStringLiteral("inbound"));
    });
}

Swarm::~Swarm()
{
    // Connections are children; make sure none calls back into a half-destroyed swarm.
    for (Connection *c : std::as_const(m_connections))
        c->disconnect(this);
}

Status Swarm::listen(const QHostAddress &host, quint16 port)
{
    Status st = m_factory->listen(host, port);
    if (st.ok())
        emitEvent(QStringLiteral("listening"),
                  {{QStringLiteral("host"), host.toString()}, {QStringLiteral("port"), m_factory->listenPort()},
                   {QStringLiteral("transport"), QStringLiteral("tcp")}});
    return st;
}

quint16 Swarm::listenPort() const
{
    return m_factory->listenPort();
}

void Swarm::stop()
{
    m_factory->stopListening();
    const auto all = m_connections.values();
    for (Connection *c : all)
        c->close(ErrorCode::Closed, QStringLiteral("shutting down"));
}

bool Swarm::hasEndpoint(const QString &host, quint16 port) const
{
    return m_byEndpoint.contains(endpointKey(host, port));
}

QString Swarm::endpointKey(const QString &host, quint16 port) const
{
    QHostAddress addr(host);
    const QString h = addr.isNull() ? host.toLower() : addr.toString();
    return h + QLatin1Char(':') + QString::number(port);
}

void Swarm::dial(const QString &host, quint16 port, const QString &source)
{
    const QString key = endpointKey(host, port);
    if (m_byEndpoint.contains(key) || m_selfEndpoints.contains(key))
        return;
    emitEvent(QStringLiteral("connecting"),
              {{QStringLiteral("host"), host}, {QStringLiteral("port"), port}, {QStringLiteral("source"), source}});
    Carrier *carrier = m_factory->dial(host, port, this);
    Connection *c = adopt(carrier, Direction::Outbound, source);
    m_byEndpoint.insert(key, c->id());
}

Connection *Swarm::adopt(Carrier *carrier, Direction direction, const QString &source)
{
    auto *c = new Connection(m_nextId++, carrier, direction, m_keys, m_clock, m_limits, source, this);
    m_connections.insert(c->id(), c);
    connect(c, &Connection::handshaking, this, [this, c] {
        emitEvent(QStringLiteral("handshaking"),
                  {{QStringLiteral("host"), c->host()}, {QStringLiteral("port"), c->port()},
                   {QStringLiteral("direction"), c->direction() == Direction::Inbound ? QStringLiteral("inbound")
                                                                                    : QStringLiteral("outbound")}});
        emit peerUpdated(c->id());
    });
    connect(c, &Connection::established, this, [this, c] { onEstablished(c); });
    connect(c, &Connection::messageReceived, this, [this, c](const wire::Message &m) { onMessage(c, m); });
    connect(c, &Connection::rejected, this, [this, c](ErrorCode code, const QString &detail) {
        emit rejected(code);
        emitEvent(QStringLiteral("rejected"),
                  {{QStringLiteral("reason"), errorCodeName(code)}, {QStringLiteral("detail"), detail},
                   {QStringLiteral("address"), c->remoteAddress()}, {QStringLiteral("host"), c->host()},
                   {QStringLiteral("port"), c->port()}});
    });
    connect(c, &Connection::closed, this,
            [this, c](ErrorCode code, const QString &detail) { onClosed(c, code, detail); });
    connect(c, &Connection::statsChanged, this, [this, c] { emit peerUpdated(c->id()); });
    emit peerAdded(c->snapshot());
    c->start();
    return c;
}

void Swarm::onEstablished(Connection *c)
{
    const PeerId remote = c->remoteId();
    if (remote == m_keys.publicKey) {
        if (c->direction() == Direction::Outbound)
            m_selfEndpoints.insert(endpointKey(c->host(), c->port()));
        emitEvent(QStringLiteral("peer-banned"), {{QStringLiteral("reason"), errorCodeName(ErrorCode::Self)},
                                                  {QStringLiteral("host"), c->host()},
                                                  {QStringLiteral("port"), c->port()}});
        c->close(ErrorCode::Self, QStringLiteral("connected to ourselves"));
        return;
    }

    if (Connection *existing = m_connections.value(m_byPeer.value(remote)); existing && existing != c) {
        // Both sides keep the connection dialled by the smaller key; if one side dialled both,
        // the older one stays. Each side reaches the same answer without talking.
        const PeerId ki = c->initiatorKey(m_keys.publicKey), ke = existing->initiatorKey(m_keys.publicKey);
        const bool keepNew = ki != ke ? ki < ke : c->id() < existing->id();
        Connection *loser = keepNew ? existing : c;
        emitEvent(QStringLiteral("redundant-connection"),
                  {{QStringLiteral("address"), loser->remoteAddress()}, {QStringLiteral("host"), loser->host()},
                   {QStringLiteral("port"), loser->port()}});
        loser->close(ErrorCode::Redundant, QStringLiteral("another connection to this peer is kept"));
        if (!keepNew)
            return;
    }
    m_byPeer.insert(remote, c->id());
    emitEvent(QStringLiteral("connection"),
              {{QStringLiteral("address"), c->remoteAddress()}, {QStringLiteral("publicKey"), remote.toHex()},
               {QStringLiteral("host"), c->host()}, {QStringLiteral("port"), c->port()},
               {QStringLiteral("direction"), c->direction() == Direction::Inbound ? QStringLiteral("inbound")
                                                                                : QStringLiteral("outbound")},
               {QStringLiteral("source"), c->source()}, {QStringLiteral("transport"), QStringLiteral("tcp")}});
    c->send(wire::Hello{m_agent, wire::kProtocolVersion, listenPort(), m_topics});
    emit peerUpdated(c->id());
}

void Swarm::onMessage(Connection *c, const wire::Message &m)
{
    if (m_byPeer.value(c->remoteId()) != c->id())
        return;  // a connection about to close as redundant: ignore what it still carries
    if (const auto *hello = std::get_if<wire::Hello>(&m)) {
        const bool first = !c->hasHello();
        const QList<QByteArray> before = c->hello().topics;
        c->setHello(*hello);
        if (hello->listenPort && c->direction() == Direction::Inbound)
            m_byEndpoint.insert(endpointKey(c->host(), hello->listenPort), c->id());
        if (first)
            emit connectionOpened(c);
        QList<QByteArray> added, removed;
        for (const QByteArray &t : hello->topics)
            if (!before.contains(t))
                added.append(t);
        for (const QByteArray &t : before)
            if (!hello->topics.contains(t))
                removed.append(t);
        emit peerTopicsChanged(c, added, removed);
        emit peerUpdated(c->id());
        return;
    }
    if (const auto *join = std::get_if<wire::Join>(&m)) {
        if (!c->remoteTopics().contains(join->topic) && c->remoteTopics().size() < wire::kMaxTopicsPerHello) {
            c->remoteTopics().append(join->topic);
            emit peerTopicsChanged(c, {join->topic}, {});
        }
        return;
    }
    if (const auto *leave = std::get_if<wire::Leave>(&m)) {
        if (c->remoteTopics().removeAll(leave->topic) > 0)
            emit peerTopicsChanged(c, {}, {leave->topic});
        return;
    }
    emit messageReceived(c, m);
}

void Swarm::onClosed(Connection *c, ErrorCode code, const QString &detail)
{
    const quint64 id = c->id();
    const bool wasCurrent = !c->remoteId().isNull() && m_byPeer.value(c->remoteId()) == id;
    if (wasCurrent)
        m_byPeer.remove(c->remoteId());
    for (auto it = m_byEndpoint.begin(); it != m_byEndpoint.end();)
        it = it.value() == id ? m_byEndpoint.erase(it) : std::next(it);

    if (isProtocolViolation(code)) {
        emit rejected(code);
        emitEvent(QStringLiteral("rejected"),
                  {{QStringLiteral("reason"), errorCodeName(code)}, {QStringLiteral("detail"), detail},
                   {QStringLiteral("address"), c->remoteAddress()}, {QStringLiteral("host"), c->host()},
                   {QStringLiteral("port"), c->port()}});
    } else if (const QString kind = closeEventKind(code); !kind.isEmpty()) {
        emitEvent(kind, {{QStringLiteral("host"), c->host()}, {QStringLiteral("port"), c->port()},
                         {QStringLiteral("detail"), detail}});
    }
    if (wasCurrent) {
        emitEvent(QStringLiteral("connection-closed"),
                  {{QStringLiteral("address"), c->remoteAddress()}, {QStringLiteral("host"), c->host()},
                   {QStringLiteral("port"), c->port()}, {QStringLiteral("reason"), errorCodeName(code)},
                   {QStringLiteral("detail"), detail}});
        emit connectionClosed(id, c->remoteId(), c->hello().topics);
    }
    m_connections.remove(id);
    emit peerRemoved(id);
    c->deleteLater();
}

void Swarm::addTopic(const QByteArray &topic)
{
    if (m_topics.contains(topic))
        return;
    m_topics.append(topic);
    for (Connection *c : openConnections())
        c->send(wire::Join{topic});
}

void Swarm::removeTopic(const QByteArray &topic)
{
    if (m_topics.removeAll(topic) == 0)
        return;
    for (Connection *c : openConnections())
        c->send(wire::Leave{topic});
}

QList<Connection *> Swarm::openConnections() const
{
    QList<Connection *> out;
    for (quint64 id : m_byPeer) {
        Connection *c = m_connections.value(id);
        if (c && c->state() == Connection::State::Open)
            out.append(c);
    }
    return out;
}

QList<Connection *> Swarm::peersInTopic(const QByteArray &topic) const
{
    QList<Connection *> out;
    for (Connection *c : openConnections())
        if (c->hello().topics.contains(topic))
            out.append(c);
    return out;
}

QList<PeerSnapshot> Swarm::snapshots() const
{
    QList<PeerSnapshot> out;
    out.reserve(m_connections.size());
    for (Connection *c : m_connections)
        out.append(c->snapshot());
    return out;
}

int Swarm::countInState(Connection::State state) const
{
    int n = 0;
    for (Connection *c : m_connections)
        n += c->state() == state && (state != Connection::State::Open || m_byPeer.value(c->remoteId()) == c->id());
    return n;
}

void Swarm::emitEvent(const QString &kind, QJsonObject fields)
{
    emit event(EngineEvent{m_clock.wallMs(), kind, std::move(fields)});
}

} // namespace swarmscope
