#include "swarm/connection_census.h"

#include <QHostAddress>

namespace swarmscope {

int ConnectionCensus::holdingSlots(std::optional<Direction> direction) const
{
    int n = 0;
    for (const Connection *c : m_connections) {
        if (c->state() == Connection::State::Closed || (direction && c->direction() != *direction))
            continue;
        if (c->direction() == Direction::Inbound && c->state() != Connection::State::Open)
            continue;
        if (c->state() == Connection::State::Open && m_kept.value(c->remoteId()) != c->id())
            continue;
        ++n;
    }
    return n;
}

int ConnectionCensus::dialsUnderWay() const
{
    int n = 0;
    for (const Connection *c : m_connections)
        n += c->direction() == Direction::Outbound && c->state() != Connection::State::Open
            && c->state() != Connection::State::Closed;
    return n;
}

int ConnectionCensus::inboundFrom(const QString &host) const
{
    const QHostAddress addr(host);
    int n = 0;
    for (const Connection *c : m_connections)
        n += c->direction() == Direction::Inbound && c->state() != Connection::State::Closed
            && QHostAddress(c->host()).isEqual(addr, QHostAddress::TolerantConversion);
    return n;
}

QList<ResourceManager::Pending> ConnectionCensus::pendingInbound() const
{
    QList<ResourceManager::Pending> out;
    for (const Connection *c : m_connections) {
        if (c->direction() == Direction::Inbound && c->state() != Connection::State::Open
            && c->state() != Connection::State::Closed)
            out.append({c->id(), c->host(), qint64(c->id())});  // ids grow: a smaller one is older
    }
    return out;
}

}  // namespace swarmscope
