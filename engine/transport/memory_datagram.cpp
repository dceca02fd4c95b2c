#include "transport/memory_datagram.h"

#include "transport/memory_network.h"

#include <QPointer>

namespace swarmscope {

MemoryDatagramSocket::MemoryDatagramSocket(MemoryNetwork &net, QString host, QObject *parent)
    : DatagramSocket(parent)
    , m_net(net)
    , m_host(std::move(host))
{}

MemoryDatagramSocket::~MemoryDatagramSocket()
{
    m_net.unbindDatagram(this);
}

Status MemoryDatagramSocket::bind(const QHostAddress &, quint16 port, bool shared)
{
    if (m_port)
        return makeError(ErrorCode::Io, QStringLiteral("already bound to %1").arg(m_port));
    if (!m_net.bindDatagram(this, port, shared)) {
        m_error = QStringLiteral("%1:%2 is taken").arg(m_host).arg(port);
        return makeError(ErrorCode::AddressInUse, m_error);
    }
    m_port = port;
    m_shared = shared;
    return {};
}

bool MemoryDatagramSocket::send(const QByteArray &data, const QHostAddress &to, quint16 port)
{
    if (!m_port) {
        // As with UDP, sending from an unbound socket binds it to an ephemeral port first.
        if (Status st = bind(QHostAddress::AnyIPv4, 0, false); !st.ok())
            return false;
    }
    if (to.isNull() || port == 0) {
        m_error = QStringLiteral("no destination");
        return false;
    }
    m_net.sendDatagram(this, data, to, port);
    return true;
}

Datagram MemoryDatagramSocket::receive(qint64 maxBytes)
{
    if (m_inbox.isEmpty())
        return {};
    Datagram d = m_inbox.takeFirst();
    if (d.data.size() > maxBytes)
        d.data.truncate(maxBytes);
    return d;
}

Status MemoryDatagramSocket::joinGroup(const QHostAddress &group, const QString &interfaceName)
{
    if (!group.isMulticast())
        return makeError(ErrorCode::BadAddress, QStringLiteral("%1 is not a multicast group").arg(group.toString()));
    if (interfaceName != MemoryDatagramFactory::interfaceName())
        return makeError(ErrorCode::Io, QStringLiteral("no network interface named %1").arg(interfaceName));
    m_groups.insert(group);
    return {};
}

void MemoryDatagramSocket::arrive(Datagram datagram)
{
    m_inbox.append(std::move(datagram));
    emit readyRead();
}

MemoryDatagramFactory::MemoryDatagramFactory(MemoryNetwork &net, QString host, QObject *parent)
    : DatagramFactory(parent)
    , m_net(net)
    , m_host(std::move(host))
{}

DatagramSocket *MemoryDatagramFactory::create(QObject *parent)
{
    return new MemoryDatagramSocket(m_net, m_host, parent);
}

// --- the network's side ---

MemoryDatagramFactory *MemoryNetwork::datagramsFor(const QString &host, QObject *parent)
{
    return new MemoryDatagramFactory(*this, host, parent);
}

bool MemoryNetwork::bindDatagram(MemoryDatagramSocket *socket, quint16 &port, bool shared)
{
    const auto holders = [&](quint16 p) {
        QList<MemoryDatagramSocket *> out;
        for (const auto &s : std::as_const(m_datagramSockets))
            if (s && s->m_host == socket->m_host && s->m_port == p)
                out.append(s);
        return out;
    };
    if (port == 0) {
        quint16 &next = m_nextDatagramPort[socket->m_host];
        if (next < 30000)
            next = 30000;
        while (!holders(next).isEmpty())
            ++next;
        port = next++;
    }
    for (MemoryDatagramSocket *s : holders(port))
        if (!shared || !s->m_shared)
            return false;
    m_datagramSockets.removeIf([](const auto &s) { return !s; });
    m_datagramSockets.append(socket);
    return true;
}

void MemoryNetwork::unbindDatagram(MemoryDatagramSocket *socket)
{
    m_datagramSockets.removeIf([socket](const auto &s) { return !s || s == socket; });
}

void MemoryNetwork::sendDatagram(MemoryDatagramSocket *from, const QByteArray &data, const QHostAddress &to,
                                 quint16 port)
{
    const QString src = from->m_host;
    const bool multicast = to.isMulticast();
    const QString dst = to.isLoopback() ? src : to.toString();
    Datagram datagram{data, QHostAddress(src), from->m_port, data.size()};
    for (const auto &s : std::as_const(m_datagramSockets)) {
        if (!s || s->m_port != port)
            continue;
        if (multicast ? (!s->m_groups.contains(to) || (s == from && !s->m_loopback)) : s->m_host != dst)
            continue;
        if (s->m_host != src && (blocked(src, s->m_host) || (m_loss > 0 && m_random.generateDouble() < m_loss)))
            continue;  // lost on the way: UDP does not retransmit
        QPointer<MemoryDatagramSocket> target(s);
        after(m_latencyMs, [this, target, src, datagram] {
            if (target && !blocked(src, target->m_host))
                target->arrive(datagram);
        });
    }
}

}  // namespace swarmscope
