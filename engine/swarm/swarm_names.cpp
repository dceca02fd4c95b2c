// Display names in hellos: ours sent signed, a neighbour's checked against the key its
// connection proved (docs/PROTOCOL.md, "Display names").
#include "swarm/swarm.h"

#include "wire/display_name.h"

namespace swarmscope {

void Swarm::setDisplayName(const QString &name)
{
    if (name == m_displayName)
        return;
    m_displayName = name;
    m_displayNameSignature = name.isEmpty() ? QByteArray() : wire::signDisplayName(name, m_keys);
    // A renamed node says so at once: a later hello replaces the name (and restates the topics,
    // which leaves them as they are). Neighbours clear a name only when the hello says none.
    const QList<QByteArray> topics = announcedTopics();
    for (Connection *c : openConnections())
        c->send(ownHello(topics, {}));
}

QList<QByteArray> Swarm::announcedTopics() const
{
    QList<QByteArray> announced;
    for (const QByteArray &t : m_topicOrder)
        if (m_topics.value(t).options.announce || m_topics.value(t).options.lookup)
            announced.append(t);
    return announced;
}

QString Swarm::nameOf(const PeerId &id) const
{
    const Connection *c = connectionTo(id);
    return c ? c->peerName() : QString();
}

wire::Hello Swarm::ownHello(QList<QByteArray> topics, QByteArray observed) const
{
    return wire::Hello{m_agent,       wire::kProtocolVersion, advertisedPort(), std::move(topics), std::move(observed),
                       m_displayName, m_displayNameSignature, /*batches=*/true};
}

QString Swarm::checkedName(Connection *c, const wire::Hello &hello)
{
    if (hello.name.isEmpty() && hello.nameSignature.isEmpty()) {
        if (!c->peerName().isEmpty())  // a later hello without a name clears it
            emitEvent(PeerNamed{ConnectionId{c->id()}, c->remoteId(), {}});
        return {};
    }
    // A refused name costs the name only: the peer is still who its handshake proved.
    const auto refuse = [&](ErrorCode code, const QString &detail) {
        emit rejected(code);
        emitEvent(Rejected{
            RejectSource::Connection, code, {}, detail, c->remoteId(), HostPort{c->host(), c->port()}, {}, {}, {}, {}});
        return QString();
    };
    if (const auto problem = wire::displayNameProblem(hello.name))
        return refuse(ErrorCode::BadName, *problem);
    if (!wire::verifyDisplayName(hello.name, hello.nameSignature, c->remoteId()))
        return refuse(ErrorCode::BadNameSignature, QStringLiteral("the name is not signed by the connection's key"));
    if (hello.name != c->peerName())
        emitEvent(PeerNamed{ConnectionId{c->id()}, c->remoteId(), hello.name});
    return hello.name;
}

}  // namespace swarmscope
