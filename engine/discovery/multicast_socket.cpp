#include "discovery/multicast_socket.h"

#include "transport/datagram_socket.h"

namespace swarmscope {

Result<MulticastSocket> MulticastSocket::open(DatagramFactory &factory, const QHostAddress &group, quint16 port,
                                              const QString &interfaceName, QObject *parent)
{
    if (group.protocol() != QAbstractSocket::IPv4Protocol || !group.isMulticast())
        return makeError(ErrorCode::BadAddress,
                         QStringLiteral("%1 is not an IPv4 multicast group").arg(group.toString()));

    QStringList candidates;
    if (!interfaceName.isEmpty()) {
        if (!factory.hasInterface(interfaceName))
            return makeError(ErrorCode::Io, QStringLiteral("no network interface named %1").arg(interfaceName));
        // lo reports no CanMulticast flag but carries multicast fine, so a named interface is trusted.
        candidates.append(interfaceName);
    } else {
        candidates = factory.multicastInterfaces();
        if (candidates.isEmpty())
            return makeError(ErrorCode::Io, QStringLiteral("no network interface is up and multicast-capable"));
    }

    DatagramSocket *socket = factory.create(parent);
    if (Status st = socket->bind(QHostAddress::AnyIPv4, port, true); !st.ok()) {
        delete socket;
        return st.error();
    }

    MulticastSocket out;
    for (const QString &iface : std::as_const(candidates)) {
        if (Status st = socket->joinGroup(group, iface); st.ok())
            out.interfaces.append(iface);
        else
            out.failures.append(QStringLiteral("%1: %2").arg(iface, st.error().detail));
    }
    if (out.interfaces.isEmpty()) {
        delete socket;
        return makeError(
            ErrorCode::Io,
            QStringLiteral("cannot join %1 (%2)").arg(group.toString(), out.failures.join(QStringLiteral("; "))));
    }
    socket->setMulticastInterface(out.interfaces.first());
    socket->setMulticastLoopback(true);
    socket->setMulticastTtl(255);
    out.socket = socket;
    return out;
}

int MulticastSocket::send(const QByteArray &datagram, const QHostAddress &group, quint16 port, QString *lastError) const
{
    if (!socket)
        return 0;
    int sent = 0;
    for (const QString &iface : interfaces) {
        if (interfaces.size() > 1)
            socket->setMulticastInterface(iface);
        if (socket->send(datagram, group, port))
            ++sent;
        else if (lastError)
            *lastError = QStringLiteral("%1: %2").arg(iface, socket->errorString());
    }
    return sent;
}

}  // namespace swarmscope
