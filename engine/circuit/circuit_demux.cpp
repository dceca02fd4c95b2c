#include "circuit/circuit_demux.h"

#include "circuit/circuit_wire.h"
#include "circuit/wrapped_carrier.h"
#include "core/clock.h"

namespace swarmscope {

namespace {
constexpr qsizetype kMaxSniffing = 256;
}

CircuitDemuxFactory::CircuitDemuxFactory(CarrierFactory *inner, Clock &clock, int timeoutMs, QObject *parent)
    : CarrierFactory(parent)
    , m_inner(inner)
    , m_clock(clock)
    , m_timeoutMs(timeoutMs)
{
    inner->setParent(this);
    connect(inner, &CarrierFactory::incoming, this, &CircuitDemuxFactory::onIncoming);
}

CircuitDemuxFactory::~CircuitDemuxFactory()
{
    for (const Sniff &s : std::as_const(m_sniffing))
        m_clock.cancel(s.timer);
}

void CircuitDemuxFactory::onIncoming(Carrier *carrier)
{
    carrier->setParent(this);
    if (m_sniffing.size() >= kMaxSniffing) {  // silent streams cannot pile up
        ++m_silentDropped;
        carrier->abort();
        carrier->deleteLater();
        return;
    }
    Sniff s;
    s.timer = m_clock.schedule(m_timeoutMs, [this, carrier] {
        if (!m_sniffing.contains(carrier))
            return;
        m_sniffing.remove(carrier);
        ++m_silentDropped;
        carrier->abort();
        carrier->deleteLater();
    });
    m_sniffing.insert(carrier, s);
    connect(carrier, &Carrier::readyRead, this, [this, carrier] { sniff(carrier); });
    connect(carrier, &Carrier::closed, this, [this, carrier] {
        if (m_sniffing.contains(carrier)) {
            take(carrier);
            carrier->deleteLater();
        }
    });
    sniff(carrier);  // a memory carrier may hold bytes already
}

QByteArray CircuitDemuxFactory::take(Carrier *carrier)
{
    const Sniff s = m_sniffing.take(carrier);
    m_clock.cancel(s.timer);
    carrier->disconnect(this);
    return s.bytes;
}

void CircuitDemuxFactory::sniff(Carrier *carrier)
{
    auto it = m_sniffing.find(carrier);
    if (it == m_sniffing.end())
        return;
    it->bytes.append(carrier->readAll());
    const QByteArray &seen = it->bytes;
    const qsizetype n = qMin(seen.size(), circuit::kMagic.size());
    if (n == 0)
        return;
    if (seen.left(n) != circuit::kMagic.left(n)) {
        // A peer's secure channel: to the swarm, with what we read of it.
        const QByteArray bytes = take(carrier);
        auto *wrapped = new WrappedCarrier(
            carrier, {carrier->peerAddress(), carrier->peerPort(), ConnectionPath::Direct, {}, {}}, this);
        wrapped->setPrefix(bytes);
        emit incoming(wrapped);
        return;
    }
    if (seen.size() < circuit::kHeaderBytes)
        return;
    const QByteArray bytes = take(carrier);
    emit circuitArrived(carrier, bytes.mid(circuit::kMagic.size(), circuit::kHeaderBytes - circuit::kMagic.size()),
                        bytes.mid(circuit::kHeaderBytes));
}

}  // namespace swarmscope
