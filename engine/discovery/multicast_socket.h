#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QString>
#include <QStringList>

class QObject;
class QUdpSocket;

namespace swarmscope {

// A UDP socket on a multicast port, shared by LAN discovery (mDNS) and BEP 14 local service
// discovery: bound on every IPv4 address with address reuse (other programs hold these ports
// too) and joined to the group on the named interface, or on every interface that is up and
// multicast-capable when no name is given. Never joined on "any", which would pick the default
// route's interface.
struct MulticastSocket {
    QUdpSocket *socket = nullptr;  // owned by the parent passed to open()
    QList<QNetworkInterface> interfaces;  // joined; datagrams go out on each
    QStringList failures;  // "name: error" of interfaces that could not join

    static Result<MulticastSocket> open(const QHostAddress &group, quint16 port, const QString &interfaceName,
                                        QObject *parent);
    // Sends to group:port on every joined interface; how many copies went out.
    int send(const QByteArray &datagram, const QHostAddress &group, quint16 port, QString *lastError = nullptr) const;
    QString interfaceNames() const;
};

}  // namespace swarmscope
