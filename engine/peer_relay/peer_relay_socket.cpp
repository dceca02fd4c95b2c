#include "peer_relay_socket.h"

#include "core/random.h"
#include "peer_relay_id.h"
#include "peer_relay_node.h"

#include <QJsonArray>
#include <QJsonObject>

namespace swarmscope {

PeerRelaySocket::PeerRelaySocket(PeerRelayNode &node, QObject *parent) : QObject(parent), m_node(&node)
{
    connect(&node, &PeerRelayNode::messageReceived, this,
            [this](const QString &, const QJsonValue &data, const QStringList &, const QString &) {
                if (m_closed)
                    return;
                auto datagram = decodeDatagram(data);
                if (!datagram) {
                    ++m_ignored;
                    return;
                }
                emit message(datagram->first, datagram->second);
            });
}

PeerRelaySocket::~PeerRelaySocket() = default;

quint16 PeerRelaySocket::randomPort() const
{
    return quint16(1 + m_node->random().bounded(9998));
}

Status PeerRelaySocket::bind(quint16 port)
{
    if (m_closed || !m_node)
        return makeError(ErrorCode::Closed, QStringLiteral("socket is closed"));
    if (m_bound || m_port)
        return makeError(ErrorCode::Invalid, QStringLiteral("socket is already bound"));
    m_port = port ? port : randomPort();
    const auto done = [this] {
        m_bound = true;
        emit listening();
    };
    if (!m_node->peerIds().isEmpty()) {
        done();
    } else {
        auto *once = new QObject(this);
        connect(m_node, &PeerRelayNode::peerConnected, once, [done, once] {
            once->deleteLater();
            done();
        });
    }
    return {};
}

Status PeerRelaySocket::send(const QByteArray &data, quint16 port, const QString &peerIdHex)
{
    Q_UNUSED(port)  // wgram.js sends no destination port: the receiving node's sockets all see it
    if (m_closed || !m_node)
        return makeError(ErrorCode::Closed, QStringLiteral("socket is closed"));
    const auto id = peerrelay::parseHexId(peerIdHex);
    if (!id)
        return makeError(ErrorCode::BadAddress, QStringLiteral("a peer-relay id is 40 hex digits"));
    if (!m_port)
        m_port = randomPort();
    m_node->sendRaw(*id, encodeDatagram(data, m_node->idHex(), m_port));
    return {};
}

void PeerRelaySocket::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_bound = false;
    emit closed();
}

PeerRelaySocketAddress PeerRelaySocket::address() const
{
    return {m_node ? m_node->idHex() : QString(), m_port, QStringLiteral("peer-relay")};
}

QByteArray PeerRelaySocket::encodeDatagram(const QByteArray &data, const QString &fromHex, quint16 fromPort)
{
    return "{\"buffer\":" + peerrelay::bufferJson(data) + ",\"address\":\"" + fromHex.toLatin1()
        + "\",\"port\":" + QByteArray::number(fromPort) + '}';
}

std::optional<std::pair<QByteArray, PeerRelaySocketAddress>> PeerRelaySocket::decodeDatagram(const QJsonValue &data)
{
    const QJsonObject o = data.toObject();
    const QJsonObject buffer = o.value(QStringLiteral("buffer")).toObject();
    if (buffer.value(QStringLiteral("type")).toString() != QLatin1String("Buffer"))
        return std::nullopt;
    QByteArray bytes;
    for (const QJsonValue &b : buffer.value(QStringLiteral("data")).toArray()) {
        const int v = b.toInt(-1);
        if (v < 0 || v > 255)
            return std::nullopt;
        bytes.append(char(v));
    }
    const double port = o.value(QStringLiteral("port")).toDouble(-1);
    return std::pair{bytes,
                     PeerRelaySocketAddress{o.value(QStringLiteral("address")).toString(),
                                            quint16(port >= 0 && port <= 65535 ? port : 0),
                                            QStringLiteral("peer-relay")}};
}

}  // namespace swarmscope
