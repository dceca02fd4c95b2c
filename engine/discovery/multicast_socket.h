#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

class QObject;

namespace swarmscope {

class DatagramFactory;
class DatagramSocket;

// A datagram socket on a multicast port, shared by LAN discovery (mDNS) and BEP 14 local service
// discovery: bound on every IPv4 address with address reuse (avahi and other engines in this
// process hold these ports too) and joined to the group on the named interface, or on every
// interface that is up and multicast-capable when no name is given. Never joined on "any", which
// would pick the default route's interface. The socket comes from the world's datagram factory,
// so both run on the in-memory network as well as on real UDP.
struct MulticastSocket {
    DatagramSocket *socket = nullptr;  // owned by the parent passed to open()
    QStringList interfaces;  // joined; datagrams go out on each
    QStringList failures;  // "name: error" of interfaces that could not join

    static Result<MulticastSocket> open(DatagramFactory &factory, const QHostAddress &group, quint16 port,
                                        const QString &interfaceName, QObject *parent);
    // Sends to group:port on every joined interface; how many copies went out.
    int send(const QByteArray &datagram, const QHostAddress &group, quint16 port, QString *lastError = nullptr) const;
    QString interfaceNames() const { return interfaces.join(QStringLiteral(", ")); }
};

}  // namespace swarmscope
