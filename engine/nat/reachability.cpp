#include "nat/reachability.h"

namespace swarmscope {

QString reachabilityStatusName(ReachabilityStatus s)
{
    switch (s) {
    case ReachabilityStatus::Public: return QStringLiteral("public");
    case ReachabilityStatus::Private: return QStringLiteral("private");
    case ReachabilityStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString natBehaviourName(NatBehaviour n)
{
    switch (n) {
    case NatBehaviour::None: return QStringLiteral("none");
    case NatBehaviour::PortPreserving: return QStringLiteral("port-preserving");
    case NatBehaviour::AddressDependent: return QStringLiteral("address-dependent");
    case NatBehaviour::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString mappingKindName(MappingKind m)
{
    switch (m) {
    case MappingKind::Upnp: return QStringLiteral("upnp");
    case MappingKind::NatPmp: return QStringLiteral("natpmp");
    case MappingKind::Pcp: return QStringLiteral("pcp");
    case MappingKind::None: break;
    }
    return QStringLiteral("none");
}

QString ReachabilitySnapshot::external() const
{
    if (externalIp.isNull() || externalPort == 0)
        return {};
    const QString ip = externalIp.toString();
    return (externalIp.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + ip + QLatin1Char(']') : ip)
        + QLatin1Char(':') + QString::number(externalPort);
}

bool ReachabilityTracker::observe(const AddressObservation &o)
{
    if (o.external.isNull() || o.observer.isEmpty())
        return false;
    if (!m_byObserver.contains(o.observer)) {
        m_order.append(o.observer);
        if (m_order.size() > kMaxObservers)
            m_byObserver.remove(m_order.takeFirst());
    }
    m_byObserver.insert(o.observer, o);
    if (o.localPort != 0) {
        auto &sets = o.externalPort == o.localPort ? m_preservedBy : m_changedBy;
        QSet<QString> &by = sets[o.external.toString()];
        if (by.size() < kMaxObservers)
            by.insert(o.observerIp.toString());
    }
    return update();
}

bool ReachabilityTracker::setMapping(MappingKind kind, const QHostAddress &external, quint16 externalPort,
                                     const QString &detail)
{
    m_mapping = kind;
    m_mappedIp = external;
    m_mappedPort = kind == MappingKind::None ? 0 : externalPort;
    m_mappingDetail = detail;
    return update();
}

bool ReachabilityTracker::setDialBack(bool reachable)
{
    m_dialBack = reachable;
    return update();
}

bool ReachabilityTracker::forgetDialBack()
{
    m_dialBack.reset();
    return update();
}

bool ReachabilityTracker::setRelays(const QStringList &relays)
{
    m_relays = relays;
    return update();
}

bool ReachabilityTracker::update()
{
    const ReachabilitySnapshot next = compute();
    if (next == m_snapshot)
        return false;
    m_snapshot = next;
    return true;
}

ReachabilitySnapshot ReachabilityTracker::compute() const
{
    ReachabilitySnapshot s;
    s.mapping = m_mapping;
    s.mappingDetail = m_mappingDetail;
    s.relays = m_relays;
    s.dialBack = m_dialBack;

    // Votes per external IP, one per observer IP: many keys on one host are one voice.
    QHash<QString, QSet<QString>> votes;
    for (const AddressObservation &o : m_byObserver)
        votes[o.external.toString()].insert(o.observerIp.toString());
    QString agreed;
    int best = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value().size() > best) {
            best = int(it.value().size());
            agreed = it.key();
        }
    }
    if (best >= kAgreement) {
        s.externalIp = QHostAddress(agreed);
        s.observers = best;
    } else if (m_mapping != MappingKind::None && !m_mappedIp.isNull()) {
        s.externalIp = m_mappedIp;  // the router's own word, until observers agree
    }

    if (!s.externalIp.isNull() && m_local.contains(s.externalIp)) {
        s.nat = NatBehaviour::None;
    } else if (best >= kAgreement) {
        // Each flow's external port against its local one, counted per observer IP.
        const QSet<QString> preserved = m_preservedBy.value(agreed), changed = m_changedBy.value(agreed);
        if (changed.size() >= kAgreement && changed.size() > preserved.size())
            s.nat = NatBehaviour::AddressDependent;
        else if (preserved.size() >= kAgreement)
            s.nat = NatBehaviour::PortPreserving;
    }

    const bool mappedHere = m_mapping != MappingKind::None && (s.externalIp.isNull() || s.externalIp == m_mappedIp);
    if (mappedHere)
        s.externalPort = m_mappedPort;
    else if (s.nat == NatBehaviour::None || s.nat == NatBehaviour::PortPreserving)
        s.externalPort = m_listenPort;

    if (m_dialBack)
        s.status = *m_dialBack ? ReachabilityStatus::Public : ReachabilityStatus::Private;
    else if (!mappedHere && (s.nat == NatBehaviour::PortPreserving || s.nat == NatBehaviour::AddressDependent))
        s.status = ReachabilityStatus::Private;  // behind a NAT with nothing forwarded to us
    return s;
}

}  // namespace swarmscope
