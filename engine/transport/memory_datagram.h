#pragma once

#include "transport/datagram_socket.h"

#include <QSet>

namespace swarmscope {

class MemoryNetwork;

// A datagram socket on a MemoryNetwork host: datagrams take the network's latency, are lost
// with its loss probability and dropped across its partitions. Multicast reaches every socket
// on the network bound to the port that joined the group.
class MemoryDatagramSocket final : public DatagramSocket {
    Q_OBJECT

public:
    MemoryDatagramSocket(MemoryNetwork &net, QString host, QObject *parent);
    ~MemoryDatagramSocket() override;
    Status bind(const QHostAddress &host, quint16 port, bool shared) override;
    quint16 localPort() const override { return m_port; }
    bool send(const QByteArray &data, const QHostAddress &to, quint16 port) override;
    bool hasPending() const override { return !m_inbox.isEmpty(); }
    Datagram receive(qint64 maxBytes) override;
    Status joinGroup(const QHostAddress &group, const QString &interfaceName) override;
    void setMulticastInterface(const QString &) override {}
    void setMulticastLoopback(bool on) override { m_loopback = on; }
    void setMulticastTtl(int) override {}
    QString errorString() const override { return m_error; }
    QString host() const { return m_host; }

private:
    friend class MemoryNetwork;
    void arrive(Datagram datagram);

    MemoryNetwork &m_net;
    QString m_host;
    quint16 m_port = 0;
    bool m_shared = false;
    bool m_loopback = true;  // as on Linux: our own multicast comes back
    QSet<QHostAddress> m_groups;
    QList<Datagram> m_inbox;
    QString m_error;
};

// Datagram sockets for one host of a MemoryNetwork; its one interface is "mem0".
class MemoryDatagramFactory final : public DatagramFactory {
    Q_OBJECT

public:
    MemoryDatagramFactory(MemoryNetwork &net, QString host, QObject *parent = nullptr);
    DatagramSocket *create(QObject *parent) override;
    QStringList multicastInterfaces() const override { return {interfaceName()}; }
    bool hasInterface(const QString &name) const override { return name == interfaceName(); }
    QList<QHostAddress> localAddresses() const override { return {QHostAddress(m_host)}; }
    static QString interfaceName() { return QStringLiteral("mem0"); }

private:
    MemoryNetwork &m_net;
    QString m_host;
};

}  // namespace swarmscope
