#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

namespace swarmscope {

// One received datagram. size is its full length; data holds at most the maxBytes asked for.
struct Datagram {
    QByteArray data;
    QHostAddress sender;
    quint16 senderPort = 0;
    qint64 size = 0;
};

// A UDP endpoint, real or simulated: the DHT, LAN discovery and the doctor speak through this
// and never learn which kind it is (as the secure channel never learns its carrier).
class DatagramSocket : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~DatagramSocket() override = default;

    // shared: other sockets may bind the same port (mDNS: avahi, several engines in a process).
    [[nodiscard]] virtual Status bind(const QHostAddress &host, quint16 port, bool shared = false) = 0;
    virtual quint16 localPort() const = 0;
    // Sends one datagram; false (with errorString) when the network refused it at once.
    virtual bool send(const QByteArray &data, const QHostAddress &to, quint16 port) = 0;
    virtual bool hasPending() const = 0;
    virtual Datagram receive(qint64 maxBytes = 65536) = 0;
    // Multicast, by interface name (DatagramFactory::multicastInterfaces lists them).
    [[nodiscard]] virtual Status joinGroup(const QHostAddress &group, const QString &interfaceName) = 0;
    virtual void setMulticastInterface(const QString &interfaceName) = 0;
    virtual void setMulticastLoopback(bool on) = 0;
    virtual void setMulticastTtl(int hops) = 0;
    virtual QString errorString() const = 0;

signals:
    void readyRead();
};

// Opens datagram sockets on one host's network: real UDP, or a MemoryNetwork's hosts.
class DatagramFactory : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~DatagramFactory() override = default;

    virtual DatagramSocket *create(QObject *parent) = 0;
    // Interfaces that are up and carry multicast; an empty name is never listed.
    virtual QStringList multicastInterfaces() const = 0;
    virtual bool hasInterface(const QString &name) const = 0;
    virtual QList<QHostAddress> localAddresses() const = 0;  // this host's own addresses
};

}  // namespace swarmscope
