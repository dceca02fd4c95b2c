#include "discovery/multicast_socket.h"

#include "transport/bypass_proxy.h"

#include <QUdpSocket>
#include <QVariant>

namespace swarmscope {

Result<MulticastSocket> MulticastSocket::open(const QHostAddress &group, quint16 port, const QString &interfaceName,
                                              QObject *parent)
{
    if (group.protocol() != QAbstractSocket::IPv4Protocol || !group.isMulticast())
        return makeError(ErrorCode::BadAddress,
                         QStringLiteral("%1 is not an IPv4 multicast group").arg(group.toString()));

    QList<QNetworkInterface> candidates;
    if (!interfaceName.isEmpty()) {
        const QNetworkInterface iface = QNetworkInterface::interfaceFromName(interfaceName);
        if (!iface.isValid())
            return makeError(ErrorCode::Io, QStringLiteral("no network interface named %1").arg(interfaceName));
        // lo reports no CanMulticast flag but carries multicast fine, so a named interface is trusted.
        candidates.append(iface);
    } else {
        const auto all = QNetworkInterface::allInterfaces();
        for (const QNetworkInterface &iface : all) {
            const auto flags = iface.flags();
            if (flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::CanMulticast))
                candidates.append(iface);
        }
        if (candidates.isEmpty())
            return makeError(ErrorCode::Io, QStringLiteral("no network interface is up and multicast-capable"));
    }

    auto *socket = new QUdpSocket(parent);
    bypassProxy(*socket);
    if (!socket->bind(QHostAddress::AnyIPv4, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        const Error error =
            makeError(socket->error() == QAbstractSocket::AddressInUseError ? ErrorCode::AddressInUse : ErrorCode::Io,
                      QStringLiteral("cannot bind UDP port %1: %2").arg(port).arg(socket->errorString()));
        delete socket;
        return error;
    }

    MulticastSocket out;
    for (const QNetworkInterface &iface : std::as_const(candidates)) {
        if (socket->joinMulticastGroup(group, iface))
            out.interfaces.append(iface);
        else
            out.failures.append(QStringLiteral("%1: %2").arg(iface.name(), socket->errorString()));
    }
    if (out.interfaces.isEmpty()) {
        delete socket;
        return makeError(
            ErrorCode::Io,
            QStringLiteral("cannot join %1 (%2)").arg(group.toString(), out.failures.join(QStringLiteral("; "))));
    }
    socket->setMulticastInterface(out.interfaces.first());
    socket->setSocketOption(QAbstractSocket::MulticastLoopbackOption, QVariant(1));
    socket->setSocketOption(QAbstractSocket::MulticastTtlOption, QVariant(255));
    out.socket = socket;
    return out;
}

int MulticastSocket::send(const QByteArray &datagram, const QHostAddress &group, quint16 port, QString *lastError) const
{
    if (!socket)
        return 0;
    int sent = 0;
    for (const QNetworkInterface &iface : interfaces) {
        if (interfaces.size() > 1)
            socket->setMulticastInterface(iface);
        if (socket->writeDatagram(datagram, group, port) == datagram.size())
            ++sent;
        else if (lastError)
            *lastError = QStringLiteral("%1: %2").arg(iface.name(), socket->errorString());
    }
    return sent;
}

QString MulticastSocket::interfaceNames() const
{
    QStringList names;
    for (const QNetworkInterface &iface : interfaces)
        names.append(iface.name());
    return names.join(QStringLiteral(", "));
}

}  // namespace swarmscope
