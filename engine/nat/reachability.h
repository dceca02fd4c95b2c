#pragma once

#include <QHash>
#include <QMap>
#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace swarmscope {

// Whether the internet can dial us (decided by a dial-back probe, or implied by what we learnt).
enum class ReachabilityStatus { Unknown, Public, Private };
// How our NAT maps ports: none (our own address is the external one), port-preserving (the
// external port equals ours, the same for every destination: hole punching works), or
// address-dependent (a different external port per destination, "symmetric").
enum class NatBehaviour { Unknown, None, PortPreserving, AddressDependent };
enum class MappingKind { None, Upnp, NatPmp, Pcp };

QString reachabilityStatusName(ReachabilityStatus s);
QString natBehaviourName(NatBehaviour n);
QString mappingKindName(MappingKind m);

// One report of the address our traffic comes from, as someone else sees it.
struct AddressObservation {
    enum class Via { Hello, Dht };
    Via via = Via::Hello;
    QString observer;  // who said it (peer key hex, or the DHT node's IP:port)
    QHostAddress observerIp;  // where the observer sits: agreement needs different IPs
    QHostAddress external;  // the address it saw
    quint16 externalPort = 0;
    quint16 localPort = 0;  // our local port of that flow (0 = unknown)
};

struct ReachabilitySnapshot {
    ReachabilityStatus status = ReachabilityStatus::Unknown;
    NatBehaviour nat = NatBehaviour::Unknown;
    QHostAddress externalIp;  // null = not known yet
    quint16 externalPort = 0;  // the TCP port others can dial (mapped or listen port); 0 = none
    MappingKind mapping = MappingKind::None;
    QString mappingDetail;  // why mapping failed, or what was mapped
    QStringList relays;  // IP:PORT of relays we hold reservations on
    int observers = 0;  // distinct observer IPs behind externalIp
    std::optional<bool> dialBack;  // the last dial-back probe's answer

    QString external() const;  // "IP:PORT", or empty when unknown
    bool operator==(const ReachabilitySnapshot &) const = default;
};

// Learns the external address and NAT behaviour from observed addresses. A single observer
// cannot change anything: an address counts once observers on kAgreement different IPs report
// it (forged reports from one peer are outvoted or ignored). Pure logic: no sockets, no timers.
class ReachabilityTracker {
public:
    static constexpr int kAgreement = 2;
    static constexpr int kMaxObservers = 64;  // the most recent ones are kept

    void setLocalAddresses(const QList<QHostAddress> &addresses) { m_local = addresses; }
    void setListenPort(quint16 port) { m_listenPort = port; }
    // Each returns true when the snapshot changed.
    bool observe(const AddressObservation &o);
    bool setMapping(MappingKind kind, const QHostAddress &external, quint16 externalPort, const QString &detail);
    bool setDialBack(bool reachable);
    bool forgetDialBack();  // a new mapping: the last answer was about another port
    bool setRelays(const QStringList &relays);

    ReachabilitySnapshot snapshot() const { return m_snapshot; }

private:
    ReachabilitySnapshot compute() const;
    bool update();

    QList<QHostAddress> m_local;
    quint16 m_listenPort = 0;
    QMap<QString, AddressObservation> m_byObserver;  // a map: a hash's first span costs KiBs per node in a lab
    QList<QString> m_order;  // observers, oldest first
    // Per external IP: observer IPs that saw a flow keep its local port, and those that saw it
    // changed. Kept beyond each observer's latest report: a NAT that preserves ports "when it can"
    // (Linux masquerade) still changes one now and then, when a port was taken.
    QHash<QString, QSet<QString>> m_preservedBy, m_changedBy;
    MappingKind m_mapping = MappingKind::None;
    QHostAddress m_mappedIp;
    quint16 m_mappedPort = 0;
    QString m_mappingDetail;
    std::optional<bool> m_dialBack;
    QStringList m_relays;
    ReachabilitySnapshot m_snapshot;
};

}  // namespace swarmscope
