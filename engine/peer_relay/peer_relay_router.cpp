#include "peer_relay_router.h"

#include "core/clock.h"
#include "core/random.h"
#include "peer_relay_channel.h"
#include "peer_relay_id.h"

namespace swarmscope::peerrelay {

namespace {
QString newNonce(Random &random)
{
    // '' + Math.floor(1e15 * Math.random())
    return QString::number(random.bounded(qint64(0), qint64(1'000'000'000'000'000)));
}
}  // namespace

Router::Router(const QByteArray &localId, Clock &clock, Random &random, const PeerRelayOptions &options, SendFn send)
    : m_id(localId)
    , m_hex(hexOf(localId))
    , m_clock(clock)
    , m_random(random)
    , m_options(options)
    , m_send(std::move(send))
    , m_touched(options.touchedNonces, options.touchedTtlMs)
{}

void Router::addChannel(Channel *channel)
{
    m_channels.insert(channel->remoteId(), channel);
    while (!m_queue.empty()) {
        auto [envelope, relayed] = std::move(m_queue.front());
        m_queue.pop_front();
        envelope.path.removeLast();  // route() appends us again
        route(std::move(envelope), relayed);
    }
}

void Router::removeChannel(Channel *channel)
{
    if (m_channels.value(channel->remoteId()) == channel)
        m_channels.remove(channel->remoteId());
}

Router::Outcome Router::originate(const QByteArray &to, const QString &type, const QByteArray &rawData)
{
    Envelope e;
    e.type = type;
    e.to = to;
    e.from = m_id;
    e.nonce = newNonce(m_random);
    e.rawData = rawData;
    m_touched.insert(e.nonce.toLatin1(), m_clock.monotonicMs());
    return route(std::move(e), false);
}

Router::Verdict Router::accept(const Envelope &e)
{
    if (!m_touched.insert(e.nonce.toLatin1(), m_clock.monotonicMs()))
        return Verdict::Duplicate;
    // A fresh nonce that already went through us is a loop someone made up: drop it.
    if (e.path.contains(m_hex))
        return Verdict::PathContainsUs;
    m_lastHopOf.insert(hexOf(e.from), e.path.constLast());
    if (m_lastHopOf.size() > m_options.maxCandidates * 4)
        m_lastHopOf.erase(m_lastHopOf.begin());
    return e.to == m_id ? Verdict::Deliver : Verdict::Forward;
}

Router::Outcome Router::forward(Envelope envelope)
{
    return route(std::move(envelope), true);
}

Router::Outcome Router::route(Envelope e, bool relayed)
{
    Outcome out;
    if (e.path.size() >= m_options.maxHops) {
        out.hopLimit = true;
        out.envelope = std::move(e);
        return out;
    }
    e.path.append(m_hex);
    if (m_channels.isEmpty()) {
        out.queued = true;
        if (int(m_queue.size()) < m_options.maxQueued)
            m_queue.emplace_back(e, relayed);
        out.envelope = std::move(e);
        return out;
    }

    QList<QByteArray> hops;
    for (const QByteArray &id : closest(m_channels.keys(), e.to, 20)) {
        if (hops.size() >= m_options.concurrency)
            break;
        if (!e.path.contains(hexOf(id)))
            hops.append(id);
    }
    // The learned reverse path: the hop the target's latest message came through (router.js
    // takes the direct peer closest to it), first.
    if (const auto last = m_lastHopOf.constFind(hexOf(e.to)); last != m_lastHopOf.cend()) {
        const QByteArray lastId = QByteArray::fromHex(last->toLatin1());
        const QList<QByteArray> preferred = closest(m_channels.keys(), lastId, 1);
        if (!preferred.isEmpty() && !hops.contains(preferred.first()) && !e.path.contains(hexOf(preferred.first())))
            hops.prepend(preferred.first());
    }

    const QByteArray json = serializeEnvelope(e, relayed);
    for (const QByteArray &id : std::as_const(hops)) {
        out.nextHops.append(id);
        m_send(m_channels.value(id), json, e);
        if (id == e.to)
            break;
    }
    out.envelope = std::move(e);
    return out;
}

}  // namespace swarmscope::peerrelay
