#pragma once

#include "transport/datagram_socket.h"

#include <QUdpSocket>

namespace swarmscope {

// DatagramSocket over QUdpSocket, past any proxy (bypass_proxy.h).
class UdpDatagramSocket final : public DatagramSocket {
    Q_OBJECT

public:
    explicit UdpDatagramSocket(QObject *parent = nullptr);
    Status bind(const QHostAddress &host, quint16 port, bool shared) override;
    quint16 localPort() const override { return m_socket.localPort(); }
    bool send(const QByteArray &data, const QHostAddress &to, quint16 port) override;
    bool hasPending() const override { return m_socket.hasPendingDatagrams(); }
    Datagram receive(qint64 maxBytes) override;
    Status joinGroup(const QHostAddress &group, const QString &interfaceName) override;
    void setMulticastInterface(const QString &interfaceName) override;
    void setMulticastLoopback(bool on) override;
    void setMulticastTtl(int hops) override;
    QString errorString() const override { return m_socket.errorString(); }

private:
    QUdpSocket m_socket;
};

// The real network's datagram sockets and interfaces.
class UdpDatagramFactory final : public DatagramFactory {
    Q_OBJECT

public:
    using DatagramFactory::DatagramFactory;
    DatagramSocket *create(QObject *parent) override { return new UdpDatagramSocket(parent); }
    QStringList multicastInterfaces() const override;
    bool hasInterface(const QString &name) const override;
    QList<QHostAddress> localAddresses() const override;
};

}  // namespace swarmscope
