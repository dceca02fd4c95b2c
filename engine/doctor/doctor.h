#pragma once

#include "core/world.h"
#include "engine_config.h"
#include "nat/reachability.h"
#include "snapshots.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace swarmscope {

class Clock;
class DatagramFactory;
class Random;

// One finding of the doctor. code is a stable key ("port-in-use", "no-bootstrap", ...) that with
// id names the finding; args holds the values detail is made of, by name, so that a UI can say
// the same in the user's language. detail and advice are plain English for logs and the node's
// JSON report.
struct DoctorCheck {
    enum class State { Ok, Warn, Fail };
    QString id;  // "listen", "lan-multicast", "dht", "peers", "clock"
    State state = State::Ok;
    QString code;
    QString detail;
    QString advice;  // empty when there is nothing to do
    QJsonObject args;  // e.g. {"where": "*:7000", "error": "..."}; see docs/INSPECTOR.md
    QJsonObject toJson() const;
    static QString stateName(State state);  // "ok", "warn", "fail"
};

// Network self-test (the "doctor"): can we listen, does LAN multicast come back on the configured
// interface, do the configured DHT bootstrap nodes and manual peers answer, is the clock sane.
// It only ever contacts what the config names. Asynchronous: run(), then finished(report).
class Doctor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Doctor)

public:
    struct Options {
        int multicastTimeoutMs = 1000;
        int dhtTimeoutMs = 2000;
        int peerTimeoutMs = 2000;
        quint16 ownListenPort = 0;  // a port this process already listens on (the running session)
        // What a running session learnt (the window's doctor): reported instead of probing anew.
        std::optional<ReachabilitySnapshot> reachability;
        std::optional<HolePunchSummary> holePunch;  // the session's attempts so far
        int mappingTimeoutMs = 2000;  // UPnP discovery wait when the doctor maps ports itself
    };

    // The world defaults to the real one (core/world.h); its carrier factory is not used: the
    // listen and peer checks probe the real TCP stack.
    explicit Doctor(EngineConfig config, QObject *parent = nullptr);
    Doctor(EngineConfig config, Options options, World world = {}, QObject *parent = nullptr);
    ~Doctor() override;

    void run();  // no-op while running
    bool running() const { return m_pending > 0; }
    QList<DoctorCheck> checks() const { return m_checks; }
    QJsonObject report() const;

    static QStringList checkIds();
    // Every (id, code) a check can report, for UIs that translate findings (DoctorCheck::args).
    static const QList<std::pair<QString, QString>> &findings();

signals:
    void checkFinished(const swarmscope::DoctorCheck &check);
    void finished(const QJsonObject &report);

private:
    void checkListen();
    void checkMulticast();
    void checkDht();
    // From the bootstrap nodes' "ip" (or the session's snapshot): external address, NAT behaviour.
    void checkNat(const QList<AddressObservation> &observations, quint16 localPort);
    void checkPortMapping();
    void checkRelays();
    // From the NAT behaviour and the session's attempts: can a hole be punched from here.
    void checkHolePunch(const ReachabilitySnapshot &s);
    void checkPeers();
    void checkClock();
    void add(DoctorCheck check);
    // Runs fn after ms on the clock unless context is gone by then.
    void after(qint64 ms, QObject *context, std::function<void()> fn);

    EngineConfig m_config;
    Options m_options;
    RealParts m_real;  // what the world given lacked
    Clock *m_clock;
    Random *m_random;
    DatagramFactory *m_datagrams;
    PortMappingBackend *m_portMapping;
    QSet<quint64> m_timers;
    QList<DoctorCheck> m_checks;
    int m_pending = 0;
    qint64 m_startWallMs = 0;
};

}  // namespace swarmscope

Q_DECLARE_METATYPE(swarmscope::DoctorCheck)
