#include "relay/relay_socket.h"

#include "core/random.h"
#include "relay/relay_router.h"

#include <QtEndian>

namespace swarmscope {

RelaySocket::RelaySocket(RelayRouter &router, QObject *parent) : QObject(parent), m_router(&router)
{
    connect(&router, &RelayRouter::event, this, [this](const Event &e) {
        if (const auto *got = e.get<RelayReceived>())
            onReceived(got->from, got->data);
    });
    connect(&router, &QObject::destroyed, this, [this] { close(); });
}

RelaySocket::~RelaySocket() = default;

Status RelaySocket::bind(quint16 port)
{
    if (m_closed)
        return makeError(ErrorCode::Closed, QStringLiteral("socket is closed"));
    if (m_port != 0)
        return makeError(ErrorCode::Invalid, QStringLiteral("socket is already bound to port %1").arg(m_port));
    m_port = port ? port : quint16(m_router->random().bounded(1024, 65536));
    emit listening();
    return {};
}

Status RelaySocket::send(const QByteArray &data, const PeerId &peer, quint16 port)
{
    if (m_closed || !m_router)
        return makeError(ErrorCode::Closed, QStringLiteral("socket is closed"));
    if (port == 0)
        return makeError(ErrorCode::Invalid, QStringLiteral("destination port 0"));
    if (m_port == 0) {
        if (Status st = bind(0); !st)
            return st;
    }
    QByteArray datagram(kHeaderBytes, Qt::Uninitialized);
    datagram[0] = kMagic;
    qToBigEndian<quint16>(m_port, datagram.data() + 1);
    qToBigEndian<quint16>(port, datagram.data() + 3);
    datagram.append(data);
    return m_router->send(peer, datagram);
}

void RelaySocket::onReceived(const PeerId &from, const QByteArray &data)
{
    if (!isBound())
        return;
    // Length, then schema; other users of the router send data that is not a datagram.
    if (data.size() < kHeaderBytes || data[0] != kMagic) {
        ++m_ignored;
        return;
    }
    const quint16 fromPort = qFromBigEndian<quint16>(data.constData() + 1);
    const quint16 toPort = qFromBigEndian<quint16>(data.constData() + 3);
    if (toPort != m_port || fromPort == 0)
        return;  // another socket's datagram (or nobody's): like UDP, unbound ports drop silently
    emit message(data.mid(kHeaderBytes), from, fromPort);
}

void RelaySocket::close()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_router)
        m_router->disconnect(this);
    emit closed();
}

RelaySocketAddress RelaySocket::address() const
{
    return RelaySocketAddress{m_router ? m_router->self() : PeerId{}, m_port, QStringLiteral("peer-relay")};
}

}  // namespace swarmscope
