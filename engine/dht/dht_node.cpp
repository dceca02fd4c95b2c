#include "dht/dht_node.h"

#include "dht/dht_node_internal.h"
#include "dht/secure_node_id.h"
#include "stats/frame_tap.h"
#include "core/random.h"
#include "transport/datagram_socket.h"

#include <QHostInfo>
#include <QLoggingCategory>

// Shared with the other dht_node_*.cpp files.
Q_LOGGING_CATEGORY(lcDht, "swarmscope.engine.dht", QtInfoMsg)

namespace swarmscope {

using namespace dht_internal;

QList<QPair<QString, quint16>> DhtConfig::defaultBootstrap()
{
    return {{QStringLiteral("router.bittorrent.com"), 6881},
            {QStringLiteral("router.utorrent.com"), 6881},
            {QStringLiteral("dht.transmissionbt.com"), 6881},
            {QStringLiteral("dht.libtorrent.org"), 25401}};
}

static NodeId idFromConfig(const QByteArray &configured, Random &random)
{
    if (auto id = NodeId::fromBytes(configured))
        return *id;
    if (!configured.isEmpty())
        qCWarning(lcDht) << "configured node id has" << configured.size() << "bytes, not 20; using a random one";
    return NodeId::random(random);
}

static RoutingConfig routingConfigFrom(const DhtConfig &c)
{
    RoutingConfig r;
    r.k = kK;
    r.enforceIpLimits = c.enforceIpLimits;
    return r;
}

DhtNode::DhtNode(DhtConfig config, Clock &clock, Random &random, DatagramFactory &datagrams, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_random(random)
    , m_datagrams(datagrams)
    , m_id(idFromConfig(m_config.nodeId, random))
    , m_table(m_id, routingConfigFrom(m_config))
    , m_tokens(clock, m_config.tokenRotationMs)
    , m_limiter(
          SourceRateLimiter::Config{m_config.maxPacketsPerSecond, m_config.rateWindowMs, m_config.rateBlockMs, 512})
    , m_store(PeerStore::Config{m_config.maxPeersPerInfohash, m_config.maxInfohashes, 30 * 60 * 1000,
                                m_config.enforceIpLimits})
{
    m_config.announceIntervalMinMs = qMax(1000, m_config.announceIntervalMinMs);
    m_config.announceIntervalMaxMs = qMax(m_config.announceIntervalMinMs, m_config.announceIntervalMaxMs);
    m_config.slowQueryMs = qBound(1, m_config.slowQueryMs, qMax(1, m_config.queryTimeoutMs));
    m_nextTid = quint16(m_random.bounded(1, 65536));
}

DhtNode::~DhtNode()
{
    for (const Pending &p : std::as_const(m_pending))
        m_clock.cancel(p.timer);
    for (const Tracked &t : std::as_const(m_tracked))
        if (t.timer)
            m_clock.cancel(t.timer);
    if (m_maintenanceTimer)
        m_clock.cancel(m_maintenanceTimer);
    for (const auto &[id, t] : m_traversals)
        if (t->recheck)
            m_clock.cancel(t->recheck);
}

Status DhtNode::start(quint16 tcpPort)
{
    if (!m_config.enabled) {
        qCInfo(lcDht) << "DHT disabled";
        return {};
    }
    if (m_socket)
        return {};
    Result<DatagramSocket *> socket = openSocket(tcpPort);
    if (!socket)
        return socket.error();
    m_socket = *socket;
    connect(m_socket, &DatagramSocket::readyRead, this, &DhtNode::onReadyRead);
    const auto addresses = m_datagrams.localAddresses();
    for (const QHostAddress &a : addresses)
        if (auto e = DhtEndpoint::from(a, 0))
            m_localIps.insert(e->ip);
    qCInfo(lcDht).noquote() << QStringLiteral("DHT node %1 on UDP %2").arg(m_id.shortHex()).arg(port());
    emit listening(port());

    m_maintenanceTimer = m_clock.schedule(m_config.maintenanceIntervalMs, [this]() { maintenance(); });
    if (m_config.bootstrap.isEmpty() && m_table.size() == 0) {
        m_readyEmitted = true;
        emit ready(0);
    } else {
        resolveBootstrap();
    }
    // Rounds asked for before start go out now.
    const QList<QByteArray> keys = m_tracked.keys();
    for (const QByteArray &ih : keys)
        if (!m_tracked[ih].traversal)
            startRound(ih);
    return {};
}

quint16 DhtNode::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

QHostAddress DhtNode::externalAddress() const
{
    return m_externalIp ? QHostAddress(*m_externalIp) : QHostAddress();
}

void DhtNode::resolveBootstrap()
{
    m_bootstrapEndpoints.clear();
    QList<QPair<QString, quint16>> names;
    for (const auto &[host, port] : std::as_const(m_config.bootstrap)) {
        const QHostAddress literal(host);
        if (literal.isNull())
            names.append({host, port});
        else if (auto e = DhtEndpoint::from(literal, port); e && e->routable())
            m_bootstrapEndpoints.append(*e);
    }
    m_resolving = int(names.size());
    if (m_resolving == 0) {
        m_bootstrapTraversal = startTraversal(Purpose::Bootstrap, Lookup::Kind::FindNode, m_id, {});
        pump(m_bootstrapTraversal);
        return;
    }
    for (const auto &[host, port] : std::as_const(names)) {
        const quint16 p = port;
        QHostInfo::lookupHost(host, this, [this, p](const QHostInfo &info) {
            for (const QHostAddress &a : info.addresses()) {
                if (auto e = DhtEndpoint::from(a, p); e && e->routable()) {
                    m_bootstrapEndpoints.append(*e);
                    break;
                }
            }
            if (--m_resolving == 0 && !m_bootstrapTraversal) {
                m_bootstrapTraversal = startTraversal(Purpose::Bootstrap, Lookup::Kind::FindNode, m_id, {});
                pump(m_bootstrapTraversal);
            }
        });
    }
}

void DhtNode::addNode(const QHostAddress &host, quint16 port)
{
    const auto to = DhtEndpoint::from(host, port);
    if (!to || !to->routable() || !m_socket) {
        qCWarning(lcDht) << "cannot add node" << host << port;
        return;
    }
    sendQuery(QByteArrayLiteral("ping"), *to, std::nullopt, 0,
              [this](const QByteArray &tid) { return Krpc::pingQuery(tid, m_id); });
}

quint16 DhtNode::sendQuery(const QByteArray &method, const DhtEndpoint &to, std::optional<NodeId> expectedId,
                           quint64 traversal, const std::function<QByteArray(const QByteArray &)> &build)
{
    if (!m_socket)
        return 0;
    if (m_pending.size() >= kMaxPending) {
        reject(QStringLiteral("pending-full"), QStringLiteral("%1 queries in flight").arg(m_pending.size()), false);
        return 0;  // the caller treats it as a failed query
    }
    quint16 tid = m_nextTid;
    while (tid == 0 || m_pending.contains(tid))
        ++tid;
    m_nextTid = quint16(tid + 1);
    QByteArray tidBytes(2, Qt::Uninitialized);
    tidBytes[0] = char(tid >> 8);
    tidBytes[1] = char(tid & 0xff);
    Pending p{method, to, expectedId, traversal, 0, false};
    p.timer = m_clock.schedule(m_config.slowQueryMs, [this, tid]() { onTimeout(tid); });
    m_pending.insert(tid, p);
    ++m_queriesOut[methodKey(method)];
    send(build(tidBytes), to);
    return tid;
}

void DhtNode::onTimeout(quint16 tid)
{
    auto it = m_pending.find(tid);
    if (it == m_pending.end())
        return;
    if (!it->slow) {
        // Short timeout: free the lookup slot, keep waiting for the full timeout.
        it->slow = true;
        it->timer = m_clock.schedule(m_config.queryTimeoutMs - m_config.slowQueryMs, [this, tid]() { onTimeout(tid); });
        if (it->traversal) {
            const quint64 traversal = it->traversal;
            if (auto t = m_traversals.find(traversal); t != m_traversals.end()) {
                t->second->lookup.markSlow(it->to);
                pump(traversal);
            }
        }
        return;
    }
    const Pending p = *it;
    m_pending.erase(it);
    if (p.expectedId)
        m_table.nodeFailed(*p.expectedId, p.to);
    if (p.traversal) {
        if (auto t = m_traversals.find(p.traversal); t != m_traversals.end()) {
            t->second->lookup.onFailure(p.to);
            pump(p.traversal);
        }
    }
}

void DhtNode::tapDatagram(Direction dir, const QByteArray &datagram, const QHostAddress &host, quint16 port)
{
    FrameRecord f;
    f.timeMs = m_clock.wallMs();
    f.host = host.toString();
    f.port = port;
    f.direction = dir;
    f.transport = Transport::Udp;
    f.protocol = QStringLiteral("bep5");
    f.wireBytes = int(datagram.size());
    f.payload = datagram.left(kMaxDatagram);
    // The KRPC method (or r/e) names the frame, read without trusting the rest of the datagram.
    const auto root = BencodeValue::decode(datagram, datagramLimits());
    const BencodeValue *y = root ? root->find("y") : nullptr;
    const BencodeValue *q = root ? root->find("q") : nullptr;
    if (y && y->isString() && y->toBytes() == "q" && q && q->isString())
        f.type = QString::fromLatin1(q->toBytes().left(32));
    else if (y && y->isString())
        f.type = y->toBytes() == "r" ? QStringLiteral("response")
            : y->toBytes() == "e"    ? QStringLiteral("error")
                                     : QStringLiteral("unknown");
    else
        f.type = QStringLiteral("malformed");
    m_tap->onFrame(f);
}

void DhtNode::send(const QByteArray &datagram, const DhtEndpoint &to)
{
    if (!m_socket)
        return;
    if (m_tap)
        tapDatagram(Direction::Outbound, datagram, to.host(), to.port);
    if (!m_socket->send(datagram, to.host(), to.port))
        qCDebug(lcDht) << "send to" << to.toString() << "failed:" << m_socket->errorString();
    ++m_datagramsOut;
}

void DhtNode::reject(const QString &reason, const QString &detail, bool signal)
{
    ++m_rejects[reason];
    qCDebug(lcDht).noquote() << "reject" << reason << detail;
    if (signal)
        emit rejected(reason, detail);
}

quint64 DhtNode::sourceKey(const DhtEndpoint &e) const
{
    return m_config.enforceIpLimits ? quint64(e.ip) : e.key();
}

void DhtNode::onReadyRead()
{
    while (m_socket && m_socket->hasPending()) {
        const Datagram d = m_socket->receive(kMaxDatagram + 1);
        if (d.size > kMaxDatagram) {
            ++m_datagramsIn;
            reject(QStringLiteral("oversized"),
                   QStringLiteral("%1 bytes from %2").arg(d.size).arg(d.sender.toString()));
            continue;
        }
        handleDatagram(d.data, d.sender, d.senderPort);
    }
}

void DhtNode::handleDatagram(const QByteArray &data, const QHostAddress &host, quint16 port)
{
    ++m_datagramsIn;
    if (m_tap)
        tapDatagram(Direction::Inbound, data, host, port);
    // Length, then schema, then state (docs/ARCHITECTURE.md, "Bad input"); nothing is touched before all checks pass.
    const auto from = DhtEndpoint::from(host, port);
    if (!from || !from->routable()) {
        reject(QStringLiteral("bad-address"), QStringLiteral("datagram from %1:%2").arg(host.toString()).arg(port));
        return;
    }
    switch (m_limiter.incoming(sourceKey(*from), m_clock.monotonicMs())) {
    case SourceRateLimiter::Verdict::Accept: break;
    case SourceRateLimiter::Verdict::NewlyBlocked:
        reject(QStringLiteral("rate-limited"),
               QStringLiteral("%1 sent more than %2 packets/s; ignored for %3 s")
                   .arg(from->toString())
                   .arg(m_config.maxPacketsPerSecond)
                   .arg(m_config.rateBlockMs / 1000));
        return;
    case SourceRateLimiter::Verdict::Blocked: reject(QStringLiteral("rate-limited"), from->toString(), false); return;
    }
    const auto root = BencodeValue::decode(data, datagramLimits());
    if (!root) {
        reject(QStringLiteral("bencode-") + BencodeValue::reason(root.error()),
               from->toString() + QStringLiteral(": ") + root.error().detail);
        return;
    }
    const auto message = Krpc::fromBencode(*root);
    if (!message) {
        reject(BencodeValue::reason(message.error()), from->toString() + QStringLiteral(": ") + message.error().detail);
        // A query we cannot read still deserves an answer, as libtorrent gives one.
        const BencodeValue *t = root->find("t");
        const BencodeValue *y = root->find("y");
        if (t && t->isString() && !t->toBytes().isEmpty() && t->toBytes().size() <= Krpc::MaxTransactionIdBytes && y
            && y->isString() && y->toBytes() == "q")
            send(Krpc::error(t->toBytes(), Krpc::ProtocolError, message.error().detail.toUtf8().left(200)), *from);
        return;
    }
    if (message->kind == KrpcMessage::Kind::Query)
        handleQuery(*message, *from);
    else
        handleReply(*message, *from);
}

void DhtNode::handleReply(const KrpcMessage &m, const DhtEndpoint &from)
{
    // State: only an answer to a query we sent, from the address we sent it to, is accepted.
    const quint16 tid =
        m.transactionId.size() == 2 ? quint16((quint8(m.transactionId[0]) << 8) | quint8(m.transactionId[1])) : 0;
    const auto it = m.transactionId.size() == 2 ? m_pending.find(tid) : m_pending.end();
    if (it == m_pending.end()) {
        reject(QStringLiteral("unknown-transaction"),
               from.toString() + QStringLiteral(" t=") + QString::fromLatin1(m.transactionId.toHex()));
        return;
    }
    if (it->to != from) {
        reject(QStringLiteral("wrong-source"),
               QStringLiteral("answer from %1 to a query sent to %2").arg(from.toString(), it->to.toString()));
        return;
    }
    const Pending p = *it;
    m_pending.erase(it);
    m_clock.cancel(p.timer);
    Traversal *t = nullptr;
    if (p.traversal)
        if (auto found = m_traversals.find(p.traversal); found != m_traversals.end())
            t = found->second.get();

    if (m.kind == KrpcMessage::Kind::Error) {
        qCDebug(lcDht) << "error" << m.errorCode << m.errorMessage << "from" << from.toString() << "for" << p.method;
        if (t) {
            t->lookup.onFailure(from);
            pump(p.traversal);
        }
        return;
    }
    if (m.senderId == m_id) {
        reject(QStringLiteral("self-id"), from.toString());
        return;
    }
    if (m_config.enforceNodeIds && !bep42::matches(m.senderId, from.host())) {
        reject(QStringLiteral("unverified-id"), from.toString() + QStringLiteral(" id ") + m.senderId.shortHex(),
               false);
        if (t) {
            t->lookup.onFailure(from);
            pump(p.traversal);
        }
        return;
    }
    if (p.expectedId && *p.expectedId != m.senderId) {
        // Someone else lives at that address now.
        reject(QStringLiteral("unexpected-id"), from.toString(), false);
        m_table.nodeFailed(*p.expectedId, from);
        if (t) {
            t->lookup.onFailure(from);
            pump(p.traversal);
        }
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    const auto seen = m_table.nodeSeen(m.senderId, from, now, true);
    if (seen.outcome == RoutingTable::Outcome::Rejected)
        reject(QStringLiteral("routing-") + seen.reason,
               from.toString() + QStringLiteral(" id ") + m.senderId.shortHex(), false);
    if (m.yourAddress && m.yourAddress->ip != 0) {
        m_externalIp = m.yourAddress->ip;
        emit addressObserved(QHostAddress(from.ip), from.port, QHostAddress(m.yourAddress->ip), m.yourAddress->port);
    }
    if (!t)
        return;

    // Others list us too once they know us: never query ourselves.
    QList<CompactNode> nodes = m.nodes;
    nodes.removeIf([this](const CompactNode &n) {
        return n.id == m_id || (n.endpoint.port == port() && m_localIps.contains(n.endpoint.ip));
    });
    t->lookup.onResponse(from, m.senderId, nodes, m.token);
    QList<DhtEndpoint> fresh;
    if (t->purpose == Purpose::Infohash && !m.values.isEmpty()) {
        const auto tracked = m_tracked.constFind(t->infohash);
        for (const DhtEndpoint &peer : m.values) {
            if (!peer.routable() || t->peersSeen.contains(peer.key()))
                continue;
            t->peersSeen.insert(peer.key());
            if (tracked != m_tracked.cend() && isSelf(peer, *tracked))
                continue;
            ++t->peersFound;
            fresh.append(peer);
        }
    }
    // Announce to the first nodes that answer with a token at once, not only when the round ends:
    // a round waits for slow or dead nodes, and a peer joining at the same instant looks us up
    // meanwhile. The closest nodes still get it when the round ends.
    if (t->purpose == Purpose::Infohash && !m.token.isEmpty() && t->announcedTo.size() < kK / 2) {
        for (const Lookup::Candidate &c : t->lookup.closestResponded(kK))
            if (c.endpoint == from && !t->announcedTo.contains(from.key())) {
                announceTo(*t, c);
                ++t->datagrams;
            }
        // A peer joining at the same instant announces to the same nodes: ask them again soon
        // rather than after a round that waits on vanished nodes.
        if (!t->announcedTo.isEmpty() && !t->recheck && t->rechecks == 0)
            scheduleRecheck(*t, p.traversal);
    }
    const QByteArray infohash = t->infohash;
    const quint64 traversal = p.traversal;
    for (const DhtEndpoint &peer : std::as_const(fresh))
        emit peerFound(infohash, peer.host(), peer.port);  // a slot may remove() the infohash
    pump(traversal);
}

void DhtNode::maintenance()
{
    m_maintenanceTimer = m_clock.schedule(m_config.maintenanceIntervalMs, [this]() { maintenance(); });
    const qint64 now = m_clock.monotonicMs();
    m_store.expire(now);
    if (m_table.size() == 0 && !m_bootstrapEndpoints.isEmpty() && !m_bootstrapTraversal) {
        m_bootstrapTraversal = startTraversal(Purpose::Bootstrap, Lookup::Kind::FindNode, m_id, {});
        pump(m_bootstrapTraversal);
        return;
    }
    // BEP 5: ping questionable nodes; refresh one bucket nobody touched for 15 minutes.
    for (int i = 0; i < m_table.bucketCount(); ++i) {
        if (const auto stale = m_table.staleNode(i, now - kStaleMs)) {
            sendQuery(QByteArrayLiteral("ping"), stale->endpoint, stale->id, 0,
                      [this](const QByteArray &tid) { return Krpc::pingQuery(tid, m_id); });
        }
    }
    if (m_refreshTraversal)
        return;
    for (int i = 0; i < m_table.bucketCount(); ++i) {
        if (now - m_table.buckets().at(i).lastChangedMs >= kStaleMs) {
            m_table.touchBucket(i, now);
            m_refreshTraversal =
                startTraversal(Purpose::Refresh, Lookup::Kind::FindNode, m_table.randomIdInBucket(i, m_random), {});
            pump(m_refreshTraversal);
            break;
        }
    }
}

}  // namespace swarmscope
