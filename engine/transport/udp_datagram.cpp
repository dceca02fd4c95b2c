#include "transport/udp_datagram.h"

#include "transport/bypass_proxy.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QVariant>

namespace swarmscope {

UdpDatagramSocket::UdpDatagramSocket(QObject *parent) : DatagramSocket(parent)
{
    bypassProxy(m_socket);
    connect(&m_socket, &QUdpSocket::readyRead, this, &DatagramSocket::readyRead);
}

Status UdpDatagramSocket::bind(const QHostAddress &host, quint16 port, bool shared)
{
    const auto mode = shared ? QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint : QUdpSocket::DefaultForPlatform;
    if (m_socket.bind(host, port, mode))
        return {};
    return makeError(
        m_socket.error() == QAbstractSocket::AddressInUseError ? ErrorCode::AddressInUse : ErrorCode::Io,
        QStringLiteral("cannot bind UDP %1:%2: %3").arg(host.toString()).arg(port).arg(m_socket.errorString()));
}

bool UdpDatagramSocket::send(const QByteArray &data, const QHostAddress &to, quint16 port)
{
    return m_socket.writeDatagram(data, to, port) == data.size();
}

Datagram UdpDatagramSocket::receive(qint64 maxBytes)
{
    const qint64 size = m_socket.pendingDatagramSize();
    const QNetworkDatagram d = m_socket.receiveDatagram(qMin(qMax<qint64>(size, 0), maxBytes));
    return Datagram{d.data(), d.senderAddress(), quint16(d.senderPort()), qMax(size, qint64(d.data().size()))};
}

Status UdpDatagramSocket::joinGroup(const QHostAddress &group, const QString &interfaceName)
{
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(interfaceName);
    if (!iface.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("no network interface named %1").arg(interfaceName));
    if (!m_socket.joinMulticastGroup(group, iface))
        return makeError(ErrorCode::Io, m_socket.errorString());
    return {};
}

void UdpDatagramSocket::setMulticastInterface(const QString &interfaceName)
{
    m_socket.setMulticastInterface(QNetworkInterface::interfaceFromName(interfaceName));
}

void UdpDatagramSocket::setMulticastLoopback(bool on)
{
    m_socket.setSocketOption(QAbstractSocket::MulticastLoopbackOption, QVariant(on ? 1 : 0));
}

void UdpDatagramSocket::setMulticastTtl(int hops)
{
    m_socket.setSocketOption(QAbstractSocket::MulticastTtlOption, QVariant(hops));
}

QStringList UdpDatagramFactory::multicastInterfaces() const
{
    QStringList names;
    const auto all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : all) {
        const auto flags = iface.flags();
        if (flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::CanMulticast))
            names.append(iface.name());
    }
    return names;
}

bool UdpDatagramFactory::hasInterface(const QString &name) const
{
    return QNetworkInterface::interfaceFromName(name).isValid();
}

QList<QHostAddress> UdpDatagramFactory::localAddresses() const
{
    return QNetworkInterface::allAddresses();
}

}  // namespace swarmscope
